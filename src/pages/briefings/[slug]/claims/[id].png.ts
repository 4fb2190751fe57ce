/** The share card of every claim on a page now: /briefings/<slug>/claims/<id>.png (1200×630). */
import type { APIRoute } from 'astro';
import { cardEndpoint, cardPaths } from '../../../../lib/cards/routes.ts';

export const getStaticPaths = () => cardPaths('claim');
export const GET: APIRoute = cardEndpoint;
