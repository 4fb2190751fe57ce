/**
 * ClaimBuster training data, read at run time from ../shared/data/ (never copied into the project),
 * and the deterministic train / held-out split used by train-claims.ts and eval-claims.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fnv1a } from './fnv1a.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');
export const CLAIMBUSTER_PATH = path.resolve(REPO_ROOT, '../shared/data/claimbuster-train.json');

export interface CbSentence {
  sentence_id: number;
  label: number;
  text: string;
}

export function loadClaimBuster(file = CLAIMBUSTER_PATH): CbSentence[] {
  return JSON.parse(readFileSync(file, 'utf8')) as CbSentence[];
}


/** One sentence in five (by id hash) is held out for evaluation; the model never trains on it. */
export function isHeldOut(s: CbSentence): boolean {
  return fnv1a(String(s.sentence_id)) % 5 === 0;
}

export function splitClaimBuster(all: CbSentence[]): { train: CbSentence[]; test: CbSentence[] } {
  const train: CbSentence[] = [];
  const test: CbSentence[] = [];
  for (const s of all) (isHeldOut(s) ? test : train).push(s);
  return { train, test };
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function evaluateScores(scores: number[], labels: number[], threshold: number): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < scores.length; i++) {
    const yes = scores[i]! >= threshold;
    if (yes && labels[i] === 1) tp++;
    else if (yes) fp++;
    else if (labels[i] === 1) fn++;
  }
  return prf(tp, fp, fn);
}
