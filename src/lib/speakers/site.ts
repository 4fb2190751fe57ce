/**
 * The site's speaker registry, built once per build from every published briefing's analysis (the same analyses
 * the pages render), with the id record read before and written after.
 */
import { analysedBriefings } from '../analysis.ts';
import { readIdRecord, speakerIdsPath, writeIdRecord } from './ids.ts';
import { buildRegistry, type Registry } from './registry.ts';

let cache: Promise<Registry> | undefined;

export function siteRegistry(): Promise<Registry> {
  cache ??= analysedBriefings().then((briefings) => {
    const path = speakerIdsPath();
    const previous = readIdRecord(path);
    const registry = buildRegistry(
      briefings.map(({ entry, analysis }) => ({
        slug: entry.id,
        title: entry.data.title,
        date: entry.data.date,
        analysis,
        identities: entry.data.identities,
      })),
      previous,
    );
    writeIdRecord(registry.record, previous, path);
    return registry;
  });
  return cache;
}
