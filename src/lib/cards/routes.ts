/** The share-card endpoints (src/pages/briefings/[slug]/{quotes,claims}/[id].png.ts): one PNG per live item. */
import type { APIRoute } from 'astro';
import type { Claim } from '../../analysis/types.ts';
import { sitePermalinks, type LivePermalink } from '../permalinks.ts';
import { whoLabel } from '../permalink/model.ts';
import { displayWords } from '../share/links.ts';
import { renderCard, type CardInput } from './card.ts';

export function cardInput(p: LivePermalink): CardInput {
  const date = new Date(`${p.source.meta.date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    kind: p.kind,
    words: displayWords(p.item.text),
    who: whoLabel({ kind: p.kind, speaker: p.speaker }),
    role: p.speaker?.role ?? null,
    briefingTitle: p.source.meta.title,
    date,
    ...(p.kind === 'claim' ? { detail: `check-worthiness ${Math.round((p.item as Claim).score * 100)}%` } : {}),
  };
}

export async function cardPaths(kind: 'quote' | 'claim') {
  return (await sitePermalinks())
    .filter((p): p is LivePermalink => p.status === 'live' && p.kind === kind)
    .map((permalink) => ({ params: { slug: permalink.slug, id: permalink.id }, props: { permalink } }));
}

export const cardEndpoint: APIRoute = async ({ props }) => {
  const { permalink } = props as { permalink: LivePermalink };
  const png = await renderCard(cardInput(permalink));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
