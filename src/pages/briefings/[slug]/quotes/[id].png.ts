/** The share card of every quote on a page now: /briefings/<slug>/quotes/<id>.png (1200×630). */
import type { APIRoute } from 'astro';
import { cardEndpoint, cardPaths } from '../../../../lib/cards/routes.ts';

export const getStaticPaths = () => cardPaths('quote');
export const GET: APIRoute = cardEndpoint;
