/**
 * Every address under /speakers/<id>/ the site answers, from the registry: the speaker pages, the old ids that now
 * redirect (the id record), and the ids a briefing gives its own speakers (briefing pages, cards and exports link
 * `/speakers/<Speaker.id>/` for named speakers), which forward to the site speaker or, where one local id means
 * several people, list where it is used. `speakerHref()` is the direct link for any briefing's speaker.
 */
import type { Registry, SiteSpeaker } from './registry.ts';

export type SpeakerAddress =
  | { id: string; type: 'page'; speaker: SiteSpeaker }
  | { id: string; type: 'redirect'; to: SiteSpeaker }
  | { id: string; type: 'choice'; uses: { slug: string; title: string; name: string; speaker?: SiteSpeaker }[] };

export interface LocalSpeakerRef {
  slug: string;
  title: string;
  localId: string;
  name: string;
}

/** The page a briefing's speaker is on, or the briefing itself for a description (which has no page). */
export function speakerHref(registry: Registry, slug: string, localId: string): string {
  const site = registry.of(slug, localId);
  return site ? `/speakers/${site.id}/` : `/briefings/${slug}/`;
}

export function speakerAddresses(registry: Registry, locals: LocalSpeakerRef[]): SpeakerAddress[] {
  const out: SpeakerAddress[] = registry.speakers.map((speaker) => ({ id: speaker.id, type: 'page', speaker }));
  const used = new Set(out.map((a) => a.id));
  for (const [old, to] of registry.redirects) {
    const target = registry.byId.get(to);
    if (target && !used.has(old)) {
      out.push({ id: old, type: 'redirect', to: target });
      used.add(old);
    }
  }
  const byLocal = new Map<string, LocalSpeakerRef[]>();
  for (const l of locals) if (!used.has(l.localId)) byLocal.set(l.localId, [...(byLocal.get(l.localId) ?? []), l]);
  for (const [id, refs] of byLocal) {
    const targets = new Set(refs.map((r) => registry.of(r.slug, r.localId)));
    const only = [...targets][0];
    if (targets.size === 1 && only) out.push({ id, type: 'redirect', to: only });
    else out.push({ id, type: 'choice', uses: refs.map((r) => ({ slug: r.slug, title: r.title, name: r.name, speaker: registry.of(r.slug, r.localId) })) });
  }
  return out;
}
