/** The share-card endpoints (src/pages/briefings/[slug]/{quotes,claims}/[id].png.ts): one PNG per live item. */
import type { APIRoute } from 'astro';
import type { Claim, Quote } from '../../analysis/types.ts';
import { sitePermalinks, type LivePermalink } from '../permalinks.ts';
import { statedOf, whoLabel } from '../permalink/model.ts';
import { displayWords } from '../share/links.ts';
import { drawAhead, renderCard, type CardInput } from './card.ts';
import { isoDateLabel } from '../date-label.ts';

export function cardInput(p: LivePermalink): CardInput {
  return {
    kind: p.kind,
    words: displayWords(p.item.text),
    who: whoLabel({ kind: p.kind, speaker: p.speaker, attribution: p.attribution, briefing: p.source.meta }),
    role: statedOf(p)?.role ?? null,
    briefingTitle: p.source.meta.title,
    ...(p.source.meta.outlet ? { outlet: p.source.meta.outlet } : {}),
    quoted: p.kind === 'claim' || (p.item as Quote).kind !== 'indirect',
    date: isoDateLabel(p.source.meta.date),
    ...(p.kind === 'claim' ? { detail: `check-worthiness ${Math.round((p.item as Claim).score * 100)}%` } : {}),
  };
}

export async function cardPaths(kind: 'quote' | 'claim') {
  const live = (await sitePermalinks()).filter((p): p is LivePermalink => p.status === 'live' && p.kind === kind);
  // The cards the cache lacks are drawn from now on, while Astro renders the other pages (src/lib/cards/card.ts).
  drawAhead(live.map(cardInput));
  return live.map((permalink) => ({ params: { slug: permalink.slug, id: permalink.id }, props: { permalink } }));
}

export const cardEndpoint: APIRoute = async ({ props }) => {
  const { permalink } = props as { permalink: LivePermalink };
  const png = await renderCard(cardInput(permalink));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
