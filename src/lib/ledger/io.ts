/**
 * Where the ledger lives and how the build reads and writes it (Node only).
 *
 * - `content/ledger.json` beside the briefings, committed with them.
 * - `ONRECORD_LEDGER=<path>` puts it elsewhere; a build of another briefings folder (`ONRECORD_BRIEFINGS`, used by
 *   the build tests and the benchmark) keeps its ledger in that folder (`<folder>/ledger.json`), never touching the
 *   real one.
 * - `ONRECORD_LEDGER_WRITE=0` reads the ledger but does not write it, even when publishing.
 *
 * An id becomes permanent only once it is published. A build never writes the ledger itself: it proposes the ledger
 * it would publish (`proposeLedger`, to the file `npm run build` names in ONRECORD_LEDGER_NEXT, outside the site),
 * and `npm run publish` (src/cli/build.ts --publish) records that proposal once the whole build succeeded. So a
 * briefing added and removed between two publishes leaves nothing in the ledger, and nothing in dist/.
 * The ledger file is written only when its text changes, atomically (temp file + rename).
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

/** Where this build proposes its ledger (set by src/cli/build.ts); null when nobody asked. */
export function proposalPath(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.ONRECORD_LEDGER_NEXT ? resolve(env.ONRECORD_LEDGER_NEXT) : null;
}

/** Hands the ledger this build would publish to `npm run build` / `npm run publish`; never the ledger itself. */
export function proposeLedger(ledger: Ledger, env: NodeJS.ProcessEnv = process.env): void {
  const path = proposalPath(env);
  if (!path) return;
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, serializeLedger(ledger));
  renameSync(tmp, path);
}
