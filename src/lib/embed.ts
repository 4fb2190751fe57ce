/**
 * The embed snippet of a quote or claim: a self-contained <blockquote> a reader pastes into their own page (no
 * script, no iframe), linking back to the permalink. Every value is escaped, so hostile words cannot inject markup.
 */
export interface EmbedInput {
  /** the quoted words or the claim, plain text */
  words: string;
  /** the speaker's name; null = unattributed or the article's own voice */
  who: string | null;
  /** absolute permalink URL */
  url: string;
  briefingTitle: string;
  /** "quote" shows the words in quotation marks; "claim" and indirect quotes without */
  quoted?: boolean;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export function embedHtml(input: EmbedInput): string {
  const words = input.words.replace(/\s+/g, ' ').trim().replace(/^[“"]+|[”"]+$/g, '');
  const shown = input.quoted === false ? words : `“${words}”`;
  const url = escapeHtml(input.url);
  const who = input.who ? `${escapeHtml(input.who)}, in ` : '';
  return [
    `<blockquote class="on-record-embed" cite="${url}">`,
    `  <p>${escapeHtml(shown)}</p>`,
    `  <footer>— ${who}<a href="${url}">${escapeHtml(input.briefingTitle)}</a>, On Record</footer>`,
    '</blockquote>',
  ].join('\n');
}
