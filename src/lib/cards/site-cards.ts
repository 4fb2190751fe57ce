/**
 * A build's share cards: one PNG per live quote and claim, at /briefings/<slug>/{quotes,claims}/<id>.png (the
 * address the permalink page's og:image names, src/lib/share/links.ts cardPath).
 *
 * They are not Astro routes in a build. Astro would render each card as a page (a card read from the cache in about
 * 3 ms), and its incremental build would keep a second copy of every card in `<cacheDir>/dist/` and copy each one
 * back on every rebuild: at 1,000 briefings 15,400 of the 38,500 routes. Instead the permalink routes hand their
 * live items to `queueSiteCards` when Astro lists them, the card thread starts drawing what the card cache lacks
 * (drawAhead), and once every page is written the share-cards integration (src/integrations/share-cards/) waits
 * for the rest and links each card from the card cache into the output folder (`writeSiteCards`). The bytes are
 * the ones the route wrote: the card cache's file. `astro dev` has no output folder and serves the same cards from
 * a route (src/integrations/share-cards/dev-route.ts).
 */
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Analysis, Claim, Quote } from '../../analysis/types.ts';
import type { LivePermalink, Permalink } from '../permalinks.ts';
import { statedOf, whoLabel, type BriefingMeta } from '../permalink/model.ts';
import { liveItems, type LiveItem } from '../permalink/live-items.ts';
import { cardPath, displayWords } from '../share/links.ts';
import { cardFile, cardStats, drawAhead, type CardInput } from './card.ts';
import { isoDateLabel } from '../date-label.ts';
import { buildCounters, existingCounters } from '../build-counters.ts';

/** What a card is drawn from: a live permalink, or a briefing's item before the site's permalinks exist. */
export type CardSource = LiveItem & { source: { meta: Pick<BriefingMeta, 'title' | 'date' | 'outlet'> } };

export function cardInput(p: CardSource): CardInput {
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

/**
 * Starts drawing one briefing's cards as soon as Vite has loaded it (src/lib/cards/remark-draw-early.ts), long
 * before Astro lists the routes: the card thread then draws while Vite loads the other briefings. The same inputs
 * the permalinks give (the same items, speakers and front matter); were one to differ, its route would only ask
 * for (and draw) the card it shows. A no-op outside a build.
 */
export function drawBriefingCards(analysis: Analysis, meta: CardSource['source']['meta']): void {
  if (!existingCounters<SiteCards>(SITE_CARDS)) return;
  drawAhead(liveItems(analysis).map((item) => cardInput({ ...item, source: { meta } })));
}

/** The live permalinks of one kind, which have a card. */
export function liveOf(permalinks: readonly Permalink[], kind: 'quote' | 'claim'): LivePermalink[] {
  return permalinks.filter((p): p is LivePermalink => p.status === 'live' && p.kind === kind);
}

/** A card's file in the output folder: its URL path, decoded as Astro decodes a route's. */
export const cardOutputPath = (p: LivePermalink): string => decodeURI(cardPath(p.slug, p.kind, p.id)).slice(1);

/**
 * The build's cards: output path → the card's file in the card cache, once drawn. Shared through globalThis:
 * the integration and the pages run different copies of this module (build-counters.ts). Made only by the
 * integration at the start of a build, so that listing the routes in `astro dev` draws nothing.
 */
type SiteCards = Map<string, Promise<string>>;
const SITE_CARDS = 'site-cards';

export function startSiteCards(): void {
  buildCounters<SiteCards>(SITE_CARDS, () => new Map()).clear();
}

/** Queues the cards of `permalinks` for this build's output (a no-op outside a build). */
export function queueSiteCards(permalinks: readonly LivePermalink[]): void {
  const cards = existingCounters<SiteCards>(SITE_CARDS);
  if (!cards) return;
  const fresh = permalinks.filter((p) => !cards.has(cardOutputPath(p)));
  const inputs = fresh.map(cardInput);
  drawAhead(inputs);
  fresh.forEach((p, i) => {
    const file = cardFile(inputs[i]!);
    // Awaited by writeSiteCards; until then a failed card must not count as an unhandled rejection.
    file.catch(() => undefined);
    cards.set(cardOutputPath(p), file);
  });
}

/**
 * Waits for every card the build queued and puts each into `outDir`: a hard link to the card cache's file (the
 * cache replaces a file by renaming a new one over it, never by writing into it), a copy where the two folders
 * cannot share a file. The first card that failed to draw fails the build, by name (card.ts, drawInto).
 */
export async function writeSiteCards(outDir: string): Promise<{ written: number; waitedMs: number }> {
  const cards = existingCounters<SiteCards>(SITE_CARDS);
  if (!cards) return { written: 0, waitedMs: 0 };
  const t0 = performance.now();
  const files = await Promise.all(cards.values());
  const waitedMs = performance.now() - t0;
  cardStats().waitMs += waitedMs;
  const folders = new Set<string>();
  let i = 0;
  for (const path of cards.keys()) {
    const to = join(outDir, path);
    const folder = dirname(to);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    placeFile(files[i++]!, to);
  }
  return { written: cards.size, waitedMs };
}

function placeFile(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    // Another file system, one without hard links, or a file already there: a copy (which replaces it).
    copyFileSync(from, to);
  }
}
