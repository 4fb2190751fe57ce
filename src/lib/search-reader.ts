/**
 * The reader's search index: what `/search/` searches. Pure (no Astro, no DOM): the build writes it (Pagefind
 * integration), the browser reads it back (src/components/search/search-client.ts) with the same functions.
 *
 * Why a second, compact bundle beside the contract's `/pagefind/` (one record per quote and claim): Pagefind's
 * metadata file holds a line for every record, and on a 1,000-briefing site 20,000–30,000 records make it
 * 200–280 kB, fetched by every first search. Here each briefing is ONE Pagefind page whose content is its quotes and
 * claims one after another (then its title and summary), and whose meta says where each item's words begin and who
 * said them; the page splits a matched briefing back into items. Filter `s` holds the site speaker ids of the
 * briefing (named attributions only), so choosing a speaker fetches only the briefings they speak in.
 *
 * Items and counts follow one rule (`itemsFor`), used for the static counts at build time and for the listing in
 * the browser, so a count shown always equals what choosing it lists: a claim made inside a quote by the same
 * speaker is shown with that quote, not as a second result, except when only claims are asked for.
 */
import type { Analysis } from '../analysis/types.ts';
import { attributionOf, type Attribution } from './attribution.ts';
import { nameWords, type Registry } from './speakers/registry.ts';
import { decodeReferences, wordsOf } from './search-records.ts';

export type ItemKind = 'quote' | 'claim' | 'briefing';
export type View = '' | 'quote' | 'claim' | 'briefing';

/** Who an item is by, as the site may state it. */
export interface Who {
  /** site speaker id; empty unless the attribution is `named` */
  id: string;
  /** the name (named), the description ("the agency", unnamed), the guess (uncertain); empty for none */
  name: string;
  role: string;
  attribution: Attribution | 'article';
  /** where this speaker's names (name, role, other forms, token) sit in the page content: [first word, count] */
  names?: [number, number];
}

/** One quote, claim or the briefing itself inside a reader page, as the page's meta encodes it. */
export interface Item {
  kind: ItemKind;
  anchor: string;
  /** direct | indirect | mixed for a quote */
  form: string;
  /** the item's first word in the page content and how many words it has */
  at: number;
  words: number;
  who: number;
  /** for a claim inside a quote: the quote's anchor */
  inQuote: string;
}

export interface ReaderPage {
  url: string;
  content: string;
  language: string;
  meta: { title: string; date: string; date_label: string; items: string; who: string };
  filters: Record<string, string[]>;
  sort: Record<string, string>;
  speakers: string[];
}

export interface ReaderBriefing {
  slug: string;
  title: string;
  summary: string;
  date: Date;
  date_label: string;
  analysis: Analysis;
}

/** Which items a view lists: the one rule behind both the counts and the listing. */
export function itemsFor(items: readonly Item[], whos: readonly Who[], view: View, speaker = ''): Item[] {
  const quoteBy = new Map(items.filter((i) => i.kind === 'quote').map((i) => [i.anchor, i]));
  return items.filter((item) => {
    if (view && item.kind !== view) return false;
    if (speaker && whos[item.who]?.id !== speaker) return false;
    if (view === '' && item.kind === 'claim' && item.inQuote) {
      const host = quoteBy.get(item.inQuote);
      // Shown inside its quote when the quote is listed too (same speaker, or no speaker asked for).
      if (host && (!speaker || whos[host.who]?.id === speaker)) return false;
    }
    return true;
  });
}

/**
 * The word a page carries for each site speaker in it, so a search for it finds exactly the briefings they speak
 * in: the name words surname first, run together ("doejane"), which sorts beside the surname in Pagefind's index
 * (the chunk a search for the surname fetches anyway). Two people with one name share it; the items say who is who.
 */
export function speakerToken(name: string): string {
  return `${nameWords(name).map(foldWord).reverse().join('')}`;
}

/** "Jane Doe Finance Minister Doe doejane": what makes a briefing findable by who speaks in it, once per speaker. */
function namesWords(name: string, roles: readonly string[], aliases: readonly string[]): string[] {
  const parts = [name, ...roles];
  const known = new Set(wordsOf(parts.join(' ').toLowerCase()));
  for (const alias of aliases) {
    const fresh = wordsOf(alias).filter((w) => !known.has(w.toLowerCase()));
    if (fresh.length === 0) continue;
    parts.push(alias);
    for (const w of fresh) known.add(w.toLowerCase());
  }
  return [...wordsOf(parts.join(' ')), speakerToken(name)];
}

