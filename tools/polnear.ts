/** Reading PolNeAR (../shared/data/polnear-train.jsonl, see its README): the documents, the split, the gold quotes. */
import path from 'node:path';
import { CUE_FORMS } from '../src/analysis/lexicon/cues.ts';
import { fnv1a } from './fnv1a.ts';

export { fnv1a };

/** Our blind annotation of what a sample of PolNeAR's pronoun sources stand for (offsets only; pronoun-cases.ts). */
export const REFERENTS_PATH = path.resolve(import.meta.dirname, '../tests/fixtures/polnear-pronoun-referents.jsonl');

export interface Span { start: number; end: number; text: string }
export interface Attribution { id: string; source: Span[]; cue: Span[]; content: Span[] }
export interface PolnearDoc { doc: string; annotator: string; text: string; attributions: Attribution[] }

/** Verbs of saying whose attributions count as quotes. */
const GOLD_SPEECH = new Set(
  `say tell add write according note report announce argue tweet explain declare claim warn insist reply respond state
   acknowledge suggest recall predict admit deny confirm assert contend maintain concede complain observe remark point
   stress emphasize reiterate caution allege testify ask call continue`.split(/\s+/).filter(Boolean),
);

/** Sources that are pronouns: PolNeAR does not link them to the name they stand for. */
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'who', 'his', 'her', 'their', 'him', 'them', 'this', 'that', 'which']);

export function isPronounSource(text: string): boolean {
  return PRONOUNS.has(text.replace(/\s+/g, ' ').trim().toLowerCase());
}

export function isSpeech(a: Attribution): boolean {
  const words = a.cue.map((c) => c.text.toLowerCase()).join(' ').match(/[a-z]+/g) ?? [];
  return words.some((w) => {
    const lemma = CUE_FORMS.get(w);
    return lemma !== undefined && GOLD_SPEECH.has(lemma);
  });
}

/** The attributions that count as quotes: a verb of saying and some content. */
export function goldQuotes(d: PolnearDoc): Attribution[] {
  return d.attributions.filter((g) => isSpeech(g) && g.content.length > 0);
}

/** Documents split in two by a hash of their name: dev (tuned on) and held-out (only reported). */
export function isHeldOut(doc: string): boolean {
  return fnv1a(doc) % 2 === 1;
}
