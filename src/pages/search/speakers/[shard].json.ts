/**
 * The static speaker list, in shards by the first three letters of a name word (`/search/speakers/doe.json`): the
 * search offers "Jane Doe — 12 quotes" and filters the speaker box from one small file, never from Pagefind's
 * filter index. Rows: [page id, name, role, count, folded name words]; the count is what choosing them lists.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchSite } from '../../../lib/search-site.ts';
import { keyedPaths } from '../../../lib/cache-keys.ts';

export const getStaticPaths = (async () => {
  const { shards } = await searchSite();
  return keyedPaths([...shards.entries()].map(([shard, rows]) => ({ params: { shard }, props: { rows } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { rows: unknown[] }).rows), { headers: { 'Content-Type': 'application/json' } });
