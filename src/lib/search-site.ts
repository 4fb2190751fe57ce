/**
 * The search's view of the site, computed once per build: the briefings as the search needs them, the reader's
 * compact pages and the static speaker list with its counts (src/lib/search-reader.ts).
 */
import { analysedBriefings } from './analysis.ts';
import { dateLabel } from './search-records.ts';
import { readerCounts, readerPages, speakerShards, type ReaderBriefing, type ReaderPage, type ShardRow } from './search-reader.ts';
import { siteRegistry } from './speakers/index.ts';

let briefingsCache: Promise<ReaderBriefing[]> | undefined;
export function readerBriefings(): Promise<ReaderBriefing[]> {
  briefingsCache ??= analysedBriefings().then((list) =>
    list.map(({ entry, analysis }) => ({
      slug: entry.id,
      title: entry.data.title,
      summary: entry.data.summary,
      date: entry.data.date,
      date_label: dateLabel(entry.data.date),
      analysis,
    })),
  );
  return briefingsCache;
}

export interface SearchSite {
  pages: ReaderPage[];
  counts: ReturnType<typeof readerCounts>;
  shards: Map<string, ShardRow[]>;
}

let siteCache: Promise<SearchSite> | undefined;
export function searchSite(): Promise<SearchSite> {
  siteCache ??= (async () => {
    const registry = await siteRegistry();
    const pages = readerPages(await readerBriefings(), registry);
    return { pages, counts: readerCounts(pages), shards: speakerShards(registry, pages) };
  })();
  return siteCache;
}
