/** Reading back a blind annotation: the case file and every annotator's answers-N.jsonl in a case folder. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The cases written for the annotators (cases.json). */
export function readCases<C>(dir: string): C[] {
  return JSON.parse(readFileSync(path.join(dir, 'cases.json'), 'utf8')) as C[];
}

/** The objects of a JSON-lines file, blank lines skipped; a line that is not JSON is an error naming the file and line. */
export function readJsonLines<T>(file: string): T[] {
  const out: T[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        out.push(JSON.parse(line) as T);
      } catch (e) {
        throw new Error(`${file}:${i + 1}: not JSON (${(e as Error).message})`);
      }
    });
  return out;
}

/** One answer file's answers, by case id (a later line for the same case wins); empty when the file is not there. */
export function readAnswerFile<A extends { case: string }>(file: string): Map<string, A> {
  const answers = new Map<string, A>();
  if (existsSync(file)) for (const a of readJsonLines<A>(file)) answers.set(a.case, a);
  return answers;
}

/** Every answer of every batch (answers-N.jsonl), by case id (a later batch's answer for the same case wins). */
export function readAnswers<A extends { case: string }>(dir: string): Map<string, A> {
  const answers = new Map<string, A>();
  const batch = (f: string) => Number(/^answers-(\d+)\.jsonl$/.exec(f)?.[1] ?? NaN);
  const files = readdirSync(dir).filter((f) => !Number.isNaN(batch(f))).sort((a, b) => batch(a) - batch(b));
  for (const f of files) {
    for (const [k, a] of readAnswerFile<A>(path.join(dir, f))) answers.set(k, a);
  }
  return answers;
}

/**
 * Where an annotator's words stand in the text (case-insensitive): the nearest occurrence that ends by `endBy`, else
 * the first that starts at or after `from`; null when the words are not in the text.
 */
export function locateWords(text: string, words: string, endBy: number, from: number): [number, number] | null {
  const hay = text.toLowerCase();
  const needle = words.toLowerCase().trim();
  if (!needle) return null;
  const before = endBy - needle.length >= 0 ? hay.lastIndexOf(needle, endBy - needle.length) : -1;
  if (before >= 0) return [before, before + needle.length];
  const after = hay.indexOf(needle, from);
  return after >= 0 ? [after, after + needle.length] : null;
}

/**
 * How far two readers agree on the same yes/no cases: the share of cases they answer alike, and Cohen's kappa, the
 * agreement beyond what their rates of "yes" would give by chance.
 */
export function agreement(pairs: readonly (readonly [boolean, boolean])[]): { share: number; kappa: number } {
  const n = pairs.length;
  if (n === 0) throw new Error('agreement: no cases');
  const share = pairs.filter(([a, b]) => a === b).length / n;
  const p1 = pairs.filter(([a]) => a).length / n;
  const p2 = pairs.filter(([, b]) => b).length / n;
  const chance = p1 * p2 + (1 - p1) * (1 - p2);
  return { share, kappa: chance === 1 ? 1 : (share - chance) / (1 - chance) };
}

/**
 * A double-blind reading: two first readers answer every case (answers-1.jsonl, answers-2.jsonl) and a third reads
 * only the cases they disagree on (answers-third.jsonl).
 */
export interface DoubleReading<A> {
  dir: string;
  first: readonly [Map<string, A>, Map<string, A>];
  third: Map<string, A>;
}

export function readDoubleReading<A extends { case: string }>(dir: string): DoubleReading<A> {
  const [one, two] = [1, 2].map((n) => readAnswerFile<A>(path.join(dir, `answers-${n}.jsonl`)));
  return { dir, first: [one!, two!], third: readAnswerFile<A>(path.join(dir, 'answers-third.jsonl')) };
}

/** Whether the two first readers disagree on a case (a case either has not answered counts as no dispute). */
export function disputed<A>(reading: DoubleReading<A>, id: string, verdict: (a: A) => boolean): boolean {
  const [a, b] = reading.first.map((r) => r.get(id));
  return a !== undefined && b !== undefined && verdict(a) !== verdict(b);
}

/** A case's decision: the first readers' answer where they agree, else the third's; an error names what is missing. */
export function decide<A>(reading: DoubleReading<A>, id: string, verdict: (a: A) => boolean): { first: readonly [A, A]; third: A | undefined; agreed: boolean; decision: boolean } {
  const [a, b] = reading.first.map((r) => r.get(id));
  if (!a || !b) throw new Error(`${reading.dir}: case ${id} has no answer in answers-${a ? 2 : 1}.jsonl`);
  const agreed = verdict(a) === verdict(b);
  const third = agreed ? undefined : reading.third.get(id);
  if (!agreed && !third) throw new Error(`${reading.dir}: disputed case ${id} has no third reading (answers-third.jsonl)`);
  return { first: [a, b], third, agreed, decision: agreed ? verdict(a) : verdict(third!) };
}
