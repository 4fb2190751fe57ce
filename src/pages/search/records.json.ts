/**
 * Build-time hand-over to the Pagefind integration: every quote and claim record, from the same analyses the pages
 * render. The integration reads this file in `astro:build:done` and deletes it, so it never ships.
 */
import type { APIRoute } from 'astro';
import { analysedBriefings, siteSpeakers } from '../../lib/analysis.ts';
import { dateLabel, orderKey, searchRecords, type SearchRecordsFile } from '../../lib/search-records.ts';

export const GET: APIRoute = async () => {
  const briefings = await analysedBriefings();
  const speakers = (await siteSpeakers()).map(({ speaker }) => speaker);
  const file: SearchRecordsFile = {
    briefings: briefings.map(({ entry }) => ({
      slug: entry.id,
      title: entry.data.title,
      summary: entry.data.summary,
      date: entry.data.date.toISOString().slice(0, 10),
      date_label: dateLabel(entry.data.date),
      order: orderKey(entry.data.date, 0),
    })),
    records: searchRecords(
      briefings.map(({ entry, analysis }) => ({ slug: entry.id, title: entry.data.title, date: entry.data.date, analysis })),
      speakers,
    ),
  };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
