/**
 * The search page's behaviour, on Pagefind's JS API over the reader's compact bundle (`/search/bundle/`, one
 * Pagefind page per briefing: src/lib/search-reader.ts), with our own small UI.
 *
 * State lives in the URL so a search can be shared: `?q=` (words; "quoted phrases" must appear as written),
 * `?speaker=<speaker page id>`, `&kind=quote|claim|briefing`. Typing replaces the current history entry (after the
 * first keystroke of a new search, which adds one); choosing a speaker or kind or pressing Enter adds one.
 *
 * - A query naming a speaker ("Doe") offers them ("Jane Doe — 12 results") and lists their quotes first.
 * - The speaker box filters a static speaker list as you type (shards of `/search/speakers/<3 letters>.json`),
 *   so it works with thousands of names and Pagefind never loads its filter index to fill it.
 * - Counts: a speaker's count and the kind counts without words come from the build and equal what choosing them
 *   lists (one rule, `itemsFor`); with words, counts are shown once every matching briefing has been read.
 * - `/` focuses the words box; results are links in an ordered list, reached with Tab; Enter submits.
 */
import { decodeItems, decodeWho, foldWord, itemsFor, shardKey, type Item, type ShardRow, type View, type Who } from '../../lib/search-reader.ts';

interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  locations: number[];
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindSearch | null>;
}

interface State {
  q: string;
  speaker: string;
  kind: View;
}

/** A speaker as the static list has it. */
interface Person {
  id: string;
  name: string;
  role: string;
  count: number;
  words: string[];
  /** the word their briefings carry (src/lib/search-reader.ts, speakerToken) */
  token: string;
}

interface Found {
  url: string;
  item: Item;
  who: Who;
  /** the item's words (own words first), and which of them matched */
  words: string[];
  hits: Set<number>;
  briefing: { title: string; url: string; date: string; date_label: string };
  claims: Found[];
  /** the views that would list it (for the counts) */
  views: View[];
}

/** Results per screen: each briefing read costs a fragment (~1 kB); ten keep the first search near its budget. */
const PAGE_SIZE = 10;
/** With words, counts are exact only once every matching briefing is read: read them all when they are this few. */
const COUNT_ALL_UP_TO = 8;
const KIND_LABEL: Record<string, string> = { quote: 'Quote', claim: 'Check-worthy claim', briefing: 'Briefing' };
const VIEWS: View[] = ['', 'quote', 'claim', 'briefing'];

