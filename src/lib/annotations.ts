/**
 * A briefing's analysis as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), one AnnotationCollection
 * per briefing at /briefings/<slug>/annotations.json.
 *
 * Every target is the briefing's source text, published beside it at /briefings/<slug>/source.md, with a
 * TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector whose start/end are the engine's offsets
 * (JS string indices, end exclusive) into that text; `scope` is the briefing page. Quotes: motivation
 * "identifying", bodies = the speaker (a link to the speaker page) and the kind of quote. Claims: "assessing",
 * bodies = the claimant and the check-worthiness with its reasons. Speakers: "identifying", the target is their
 * first mention in the text (when the name or an alias is found), the body is the speaker. Pure.
 */
import { attributionOf, claimAttributionOf, sourceLine } from './attribution.ts';
import { bodyStart } from '../analysis/segment.ts';
import type { Analysis, Speaker } from '../analysis/types.ts';
import { textPositionSelector, textQuoteSelector } from './ledger/selector.ts';
import { absoluteUrl, anchorPath, briefingPath, permalinkPath } from './share/links.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export function sourcePath(slug: string): string {
  return `${briefingPath(slug)}source.md`;
}
export function annotationsPath(slug: string): string {
  return `${briefingPath(slug)}annotations.json`;
}

interface Input {
  slug: string;
  title: string;
  /** the briefing file's full text, the one the engine's offsets index */
  text: string;
  analysis: Analysis;
  site: URL | string;
  generator?: string;
}

function speakerBody(speaker: Speaker, site: URL | string) {
  return {
    type: 'SpecificResource',
    purpose: 'identifying',
    source: absoluteUrl(`/speakers/${encodeURIComponent(speaker.id)}/`, site),
    // Not part of the Web Annotation vocabulary: plain data for readers of this export.
    'onrecord:name': speaker.name,
    ...(speaker.role ? { 'onrecord:role': speaker.role } : {}),
    'onrecord:kind': speaker.kind,
  };
}

/** Where a speaker is first named in the body: the fullest name first, then the aliases, longest first. */
export function firstMention(text: string, speaker: Speaker): { start: number; end: number } | null {
  const from = bodyStart(text);
  const names = [speaker.name, ...[...speaker.aliases].sort((a, b) => b.length - a.length)];
  let best: { start: number; end: number } | null = null;
  for (const name of names) {
    if (!name) continue;
    const at = text.indexOf(name, from);
    if (at >= 0 && (!best || at < best.start)) best = { start: at, end: at + name.length };
  }
  return best;
}

export function buildAnnotations(input: Input) {
  const { slug, text, analysis, site } = input;
  const source = absoluteUrl(sourcePath(slug), site);
  const scope = absoluteUrl(briefingPath(slug), site);
  const collectionId = absoluteUrl(annotationsPath(slug), site);
  const speakers = new Map(analysis.speakers.map((s) => [s.id, s]));
  const target = (start: number, end: number, anchorId?: string) => ({
    type: 'SpecificResource',
    source,
    scope: anchorId ? absoluteUrl(anchorPath(slug, anchorId), site) : scope,
    selector: [textQuoteSelector(text, start, end), textPositionSelector(start, end)],
  });
  const items: Record<string, unknown>[] = [];

  for (const s of analysis.speakers) {
    const mention = firstMention(text, s);
    items.push({
      id: `${collectionId}#speaker-${s.id}`,
      type: 'Annotation',
      motivation: 'identifying',
      body: speakerBody(s, site),
      target: mention ? target(mention.start, mention.end) : { type: 'SpecificResource', source, scope },
    });
  }
  for (const q of analysis.quotes) {
    const engineSpeaker = q.speaker ? speakers.get(q.speaker) : undefined;
    const attribution = attributionOf(q, engineSpeaker);
    // The speaker is identified only where the site states it (src/lib/attribution.ts); otherwise the description says what is known.
    const speaker = attribution === 'named' ? engineSpeaker : undefined;
    items.push({
      id: `${collectionId}#${q.id}`,
      type: 'Annotation',
      motivation: 'identifying',
      'onrecord:permalink': absoluteUrl(permalinkPath(slug, 'quote', q.id), site),
      'onrecord:attribution': attribution,
      body: [
        ...(speaker ? [speakerBody(speaker, site)] : []),
        { type: 'TextualBody', purpose: 'classifying', value: `${q.kind} quote`, format: 'text/plain', language: 'en' },
        {
          type: 'TextualBody',
          purpose: 'describing',
          value: `${speaker ? `Attributed to ${speaker.name}` : attribution === 'none' ? 'Speaker not identified' : sourceLine(attribution, engineSpeaker)}${q.cue ? ` (cue: “${q.cue}”)` : ''}; rule: ${q.how}; confidence ${q.confidence.toFixed(2)}.`,
          format: 'text/plain',
          language: 'en',
        },
      ],
      target: target(q.start, q.end, q.id),
    });
  }
  for (const c of analysis.claims) {
    const claimant = claimAttributionOf(c, analysis) === 'named' && c.claimant ? speakers.get(c.claimant) : undefined;
    items.push({
      id: `${collectionId}#${c.id}`,
      type: 'Annotation',
      motivation: 'assessing',
      'onrecord:permalink': absoluteUrl(permalinkPath(slug, 'claim', c.id), site),
      body: [
        ...(claimant ? [speakerBody(claimant, site)] : []),
        {
          type: 'TextualBody',
          purpose: 'assessing',
          value: `Check-worthy claim, score ${c.score.toFixed(2)}${c.reasons.length ? ` (${c.reasons.join(', ')})` : ''}; ${claimant ? `made by ${claimant.name}` : c.claimant ? 'by a source the site does not name as fact' : 'in the article’s own voice'}.`,
          format: 'text/plain',
          language: 'en',
        },
      ],
      target: target(c.start, c.end, c.id),
    });
  }
  return {
    '@context': [ANNO_CONTEXT, { onrecord: absoluteUrl('/ns/onrecord#', site) }],
    id: collectionId,
    type: 'AnnotationCollection',
    label: `Speakers, quotes and claims in “${input.title}”`,
    total: items.length,
    ...(input.generator ? { generator: input.generator } : {}),
    first: { id: `${collectionId}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
