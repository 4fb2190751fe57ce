/**
 * The site-wide speaker registry: one entry per person or organisation across every briefing, built once per build
 * from every briefing's analysis (pure: no Astro, no file system; `src/lib/speakers/site.ts` feeds it).
 *
 * How briefing speakers become one site speaker (each step only ever joins named speakers; a description such as
 * "the agency" or "a spokesperson" stays in its own briefing and never gets a page):
 * 1. an editor's pin in the briefing's front matter (`identities:`): the same `sameAs` (a URL or Wikidata id) is the
 *    same speaker everywhere, two different `sameAs` are never the same; `merge: <page id or name>` joins a page;
 *    `split: true` keeps this briefing's speaker apart from every other briefing's;
 * 2. the same full name (two or more words once titles are set aside: "Liberal MP Jane Doe" and "Jane Doe");
 *    organisations by their name or an acronym the text itself gives ("the Canada Revenue Agency (CRA)");
 * 3. a surname-only or titled form ("Doe", "Mr. Doe") joins the one full name site-wide whose surname it is, and
 *    only when exactly one such name exists in the whole site (two Does: it stays its briefing's own).
 * A page id is a slug of the display name; the id record (`./ids.ts`) keeps ids stable when later briefings merge
 * names, and names the old ids that must redirect.
 */
import type { Analysis, Claim, Quote, Speaker, SpeakerKind } from '../../analysis/types.ts';
import { ROLE_WORDS, TITLES } from '../../analysis/lexicon/words.ts';
import { slug } from '../../analysis/speakers.ts';
import { attributionOf, isNamedSpeaker } from '../attribution.ts';
import type { IdRecord } from './ids.ts';

/** An editor's identity pin for one speaker of one briefing (front matter `identities:`). */
export interface IdentityPin {
  /** the speaker as this briefing names it: its name, an alias or its id */
  speaker: string;
  /** a URL or a Wikidata id ("Q42") that identifies the person or organisation */
  sameAs?: string;
  /** a site speaker page id or name to merge into */
  merge?: string;
  /** true: never merge with another briefing's speaker */
  split?: boolean;
}

export interface RegistryBriefing {
  slug: string;
  title: string;
  date: Date;
  analysis: Analysis;
  identities?: IdentityPin[];
}

/** One briefing's share of a site speaker. */
export interface Appearance {
  slug: string;
  title: string;
  date: Date;
  /** the briefing's whole analysis (for numbering its quotes and claims as its page does) */
  analysis: Analysis;
  /** the speaker as this briefing has it (its local id, the role as this briefing gives it) */
  speaker: Speaker;
  /** quotes the site states as this speaker's (attribution `named`), in order of appearance */
  quotes: Quote[];
  /** claims made by this speaker, in order of appearance */
  claims: Claim[];
}

export interface SiteSpeaker {
  /** the page id: `/speakers/<id>/` */
  id: string;
  name: string;
  /** every other form seen in any briefing */
  aliases: string[];
  kind: SpeakerKind;
  /** the role as the newest briefing gives it (each appearance keeps its own) */
  role: string | null;
  sameAs: string | null;
  /** newest briefing first */
  appearances: Appearance[];
  quoteCount: number;
  claimCount: number;
}

export interface Registry {
  speakers: SiteSpeaker[];
  /** the site speaker of a briefing's local speaker id, when it has a page */
  of(slug: string, localId: string | null | undefined): SiteSpeaker | undefined;
  byId: ReadonlyMap<string, SiteSpeaker>;
  /** old page id → current page id (from the id record) */
  redirects: ReadonlyMap<string, string>;
  /** the id record to store for the next build */
  record: IdRecord;
}

/** Lower-case, accents and punctuation gone: the form two spellings of a name are compared in. */
export function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * The words of a person's name without the titles and roles before it: "Liberal MP Jane Doe", "Secretary of State
 * Jane Doe" and "Mr. Doe" give "jane doe", "jane doe" and "doe". Only leading words are stripped, so a name that
 * ends in a title word ("John Major") keeps it.
 */