/** "Jane Doe" said "cuts" → words ["jane", "doe", "said", "cuts"] and phrases ["cuts"]. */
export function parseQuery(q: string): { words: string[]; phrases: string[] } {
  const phrases = [...q.matchAll(/["“”]([^"“”]+)["“”]/g)].map((m) => m[1]!.trim()).filter(Boolean);
  const words = q.split(/\s+/).map(foldWord).filter(Boolean);
  return { words, phrases };
}

const squashFold = (text: string): string => ` ${text.split(/\s+/).map(foldWord).filter(Boolean).join(' ')} `;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);

function start(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const speakerField = form.querySelector<HTMLInputElement>('input[name="speaker"]')!;
  const speakerBox = form.querySelector<HTMLInputElement>('[data-speaker-box]')!;
  const speakerList = form.querySelector<HTMLUListElement>('[data-speaker-options]')!;
  const speakerClear = form.querySelector<HTMLButtonElement>('[data-speaker-clear]')!;
  const kindInputs = [...form.querySelectorAll<HTMLInputElement>('input[name="kind"]')];
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const suggest = root.querySelector<HTMLElement>('[data-search-suggest]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const baseTitle = document.title;
  const totals = JSON.parse(root.dataset.totals ?? '{}') as Record<string, number>;

  document.documentElement.classList.add('search-ready');
  form.hidden = false;

  // ---- the static speaker list, in shards ----
  const shards = new Map<string, Promise<Person[]>>();
  const shardKeys = new Set((root.dataset.shards ?? '').split(' ').filter(Boolean));
  const shard = (key: string): Promise<Person[]> => {
    if (!shardKeys.has(key)) return Promise.resolve([]);
    let p = shards.get(key);
    if (!p) {
      p = fetch(`/search/speakers/${encodeURIComponent(key)}.json`)
        .then((r) => (r.ok ? (r.json() as Promise<ShardRow[]>) : []))
        .then((rows) => rows.map(([id, name, role, count, words, token]) => ({ id, name, role, count, words: words.split(' '), token })))
        .catch(() => []);
      shards.set(key, p);
    }
    return p;
  };
  const known = new Map<string, Person>();
  const personById = async (id: string): Promise<Person | undefined> => {
    if (known.has(id)) return known.get(id);
    const found = (await shard(shardKey(id))).find((p) => p.id === id);
    if (found) known.set(id, found);
    return found;
  };
  /** Speakers whose name words start with every typed word (the box) or contain a query word (the suggestion). */
  const matching = async (words: string[], mode: 'prefix' | 'named'): Promise<{ person: Person; hits: string[] }[]> => {
    const keys = [...new Set(words.filter((w) => w.length >= 2).map(shardKey))].slice(0, 3);
    const pool = new Map<string, Person>();
    for (const rows of await Promise.all(keys.map(shard))) for (const p of rows) pool.set(p.id, p);
    const out: { person: Person; hits: string[] }[] = [];
    for (const person of pool.values()) {
      known.set(person.id, person);
      if (mode === 'prefix') {
        if (words.every((w) => person.words.some((pw) => pw.startsWith(w)))) out.push({ person, hits: words });
      } else {
        const hits = words.filter((w) => w.length >= 3 && person.words.includes(w));
        if (hits.length > 0) out.push({ person, hits });
      }
    }
    return out.sort((a, b) => b.hits.length - a.hits.length || b.person.count - a.person.count || a.person.name.localeCompare(b.person.name));
  };

  // ---- Pagefind ----
  let pagefind: Promise<Pagefind> | undefined;
  const load = (): Promise<Pagefind> => {
    pagefind ??= (async () => {
      const url = '/search/bundle/pagefind.js';
      const module = (await import(/* @vite-ignore */ url)) as Pagefind;
      // No worker: one file less to fetch; no excerpts: we mark the words ourselves.
      await module.options({ noWorker: true, excerptLength: 0 });
      await module.init();
      return module;
    })();
    return pagefind;
  };

  // ---- state and URL ----
  let notice = '';
  const readUrl = async (): Promise<State> => {
    const params = new URLSearchParams(location.search);
    const speaker = params.get('speaker') ?? '';
    const kind = (params.get('kind') ?? '') as View;
    const person = speaker ? await personById(speaker) : undefined;
    notice = speaker && !person ? `No one with the id “${speaker}” is quoted here. ` : '';
    return { q: (params.get('q') ?? '').trim(), speaker: person ? speaker : '', kind: VIEWS.includes(kind) ? kind : '' };
  };
  const readForm = (): State => ({
    q: input.value.trim(),
    speaker: speakerField.value,
    kind: (kindInputs.find((i) => i.checked)?.value ?? '') as View,
  });
  const writeForm = (state: State) => {
    input.value = state.q;
    speakerField.value = state.speaker;
    const person = known.get(state.speaker);
    speakerBox.value = person ? person.name : '';
    speakerClear.hidden = !state.speaker;
    for (const i of kindInputs) i.checked = i.value === state.kind;
  };
  const urlOf = (state: State): string => {
    const params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    if (state.speaker) params.set('speaker', state.speaker);
    if (state.kind) params.set('kind', state.kind);
    const query = params.toString();
    return `${location.pathname}${query ? `?${query}` : ''}`;
  };
  let typing = false;
  const commit = (state: State, how: 'push' | 'replace') => {
    const url = urlOf(state);
    if (url === `${location.pathname}${location.search}`) return;
    if (how === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  // ---- searching ----
  let generation = 0;
  /** what is being listed: sources in order (a named speaker's own first), read page by page */
  let cursor: Cursor | undefined;

  const run = async (state: State) => {
    const mine = ++generation;
    const person = state.speaker ? known.get(state.speaker) ?? (await personById(state.speaker)) : undefined;
    const title = describe(state, person?.name);
    document.title = title ? `${title} · ${baseTitle}` : baseTitle;
    suggest.replaceChildren();
    if (!state.q && !state.speaker && !state.kind) {
      list.removeAttribute('aria-busy');
      list.replaceChildren();
      more.hidden = true;
      status.textContent = notice;
      showCounts(totals);
      return;
    }
    list.setAttribute('aria-busy', 'true');
    const started = performance.now();
    try {
      const pf = await load();
      const { words, phrases } = parseQuery(state.q);
      const sources: Source[] = [];
      // A query naming a speaker: offer them, and list their own words first.
      let first: Person | undefined;
      if (words.length > 0 && !state.speaker) {
        const named = (await matching(words, 'named')).slice(0, 3);
        if (mine !== generation) return;
        const top = named[0];
        if (top && (named.length === 1 || top.hits.length > named[1]!.hits.length || top.person.count >= 2 * named[1]!.person.count)) first = top.person;
        if (named.length > 0) offer(named.map((n) => n.person));
        if (first) {
          const rest = words.filter((w) => !first!.words.includes(w));
          sources.push({ search: pf.search([...rest, first.token].join(' ')), speaker: first.id, words: rest, phrases });
        }
      }
      // A chosen speaker is found by their token, which only their briefings carry.
      const term = [...words, ...(person ? [person.token] : [])].join(' ') || null;
      // Without words, a filter lists every briefing (Pagefind needs a term or a filter); with words, none: the kind
      // is picked from each briefing's items, and no filter index is fetched.
      const options = term ? {} : { filters: { k: state.kind || 'any' } };
      sources.push({ search: pf.search(term, options), speaker: state.speaker, words, phrases });
      cursor = new Cursor(sources, state);
      await cursor.ready();
      if (mine !== generation) return;
      list.replaceChildren();
      await showMore(mine);
      if (mine !== generation) return;
      // Counts: without words, the build's; with words, exact once every matching briefing has been read.
      if (!state.q) showCounts(state.speaker ? (person ? countsOf(person, state) : {}) : totals);
      else if (cursor.briefings() <= COUNT_ALL_UP_TO) {
        await cursor.readAll();
        if (mine !== generation) return;
        showCounts(cursor.counts());
      } else showCounts(undefined);
      status.textContent = notice + summary(cursor, list.children.length, describeFor(state, person?.name));
      performance.measure('on-record:search', { start: started });
    } catch (error) {
      if (mine !== generation) return;
      status.textContent = 'The search could not load. Reload the page to try again.';
      console.warn(error);
    } finally {
      if (mine === generation) list.removeAttribute('aria-busy');
    }
  };

  /** Without words a chosen speaker's counts per kind are known only for "everything": the others say nothing. */
  const countsOf = (person: Person, state: State): Record<string, number> => (state.kind ? {} : { '': person.count });

  const showMore = async (mine: number) => {
    if (!cursor) return;
    const found = await cursor.take(PAGE_SIZE);
    if (mine !== generation) return;
    list.append(...found.map((f) => item(f, cursor!.state)));
    more.hidden = cursor.done();
  };

  const showCounts = (counts: Record<string, number> | undefined) => {
    for (const i of kindInputs) {
      const label = i.labels?.[0]?.querySelector<HTMLElement>('[data-count]');
      if (!label) continue;
      const n = counts?.[i.value];
      label.textContent = n === undefined ? '' : String(n);
      label.hidden = n === undefined;
    }
  };

  const offer = (people: Person[]) => {
    suggest.replaceChildren(
      el('span', {}, 'Speaker: '),
      ...people.flatMap((p, i) => [
        i > 0 ? ' · ' : '',
        el('a', { href: urlOf({ q: '', speaker: p.id, kind: '' }), className: 'search-suggest-speaker' }, `${p.name} — ${count(p.count, 'result')}`),
      ]),
    );
    for (const a of suggest.querySelectorAll<HTMLAnchorElement>('a')) {
      a.addEventListener('click', (event) => {
        event.preventDefault();
        const id = new URL(a.href).searchParams.get('speaker') ?? '';
        choose(id, '');
      });
    }
  };

  // ---- the speaker box: type to filter a listbox ----
  let active = -1;
  const options = () => [...speakerList.querySelectorAll<HTMLLIElement>('[role="option"]')];
  const setActive = (i: number) => {
    const all = options();
    active = all.length ? (i + all.length) % all.length : -1;
    all.forEach((o, n) => o.setAttribute('aria-selected', String(n === active)));
    const current = all[active];
    if (current) {
      speakerBox.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else speakerBox.removeAttribute('aria-activedescendant');
  };
  const closeList = () => {
    speakerList.hidden = true;
    speakerBox.setAttribute('aria-expanded', 'false');
    speakerBox.removeAttribute('aria-activedescendant');
    active = -1;
  };
  let boxGeneration = 0;
  const fillList = async () => {
    const mine = ++boxGeneration;
    const words = speakerBox.value.split(/\s+/).map(foldWord).filter(Boolean);
    if (words.length === 0 || words.every((w) => w.length < 2)) return closeList();
    const people = (await matching(words, 'prefix')).slice(0, 50);
    if (mine !== boxGeneration) return;
    speakerList.replaceChildren(
      ...(people.length
        ? people.map(({ person }) => {
            const li = el('li', { id: `speaker-option-${person.id}`, className: 'speaker-option' }, person.name, el('span', { className: 'speaker-option-count' }, ` — ${count(person.count, 'result')}`));
            li.setAttribute('role', 'option');
            li.dataset.id = person.id;
            li.addEventListener('mousedown', (event) => {
              event.preventDefault();
              choose(person.id, state().q);
            });
            return li;
          })
        : [el('li', { className: 'speaker-option-none' }, 'No speaker by that name')]),
    );
    speakerList.hidden = false;
    speakerBox.setAttribute('aria-expanded', 'true');
    setActive(people.length ? 0 : -1);
  };
  const state = () => readForm();
  const choose = (id: string, q: string) => {
    closeList();
    const person = known.get(id);
    speakerField.value = id;
    speakerBox.value = person?.name ?? '';
    speakerClear.hidden = !id;
    input.value = q;
    settle();
  };
  speakerBox.addEventListener('input', () => void fillList());
  speakerBox.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (speakerList.hidden) void fillList();
      else setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && !speakerList.hidden) {
      event.preventDefault();
      const current = options()[active];
      if (current?.dataset.id) choose(current.dataset.id, input.value.trim());
    } else if (event.key === 'Escape') {
      closeList();
    }
  });
  speakerBox.addEventListener('blur', () => {
    closeList();
    // Leaving the box with a name that is not the chosen one puts the chosen one back.
    speakerBox.value = known.get(speakerField.value)?.name ?? (speakerField.value ? speakerBox.value : '');
  });
  speakerClear.addEventListener('click', () => {
    choose('', input.value.trim());
    speakerBox.focus();
  });

  // ---- events ----
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    notice = '';
    timer = setTimeout(() => {
      const s = readForm();
      commit(s, typing ? 'replace' : 'push');
      typing = true;
      void run(s);
    }, 250);
  });
  input.addEventListener('focus', () => void load(), { once: true });
  const settle = () => {
    clearTimeout(timer);
    notice = '';
    typing = false;
    const s = readForm();
    commit(s, 'push');
    void run(s);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    settle();
  });
  for (const i of kindInputs) i.addEventListener('change', settle);
  more.addEventListener('click', () => {
    const focusIndex = list.children.length;
    void showMore(generation).then(() => {
      if (cursor) status.textContent = summary(cursor, list.children.length, describeFor(cursor.state, known.get(cursor.state.speaker)?.name));
      list.children[focusIndex]?.querySelector('a')?.focus();
    });
  });
  window.addEventListener('popstate', () => {
    typing = false;
    void readUrl().then((s) => {
      writeForm(s);
      void run(s);
    });
  });

  void readUrl().then((s) => {
    writeForm(s);
    void run(s);
  });
}

