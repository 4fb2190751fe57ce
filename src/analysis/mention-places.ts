/**
 * Names used as places: a run of capitalised words after "in" or before ", Ala." is a place, and a name the article
 * also uses as a place is one wherever it stands without a title or role (findMentions, mentions.ts, drops them).
 */

import type { Token } from './tokens.ts';
import type { Mention } from './speakers.ts';
import { lengthBit } from './text.ts';
import { HONORIFICS, REPORTING_FORMS, STREET_WORDS, WHERE_PREPOSITIONS } from './lexicon/words.ts';
import { FIRST_NAMES } from './lexicon/mention-sets.ts';

/** A run of capitalised words [a, b) used as a place: after "in", or before ", Ala." / ", S.C.". */
export function placeLike(toks: Token[], a: number, b: number): boolean {
  const prev = toks[a - 1];
  const next = toks[b];
  if (next?.t === 'poss') return false;
  if (prev && prev.sent === toks[a]!.sent && prev.t === 'word' && WHERE_PREPOSITIONS.has(prev.w)) return true;
  const abbr = toks[b + 1];
  if (next?.w !== ',' || !abbr || abbr.t !== 'word' || HONORIFICS.has(abbr.lw)) return false;
  // a state or province abbreviation: "Ala.", "Calif.", "S.C."
  return /^[A-Z]\.[A-Z]\.?$/.test(abbr.w) || (/^[A-Z][a-z]{1,4}$/.test(abbr.w) && toks[b + 2]?.w === '.');
}

/**
 * "Harbour Road", "Old Mill Lane": a run of two or more capitalised words ending in a street word names a street,
 * never a speaker, unless a first name and a surname make it ("Nathan Lane").
 */
export function streetName(toks: readonly Token[], a: number, b: number): boolean {
  if (b - a < 2 || !STREET_WORDS.has(toks[b - 1]!.lw)) return false;
  return !(b - a === 2 && FIRST_NAMES.has(toks[a]!.lw));
}

/**
 * The mentions less the names used as places (findMentions). A name, or a person's surname, is lower-cased and
 * looked up only when its length is that of a place: most are not, and lower-casing every name costs a string each.
 */
export function withoutPlaces(toks: readonly Token[], mentions: Mention[], places: Set<string>): Mention[] {
  let lengths = 0;
  for (const p of places) lengths |= lengthBit(p.length);
  // each name in lower case, once (the filter below reads it again); null where no place has its length
  const lower: (string | null)[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.type === 'pronoun' || m.type === 'org') {
      lower.push(null);
      continue;
    }
    const name = m.name;
    // lower-casing keeps a string's length but for "İ" (U+0130), which becomes two code units
    const longer = name.includes('\u0130');
    const asPlace = longer || (lengths & lengthBit(name.length)) !== 0;
    lower.push(asPlace ? name.toLowerCase() : null);
    // names have their white space folded: the surname is what follows the last space
    if (m.type === 'person') {
      const space = name.lastIndexOf(' ');
      if (space >= 0 && (longer || (lengths & lengthBit(name.length - space - 1)) !== 0)) places.delete(name.slice(space + 1).toLowerCase());
    }
    if (asPlace && (m.titled !== null || REPORTING_FORMS.has(toks[m.appT]?.lw ?? ''))) places.delete(lower[k]!);
  }
  return mentions.filter((m, k) => lower[k] === null || m.role !== null || m.titled !== null || !places.has(lower[k]!));
}
