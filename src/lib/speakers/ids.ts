/**
 * The speaker id record: which page id each briefing's speaker was published under, and which old page ids now
 * redirect (a name merged with another, a page renamed). Kept apart from the anchor ledger (src/lib/ledger/) on
 * purpose: speaker pages and quote anchors change for different reasons.
 *
 * - `content/speaker-ids.json` beside the briefings, committed with them; a build of another briefings folder
 *   (`ONRECORD_BRIEFINGS`) keeps its record in that folder; `ONRECORD_SPEAKER_IDS=<path>` puts it elsewhere.
 * - `ONRECORD_LEDGER_WRITE=0` (the same switch as the anchor ledger) reads it but never writes it.
 * Written only when its text changes, atomically (temp file + rename).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface IdRecord {
  /** "<briefing slug>#<the briefing's own Speaker.id>" → page id */
  speakers: Record<string, string>;
  /** old page id → the page id it redirects to */
  retired: Record<string, string>;
}

export function speakerIdsPath(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  if (env.ONRECORD_SPEAKER_IDS) return resolve(cwd, env.ONRECORD_SPEAKER_IDS);
  if (env.ONRECORD_BRIEFINGS) return resolve(cwd, join(env.ONRECORD_BRIEFINGS, 'speaker-ids.json'));
  return resolve(cwd, 'content/speaker-ids.json');
}

export function parseIdRecord(text: string | null, path: string): IdRecord {
  if (text === null) return { speakers: {}, retired: {} };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${(e as Error).message})`);
  }
  const ok = (v: unknown): v is Record<string, string> =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
  const d = data as Partial<IdRecord>;
  if (!ok(d.speakers)) throw new Error(`${path}: "speakers" must map "<slug>#<speaker id>" to a page id`);
  if (!ok(d.retired)) throw new Error(`${path}: "retired" must map an old page id to a page id`);
  return { speakers: d.speakers, retired: d.retired };
}

const sorted = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

export function serializeIdRecord(record: IdRecord): string {
  return `${JSON.stringify({ speakers: sorted(record.speakers), retired: sorted(record.retired) }, null, 1)}\n`;
}

export function readIdRecord(path = speakerIdsPath()): IdRecord {
  return parseIdRecord(existsSync(path) ? readFileSync(path, 'utf8') : null, path);
}

/** Keeps every id ever published (a briefing dropped for now may come back) and writes when the text changes. */
export function writeIdRecord(next: IdRecord, previous: IdRecord, path = speakerIdsPath(), env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.ONRECORD_LEDGER_WRITE === '0') return false;
  const text = serializeIdRecord({ speakers: { ...previous.speakers, ...next.speakers }, retired: next.retired });
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
  return true;
}