interface Source {
  search: Promise<PagefindSearch | null>;
  /** list only this speaker's items */
  speaker: string;
  words: string[];
  phrases: string[];
}

/** Reads the matching briefings of each source in order and splits them into the items to list. */
class Cursor {
  private results: { source: Source; result: PagefindResult }[] = [];
  private next = 0;
  private queue: Found[] = [];
  private seen = new Set<string>();
  private all: Found[] = [];

  private readonly sources: Source[];
  readonly state: State;

  constructor(sources: Source[], state: State) {
    this.sources = sources;
    this.state = state;
  }

  async ready(): Promise<void> {
    for (const source of this.sources) {
      const search = await source.search;
      for (const result of search?.results ?? []) this.results.push({ source, result });
    }
  }

  briefings(): number {
    return new Set(this.results.map((r) => r.result.id)).size;
  }

  done(): boolean {
    return this.queue.length === 0 && this.next >= this.results.length;
  }

  /** The next `n` items, reading as few briefings as that needs (a few at a time, in parallel). */
  async take(n: number): Promise<Found[]> {
    while (this.queue.length < n && this.next < this.results.length) {
      // Two at a time: a briefing often holds several matches, so reading ahead would fetch fragments not shown.
      const batch = this.results.slice(this.next, this.next + 2);
      this.next += batch.length;
      const data = await Promise.all(batch.map((r) => r.result.data()));
      batch.forEach((r, i) => this.add(r.source, data[i]!));
    }
    return this.queue.splice(0, n);
  }