export function nameWords(name: string): string[] {
  const tokens = name.split(/\s+/).map((t) => ({ raw: t, word: fold(t).replace(/ /g, '') })).filter((t) => t.word);
  while (tokens.length > 1 && SUFFIXES.has(tokens.at(-1)!.word)) tokens.pop();
  const titleLike = (t: { raw: string; word: string }) => TITLES.has(t.word) || /^(?:[A-Z]\.?){2,4}$/.test(t.raw);
  let i = 0;
  while (i < tokens.length - 1 && (titleLike(tokens[i]!) || ROLE_WORDS.has(tokens[i]!.word))) i++;
  // "Liberal MP Jane Doe", "Freedonian President Jane Doe": what precedes the last title word is its qualifier.
  for (let j = tokens.length - 2; j >= i; j--) {
    if (titleLike(tokens[j]!)) {
      i = j + 1;
      break;
    }
  }
  return tokens.slice(i).map((t) => t.word);
}

/** "Canada Revenue Agency" → "cra": the initials of its capitalised words. */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!.toLowerCase())
    .join('');
}

const isAcronym = (form: string): boolean => /^[A-Z][A-Z0-9&.]{1,9}$/.test(form.replace(/^the\s+/i, ''));

interface Local {
  n: number;
  briefing: RegistryBriefing;
  speaker: Speaker;
  pin?: IdentityPin;
  quotes: Quote[];
  claims: Claim[];
}

