/**
 * What a permalink page says about one quote or claim, and the head a link preview needs: title, description,
 * Open Graph, Twitter card and JSON-LD (a `Quotation` with `creator`, or a `Claim` with `appearance`, inside the
 * `NewsArticle`). Pure; the page only renders it, and Astro escapes every attribute and text node.
 */
import type { Speaker } from '../../analysis/types.ts';
import { sourceLine, type Attribution } from '../attribution.ts';
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
  /** the original: the outlet that published it, its address, its author, when it published it (YYYY-MM-DD) */
  outlet?: string;
  url?: string;
  author?: string;
  published?: string;
}

export interface PermalinkInput {
  kind: ItemKind;
  id: string;
  /** the words, as plain text */
  words: string;
  speaker: Pick<Speaker, 'id' | 'name' | 'role' | 'kind'> | null;
  /**
   * what may be stated about the source (src/lib/attribution.ts); default `named` when a speaker is given. A claim
   * in the article's own voice has none. Only a `named` speaker is stated: as the creator, on the card, in titles.
   */
  attribution?: Attribution | null;
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

/** The speaker a page may state as fact: only for a `named` attribution. */
export function statedOf(input: Pick<PermalinkInput, 'speaker' | 'attribution'>): PermalinkInput['speaker'] {
  const attribution = input.attribution === undefined ? (input.speaker ? 'named' : null) : input.attribution;
  return attribution === 'named' ? input.speaker : null;
}

/** The article's own voice, crediting the outlet that wrote it. */
export function articleVoice(briefing: Pick<BriefingMeta, 'outlet'>): string {
  return briefing.outlet ? `The article (${briefing.outlet})` : 'The article’s own voice';
}

/** Who said it, as a line: the name only when known; an unnamed source, a guess or none said as such. */
export function whoLabel(input: Pick<PermalinkInput, 'kind' | 'speaker' | 'attribution'> & { briefing?: Pick<BriefingMeta, 'outlet'> }): string {
  const stated = statedOf(input);
  if (stated) return stated.name;
  const attribution = input.attribution === undefined ? (input.speaker ? 'named' : null) : input.attribution;
  if (attribution === null || (input.kind === 'claim' && !input.speaker)) return input.kind === 'claim' ? articleVoice(input.briefing ?? {}) : 'Unattributed';
  return sourceLine(attribution, input.speaker);
}

export function permalinkHead(input: PermalinkInput, site: URL | string): PermalinkHead {
  const { kind, id, briefing } = input;
  const speaker = statedOf(input);
  const url = absoluteUrl(permalinkPath(briefing.slug, kind, id), site);
  const articleUrl = absoluteUrl(briefingPath(briefing.slug), site);
  const anchor = absoluteUrl(anchorPath(briefing.slug, id), site);
  const image = absoluteUrl(cardPath(briefing.slug, kind, id), site);
  const who = whoLabel({ ...input, briefing });
  const words = shorten(input.words, 180);
  const title =
    kind === 'quote'
      ? `${speaker ? speaker.name : who}: ${inQuotes(shorten(input.words, 70))}`
      : `Claim: ${inQuotes(shorten(input.words, 80))}`;
  const description =
    kind === 'quote'
      ? `${inQuotes(words)} ${speaker ? `— ${speaker.name}${speaker.role ? `, ${speaker.role}` : ''}` : `— ${who.charAt(0).toLowerCase()}${who.slice(1)}`}, in “${briefing.title}”${briefing.outlet ? ` (${briefing.outlet})` : ''}.`
      : `${inQuotes(words)} ${speaker ? `A claim by ${speaker.name}` : input.speaker ? `A claim by ${who.charAt(0).toLowerCase()}${who.slice(1)}` : briefing.outlet ? `A claim in the article’s own voice (${briefing.outlet})` : 'A claim in the article’s own voice'}, in “${briefing.title}”.`;
  const imageAlt =
    kind === 'quote'
      ? `Quote card: ${inQuotes(words)} — ${who}.${briefing.outlet ? ` From ${briefing.outlet}.` : ''} ${SITE_NAME}.`
      : `Claim card: ${inQuotes(words)} — ${who}.${briefing.outlet ? ` From ${briefing.outlet}.` : ''} ${SITE_NAME}.`;

  const agent = speaker
    ? {
        '@type': speaker.kind === 'organization' ? 'Organization' : speaker.kind === 'person' ? 'Person' : 'Thing',
        name: speaker.name,
        ...(speaker.role ? { [speaker.kind === 'organization' ? 'description' : 'jobTitle']: speaker.role } : {}),
        url: absoluteUrl(`/speakers/${encodeURIComponent(speaker.id)}/`, site),
      }
    : undefined;
  const publisher = { '@type': 'Organization', name: SITE_NAME, url: absoluteUrl('/', site) };
  // The original article this briefing annotates, credited to the outlet that published it.
  const original = briefing.outlet
    ? {
        '@type': 'NewsArticle',
        ...(briefing.url ? { '@id': briefing.url, url: briefing.url } : {}),
        headline: briefing.title,
        publisher: { '@type': 'NewsMediaOrganization', name: briefing.outlet },
        ...(briefing.author ? { author: { '@type': 'Person', name: briefing.author } } : {}),
        ...(briefing.published ? { datePublished: briefing.published } : {}),
      }
    : undefined;
  // The article's own voice is the outlet's, not ours.
  const articleAuthor = original ? original.publisher : publisher;
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
          ...(agent ? { author: agent } : input.speaker ? {} : { author: articleAuthor }),
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
    ...(original ? { isBasedOn: original, sourceOrganization: original.publisher } : {}),
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