  async readAll(): Promise<void> {
    const queued = this.queue;
    this.queue = [];
    await this.take(Infinity);
    this.queue = [...queued, ...this.queue];
  }

  /** Per view, how many items the words match (the speaker kept): the counts once everything is read. */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const view of VIEWS) out[view] = this.all.filter((f) => f.views.includes(view)).length;
    return out;
  }

  private add(source: Source, d: PagefindResultData): void {
    const items = decodeItems(d.meta.items ?? '[]');
    const whos = decodeWho(d.meta.who ?? '[]');
    const words = d.content.split(/\s+/).filter(Boolean);
    const hits = new Set(d.locations);
    const briefing = { title: d.meta.title ?? d.url, url: d.url, date: d.meta.date ?? '', date_label: d.meta.date_label ?? '' };
    const speaker = source.speaker || this.state.speaker;
    const byView = new Map(VIEWS.map((v) => [v, new Set(itemsFor(items, whos, v, speaker))]));
    const wanted = byView.get(this.state.kind)!;
    const everything = byView.get('')!;
    const claimsIn = new Map<string, Item[]>();
    for (const i of items) if (i.kind === 'claim' && i.inQuote && !everything.has(i)) claimsIn.set(i.inQuote, [...(claimsIn.get(i.inQuote) ?? []), i]);
    const make = (i: Item): Found => {
      const own = words.slice(i.at, i.at + i.words);
      const marked = new Set<number>();
      for (let k = 0; k < i.words; k++) if (hits.has(i.at + k)) marked.add(k);
      const views = VIEWS.filter((v) => byView.get(v)!.has(i));
      return { url: i.anchor ? `${d.url}#${i.anchor}` : d.url, item: i, who: whos[i.who]!, words: own, hits: marked, briefing, claims: [], views };
    };
    const matches = (i: Item): boolean => {
      const text = squashFold(words.slice(i.at, i.at + i.words).join(' '));
      const names = whos[i.who]?.names;
      const who = names ? squashFold(words.slice(names[0], names[0] + names[1]).join(' ')) : ' ';
      // Every word of the query in the item or in who said it (a prefix, as Pagefind matches words), every phrase
      // as written in the item itself.
      const stem = (w: string) => ` ${w.slice(0, Math.max(3, w.length - 2))}`;
      if (!source.words.every((w) => text.includes(stem(w)) || who.includes(stem(w)))) return false;
      return source.phrases.every((p) => text.includes(squashFold(p)));
    };
    for (const i of items) {
      if (!matches(i)) continue;
      const key = `${d.url}#${i.anchor}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      const found = make(i);
      this.all.push(found);
      if (!wanted.has(i)) continue;
      if (this.state.kind === '') found.claims = (claimsIn.get(i.anchor) ?? []).map(make);
      this.queue.push(found);
    }
  }
}

function summary(cursor: Cursor, shown: number, what: string): string {
  if (shown === 0 && cursor.done()) return `Nothing found ${what}.`;
  if (!cursor.done()) return `Showing ${count(shown, 'result')} ${what}; more to show.`;
  return `${count(shown, 'result')} ${what}.`;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function describeFor(state: State, speakerName: string | undefined): string {
  const parts: string[] = [];
  if (state.kind) parts.push(`among ${state.kind === 'quote' ? 'quotes' : state.kind === 'claim' ? 'claims' : 'briefings'}`);
  if (speakerName) parts.push(`by ${speakerName}`);
  if (state.q) parts.push(`for “${state.q}”`);
  return parts.join(' ');
}
function describe(state: State, speakerName: string | undefined): string {
  if (state.q) return `“${state.q}”${speakerName ? ` by ${speakerName}` : ''}`;
  if (speakerName) return speakerName;
  return state.kind ? `All ${state.kind}s` : '';
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function marked(words: string[], hits: Set<number>, from: number, to: number): DocumentFragment {
  const out = document.createDocumentFragment();
  let plain = '';
  for (let i = from; i < to; i++) {
    const sep = i > from ? ' ' : '';
    if (hits.has(i)) {
      out.append(plain + sep);
      plain = '';
      out.append(el('mark', {}, words[i]!));
    } else plain += sep + words[i]!;
  }
  out.append(plain);
  return out;
}

function unquoted(words: string[]): string[] {
  const out = [...words];
  if (out.length === 0) return out;
  out[0] = out[0]!.replace(/^[“"]+/, '');
  out[out.length - 1] = out[out.length - 1]!.replace(/[”"]+$/, '').replace(/[,;:]$/, '');
  return out;
}

function targetUrl(url: string, q: string): string {
  if (!q) return url;
  const [path, hash] = url.split('#');
  return `${path}?highlight=${encodeURIComponent(q.replace(/["“”]/g, ''))}${hash ? `#${hash}` : ''}`;
}

/** Who said it, as the site may state it (src/lib/attribution.ts): only named speakers are stated as fact. */
function whoText(f: Found): string {
  const w = f.who;
  switch (w.attribution) {
    case 'named':
      return `${w.name}${w.role ? `, ${w.role}` : ''}`;
    case 'unnamed':
      return w.name ? `an unnamed source (${w.name})` : 'an unnamed source';
    case 'uncertain':
      return w.name ? `source uncertain (perhaps ${w.name})` : 'source uncertain';
    case 'article':
      return f.item.kind === 'claim' ? 'the article' : '';
    default:
      return 'speaker unresolved';
  }
}

function item(f: Found, state: State): HTMLLIElement {
  const kind = f.item.kind;
  const li = el('li', { className: `search-result search-${kind}` });
  li.dataset.kind = kind;
  li.dataset.speaker = f.who.id;
  li.dataset.attribution = f.who.attribution;
  const href = targetUrl(f.url, state.q);
  if (kind === 'briefing') {
    li.append(el('p', { className: 'search-result-title' }, el('a', { href }, f.briefing.title)));
    li.append(el('p', { className: 'search-result-excerpt' }, marked(f.words, f.hits, 0, f.item.words)));
  } else {
    const n = f.item.words;
    const direct = f.item.form === 'direct';
    const shown = direct ? unquoted(f.words.slice(0, n)) : f.words.slice(0, n);
    li.append(el('p', { className: 'search-result-words' }, el('a', { href }, direct ? '“' : '', marked(shown, f.hits, 0, n), direct ? '”' : '')));
  }
  const meta = el('p', { className: 'search-result-meta' }, el('span', { className: 'search-result-kind' }, KIND_LABEL[kind] ?? kind));
  if (kind !== 'briefing') {
    const who = whoText(f);
    if (who) meta.append(' · ', f.who.id ? el('a', { href: `/speakers/${f.who.id}/`, className: 'search-result-speaker' }, who) : el('span', { className: 'search-result-speaker' }, who));
    meta.append(' · ', el('a', { href: f.briefing.url }, f.briefing.title));
  }
  if (f.briefing.date) meta.append(', ', el('time', { dateTime: f.briefing.date }, f.briefing.date_label || f.briefing.date));
  li.append(meta);
  for (const claim of f.claims) {
    li.append(el('p', { className: 'search-result-claim' }, 'Check-worthy claim: ', el('a', { href: targetUrl(claim.url, state.q) }, marked(claim.words, claim.hits, 0, claim.item.words))));
  }
  return li;
}
