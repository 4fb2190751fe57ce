/**
 * What a permalink page says about one quote or claim, and the head a link preview needs: title, description,
 * Open Graph, Twitter card and JSON-LD (a `Quotation` with `creator`, or a `Claim` with `appearance`, inside the
 * `NewsArticle`). Pure; the page only renders it, and Astro escapes every attribute and text node.
 */
import type { Speaker } from '../../analysis/types.ts';
import { absoluteUrl, anchorPath, briefingPath, cardPath, permalinkPath, inQuotes, shorten, type ItemKind } from '../share/links.ts';

export const SITE_NAME = 'On Record';
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface BriefingMeta {
  slug: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  summary: string;
  dateline?: string;
}

export interface PermalinkInput {
  kind: ItemKind;
  id: string;
  /** the words, as plain text */
  words: string;
  speaker: Pick<Speaker, 'id' | 'name' | 'role' | 'kind'> | null;
  briefing: BriefingMeta;
  /** claims only: check-worthiness 0..1 */
  score?: number;
}

export interface PermalinkHead {
  title: string;
  description: string;
  canonical: string;
  ogTitle: string;
  ogDescription: string;
  ogUrl: string;
  image: string;
  imageAlt: string;
  imageWidth: number;
  imageHeight: number;
  anchor: string;
  publishedTime: string;
  jsonLd: Record<string, unknown>;
}

export function whoLabel(input: Pick<PermalinkInput, 'kind' | 'speaker'>): string {
  if (input.speaker) return input.speaker.name;
  return input.kind === 'claim' ? 'The article’s own voice' : 'Unattributed';
}

export function permalinkHead(input: PermalinkInput, site: URL | string): PermalinkHead {
  const { kind, id, briefing, speaker } = input;
  const url = absoluteUrl(permalinkPath(briefing.slug, kind, id), site);
  const articleUrl = absoluteUrl(briefingPath(briefing.slug), site);
  const anchor = absoluteUrl(anchorPath(briefing.slug, id), site);
  const image = absoluteUrl(cardPath(briefing.slug, kind, id), site);
  const who = whoLabel(input);
  const words = shorten(input.words, 180);
  const title =
    kind === 'quote'
      ? `${speaker ? speaker.name : 'Unattributed quote'}: ${inQuotes(shorten(input.words, 70))}`
      : `Claim: ${inQuotes(shorten(input.words, 80))}`;
  const description =
    kind === 'quote'
      ? `${inQuotes(words)} ${speaker ? `— ${speaker.name}${speaker.role ? `, ${speaker.role}` : ''}` : '— speaker not identified'}, in “${briefing.title}”.`
      : `${inQuotes(words)} ${speaker ? `A claim by ${speaker.name}` : 'A claim in the article’s own voice'}, in “${briefing.title}”.`;
  const imageAlt =
    kind === 'quote'
      ? `Quote card: ${inQuotes(words)} — ${who}. ${SITE_NAME}.`
      : `Claim card: ${inQuotes(words)} — ${who}. ${SITE_NAME}.`;

  const agent = speaker
    ? {
        '@type': speaker.kind === 'organization' ? 'Organization' : speaker.kind === 'person' ? 'Person' : 'Thing',
        name: speaker.name,
        ...(speaker.role ? { [speaker.kind === 'organization' ? 'description' : 'jobTitle']: speaker.role } : {}),
        url: absoluteUrl(`/speakers/${encodeURIComponent(speaker.id)}/`, site),
      }
    : undefined;
  const publisher = { '@type': 'Organization', name: SITE_NAME, url: absoluteUrl('/', site) };
  const part =
    kind === 'quote'
      ? {
          '@type': 'Quotation',
          '@id': url,
          url: anchor,
          text: input.words,
          ...(agent ? { creator: agent } : {}),
          isPartOf: { '@id': articleUrl },
        }
      : {
          '@type': 'Claim',
          '@id': url,
          url: anchor,
          text: input.words,
          ...(agent ? { author: agent } : { author: publisher }),
          appearance: { '@type': 'NewsArticle', '@id': articleUrl, url: anchor },
          firstAppearance: { '@id': articleUrl },
        };
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': articleUrl,
    url: articleUrl,
    headline: briefing.title,
    description: briefing.summary,
    datePublished: briefing.date,
    ...(briefing.dateline ? { locationCreated: { '@type': 'Place', name: briefing.dateline } } : {}),
    publisher,
    mainEntityOfPage: url,
    image: image,
    hasPart: part,
  };
  return {
    title,
    description,
    canonical: url,
    ogTitle: title,
    ogDescription: description,
    ogUrl: url,
    image,
    imageAlt,
    imageWidth: CARD_WIDTH,
    imageHeight: CARD_HEIGHT,
    anchor,
    publishedTime: briefing.date,
    jsonLd,
  };
}
