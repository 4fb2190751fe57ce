/**
 * Build-time hand-over to the Pagefind integration: every quote and claim record (the contract's `/pagefind/`) and
 * the reader's compact pages (`/search/bundle/`), from the same analyses the pages render and the site's speaker
 * registry. The integration reads this file in `astro:build:done` and deletes it, so it never ships.
 */
import type { APIRoute } from 'astro';
import { readerBriefings, searchSite } from '../../lib/search-site.ts';
import { siteRegistry } from '../../lib/speakers/index.ts';
import { dateLabel, orderKey, searchRecords, type SearchRecordsFile } from '../../lib/search-records.ts';

export const GET: APIRoute = async () => {
  const registry = await siteRegistry();
  const briefings = await readerBriefings();
  const file: SearchRecordsFile = {
    briefings: briefings.map((b) => ({
      slug: b.slug,
      title: b.title,
      summary: b.summary,
      date: b.date.toISOString().slice(0, 10),
      date_label: dateLabel(b.date),
      order: orderKey(b.date, 0),
    })),
    records: searchRecords(briefings, [], (slug, localId) => registry.of(slug, localId)),
    reader: (await searchSite()).pages,
  };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
