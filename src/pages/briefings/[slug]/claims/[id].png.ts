/** The share card of every claim on a page now: /briefings/<slug>/claims/<id>.png (1200×630). */
import type { APIRoute } from 'astro';
import { cardEndpoint, cardPaths } from '../../../../lib/cards/routes.ts';
import { keyedPaths } from '../../../../lib/cache-keys.ts';

// The key: the permalink, all a card is drawn from (more than it shows: a card of an edited briefing is asked for
// again, and the card cache answers when its words did not change).
export const getStaticPaths = async () => keyedPaths(await cardPaths('claim'));
export const GET: APIRoute = cardEndpoint;
