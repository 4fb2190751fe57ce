/**
 * The anchor ledger: every id the site has published, per briefing, with the words it pointed at (a W3C
 * TextQuoteSelector: exact, prefix, suffix), so a link made today still lands after the briefing is edited.
 *
 * Pure and deterministic; the file format is sorted JSON so diffs are readable and builds reproducible.
 *
 * Statuses:
 * - live:  the id is on the page now.
 * - moved: its words changed slightly; the id is an alias of `to` (a live id) and keeps working.
 * - gone:  its words are no longer in the briefing; its permalink says so and points to the briefing.
 *
 * The update rule (`updateBriefing`) is idempotent: running it again on its own output with the same briefing
 * changes nothing, so building twice gives the same ledger and the same pages.
 * 1. Every item on the page now is live (an id that comes back is live again).
 * 2. An id that was live and is missing now is matched against the items that are new in this edit (not live
 *    before), same kind, by word similarity ≥ MOVE_THRESHOLD (context breaks ties): the best becomes its target.
 * 3. An id already moved keeps its target while that target is live, or follows it when the target itself moved;
 *    when the target is gone it is matched again as in 2.
 *    Failing that, the same words under another id (a duplicate whose first copy was deleted) take it.
 * 4. Anything else is gone (and is matched again, as in 2, on every later build: a restored passage revives it).
 */
import { normalizeForId } from '../../analysis/ids.ts';
import { wordSimilarity } from './similarity.ts';

export type AnchorKind = 'quote' | 'claim';
export type AnchorStatus = 'live' | 'moved' | 'gone';

export interface LedgerEntry {
  kind: AnchorKind;
  status: AnchorStatus;
  /** for `moved`: the live id that now holds these words */
  to?: string;
  /** the words as last published (for moved and gone ids: before the edit) */
  exact: string;
  prefix: string;
  suffix: string;
}

export interface LedgerBriefing {
  /** the Markdown file, relative to the project root, so the Markdown pipeline can find its briefing */
  file: string;
  anchors: Record<string, LedgerEntry>;
}

export interface Ledger {
  version: 1;
  briefings: Record<string, LedgerBriefing>;
}

/** One quote or claim as the page publishes it now. */
export interface PublishedItem {
  id: string;
  kind: AnchorKind;
  exact: string;
  prefix: string;
  suffix: string;
}

/** Words in common, in order, for an edit to count as a rewording rather than a different passage. */
export const MOVE_THRESHOLD = 0.6;
/** Weight of the surrounding words when two candidates are otherwise close. */
const CONTEXT_WEIGHT = 0.15;

export function emptyLedger(): Ledger {
  return { version: 1, briefings: {} };
}

function bestMatch(entry: LedgerEntry, candidates: readonly PublishedItem[]): PublishedItem | null {
  let best: PublishedItem | null = null;
  let bestScore = -1;
  for (const item of candidates) {
    if (item.kind !== entry.kind) continue;
    const text = wordSimilarity(entry.exact, item.exact);
    if (text < MOVE_THRESHOLD) continue;
    const context = (wordSimilarity(entry.prefix, item.prefix) + wordSimilarity(entry.suffix, item.suffix)) / 2;
    const score = (1 - CONTEXT_WEIGHT) * text + CONTEXT_WEIGHT * context;
    // Candidates arrive sorted by id, so ties go the same way on every build.
    if (score > bestScore) {
      best = item;
      bestScore = score;
    }
  }
  return best;
}

