/**
 * Every address the site has published for a quote or claim, live or not, for the permalink pages, the share
 * cards, the briefing page's notices and the annotations export. Reads the analyses (src/lib/analysis.ts) and brings
 * the anchor ledger up to date once per build, in memory; the build proposes it and only `npm run publish` records it
 * (src/lib/ledger/io.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Claim, Quote, Speaker } from '../analysis/types.ts';
import { analysedBriefings, type AnalysedBriefing } from './analysis.ts';
import { publishedItems } from './ledger/items.ts';
import { ledgerPath, proposeLedger, readLedger } from './ledger/io.ts';
import { updateLedger, type Ledger, type LedgerEntry } from './ledger/ledger.ts';
import { surroundingParagraph, type Surrounding } from './permalink/context.ts';
import { displayDeep } from '../analysis/hygiene.ts';
import type { BriefingMeta } from './permalink/model.ts';
import type { ItemKind } from './share/links.ts';
import type { Attribution } from './attribution.ts';
import { liveItems } from './permalink/live-items.ts';
import { shareDigest } from './cache-keys.ts';

export interface BriefingSource {
  briefing: AnalysedBriefing;
  meta: BriefingMeta;
  /** the file's full text: the engine's offsets index it */
  text: string;
  /** the file, relative to the project root */
  file: string;
}

interface Base {
  slug: string;
  kind: ItemKind;
  id: string;
  /** the ledger entry (for live items, the words as published now) */
  entry: LedgerEntry;
  /** the briefing, when it is still published */
  source: BriefingSource | null;
}
export interface LivePermalink extends Base {
  status: 'live';
  source: BriefingSource;
  item: Quote | Claim;
  /** the engine's speaker or claimant (a guess, perhaps: read `attribution` before stating it) */
  speaker: Speaker | null;
  /** what may be stated about the source; null: a claim in the article's own voice */
  attribution: Attribution | null;
  context: Surrounding;
}
export interface MovedPermalink extends Base {
  status: 'moved';
  to: string;
}
export interface GonePermalink extends Base {
  status: 'gone';
}
export type Permalink = LivePermalink | MovedPermalink | GonePermalink;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

let sourcesCache: Promise<BriefingSource[]> | undefined;
export function briefingSources(): Promise<BriefingSource[]> {
  sourcesCache ??= analysedBriefings().then((list) =>
    list.map((briefing) => {
      const { entry } = briefing;
      const file = entry.filePath ?? `content/briefings/${entry.id}.md`;
      // A byte-order mark is not part of the text (UTF-8 decoding drops it; the engine's offsets count without it).
      const full = readFileSync(resolve(process.cwd(), file), 'utf8').replace(/^\uFEFF/, '');
      // The remark plugin analyses the whole file (front matter included) whenever the file is on disk, as the
      // annotate CLI does; the offsets index that text.
      const body = (entry.body ?? '').trim();
      const text = full.includes(body) ? full : (entry.body ?? full);
      const meta: BriefingMeta = {
        slug: entry.id,
        title: entry.data.title,
        date: isoDate(entry.data.date),
        summary: entry.data.summary,
        ...(entry.data.dateline ? { dateline: entry.data.dateline } : {}),
        ...(entry.data.outlet ? { outlet: entry.data.outlet } : {}),
        ...(entry.data.url ? { url: entry.data.url } : {}),
        ...(entry.data.author ? { author: entry.data.author } : {}),
        ...(entry.data.published ? { published: isoDate(entry.data.published) } : {}),
      };
      return shareDigest({ briefing, meta, text, file });
    }),
  );
  return sourcesCache;
}

let ledgerCache: Promise<Ledger> | undefined;
/** The ledger brought up to date with what this build publishes: the published ids plus this build's. */
export function siteLedger(): Promise<Ledger> {
  ledgerCache ??= briefingSources().then((sources) => {
    const path = ledgerPath();
    const current: Record<string, { file: string; items: ReturnType<typeof publishedItems> }> = {};
    for (const s of sources) current[s.meta.slug] = { file: s.file, items: publishedItems(s.briefing.analysis, s.text) };
    const next = updateLedger(readLedger(path), current);
    proposeLedger(next);
    return next;
  });
  return ledgerCache;
}

let permalinksCache: Promise<Permalink[]> | undefined;
/** Every permalink: live items first in order of appearance per briefing, then aliases and gone ids. */
export function sitePermalinks(): Promise<Permalink[]> {
  permalinksCache ??= Promise.all([briefingSources(), siteLedger()]).then(([sources, ledger]) => {
    const bySlug = new Map(sources.map((s) => [s.meta.slug, s]));
    const out: Permalink[] = [];
    for (const s of sources) {
      const anchors = ledger.briefings[s.meta.slug]?.anchors ?? {};
      for (const { kind, item, speaker, attribution } of liveItems(s.briefing.analysis)) {
        out.push({
          status: 'live',
          slug: s.meta.slug,
          kind,
          id: item.id,
          entry: anchors[item.id]!,
          source: s,
          item,
          speaker,
          attribution,
          context: displayDeep(surroundingParagraph(s.text, item.start, item.end)),
        });
      }
    }
    for (const slug of Object.keys(ledger.briefings).sort()) {
      const source = bySlug.get(slug) ?? null;
      const anchors = ledger.briefings[slug]!.anchors;
      for (const id of Object.keys(anchors).sort()) {
        const entry = anchors[id]!;
        if (source && entry.status === 'live') continue;
        if (entry.status === 'moved' && entry.to && source) out.push({ status: 'moved', slug, kind: entry.kind, id, entry, source, to: entry.to });
        else out.push({ status: 'gone', slug, kind: entry.kind, id, entry, source });
      }
    }
    return out;
  });
  return permalinksCache;
}

let bySlugCache: Promise<Map<string, Permalink[]>> | undefined;
/** One briefing's permalinks (every briefing page asks: an index, not a pass over the whole site's each time). */
export async function permalinksOf(slug: string): Promise<Permalink[]> {
  bySlugCache ??= sitePermalinks().then((all) => Map.groupBy(all, (p) => p.slug));
  return [...((await bySlugCache).get(slug) ?? [])];
}
