/** /feed.xml: every published briefing as an Atom entry (src/lib/atom.ts). */
import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/atom.ts';
import { publishedBriefings } from '../lib/briefings.ts';
import { updatedOf } from '../lib/briefing-dates.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('feed.xml needs `site` in astro.config.mjs: entry links must be absolute');
  const briefings = await publishedBriefings();
  const xml = atomFeed({
    self: new URL('/feed.xml', site).href,
    site: new URL('/', site).href,
    title: 'On Record',
    subtitle: 'News briefings with every speaker, quote and check-worthy claim annotated.',
    author: 'On Record',
    entries: briefings.map((b) => ({
      url: new URL(`/briefings/${b.id}/`, site).href,
      title: b.data.title,
      // When the briefing was added or changed here (readers' feed apps sort and hide by it), not the events' date.
      // No `published`: when the briefing first appeared here is not recorded apart from its last change.
      updated: updatedOf(b),
      summary: b.data.summary,
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
