/**
 * The analysis of every published briefing, as the remark plugin computed it while rendering, so every page shows
 * exactly what the briefing page shows (and what `npm run annotate` prints). One implementation for all pages.
 */
import { render, type CollectionEntry } from 'astro:content';
import type { Analysis, Claim, Quote, Speaker } from '../analysis/types.ts';
import { publishedBriefings } from './briefings.ts';

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
        return { entry, analysis };
      }),
    ),
  );
  return cache;
}

export interface SpeakerAppearance {
  briefing: AnalysedBriefing;
  speaker: Speaker;
  quotes: Quote[];
  claims: Claim[];
}

export interface SiteSpeaker {
  /** the speaker as in the briefing where the fullest name appears */
  speaker: Speaker;
  appearances: SpeakerAppearance[];
}

/** Speakers across all briefings, merged by id (the id is a slug of the name, so it is the same everywhere). */
export async function siteSpeakers(): Promise<SiteSpeaker[]> {
  const byId = new Map<string, SiteSpeaker>();
  for (const briefing of await analysedBriefings()) {
    for (const speaker of briefing.analysis.speakers) {
      const quotes = briefing.analysis.quotes.filter((q) => q.speaker === speaker.id);
      const claims = briefing.analysis.claims.filter((c) => c.claimant === speaker.id);
      const appearance = { briefing, speaker, quotes, claims };
      const known = byId.get(speaker.id);
      if (!known) {
        byId.set(speaker.id, { speaker: { ...speaker, aliases: [...speaker.aliases] }, appearances: [appearance] });
        continue;
      }
      known.appearances.push(appearance);
      if (speaker.name.length > known.speaker.name.length) known.speaker.name = speaker.name;
      known.speaker.role ??= speaker.role;
      for (const alias of speaker.aliases) if (!known.speaker.aliases.includes(alias)) known.speaker.aliases.push(alias);
    }
  }
  return [...byId.values()].sort((a, b) => a.speaker.name.localeCompare(b.speaker.name));
}
