/**
 * Photo credits in pasted copy: "Jane Roe / The Valley Courier", "AGENCY/Jane Roe", "Jane Roe/Agency via Pool" — a
 * photographer and an agency joined by a slash, each in capitals. A paragraph that opens with one ("Jane Roe / Valley
 * Courier Workers inspect the pier …") or ends with one after its last sentence ("… on Monday. Jane Roe/Courier") is
 * a caption, whatever its verbs: news prose never names a photographer that way.
 */

const NAME_WORD = String.raw`[A-Z][\p{L}.'’-]+`;
const NAME = String.raw`${NAME_WORD}(?: ${NAME_WORD}){0,3}`;
const CREDIT = String.raw`${NAME} ?\/ ?(?:The )?${NAME}(?: via ${NAME})?`;
const OPENING_CREDIT = new RegExp(String.raw`^${CREDIT} \)? ?[A-Z]`, 'u');
const CLOSING_CREDIT = new RegExp(String.raw`[.!?”"’)] ${CREDIT}$`, 'u');

/** A paragraph (white space folded) that a photo credit opens or closes. */
export function framedByCredit(line: string): boolean {
  // most paragraphs have no slash at all
  return line.includes('/') && (OPENING_CREDIT.test(line) || CLOSING_CREDIT.test(line));
}
