/**
 * The attribution sieve: who said each quote. Five stages, each reading what the earlier ones returned:
 *
 *   cues        the reporting verbs outside quotations ("said", "told", "according to")        cues.ts
 *   sources     per cue, the first SOURCE_RULES rule that names its source                       sources.ts
 *   coreference what each source word stands for, after all sources are found: "it", a role noun
 *               ("the judge"), a definite description ("the agency"), a pronoun ("she")            ../coref.ts
 *   content     what each cue reports: the quotation or clause before or after it                content.ts
 *   linking     LINK_RULES for the quotations no cue reported, then the overlaps                 linking.ts
 *
 * The `how` of a quote is the name of the rule that attributed it; its confidence is the rule's, as refined by the
 * kind of source (a description, an unresolved pronoun). `without` leaves rules out (the eval's ablation).
 */

import type { Entity, Mention } from '../speakers.ts';
import type { How } from '../types.ts';
import { resolveCoreference } from '../coref.ts';
import { createContext, type AttributionInput } from './context.ts';
import { findCues } from './cues.ts';
import { createDescriptions } from './descriptions.ts';
import { findSources, type SourcedCue } from './sources.ts';
import { reportContent } from './content.ts';
import { leftoverQuotes, linkQuotes } from './linking.ts';
import { resolveOverlaps } from './overlaps.ts';
import type { RawQuote } from './found.ts';

export type { AttributionInput } from './context.ts';
export type { RawQuote } from './found.ts';
export { SOURCE_RULES } from './sources.ts';
export { LINK_RULES } from './linking.ts';

export interface AttributionResult {
  quotes: RawQuote[];
  /** the entities found by name, then the described ones the sieve made, with what coreference learnt */
  entities: Entity[];
  /** words that stand for a source ("who", "it", "I") and the entity each stands for */
  relatives: { start: number; end: number; entity: number }[];
  /** what each mention stands for after coreference (pronouns resolved) */
  entityOf(m: Mention): number;
  /** the starts of the source pronouns whose entity is a guess ("Doe met Roe. He said …") */
  guessedSources: ReadonlySet<number>;
}

export function attribute(input: AttributionInput, without: ReadonlySet<How> = new Set()): AttributionResult {
  const ctx = createContext(input);
  const cues = findCues(ctx);
  const descriptions = createDescriptions(input.entities);
  const sources = findSources(ctx, cues, descriptions, without);
  const coref = resolveCoreference(ctx, sources.cues, descriptions.all(), descriptions.headOf);
  const entityOf = (c: SourcedCue) => (c.subject ? coref.entityOf(c.subject) : -1);
  const content = reportContent(ctx, sources.cues, entityOf);
  const linked = linkQuotes(ctx, sources.cues, entityOf, content, without);
  const quotes = resolveOverlaps(ctx.text, [...linked.raw, ...leftoverQuotes(ctx, sources.cues, linked)]);
  const spoke = new Set(quotes.map((q) => q.entity).filter((e) => e >= 0));
  const entities = coref.entities.map((en, e) => (spoke.has(e) && !en.spoke ? { ...en, spoke: true } : en));
  return {
    quotes,
    entities,
    relatives: sources.stands.map((r) => ({ start: r.start, end: r.end, entity: coref.entityOf(r.m) })),
    entityOf: coref.entityOf,
    guessedSources: new Set(sources.cues.filter((c) => c.subject && coref.ambiguous(c.subject)).map((c) => c.subject!.start)),
  };
}
