/**
 * Puts the share cards into the built site (src/lib/cards/site-cards.ts): the build's list of cards is begun at
 * `astro:build:start`, filled by the permalink routes as Astro lists them, and written at `astro:build:done` (after
 * Pagefind's, so the card thread draws on while Pagefind indexes); in `astro dev` a route draws each card when it is asked for.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { startSiteCards, writeSiteCards } from '../../lib/cards/site-cards.ts';

export default function shareCards(): AstroIntegration {
  return {
    name: 'on-record:share-cards',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') injectRoute({ pattern: '/briefings/[slug]/[folder]/[id].png', entrypoint: new URL('./dev-route.ts', import.meta.url), prerender: true });
      },
      'astro:build:start': () => startSiteCards(),
      'astro:build:done': async ({ dir, logger }) => {
        const { written, waitedMs } = await writeSiteCards(fileURLToPath(dir));
        logger.info(`${written} share cards written (waited ${Math.round(waitedMs)} ms for the last to be drawn)`);
      },
    },
  };
}
