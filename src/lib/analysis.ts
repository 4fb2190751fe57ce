/**
 * The analysis of every published briefing, as the remark plugin computed it while rendering, so every page shows
 * exactly what the briefing page shows (and what `npm run annotate` prints). One implementation for all pages.
 */
import { render, type CollectionEntry } from 'astro:content';
import type { Analysis, Claim, Quote, Speaker } from '../analysis/types.ts';
import { publishedBriefings } from './briefings.ts';
import { attributionOf, isNamedSpeaker } from './attribution.ts';

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

/**
 * Named speakers across all briefings, merged by id (the id is a slug of the name, so it is the same everywhere),
 * with only the quotes and claims whose attribution is `named` (src/lib/attribution.ts): a guess or a description
 * never gets a page or a line on one.
 */
export async function siteSpeakers(): Promise<SiteSpeaker[]> {
  const byId = new Map<string, SiteSpeaker>();
  for (const briefing of await analysedBriefings()) {
    const local = new Map(briefing.analysis.speakers.map((s) => [s.id, s]));
    const namedQuotes = new Set(briefing.analysis.quotes.filter((q) => attributionOf(q, q.speaker ? local.get(q.speaker) : undefined) === 'named').map((q) => q.id));
    for (const speaker of briefing.analysis.speakers) {
      if (!isNamedSpeaker(speaker)) continue;
      const quotes = briefing.analysis.quotes.filter((q) => q.speaker === speaker.id && namedQuotes.has(q.id));
      const claims = briefing.analysis.claims.filter((c) => c.claimant === speaker.id && (!c.quote || namedQuotes.has(c.quote)));
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
