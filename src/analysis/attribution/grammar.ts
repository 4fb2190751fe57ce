/** Word-class tests the rules share, over the tokenizer's tokens and the attribution lexicon. */

import type { Token } from '../tokens.ts';
import { REPORTING_FORMS } from '../lexicon/words.ts';
import { AUX, DETERMINERS, LY_NOUNS } from '../lexicon/attribution.ts';

/** A lower-case adverb in -ly between subject and verb ("X openly admitted"). */
export function isAdverb(t: Token): boolean {
  return t.t === 'word' && !t.cap && t.lw.length > 4 && t.lw.endsWith('ly') && !LY_NOUNS.has(t.lw);
}

/** A lower-case word that reads as a finite verb: a reporting form, an auxiliary, or a word in -ed/-es/-s. */
export function isVerbish(t: Token | undefined): boolean {
  if (!t || t.t !== 'word' || t.cap) return false;
  if (REPORTING_FORMS.has(t.lw)) return true;
  if (AUX.has(t.lw)) return true;
  return /(ed|es|s)$/.test(t.lw) && !DETERMINERS.has(t.lw) && t.lw.length > 3;
}

/** A closing quotation mark as a token. */
export function isQuoteMark(t: Token | undefined): boolean {
  return !!t && (/^[”"’']$/.test(t.w) || t.w === "''");
}

/** A name written in capitals ("WASHINGTON"): a dateline, not a subject. */
export function isDateline(name: string): boolean {
  return name.length > 3 && name === name.toUpperCase();
}
