/**
 * The speaker id record: which page id each briefing's speaker was published under, and which old page ids now
 * redirect (a name merged with another, a page renamed). Kept apart from the anchor ledger (src/lib/ledger/) on
 * purpose: speaker pages and quote anchors change for different reasons.
 *
 * - `content/speaker-ids.json` beside the briefings, committed with them; a build of another briefings folder
 *   (`ONRECORD_BRIEFINGS`) keeps its record in that folder; `ONRECORD_SPEAKER_IDS=<path>` puts it elsewhere.
 * - A page id becomes permanent only once it is published, by the same rule and the same code as the anchor ledger
 *   (src/lib/publish/proposals.ts): a build never writes this file, it proposes the record it would publish
 *   (`proposeIdRecord`), and `npm run publish` records the proposal once the whole build succeeded. So a briefing
 *   added and removed between two publishes leaves none of its speakers here, and a later build reads only
 *   published ids.
 * - `ONRECORD_LEDGER_WRITE=0` (the same switch as the anchor ledger) reads it but never writes it, even when
 *   publishing.
 */
import { join, resolve } from 'node:path';
import { propose, readPublished, type PublishedFile } from '../publish/proposals.ts';

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

/** How many entries of `next` the published record lacks or has differently. */
function changedEntries(next: IdRecord, published: IdRecord): number {
  const changed = (a: Record<string, string>, b: Record<string, string>) => Object.entries(a).filter(([k, v]) => b[k] !== v).length;
  return changed(next.speakers, published.speakers) + changed(next.retired, published.retired);
}

export const idRecordFile: PublishedFile<IdRecord> = {
  key: 'speaker-ids',
  path: (env) => speakerIdsPath(env),
  parse: parseIdRecord,
  serialize: serializeIdRecord,
  pending: changedEntries,
  noun: ['speaker page id', 'speaker page ids'],
};

export function readIdRecord(path = speakerIdsPath()): IdRecord {
  return readPublished(idRecordFile, path);
}

/**
 * Proposes the record this build would publish: every id ever published is kept (a briefing dropped for now may
 * come back), with this build's ids over them.
 */
export function proposeIdRecord(next: IdRecord, previous: IdRecord, env: NodeJS.ProcessEnv = process.env): void {
  propose(idRecordFile, { speakers: { ...previous.speakers, ...next.speakers }, retired: next.retired }, env);
}
