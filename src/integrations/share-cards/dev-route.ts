/**
 * `astro dev`'s share cards: /briefings/<slug>/{quotes,claims}/<id>.png, each drawn (or read from the card cache)
 * when a browser asks for it. A build writes the same files without a route (src/lib/cards/site-cards.ts).
 */
import type { APIRoute } from 'astro';
import { sitePermalinks, type LivePermalink } from '../../lib/permalinks.ts';
import { cardInput, liveOf } from '../../lib/cards/site-cards.ts';
import { renderCard } from '../../lib/cards/card.ts';

const FOLDERS = { quote: 'quotes', claim: 'claims' } as const;

export async function getStaticPaths() {
  const all = await sitePermalinks();
  return (['quote', 'claim'] as const).flatMap((kind) =>
    liveOf(all, kind).map((permalink) => ({ params: { slug: permalink.slug, folder: FOLDERS[kind], id: permalink.id }, props: { permalink } })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { permalink } = props as { permalink: LivePermalink };
  const png = await renderCard(cardInput(permalink));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