/** The same words under another id (a duplicate whose first copy was deleted takes over its suffixed id). */
function sameWords(entry: LedgerEntry, items: readonly PublishedItem[]): PublishedItem | null {
  const key = normalizeForId(entry.exact);
  return items.find((item) => item.kind === entry.kind && normalizeForId(item.exact) === key) ?? null;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The next state of one briefing's anchors, given what it published before and what it publishes now. */
export function updateBriefing(
  old: Readonly<Record<string, LedgerEntry>> | undefined,
  items: readonly PublishedItem[],
): Record<string, LedgerEntry> {
  const previous = old ?? {};
  const next: Record<string, LedgerEntry> = {};
  const sorted = [...items].sort(byId);
  for (const item of sorted) {
    next[item.id] ??= { kind: item.kind, status: 'live', exact: item.exact, prefix: item.prefix, suffix: item.suffix };
  }
  const fresh = sorted.filter((item) => previous[item.id]?.status !== 'live');
  const missing = Object.keys(previous)
    .filter((id) => !(id in next))
    .sort();

  // Rule 2 first: ids that were live, so rule 3 can follow a target that moved in this same edit.
  const order = [...missing.filter((id) => previous[id]!.status === 'live'), ...missing.filter((id) => previous[id]!.status !== 'live')];
  for (const id of order) {
    const before = previous[id]!;
    const kept = { kind: before.kind, exact: before.exact, prefix: before.prefix, suffix: before.suffix };
    if (before.status === 'moved' && before.to) {
      const target = next[before.to];
      if (target?.status === 'live') {
        next[id] = { ...kept, status: 'moved', to: before.to };
        continue;
      }
      if (target?.status === 'moved' && target.to) {
        next[id] = { ...kept, status: 'moved', to: target.to };
        continue;
      }
    }
    const match = bestMatch(before, fresh) ?? sameWords(before, sorted);
    next[id] = match ? { ...kept, status: 'moved', to: match.id } : { ...kept, status: 'gone' };
  }
  return next;
}

/**
 * The next ledger. Briefings not in `current` (unpublished, or built from another folder) keep their entries as
 * they were: taking a briefing down is not an edit of its words.
 */
export function updateLedger(old: Ledger, current: Readonly<Record<string, { file: string; items: readonly PublishedItem[] }>>): Ledger {
  const briefings: Record<string, LedgerBriefing> = {};
  for (const slug of [...new Set([...Object.keys(old.briefings), ...Object.keys(current)])].sort()) {
    const now = current[slug];
    const before = old.briefings[slug];
    if (!now) {
      briefings[slug] = before!;
      continue;
    }
    briefings[slug] = { file: now.file, anchors: updateBriefing(before?.anchors, now.items) };
  }
  return { version: 1, briefings };
}

/** Old ids that now point at each live id: target id → alias ids (sorted). */
export function aliasesByTarget(anchors: Readonly<Record<string, LedgerEntry>>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const id of Object.keys(anchors).sort()) {
    const entry = anchors[id]!;
    if (entry.status !== 'moved' || !entry.to) continue;
    const list = map.get(entry.to) ?? [];
    list.push(id);
    map.set(entry.to, list);
  }
  return map;
}

function sortedEntry(entry: LedgerEntry): LedgerEntry {
  return {
    kind: entry.kind,
    status: entry.status,
    ...(entry.to ? { to: entry.to } : {}),
    exact: entry.exact,
    prefix: entry.prefix,
    suffix: entry.suffix,
  };
}

export const LEDGER_ABOUT =
  'The anchor ledger of On Record: every quote and claim id the site has published, with the words it pointed at ' +
  '(W3C TextQuoteSelector). Written by the build (src/lib/ledger/); commit it with the briefings. ' +
  'live = on the page; moved = reworded, the id is an alias of "to"; gone = removed, its permalink says so.';

/** Stable text: sorted keys, two-space indent, final newline. */
export function serializeLedger(ledger: Ledger): string {
  const briefings: Record<string, LedgerBriefing> = {};
  for (const slug of Object.keys(ledger.briefings).sort()) {
    const b = ledger.briefings[slug]!;
    const anchors: Record<string, LedgerEntry> = {};
    for (const id of Object.keys(b.anchors).sort()) anchors[id] = sortedEntry(b.anchors[id]!);
    briefings[slug] = { file: b.file, anchors };
  }
  return `${JSON.stringify({ about: LEDGER_ABOUT, version: 1, briefings }, null, 2)}\n`;
}

export class LedgerFormatError extends Error {}

/** Reads a ledger file's text; an empty or missing file is an empty ledger, a malformed one an error naming why. */
export function parseLedger(text: string | null | undefined, where = 'ledger'): Ledger {
  if (!text || !text.trim()) return emptyLedger();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new LedgerFormatError(`${where}: not valid JSON (${(error as Error).message})`);
  }
  const d = data as Partial<Ledger>;
  if (!d || typeof d !== 'object' || d.version !== 1 || typeof d.briefings !== 'object' || d.briefings === null) {
    throw new LedgerFormatError(`${where}: expected {"version": 1, "briefings": {...}}`);
  }
  for (const [slug, b] of Object.entries(d.briefings)) {
    if (!b || typeof b.file !== 'string' || typeof b.anchors !== 'object' || b.anchors === null) {
      throw new LedgerFormatError(`${where}: briefing "${slug}" needs "file" and "anchors"`);
    }
    for (const [id, e] of Object.entries(b.anchors)) {
      const ok =
        (e.kind === 'quote' || e.kind === 'claim') &&
        (e.status === 'live' || e.status === 'moved' || e.status === 'gone') &&
        typeof e.exact === 'string' &&
        typeof e.prefix === 'string' &&
        typeof e.suffix === 'string' &&
        (e.status !== 'moved' || typeof e.to === 'string');
      if (!ok) throw new LedgerFormatError(`${where}: anchor "${id}" of "${slug}" is malformed`);
    }
  }
  return { version: 1, briefings: d.briefings };
}
