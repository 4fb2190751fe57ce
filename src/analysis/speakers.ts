/**
 * Name mentions, roles, organisations, pronouns, and the entities they refer to: the types, and the two steps that
 * make them (mentions.ts finds the mentions in the tokens; entities.ts groups them into entities).
 */

import type { SpeakerKind } from './types.ts';

export { findMentions } from './mentions.ts';
export { buildEntities, slug, type Entities } from './entities.ts';

export type Gender = 'm' | 'f' | null;

export interface Mention {
  /** token range [t0, t1) of the name itself */
  t0: number;
  t1: number;
  start: number;
  end: number;
  /** start of the role prefix, if any (token index) */
  r0: number;
  /** end (offset) of a trailing apposition ("of the X", ", a Y,"), else = end */
  appEnd: number;
  /** token index just after the apposition, else t1 */
  appT: number;
  type: 'person' | 'org' | 'pronoun' | 'group' | 'unknown';
  /** the name as written (without role), e.g. "Jane Doe" */
  name: string;
  /** surface incl. honorific ("Mr. Doe", "President Doe") */
  titled: string | null;
  role: string | null;
  gender: Gender;
  plural: boolean;
  sent: number;
  quoted: boolean;
  /** part of another mention's role ("the X Department spokesperson Jane Doe") */
  inRole: boolean;
  subject: boolean;
  /** entity index, -1 = unresolved */
  entity: number;
  /** person evidence: a title, role, known first name */
  evidence: boolean;
}

export interface Entity {
  name: string;
  aliases: Set<string>;
  role: string | null;
  kind: SpeakerKind;
  gender: Gender;
  plural: boolean;
  /** first/last name tokens of the fullest name */
  tokens: string[];
  evidence: boolean;
  /** number of mentions */
  count: number;
  /** used as a speaker by attribution */
  spoke: boolean;
  /** found as a proper name (false: a description the attribution made a speaker of: "the agency", "the author") */
  named: boolean;
}
