/**
 * Names used as places: a run of capitalised words after "in" or before ", Ala." is a place, and a name the article
 * also uses as a place is one wherever it stands without a title or role (findMentions, mentions.ts, drops them).
 */

import type { Token } from './tokens.ts';
import type { Mention } from './speakers.ts';
import { datelineEndAt, lengthBit } from './text.ts';
import { HONORIFICS, NUMBERED_THING_WORDS, REPORTING_FORMS, STREET_WORDS, WHERE_PREPOSITIONS } from './lexicon/words.ts';
import { AUX } from './lexicon/attribution.ts';
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
 * "HOLBURY, May 2 (Wire) — …": a run of words in capitals opening a sentence that a dateline opens is the place
 * the story was filed from, no organisation or person, so never a speaker nor the "it" of a later sentence.
 */
export function datelinePlace(text: string, toks: readonly Token[], a: number, b: number): boolean {
  const first = toks[a]!;
  if (a > 0 && toks[a - 1]!.sent === first.sent) return false;
  for (let k = a; k < b; k++) if (/\p{Ll}/u.test(toks[k]!.w)) return false;
  return datelineEndAt(text, first.start) >= toks[b - 1]!.end;
}

/**
 * "the Varro lowlands are flooding", "in the Quay uplands.": a word in -s after "the" and a name, followed by an
 * auxiliary or a stop, is the plural noun the name modifies (a place's, mostly), not the verb of an organisation
 * ("the X says", "the XY wants a"): no verb stands right before another or ends a clause bare.
 */
export function pluralNounAfterName(toks: readonly Token[], b: number): boolean {
  const noun = toks[b];
  const after = toks[b + 1];
  if (!noun || !after || noun.t !== 'word' || noun.cap || !noun.lw.endsWith('s') || noun.lw.endsWith('ss') || REPORTING_FORMS.has(noun.lw)) return false;
  if (after.sent !== noun.sent) return true;
  return after.t === 'punct' ? after.w !== '“' && after.w !== '"' : after.t === 'word' && AUX.has(after.lw);
}

/**
 * "Nordvik Air Flight 22", "Route 9": a run of capitalised words ending in a noun that a number designates, right
 * before that number, names a craft, a road or a text, never a speaker (nor its first words a person).
 */
export function numberedThing(toks: readonly Token[], b: number): boolean {
  const next = toks[b];
  return next !== undefined && next.t === 'num' && next.start === toks[b - 1]!.end + 1 && NUMBERED_THING_WORDS.has(toks[b - 1]!.lw) && /^\d+$/.test(next.w);
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