class Union {
  parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  join(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function pinFor(briefing: RegistryBriefing, speaker: Speaker): IdentityPin | undefined {
  const forms = new Set([speaker.id, speaker.name, ...speaker.aliases].map(fold));
  return briefing.identities?.find((p) => forms.has(fold(p.speaker)));
}

/** Which speaker ids of a briefing an identity pin names: for validating front matter against the analysis. */
export function unknownPins(briefing: RegistryBriefing): IdentityPin[] {
  return (briefing.identities ?? []).filter((p) => !briefing.analysis.speakers.some((s) => pinFor({ ...briefing, identities: [p] }, s)));
}

const newestFirst = (a: { date: Date; slug: string }, b: { date: Date; slug: string }): number =>
  b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug);

export function buildRegistry(briefings: RegistryBriefing[], previous: IdRecord = { speakers: {}, retired: {} }): Registry {
  const locals: Local[] = [];
  const union = new Union();
  for (const briefing of [...briefings].sort(newestFirst)) {
    const { analysis } = briefing;
    const byLocal = new Map(analysis.speakers.map((s) => [s.id, s]));
    for (const speaker of analysis.speakers) {
      if (!isNamedSpeaker(speaker)) continue;
      const quotes = analysis.quotes.filter((q) => q.speaker === speaker.id && attributionOf(q, byLocal.get(q.speaker)) === 'named');
      // A claim inside a quote is the speaker's only when the quote is stated as theirs.
      const named = new Set(quotes.map((q) => q.id));
      const claims = analysis.claims.filter((c) => c.claimant === speaker.id && (!c.quote || named.has(c.quote)));
      locals.push({ n: union.add(), briefing, speaker, pin: pinFor(briefing, speaker), quotes, claims });
    }
  }

  // Pins by sameAs, and the sameAs each cluster carries (two different ones never join).
  const sameAsOf = new Map<number, string>();
  const joinIfCompatible = (a: Local, b: Local): void => {
    const ra = union.find(a.n);
    const rb = union.find(b.n);
    if (ra === rb) return;
    const sa = sameAsOf.get(ra);
    const sb = sameAsOf.get(rb);
    if (sa && sb && sa !== sb) return;
    union.join(ra, rb);
    const root = union.find(ra);
    if (sa ?? sb) sameAsOf.set(root, (sa ?? sb)!);
  };
  const bySameAs = new Map<string, Local>();
  for (const l of locals) {
    const key = l.pin?.sameAs?.trim();
    if (!key) continue;
    sameAsOf.set(union.find(l.n), key);
    const first = bySameAs.get(key);
    if (first) union.join(first.n, l.n);
    else bySameAs.set(key, l);
    sameAsOf.set(union.find(l.n), key);
  }
  const mergeable = locals.filter((l) => !l.pin?.split);

  // Full names (and organisations' names and acronyms).
  const byFull = new Map<string, Local>();
  const acronyms = new Map<string, Set<string>>();
  const fullKeys = (l: Local): string[] => {
    const forms = [l.speaker.name, ...l.speaker.aliases];
    if (l.speaker.kind === 'organization' || l.speaker.kind === 'group') {
      return forms.filter((f) => !isAcronym(f)).map((f) => `org:${fold(f).replace(/^the /, '')}`);
    }
    return forms.map(nameWords).filter((w) => w.length >= 2).map((w) => `person:${w.join(' ')}`);
  };
  for (const l of mergeable) {
    for (const key of fullKeys(l)) {
      const first = byFull.get(key);
      if (first) joinIfCompatible(first, l);
      else byFull.set(key, l);
    }
    if (l.speaker.kind === 'organization' || l.speaker.kind === 'group') {
      const full = fullKeys(l);
      for (const form of [l.speaker.name, ...l.speaker.aliases].filter(isAcronym)) {
        // An acronym counts as given by the text only when it spells the name it sits beside.
        const letters = form.replace(/^the\s+/i, '').replace(/[.&]/g, '').toLowerCase();
        if (![l.speaker.name, ...l.speaker.aliases].some((f) => !isAcronym(f) && initials(f.replace(/^the\s+/i, '')) === letters)) continue;
        const set = acronyms.get(letters) ?? new Set<string>();
        for (const k of full) set.add(k);
        acronyms.set(letters, set);
      }
    }
  }
  // The clusters a full key belongs to, after the joins above.
  const clusterOfKey = (key: string): number | undefined => {
    const l = byFull.get(key);
    return l ? union.find(l.n) : undefined;
  };

  // Short forms: a surname ("Doe", "Mr. Doe") or an acronym alone joins the one cluster site-wide it can mean.
  const surnames = new Map<string, Set<number>>();
  for (const [key, l] of byFull) {
    if (!key.startsWith('person:')) continue;
    const words = key.slice(7).split(' ');
    const set = surnames.get(words.at(-1)!) ?? new Set<number>();
    set.add(union.find(l.n));
    surnames.set(words.at(-1)!, set);
  }
  for (const l of mergeable) {
    if (fullKeys(l).length > 0) continue;
    let candidates: Set<number> | undefined;
    // An acronym standing alone ("the NWA said") may be an organisation the engine could not type.
    if (l.speaker.kind === 'organization' || l.speaker.kind === 'group' || (l.speaker.kind === 'unknown' && isAcronym(l.speaker.name))) {
      const letters = fold(l.speaker.name).replace(/^the /, '').replace(/ /g, '');
      candidates = new Set([...(acronyms.get(letters) ?? [])].map(clusterOfKey).filter((c): c is number => c !== undefined));
    } else {
      const words = nameWords(l.speaker.name);
      if (words.length === 1) candidates = new Set([...(surnames.get(words[0]!) ?? [])].map((c) => union.find(c)));
    }
    if (candidates && candidates.size === 1) {
      const target = locals.find((o) => union.find(o.n) === [...candidates!][0]);
      if (target) joinIfCompatible(target, l);
    }
  }

  // Editors' merges: into a page id (previous record) or a name seen elsewhere.
  for (const l of locals) {
    const into = l.pin?.merge;
    if (!into) continue;
    const key = fold(into);
    const target = locals.find(
      (o) => o !== l && (previous.speakers[`${o.briefing.slug}#${o.speaker.id}`] === into || [o.speaker.name, ...o.speaker.aliases].some((f) => fold(f) === key)),
    );
    if (target) joinIfCompatible(target, l);
  }

  // Clusters → site speakers.
  const clusters = new Map<number, Local[]>();
  for (const l of locals) {
    const root = union.find(l.n);
    clusters.set(root, [...(clusters.get(root) ?? []), l]);
  }
  const drafts = [...clusters.values()].map((members) => draft(members, sameAsOf.get(union.find(members[0]!.n)) ?? null));
  return assignIds(drafts, previous);
}

interface Draft {
  members: Local[];
  speaker: Omit<SiteSpeaker, 'id'>;
}

function draft(members: Local[], sameAs: string | null): Draft {
  // The display name: the full form most briefings use, the longest on a tie.
  const votes = new Map<string, number>();
  for (const m of members) votes.set(m.speaker.name, (votes.get(m.speaker.name) ?? 0) + 1);
  // Titles aside ("Liberal MP Jane Doe" names Jane Doe): the plain form wins over a titled one of the same words.
  const plain = (n: string) => (fold(n) === nameWords(n).join(' ') ? 0 : 1);
  const name = [...votes.entries()].sort(
    (a, b) => nameWords(b[0]).length - nameWords(a[0]).length || plain(a[0]) - plain(b[0]) || b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]),
  )[0]![0];
  const aliases = [...new Set(members.flatMap((m) => [m.speaker.name, ...m.speaker.aliases]))].filter((a) => a !== name).sort();
  const kinds = members.map((m) => m.speaker.kind);
  const kind = kinds.find((k) => k !== 'unknown') ?? 'unknown';
  const appearances = members
    .map((m): Appearance => ({ slug: m.briefing.slug, title: m.briefing.title, date: m.briefing.date, analysis: m.briefing.analysis, speaker: m.speaker, quotes: m.quotes, claims: m.claims }))
    .sort(newestFirst);
  return {
    members,
    speaker: {
      name,
      aliases,
      kind,
      role: appearances.find((a) => a.speaker.role)?.speaker.role ?? null,
      sameAs,
      appearances,
      quoteCount: appearances.reduce((n, a) => n + a.quotes.length, 0),
      claimCount: appearances.reduce((n, a) => n + a.claims.length, 0),
    },
  };
}

