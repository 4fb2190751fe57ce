/**
 * The site's speaker registry, built once per build from every published briefing's analysis (the same analyses
 * the pages render), with the published id record read before and this build's record proposed after (only
 * `npm run publish` records it: src/lib/speakers/ids.ts).
 */
import { analysedBriefings } from '../analysis.ts';
import { proposeIdRecord, readIdRecord, speakerIdsPath } from './ids.ts';
import { buildRegistry, unknownPins, type Registry, type RegistryBriefing } from './registry.ts';

let cache: Promise<Registry> | undefined;

export function siteRegistry(): Promise<Registry> {
  cache ??= analysedBriefings().then((briefings) => {
    const path = speakerIdsPath();
    const previous = readIdRecord(path);
    const inputs: RegistryBriefing[] = briefings.map(({ entry, analysis }) => ({
      slug: entry.id,
      title: entry.data.title,
      date: entry.data.date,
      analysis,
      identities: entry.data.identities,
    }));
    // A pin for a speaker the briefing does not have is a typo that would silently do nothing: fail, naming it.
    const problems = inputs.flatMap((b, i) => {
      const file = briefings[i]!.entry.filePath ?? `${b.slug}.md`;
      return unknownPins(b).map((p) => `${file}: identities: no speaker “${p.speaker}” in this briefing (give a name, alias or id the analysis found)`);
    });
    if (problems.length > 0) throw new Error(problems.join('\n'));
    const registry = buildRegistry(inputs, previous);
    proposeIdRecord(registry.record, previous);
    return registry;
  });
  return cache;
}
