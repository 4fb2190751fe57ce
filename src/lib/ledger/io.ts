/**
 * Where the ledger lives and how the build reads and proposes it (Node only).
 *
 * - `content/ledger.json` beside the briefings, committed with them.
 * - `ONRECORD_LEDGER=<path>` puts it elsewhere; a build of another briefings folder (`ONRECORD_BRIEFINGS`, used by
 *   the build tests and the benchmark) keeps its ledger in that folder (`<folder>/ledger.json`), never touching the
 *   real one.
 * - `ONRECORD_LEDGER_WRITE=0` reads the ledger but does not write it, even when publishing.
 *
 * An id becomes permanent only once it is published. A build never writes the ledger itself: it proposes the ledger
 * it would publish (`proposeLedger`), and `npm run publish` records that proposal once the whole build succeeded —
 * the same rule, and the same code, as the speaker id record (src/lib/publish/proposals.ts). So a briefing added and
 * removed between two publishes leaves nothing in the ledger, and nothing in dist/.
 */
import { join, resolve } from 'node:path';
import { propose, readPublished, type PublishedFile } from '../publish/proposals.ts';
import { parseLedger, serializeLedger, type Ledger } from './ledger.ts';

export function ledgerPath(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  if (env.ONRECORD_LEDGER) return resolve(cwd, env.ONRECORD_LEDGER);
  if (env.ONRECORD_BRIEFINGS) return resolve(cwd, join(env.ONRECORD_BRIEFINGS, 'ledger.json'));
  return resolve(cwd, 'content/ledger.json');
}

export const ledgerFile: PublishedFile<Ledger> = {
  key: 'ledger',
  path: (env) => ledgerPath(env),
  parse: parseLedger,
  serialize: serializeLedger,
  pending(next, published) {
    let fresh = 0;
    for (const [slug, b] of Object.entries(next.briefings)) {
      for (const id of Object.keys(b.anchors)) if (!published.briefings[slug]?.anchors[id]) fresh++;
    }
    return fresh;
  },
  noun: ['new quote or claim id', 'new quote or claim ids'],
};

export function readLedger(path = ledgerPath()): Ledger {
  return readPublished(ledgerFile, path);
}

/** Hands the ledger this build would publish to `npm run build` / `npm run publish`; never the ledger itself. */
export function proposeLedger(ledger: Ledger, env: NodeJS.ProcessEnv = process.env): void {
  propose(ledgerFile, ledger, env);
}
