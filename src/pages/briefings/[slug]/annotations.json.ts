/** /briefings/<slug>/annotations.json: every speaker, quote and claim as W3C Web Annotations (src/lib/annotations.ts). */
import type { APIRoute } from 'astro';
import { buildAnnotations } from '../../../lib/annotations.ts';
import { escapeHiddenInJson } from '../../../analysis/hygiene.ts';
import { briefingSources, type BriefingSource } from '../../../lib/permalinks.ts';
import { keyedPaths } from '../../../lib/cache-keys.ts';

export async function getStaticPaths() {
  return keyedPaths((await briefingSources()).map((source) => ({ params: { slug: source.meta.slug }, props: { source } })));
}

export const GET: APIRoute = ({ props, site }) => {
  const { source } = props as { source: BriefingSource };
  const collection = buildAnnotations({
    slug: source.meta.slug,
    title: source.meta.title,
    text: source.text,
    analysis: source.briefing.analysis,
    site: site ?? 'http://localhost/',
  });
  // The selectors quote source.md to the letter, hidden characters included: written as \u escapes (same data).
  return new Response(`${escapeHiddenInJson(JSON.stringify(collection, null, 2))}\n`, {
    headers: { 'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
};