export function readerPages(briefings: readonly ReaderBriefing[], registry: Registry): ReaderPage[] {
  return briefings.map((b) => {
    const { analysis } = b;
    const local = new Map(analysis.speakers.map((s) => [s.id, s]));
    const whos: Who[] = [];
    const whoIndex = new Map<string, number>();
    const whoOf = (w: Who): number => {
      const key = `${w.id}|${w.name}|${w.role}|${w.attribution}`;
      let i = whoIndex.get(key);
      if (i === undefined) {
        i = whos.push(w) - 1;
        whoIndex.set(key, i);
      }
      return i;
    };
    const words: string[] = [];
    const items: Item[] = [];
    const speakers = new Set<string>();
    const attributionOfQuote = new Map<string, Attribution>();
    const aliasesOf = new Map<string, readonly string[]>();
    const add = (kind: ItemKind, anchor: string, text: string, form: string, who: Who, aliases: readonly string[], inQuote: string) => {
      const own = wordsOf(decodeReferences(text));
      if (own.length === 0) return;
      // A claim inside a quote repeats the quote's words: point into them rather than index them twice.
      const host = inQuote ? items.find((i) => i.anchor === inQuote) : undefined;
      const inside = host ? indexOfRun(words, own, host.at, host.at + host.words) : -1;
      items.push({ kind, anchor, form, at: inside >= 0 ? inside : words.length, words: own.length, who: whoOf(who), inQuote });
      if (inside < 0) words.push(...own);
      if (who.id) {
        speakers.add(who.id);
        aliasesOf.set(who.id, aliases);
      }
    };
    for (const q of analysis.quotes) {
      const speaker = q.speaker ? local.get(q.speaker) : undefined;
      const attribution = attributionOf(q, speaker);
      attributionOfQuote.set(q.id, attribution);
      const site = attribution === 'named' ? registry.of(b.slug, q.speaker) : undefined;
      const who: Who = site
        ? { id: site.id, name: site.name, role: speaker?.role ?? '', attribution }
        : { id: '', name: attribution === 'none' ? '' : (speaker?.name ?? ''), role: '', attribution: attribution === 'named' ? 'uncertain' : attribution };
      add('quote', q.id, q.text, q.kind, who, site?.aliases ?? [], '');
    }
    for (const c of analysis.claims) {
      const speaker = c.claimant ? local.get(c.claimant) : undefined;
      const inNamedQuote = !c.quote || attributionOfQuote.get(c.quote) === 'named';
      const site = inNamedQuote ? registry.of(b.slug, c.claimant) : undefined;
      const who: Who = site
        ? { id: site.id, name: site.name, role: speaker?.role ?? '', attribution: 'named' }
        : c.claimant
          ? { id: '', name: speaker?.name ?? '', role: '', attribution: c.quote ? (attributionOfQuote.get(c.quote) ?? 'uncertain') : 'unnamed' }
          : { id: '', name: '', role: '', attribution: 'article' };
      add('claim', c.id, c.text, '', who, site?.aliases ?? [], c.quote ?? '');
    }
    add('briefing', '', `${b.title}. ${b.summary}`, '', { id: '', name: '', role: '', attribution: 'article' }, [], '');
    // Each named speaker's names once, after the items: found by name, without repeating it on every quote.
    const namesAt = new Map<string, [number, number]>();
    for (const id of speakers) {
      const site = registry.byId.get(id)!;
      const roles = [...new Set(whos.filter((w) => w.id === id && w.role).map((w) => w.role))];
      const names = namesWords(site.name, roles, aliasesOf.get(id) ?? []);
      namesAt.set(id, [words.length, names.length]);
      words.push(...names);
    }
    for (const w of whos) if (w.id) w.names = namesAt.get(w.id);
    return {
      url: `/briefings/${b.slug}/`,
      content: words.join(' '),
      language: 'en',
      meta: {
        title: b.title,
        date: b.date.toISOString().slice(0, 10),
        date_label: b.date_label,
        items: encodeItems(items),
        who: JSON.stringify(whos.map((w) => [w.id, w.name, w.role, w.attribution, ...(w.names ?? [])])),
      },
      // `k`: the kinds it holds, plus "any" so a listing without words has a filter. Who speaks here is found by
      // their token (a word), not a filter: Pagefind fetches a filter's whole index, thousands of names.
      filters: { k: ['any', ...new Set(items.map((i) => i.kind))] },
      // Kept for the counts at build time (readerCounts); not given to Pagefind.
      speakers: [...speakers].sort(),
      // No sort key: Pagefind keeps a list per sort key in the metadata every search fetches; pages are added newest
      // first, and a listing without words comes back in that order.
      sort: {},
    };
  });
}

