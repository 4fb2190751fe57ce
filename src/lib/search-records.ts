/**
 * The search records of the site: one per quote and one per claim, each pointing at its anchor in the briefing.
 *
 * Pure (no Astro, no Pagefind): the page `src/pages/search/records.json.ts` serialises them during the build and
 * the Pagefind integration turns them into custom records in `astro:build:done`.
 */
import { attributionOf, claimAttributionOf } from './attribution.ts';
import { decodeString } from 'micromark-util-decode-string';
import type { Analysis } from '../analysis/types.ts';
import { dateLabel } from './date-label.ts';

/** A briefing as the search needs it. */
export interface SearchBriefing {
  slug: string;
  title: string;
  date: Date;
  analysis: Analysis;
}

/** The site-wide display name and role of a speaker id (merged across briefings by the speaker registry, src/lib/speakers/). */
export interface SearchSpeaker {
  id: string;
  name: string;
  role: string | null;
  aliases?: string[];
}

export type SearchKind = 'quote' | 'claim' | 'briefing';

/** What the search page reads from `result.meta` (Pagefind meta values are strings). */
export interface SearchRecordMeta extends Record<string, string> {
  /** Pagefind wants a title: the speaker, or the briefing title for a claim in the article's own voice */
  title: string;
  kind: SearchKind;
  /** display name; empty for an unattributed quote or a claim in the article's own voice */
  speaker: string;
  speaker_id: string;
  role: string;
  briefing: string;
  briefing_url: string;
  /** ISO date (YYYY-MM-DD) and how the site prints it */
  date: string;
  date_label: string;
  /** the anchor id in the briefing page */
  anchor: string;
  /** for a claim inside a quote: the quote's id, so the page can show the two together */
  in_quote: string;
  /** a quote's form (direct | indirect | mixed): only direct words go between quotation marks; empty for claims */
  form: string;
  /** how many words at the start of the content are the quoted words (the rest names the speaker) */
  words: string;
}

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: SearchRecordMeta;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The same label as `FormattedDate.astro` (src/lib/date-label.ts). */
export { dateLabel };

/**
 * The engine's text is the Markdown source; a reader sees character references and escapes decoded (`&lt;b&gt;`
 * reads `<b>`), and so should the search: Markdown's own decoder, so both agree to the letter.
 */
export const decodeReferences = decodeString;

/** Runs of white space (a quote can span paragraphs) read as one space. */
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Pagefind splits content into words on white space; `meta.words` and the result's `locations` count the same way. */
export const wordsOf = (text: string): string[] => squash(text).split(' ').filter(Boolean);

/**
 * Sort key for listings without a query (a speaker's quotes): newest briefing first, then order of appearance.
 * Fixed-width digits, so Pagefind's string and number orderings agree.
 */
export function orderKey(date: Date, position: number): string {
  const day = Number(date.toISOString().slice(0, 10).replaceAll('-', ''));
  return `${String(99_999_999 - day).padStart(8, '0')}${String(position).padStart(8, '0')}`;
}

/**
 * The words that make a record findable by who said it ("Doe budget cuts"): the name, the role, and
 * the aliases that add a word the name lacks. They follow the quoted words, so the page can show the quote alone.
 */
function attributionWords(speaker: SearchSpeaker): string {
  const parts = [speaker.name];
  if (speaker.role) parts.push(speaker.role);
  const known = new Set(wordsOf(parts.join(' ').toLowerCase()));
  for (const alias of speaker.aliases ?? []) {
    const fresh = wordsOf(alias).filter((w) => !known.has(w.toLowerCase()));
    if (fresh.length === 0) continue;
    parts.push(alias);
    for (const w of fresh) known.add(w.toLowerCase());
  }
  return `— ${parts.join(', ')}`;
}

/**
 * `siteOf` maps a briefing's speaker to the site speaker (the registry, src/lib/speakers/); a record names a speaker
 * only where the site states it as fact: a quote whose attribution is `named`, a claim outside any quote or inside
 * such a quote.
 */
export function searchRecords(
  briefings: SearchBriefing[],
  speakers: SearchSpeaker[],
  siteOf?: (slug: string, localId: string) => SearchSpeaker | undefined,
): SearchRecord[] {
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const records: SearchRecord[] = [];
  for (const briefing of briefings) {
    const { analysis } = briefing;
    const local = new Map(analysis.speakers.map((s) => [s.id, s]));
    const who = (id: string | null): SearchSpeaker | null => {
      if (!id) return null;
      if (siteOf) return siteOf(briefing.slug, id) ?? null;
      const site = byId.get(id);
      if (site) return site;
      const here = local.get(id);
      return here ? { id, name: here.name, role: here.role, aliases: here.aliases } : null;
    };
    const base = `/briefings/${briefing.slug}/`;
    const common = {
      briefing: briefing.title,
      briefing_url: base,
      date: briefing.date.toISOString().slice(0, 10),
      date_label: dateLabel(briefing.date),
    };
    const add = (kind: SearchKind, anchor: string, text: string, start: number, speaker: SearchSpeaker | null, inQuote: string | null, form = '') => {
      const words = wordsOf(decodeReferences(text));
      if (words.length === 0) return;
      // Each filter value exactly once per record: Pagefind counts repeats in its facet counts.
      const filters: Record<string, string[]> = { kind: [kind], briefing: [briefing.title] };
      if (speaker) filters.speaker = [speaker.name];
      records.push({
        url: `${base}#${anchor}`,
        content: speaker ? `${words.join(' ')} ${attributionWords(speaker)}` : words.join(' '),
        language: 'en',
        meta: {
          title: speaker?.name ?? briefing.title,
          kind,
          speaker: speaker?.name ?? '',
          speaker_id: speaker?.id ?? '',
          role: speaker?.role ?? '',
          anchor,
          in_quote: inQuote ?? '',
          form,
          words: String(words.length),
          ...common,
        },
        filters,
        sort: { order: orderKey(briefing.date, start) },
      });
    };
    // Only a named attribution puts a speaker on a record (its facet, title and words): src/lib/attribution.ts.
    const named = (q: (typeof analysis.quotes)[number]) => attributionOf(q, q.speaker ? local.get(q.speaker) : undefined) === 'named';
    const claimantNamed = (c: (typeof analysis.claims)[number]) => claimAttributionOf(c, analysis) === 'named';
    for (const quote of analysis.quotes) add('quote', quote.id, quote.text, quote.start, named(quote) ? who(quote.speaker) : null, null, quote.kind);
    for (const claim of analysis.claims) add('claim', claim.id, claim.text, claim.start, claimantNamed(claim) ? who(claim.claimant) : null, claim.quote);
  }
  return records;
}

/** What `/search/records.json` holds during the build. */
export interface SearchRecordsFile {
  /** the reader's compact index, one page per briefing (src/lib/search-reader.ts) */
  reader: import('./search-reader.ts').ReaderPage[];
  /** the briefing pages (`/briefings/<slug>/`) whose narration is indexed besides the records */
  briefings: { slug: string; title: string; summary: string; date: string; date_label: string; order: string }[];
  records: SearchRecord[];
}

/** Where the build writes the records file, relative to the output directory; the integration removes it. */
export const RECORDS_FILE = 'search/records.json';