const memberKey = (m: Local): string => `${m.briefing.slug}#${m.speaker.id}`;

function assignIds(drafts: Draft[], previous: IdRecord): Registry {
  // Clusters keep an id they had (the one most of their members had), largest clusters choosing first.
  const order = [...drafts].sort((a, b) => b.members.length - a.members.length || a.speaker.name.localeCompare(b.speaker.name));
  const taken = new Set<string>();
  const ids = new Map<Draft, string>();
  for (const d of order) {
    const votes = new Map<string, number>();
    for (const m of d.members) {
      const old = previous.speakers[memberKey(m)];
      if (old) votes.set(old, (votes.get(old) ?? 0) + 1);
    }
    const kept = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).find(([id]) => !taken.has(id));
    if (kept) {
      ids.set(d, kept[0]);
      taken.add(kept[0]);
    }
  }
  // Retired ids are never handed to someone else: an old link must keep meaning its person.
  for (const old of Object.keys(previous.retired)) taken.add(old);
  for (const d of order) {
    if (ids.has(d)) continue;
    const base = slug(d.speaker.name);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    ids.set(d, id);
    taken.add(id);
  }

  const speakers: SiteSpeaker[] = drafts.map((d) => ({ id: ids.get(d)!, ...d.speaker }));
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const byLocal = new Map<string, SiteSpeaker>();
  const record: IdRecord = { speakers: {}, retired: { ...previous.retired } };
  for (const d of drafts) {
    const id = ids.get(d)!;
    for (const m of d.members) {
      byLocal.set(memberKey(m), byId.get(id)!);
      record.speakers[memberKey(m)] = id;
      const old = previous.speakers[memberKey(m)];
      if (old && old !== id && !byId.has(old)) record.retired[old] = id;
    }
  }
  // A retired id that points at an id retired since follows the chain to a live page.
  for (const [old, to] of Object.entries(record.retired)) {
    let target = to;
    for (let hops = 0; !byId.has(target) && record.retired[target] && hops < 20; hops++) target = record.retired[target]!;
    if (byId.has(old)) delete record.retired[old];
    else if (byId.has(target)) record.retired[old] = target;
    else delete record.retired[old];
  }
  speakers.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return {
    speakers,
    byId,
    of: (slugOf, localId) => (localId ? byLocal.get(`${slugOf}#${localId}`) : undefined),
    redirects: new Map(Object.entries(record.retired)),
    record,
  };
}