/** Where `run` occurs in `words` between `from` and `to` (punctuation at its edges aside), or -1. */
function indexOfRun(words: readonly string[], run: readonly string[], from: number, to: number): number {
  const bare = (w: string) => foldWord(w);
  const target = run.map(bare);
  for (let i = from; i + target.length <= to; i++) {
    let k = 0;
    while (k < target.length && bare(words[i + k]!) === target[k]) k++;
    if (k === target.length) return i;
  }
  return -1;
}

const KIND_CODE: Record<ItemKind, string> = { quote: 'q', claim: 'c', briefing: 'b' };
const CODE_KIND: Record<string, ItemKind> = { q: 'quote', c: 'claim', b: 'briefing' };

/** Items as compact JSON rows (the meta travels in every fragment a search fetches). */
export function encodeItems(items: readonly Item[]): string {
  return JSON.stringify(items.map((i) => [KIND_CODE[i.kind], i.anchor, i.form, i.at, i.words, i.who, i.inQuote]));
}

export function decodeItems(text: string): Item[] {
  return (JSON.parse(text) as [string, string, string, number, number, number, string][]).map(([k, anchor, form, at, words, who, inQuote]) => ({
    kind: CODE_KIND[k] ?? 'briefing',
    anchor,
    form,
    at,
    words,
    who,
    inQuote,
  }));
}

export function decodeWho(text: string): Who[] {
  return (JSON.parse(text) as [string, string, string, Who['attribution'], number?, number?][]).map(([id, name, role, attribution, at, n]) => ({
    id,
    name,
    role,
    attribution,
    ...(at !== undefined && n !== undefined ? { names: [at, n] as [number, number] } : {}),
  }));
}

/** Static counts for the search page: per view, site-wide and per speaker (the same rule as the listing). */
export function readerCounts(pages: readonly ReaderPage[]): { total: Record<string, number>; bySpeaker: Map<string, Record<string, number>> } {
  const total: Record<string, number> = { '': 0, quote: 0, claim: 0, briefing: 0 };
  const bySpeaker = new Map<string, Record<string, number>>();
  for (const page of pages) {
    const items = decodeItems(page.meta.items);
    const whos = decodeWho(page.meta.who);
    for (const view of ['', 'quote', 'claim', 'briefing'] as const) {
      total[view]! += itemsFor(items, whos, view).length;
      for (const id of page.speakers) {
        const counts = bySpeaker.get(id) ?? { '': 0, quote: 0, claim: 0, briefing: 0 };
        counts[view]! += itemsFor(items, whos, view, id).length;
        bySpeaker.set(id, counts);
      }
    }
  }
  return { total, bySpeaker };
}

/**
 * The key of the speaker list shard a word belongs to: its first three letters, folded (a shorter word is its own
 * key). Three, not two: on a 1,000-briefing site a two-letter shard is 2–5 kB, a three-letter one a few hundred
 * bytes, and a query or the speaker box needs three letters to be worth answering anyway.
 */
export function shardKey(word: string): string {
  const f = foldWord(word);
  return f.length >= 2 ? f.slice(0, 3) : '';
}

/** One speaker in a shard of the static speaker list: [id, name, role, count, folded name words, search token]. */
export type ShardRow = [string, string, string, number, string, string];

/** The static speaker list, split by the first three letters of each name word: a query or a typed filter fetches one. */
export function speakerShards(registry: Registry, pages: readonly ReaderPage[]): Map<string, ShardRow[]> {
  const { bySpeaker } = readerCounts(pages);
  const shards = new Map<string, ShardRow[]>();
  for (const s of registry.speakers) {
    const count = bySpeaker.get(s.id)?.[''] ?? 0;
    if (count === 0) continue;
    const words = [...new Set([s.name, ...s.aliases].flatMap(nameWords).map(foldWord).filter(Boolean))];
    const row: ShardRow = [s.id, s.name, s.role ?? '', count, words.join(' '), speakerToken(s.name)];
    for (const key of new Set([...words.map(shardKey), shardKey(s.id)])) {
      if (!key) continue;
      shards.set(key, [...(shards.get(key) ?? []), row]);
    }
  }
  for (const rows of shards.values()) rows.sort((a, b) => b[3] - a[3] || a[1].localeCompare(b[1]));
  return shards;
}

export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
