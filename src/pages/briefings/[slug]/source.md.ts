/**
 * /briefings/<slug>/source.md: the briefing's Markdown exactly as analysed. The annotations' TextPositionSelectors
 * index this text (the engine's offsets), so anyone can check them.
 */
import type { APIRoute } from 'astro';
import { briefingSources, type BriefingSource } from '../../../lib/permalinks.ts';
import { keyedPaths } from '../../../lib/cache-keys.ts';

export async function getStaticPaths() {
  return keyedPaths((await briefingSources()).map((source) => ({ params: { slug: source.meta.slug }, props: { source } })));
}

export const GET: APIRoute = ({ props }) => {
  const { source } = props as { source: BriefingSource };
  return new Response(source.text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
