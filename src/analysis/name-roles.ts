/**
 * Where a person's role ends and her name begins, for the words a run of capitalised words (findMentions,
 * mentions.ts) leaves in doubt: a title word that is also a first name, a job noun opening the sentence, a noun for a
 * person before a name, a role adjective with a place or club before one.
 */

import type { Token } from './tokens.ts';
import type { Mention } from './speakers.ts';
import type { WordClassReader } from './org-names.ts';
import { AGENT_NOUN_ENDINGS, SUBJECT_PRONOUNS } from './lexicon/words.ts';
import { AUX } from './lexicon/attribution.ts';
import { WordClass } from './lexicon/mention-sets.ts';

const { FIRST_NAME, PERSON_NOUN, ROLE_ADJECTIVE } = WordClass;

/**
 * "the club's captain Dean X": a title word that is also a first name, opening a run of two words right after a
 * noun for a person's role, is that first name (the role noun already says what the person is).
 */
export function isTitleFirstName(toks: readonly Token[], k: number, b: number, cls: WordClassReader): boolean {
  const before = toks[k - 1];
  return b - k === 2 && cls.is(k, FIRST_NAME) && before !== undefined && before.sent === toks[k]!.sent && before.t === 'word' && !before.cap && cls.is(k - 1, PERSON_NOUN);
}

/**
 * "Sailor Jane Doe said": a capitalised word opening the sentence before a first name and a surname is her job
 * when it is a person noun or has an agent noun's ending and is no first name itself (a double given name stays whole).
 */
export function isJobBeforeName(toks: readonly Token[], k: number, b: number, cls: WordClassReader): boolean {
  if (b - k < 3 || (k > 0 && toks[k - 1]!.sent === toks[k]!.sent) || cls.is(k, FIRST_NAME) || !cls.is(k + 1, FIRST_NAME)) return false;
  return cls.is(k, PERSON_NOUN) || hasAgentNounEnding(toks[k]!.lw);
}

/** "miner", "sailor", "dentist": an agent noun's ending (AGENT_NOUN_ENDINGS) after a stem of three letters or more. */
export function hasAgentNounEnding(lw: string): boolean {
  for (const e of AGENT_NOUN_ENDINGS) if (lw.length >= e.length + 3 && lw.endsWith(e)) return true;
  return false;
}

/**
 * "host Jane Doe", "the club's captain Jane Doe": a noun for a person right before a name is her role, unless a word
 * that takes a verb stands before it ("to host Jane Doe", "will coach Jane Doe", "they host Jane Doe").
 */
export function personNounAsRole(toks: readonly Token[], k: number, cls: WordClassReader): boolean {
  if (!cls.is(k, PERSON_NOUN)) return false;
  const before = toks[k - 1]?.lw;
  return before === undefined || !(before === 'to' || AUX.has(before) || SUBJECT_PRONOUNS.has(before));
}

/**
 * A one-word name whose only title words are adjectives of a role ("Former Harbour", "Acting Quay"), no noun for it:
 * before a role noun and a name, it is a place or a club in that person's role.
 */
export function isAdjectiveTitledWord(m: Mention, cls: WordClassReader): boolean {
  if (m.t1 - m.t0 !== 1 || m.r0 === m.t0 || m.type === 'org' || m.type === 'pronoun') return false;
  for (let k = m.r0; k < m.t0; k++) if (!cls.is(k, ROLE_ADJECTIVE)) return false;
  return true;
}
