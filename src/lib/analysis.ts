/**
 * The analysis of every published briefing, as the remark plugin computed it while rendering, so every page shows
 * exactly what the briefing page shows (and what `npm run annotate` prints). One implementation for all pages.
 */
import { render, type CollectionEntry } from 'astro:content';
import type { Analysis } from '../analysis/types.ts';
import { publishedBriefings } from './briefings.ts';
import { attributionOf, isNamedSpeaker } from './attribution.ts';
import { shareDigest } from './cache-keys.ts';

export interface AnalysedBriefing {
  entry: CollectionEntry<'briefings'>;
  analysis: Analysis;
}

let cache: Promise<AnalysedBriefing[]> | undefined;

/** Every published briefing with its analysis, newest first. */
export function analysedBriefings(): Promise<AnalysedBriefing[]> {
  cache ??= publishedBriefings().then((entries) =>
    Promise.all(
      entries.map(async (entry) => {
        const { remarkPluginFrontmatter } = await render(entry);
        const analysis = remarkPluginFrontmatter.analysis as Analysis | undefined;
        if (!analysis) throw new Error(`${entry.filePath ?? entry.id}: the remark plugin left no analysis`);
        // Digested once: every page that shows this analysis keys on it (src/lib/cache-keys.ts).
        return { entry, analysis: shareDigest(analysis) };
      }),
    ),
  );
  return cache;
}
