/**
 * /editor/queue.json: the site's review queue as data (src/lib/editor-report.ts `siteSummary`), the same lists as
 * /editor/. `npm run build` reads it from the finished site to print its summary, so the log and the page agree.
 */
import type { APIRoute } from 'astro';
import { briefingSources } from '../../lib/permalinks.ts';
import { briefingReport, siteSummary } from '../../lib/editor-report.ts';

export const GET: APIRoute = async () => {
  const reports = (await briefingSources()).map(({ briefing, text, file }) => ({ file, report: briefingReport(briefing.analysis, text) }));
  return new Response(`${JSON.stringify(siteSummary(reports), null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
