/**
 * Where the ledger lives and how the build reads and writes it (Node only).
 *
 * - `content/ledger.json` beside the briefings, committed with them.
 * - `ONRECORD_LEDGER=<path>` puts it elsewhere; a build of another briefings folder (`ONRECORD_BRIEFINGS`, used by
 *   the build tests and the benchmark) keeps its ledger in that folder (`<folder>/ledger.json`), never touching the
 *   real one.
 * - `ONRECORD_LEDGER_WRITE=0` reads the ledger but does not write it (a build that must not change the work tree).
 * The file is written only when its text changes, atomically (temp file + rename).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseLedger, serializeLedger, type Ledger } from './ledger.ts';

export function ledgerPath(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  if (env.ONRECORD_LEDGER) return resolve(cwd, env.ONRECORD_LEDGER);
  if (env.ONRECORD_BRIEFINGS) return resolve(cwd, join(env.ONRECORD_BRIEFINGS, 'ledger.json'));
  return resolve(cwd, 'content/ledger.json');
}

export function readLedger(path = ledgerPath()): Ledger {
  return parseLedger(existsSync(path) ? readFileSync(path, 'utf8') : null, path);
}

/** Returns true when the file changed. */
export function writeLedger(ledger: Ledger, path = ledgerPath(), env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.ONRECORD_LEDGER_WRITE === '0') return false;
  const text = serializeLedger(ledger);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
  return true;
}
