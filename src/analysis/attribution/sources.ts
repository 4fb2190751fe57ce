/**
 * Finding sources: for every cue, the first rule of SOURCE_RULES that applies names the mention it rests on. The
 * order is the sieve: the most specific patterns first, the sentence-wide fallbacks (a leading noun phrase, the
 * main clause's subject) last. Leaving a rule out (`without`) lets the cues it took fall to the later ones.
 */

import type { Mention } from '../speakers.ts';
import type { How } from '../types.ts';
import type { Context } from './context.ts';
import { bySentence } from './context.ts';
import type { Cue } from './cues.ts';
import type { Descriptions } from './descriptions.ts';
import type { Finder } from './phrases.ts';
import { scanCue, type ApposedQuote, type SourcedCue, type SourceRule } from './source-rules.ts';
import {
  absoluteDescription, accordingTo, adjacentCue, coordinatedCue, describedBefore, firstPerson, itOrganization, leadingSubjectRule, nameParenthetical,
  participle, pronoun, relativeClause,
} from './sources-before.ts';
import { affiliatedName, apposition, appositionName, roleApposition, titleApposition } from './sources-apposition.ts';
import { passiveAgent, invertedCue, invertedDescription, invertedOrgTitle, invertedGroup, invertedPronoun, invertedTitledName } from './sources-after.ts';

export type { SourcedCue, SourceRule } from './source-rules.ts';

export const SOURCE_RULES: readonly SourceRule[] = [
  passiveAgent,
  accordingTo,
  relativeClause,
  firstPerson,
  nameParenthetical,
  itOrganization,
  titleApposition,
  affiliatedName,
  adjacentCue,
  pronoun,
  coordinatedCue,
  describedBefore,
  absoluteDescription,
  roleApposition,
  appositionName,
  apposition,
  invertedOrgTitle,
  invertedCue,
  invertedPronoun,
  invertedGroup,
  invertedTitledName,
  invertedDescription,
  leadingSubjectRule,
  participle,
];

export interface Sources {
  cues: SourcedCue[];
  /** words that stand for a source ("who", "it", "I") and the mention they stand for */
  stands: { start: number; end: number; m: Mention }[];
}

/**
 * The rules' find functions in sieve order, beside the rules: the rule objects have several shapes (some lack
 * `described`, `unresolved`), so reading `rule.find` from each of them per cue is a megamorphic look-up; an array of
 * the functions is read by index. (A find uses no `this`.)
 */
const FINDS = SOURCE_RULES.map((r) => r.find);

export function findSources(ctx: Context, cues: readonly Cue[], descriptions: Descriptions, without: ReadonlySet<How> = new Set()): Sources {
  const rules = without.size === 0 ? SOURCE_RULES : SOURCE_RULES.filter((r) => !without.has(r.how));
  const finds = without.size === 0 ? FINDS : rules.map((r) => r.find);
  const f: Finder = { ctx, descriptions, cuesOfSent: bySentence(cues) };
  const found: SourcedCue[] = [];
  const stands: Sources['stands'] = [];
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    const scan = scanCue(f, cues, found, c);
    let sourced: SourcedCue | null = null;
    for (let i = 0; i < finds.length; i++) {
      const m = finds[i]!(cue, scan);
      if (!m) continue;
      const rule = rules[i]!;
      sourced = sourcedCue(cue, m.subject, rule, m.r0 ?? cue.k0, m.r1 ?? cue.k1, m.inverted ?? false, m.apposed ?? null);
      if (m.stand && m.subject) stands.push({ ...m.stand, m: m.subject });
      break;
    }
    found.push(sourced ?? sourcedCue(cue, null, null, cue.k0, cue.k1, false, null));
  }
  return { cues: found, stands };
}

/** A cue with its source, written out field by field: one object shape for every cue, and no spread of the cue. */
function sourcedCue(cue: Cue, subject: Mention | null, rule: SourceRule | null, r0: number, r1: number, inverted: boolean, apposed: ApposedQuote | null): SourcedCue {
  return { k0: cue.k0, k1: cue.k1, lemma: cue.lemma, text: cue.text, participle: cue.participle, sent: cue.sent, weak: cue.weak, subject, rule, r0, r1, inverted, apposed };
}

/** The probability that a cue's source is right, by its rule and what coreference made of the source. */
export function confidenceOf(cue: SourcedCue, entity: number): number {
  const rule = cue.rule;
  if (!cue.subject || !rule) return 0.3;
  if (rule.unresolved !== undefined && entity < 0) return rule.unresolved;
  if (rule.described !== undefined && cue.subject.type === 'group') return rule.described;
  return rule.confidence;
}

/** The `how` of a cue's quotes: its rule's name ('unresolved' when no rule named a source). */
export function howOf(cue: SourcedCue): How {
  return cue.rule?.how ?? 'unresolved';
}
