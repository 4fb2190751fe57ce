/**
 * "Propose, then record on publish", for every file that makes an id permanent (Node only): the anchor ledger
 * (src/lib/ledger/io.ts) and the speaker id record (src/lib/speakers/ids.ts).
 *
 * A build never writes such a file. What the build would publish goes to a proposals folder outside the site, which
 * `npm run build` names in ONRECORD_PROPOSALS (src/cli/build.ts); `npm run publish` records each proposal in its file
 * once the whole build succeeded (`settleProposals`), and a plain build only says what is waiting. So a briefing
 * added and removed between two publishes leaves no trace in any of them. `ONRECORD_LEDGER_WRITE=0` keeps even
 * `npm run publish` from writing them. A file is written only when its text changes, atomically (temp file + rename).
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export interface PublishedFile<T> {
  /** its name in the proposals folder */
  key: string;
  /** where the published file is */
  path(env?: NodeJS.ProcessEnv): string;
  /** a missing file (null) is an empty record; a malformed one an error naming the file */
  parse(text: string | null, where: string): T;
  /** stable text: the same record always gives the same bytes */
  serialize(value: T): string;
  /** how many entries the proposal adds to (or changes in) the published record */
  pending(next: T, published: T): number;
  /** what an entry is, in the build log: singular and plural */
  noun: readonly [string, string];
}

export function readPublished<T>(file: PublishedFile<T>, path = file.path()): T {
  return file.parse(existsSync(path) ? readFileSync(path, 'utf8') : null, path);
}

function writeAtomically(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Records a value in its published file. Returns true when the file changed. */
export function recordPublished<T>(file: PublishedFile<T>, value: T, path = file.path(), env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.ONRECORD_LEDGER_WRITE === '0') return false;
  const text = file.serialize(value);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeAtomically(path, text);
  return true;
}

/** The folder this build proposes into (set by src/cli/build.ts); null when nobody asked. */
export function proposalsDir(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.ONRECORD_PROPOSALS ? resolve(env.ONRECORD_PROPOSALS) : null;
}

/** Hands what this build would publish to `npm run build` / `npm run publish`; never the published file itself. */
export function propose<T>(file: PublishedFile<T>, value: T, env: NodeJS.ProcessEnv = process.env): void {
  const dir = proposalsDir(env);
  if (dir && existsSync(dir)) writeAtomically(join(dir, `${file.key}.json`), file.serialize(value));
}

/** "1 quote", "1,204 quotes": counts in the build log. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
const shown = (path: string) => relative(process.cwd(), path) || path;

/**
 * After a successful build: records every proposal (publishing) or says what is waiting for `npm run publish`.
 * Returns the log lines; the proposals folder is removed either way.
 */
export function settleProposals(files: readonly PublishedFile<unknown>[], dir: string, publish: boolean, env: NodeJS.ProcessEnv = process.env): string[] {
  try {
    const found = files.flatMap((file) => {
      const proposal = join(dir, `${file.key}.json`);
      if (!existsSync(proposal)) return [];
      const path = file.path(env);
      const next = file.parse(readFileSync(proposal, 'utf8'), proposal);
      return [{ file, path, next, fresh: file.pending(next, readPublished(file, path)) }];
    });
    if (found.length === 0) return [];
    if (publish) {
      if (env.ONRECORD_LEDGER_WRITE === '0') return [`published: ${found.map((f) => shown(f.path)).join(' and ')} not written (ONRECORD_LEDGER_WRITE=0)`];
      return found.map(({ file, path, next, fresh }) =>
        recordPublished(file, next, path, env)
          ? `published: ${shown(path)} records ${plural(fresh, ...file.noun)}; commit it with the briefings`
          : `published: ${shown(path)} was already up to date`,
      );
    }
    const waiting = found.filter((f) => f.fresh > 0);
    if (waiting.length === 0) return [];
    const many = waiting.length > 1 || waiting[0]!.fresh > 1;
    return [
      `not yet published: ${waiting.map((f) => plural(f.fresh, ...f.file.noun)).join(', ')}; npm run publish makes ${many ? 'them' : 'it'} permanent in ${waiting.map((f) => shown(f.path)).join(' and ')} before you deploy dist/`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
