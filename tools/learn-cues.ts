/**
 * Learns cue verbs and their inflected forms from PolNeAR attribution cues and writes src/analysis/lexicon/cues.ts.
 *
 *   node --experimental-strip-types --no-warnings tools/learn-cues.ts [../shared/data/polnear-train.jsonl]
 *
 * Only general English verbs are kept: a form is kept when it inflects (by regular or listed irregular morphology) a
 * lemma from the communication-verb class below and occurs as a cue at least MIN_COUNT times. No article text is copied;
 * the output is a list of English verb forms with counts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { commandLine } from '../src/cli/args.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataPath = commandLine(
  {
    usage: 'node --experimental-strip-types --no-warnings tools/learn-cues.ts [../shared/data/polnear-train.jsonl]',
    options: {},
    positionals: { max: 1 },
  },
  ({ positionals }) => positionals[0] ?? path.resolve(repoRoot, '../shared/data/polnear-train.jsonl'),
);
const MIN_COUNT = 2;

/** Verbs of saying/communicating (Levin's "verbs of communication" plus news usage). */
const SPEECH_LEMMAS = [
  'say', 'tell', 'add', 'write', 'ask', 'note', 'report', 'announce', 'argue', 'tweet', 'call', 'explain', 'declare',
  'claim', 'warn', 'insist', 'reply', 'respond', 'state', 'acknowledge', 'continue', 'suggest', 'recall', 'predict',
  'promise', 'vow', 'pledge', 'admit', 'deny', 'confirm', 'assert', 'contend', 'maintain', 'concede', 'complain',
  'observe', 'remark', 'point', 'stress', 'emphasize', 'emphasise', 'repeat', 'reiterate', 'caution', 'allege',
  'charge', 'counter', 'retort', 'quip', 'joke', 'boast', 'brag', 'concede', 'disclose', 'reveal', 'mention',
  'comment', 'answer', 'testify', 'describe', 'urge', 'propose', 'conclude', 'speculate', 'lament', 'acknowledge',
  'agree', 'accuse', 'criticize', 'criticise', 'blame', 'praise', 'post', 'exclaim', 'shout', 'whisper', 'scream',
  'yell', 'murmur', 'mutter', 'explain', 'elaborate', 'clarify', 'recount', 'tout', 'proclaim', 'announce', 'estimate',
  'hint', 'signal', 'indicate', 'inform', 'notify', 'assure', 'reassure', 'advise', 'recommend', 'demand', 'plead',
  'implore', 'beg', 'order', 'instruct', 'affirm', 'attest', 'quote', 'cite', 'read', 'write', 'blog', 'text',
  'email', 'message', 'publish', 'broadcast', 'air', 'tweet', 'retweet', 'wonder', 'question', 'query', 'muse',
  'observe', 'recall', 'tell', 'declare', 'according',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  read: ['read', 'reads', 'reading'],
  broadcast: ['broadcast', 'broadcasts', 'broadcasting'],
  according: ['according'],
};

function regularForms(lemma: string): string[] {
  const forms = new Set([lemma]);
  const consonantY = /[^aeiou]y$/.test(lemma);
  forms.add(/(s|x|z|ch|sh)$/.test(lemma) ? lemma + 'es' : consonantY ? lemma.slice(0, -1) + 'ies' : lemma + 's');
  if (lemma.endsWith('e')) {
    forms.add(lemma + 'd');
    forms.add(lemma.slice(0, -1) + 'ing');
  } else if (consonantY) {
    forms.add(lemma.slice(0, -1) + 'ied');
    forms.add(lemma + 'ing');
  } else {
    forms.add(lemma + 'ed');
    forms.add(lemma + 'ing');
    // short CVC verbs double the final consonant ("admit" → "admitted")
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(lemma)) {
      forms.add(lemma + lemma.at(-1) + 'ed');
      forms.add(lemma + lemma.at(-1) + 'ing');
    }
  }
  return [...forms];
}

const formToLemma = new Map<string, string>();
for (const lemma of new Set(SPEECH_LEMMAS)) {
  for (const f of IRREGULAR[lemma] ?? regularForms(lemma)) formToLemma.set(f, lemma);
}

const formCounts = new Map<string, number>();
const lemmaCounts = new Map<string, number>();
let attributions = 0;
for (const line of readFileSync(dataPath, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const doc = JSON.parse(line) as { attributions: { cue: { text: string }[] }[] };
  for (const a of doc.attributions) {
    attributions++;
    const words = a.cue.map((c) => c.text.toLowerCase()).join(' ').match(/[a-z]+/g) ?? [];
    for (const w of words) {
      const lemma = formToLemma.get(w);
      if (!lemma) continue;
      formCounts.set(w, (formCounts.get(w) ?? 0) + 1);
      lemmaCounts.set(lemma, (lemmaCounts.get(lemma) ?? 0) + 1);
    }
  }
}

const kept = [...formCounts.entries()].filter(([, n]) => n >= MIN_COUNT).sort((a, b) => b[1] - a[1]);
const lemmas = [...lemmaCounts.entries()].filter(([, n]) => n >= MIN_COUNT).sort((a, b) => b[1] - a[1]);
// every inflection of a kept lemma is a cue form, even when this corpus did not happen to use it
const allForms = new Map<string, string>();
for (const [lemma] of lemmas) for (const f of IRREGULAR[lemma] ?? regularForms(lemma)) allForms.set(f, lemma);

const formsOf = new Map<string, string[]>();
for (const [form, lemma] of allForms) formsOf.set(lemma, [...(formsOf.get(lemma) ?? []), form]);
// the engine's lexicon holds only what the engine reads (the forms); the counts are the record of how they were
// learnt, in docs/cue-counts.md
const out = `/**
 * Cue verbs of speech and their forms, learned from attribution cues (tools/learn-cues.ts; general English verbs
 * only, ${attributions} attributions counted; lemmas seen at least ${MIN_COUNT} times, most frequent first; the counts are
 * in docs/cue-counts.md). Regenerate with: node --experimental-strip-types --no-warnings tools/learn-cues.ts
 */

/** each kept lemma → every form of it, even those this corpus did not happen to use */
const FORMS_OF: readonly (readonly [string, readonly string[]])[] = [
${[...formsOf].map(([lemma, forms]) => `  [${JSON.stringify(lemma)}, ${JSON.stringify(forms)}],`).join('\n')}
];

/** every form of every kept lemma → its lemma */
export const CUE_FORMS: ReadonlyMap<string, string> = new Map(FORMS_OF.flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as const)));
`;
const outPath = path.resolve(repoRoot, 'src/analysis/lexicon/cues.ts');
writeFileSync(outPath, out);
const countsPath = path.resolve(repoRoot, 'docs/cue-counts.md');
writeFileSync(countsPath, `# Cue verb counts

How often each lemma and each observed form was an attribution cue in the PolNeAR training set (${attributions}
attributions; written by \`tools/learn-cues.ts\`, which also writes \`src/analysis/lexicon/cues.ts\`). Kept: seen at
least ${MIN_COUNT} times.

| lemma | cues |
|---|---:|
${lemmas.map(([l, n]) => `| ${l} | ${n} |`).join('\n')}

| form | cues |
|---|---:|
${kept.map(([f, n]) => `| ${f} | ${n} |`).join('\n')}
`);
console.log(`wrote ${outPath}: ${lemmas.length} lemmas, ${allForms.size} forms (${kept.length} observed ≥ ${MIN_COUNT})`);
