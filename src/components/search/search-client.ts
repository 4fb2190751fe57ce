/**
 * The search page's behaviour, on Pagefind's JS API (no UI framework, no Pagefind UI bundle).
 *
 * Why our own UI rather than Pagefind's Component UI: the Component UI costs about 180 kB of script and 40 kB of CSS
 * before the first search, cannot show "speaker, role, briefing, date" the way the rest of the site does, and keeps
 * its state in its own way; this file is a few kB and keeps the state where readers can share it: `?q=` (words),
 * `?speaker=<speaker id>`, `&kind=quote|claim|briefing`. Typing replaces the current history entry (after the first
 * keystroke of a new search, which adds one), choosing a facet or pressing Enter adds one, and Back / Forward
 * restore both the form and the results.
 *
 * Accessibility: a real form with labels; one polite live region announces the outcome once the results are in
 * (not on every keystroke); results are an ordered list of links with the words found marked.
 */

export {}; // a module: its names stay its own

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
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindSearch | null>;
  preload: (term: string | null, options?: { filters?: Record<string, string> }) => Promise<void>;
}

interface State {
  q: string;
  speaker: string;
  kind: string;
}

const PAGE_SIZE = 30;
const KIND_LABEL: Record<string, string> = { quote: 'Quote', claim: 'Check-worthy claim', briefing: 'Briefing' };

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);

function start(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const speakerSelect = form.querySelector<HTMLSelectElement>('select[name="speaker"]')!;
  const kindInputs = [...form.querySelectorAll<HTMLInputElement>('input[name="kind"]')];
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const baseTitle = document.title;

  // The controls only work with scripts; without them the page shows the speaker list instead.
  document.documentElement.classList.add('search-ready');
  form.hidden = false;

  /** speaker id -> display name (the Pagefind filter value), from the options rendered at build time */
  const speakerNames = new Map([...speakerSelect.options].filter((o) => o.value).map((o) => [o.value, o.dataset.name ?? o.text]));
  const optionLabels = new Map([...speakerSelect.options].map((o) => [o, o.dataset.name ?? o.text]));

  let pagefind: Promise<Pagefind> | undefined;
  const load = (): Promise<Pagefind> => {
    pagefind ??= (async () => {
      const url = '/pagefind/pagefind.js';
      const module = (await import(/* @vite-ignore */ url)) as Pagefind;
      // No worker: one file less to fetch, and our index is small enough to search on the main thread.
      await module.options({ noWorker: true, excerptLength: 30 });
      await module.init();
      // Pagefind counts facet values only for the filters it has loaded: load the two the page shows (not the
      // `briefing` filter, which it does not), without searching.
      await module.preload(null, { filters: { speaker: '', kind: '' } });
      return module;
    })();
    return pagefind;
  };

  let notice = '';
  const readUrl = (): State => {
    const params = new URLSearchParams(location.search);
    const speaker = params.get('speaker') ?? '';
    const kind = params.get('kind') ?? '';
    // A shared link may name someone the site no longer quotes: say so rather than silently show everyone.
    notice = speaker && !speakerNames.has(speaker) ? `No one with the id “${speaker}” is quoted here. ` : '';
    return {
      q: (params.get('q') ?? '').trim(),
      speaker: speakerNames.has(speaker) ? speaker : '',
      kind: KIND_LABEL[kind] ? kind : '',
    };
  };
  const readForm = (): State => ({
    q: input.value.trim(),
    speaker: speakerSelect.value,
    kind: kindInputs.find((i) => i.checked)?.value ?? '',
  });
  const writeForm = (state: State) => {
    input.value = state.q;
    speakerSelect.value = state.speaker;
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

  let generation = 0;
  let pending: { results: PagefindResult[]; next: number; state: State } | undefined;

  const run = async (state: State) => {
    const mine = ++generation;
    const speakerName = speakerNames.get(state.speaker);
    document.title = describe(state, speakerName) ? `${describe(state, speakerName)} · ${baseTitle}` : baseTitle;
    if (!state.q && !state.speaker && !state.kind) {
      list.removeAttribute('aria-busy');
      list.replaceChildren();
      more.hidden = true;
      status.textContent = notice;
      resetCounts();
      return;
    }
    // Busy is the list's state, not the live region's: a busy region may hold back its announcement.
    list.setAttribute('aria-busy', 'true');
    const started = performance.now();
    try {
      const pf = await load();
      const filters: Record<string, string> = {};
      if (speakerName) filters.speaker = speakerName;
      if (state.kind) filters.kind = state.kind;
      const term = state.q || null;
      // Without words, list in reading order (newest briefing first); with words, by relevance.
      const search = await pf.search(term, term ? { filters } : { filters, sort: { order: 'asc' } });
      // Facet counts: each facet counts what choosing one of its values would give, the other facet kept.
      const [bySpeaker, byKind] = await Promise.all([
        facetCounts(pf, term, state.kind ? { kind: state.kind } : {}),
        facetCounts(pf, term, speakerName ? { speaker: speakerName } : {}),
      ]);
      if (mine !== generation) return;
      updateCounts(bySpeaker?.speaker, byKind?.kind);
      list.replaceChildren();
      pending = { results: search?.results ?? [], next: 0, state };
      await showMore(mine);
      if (mine !== generation) return;
      status.textContent = notice + summary(pending, list.children.length, describeFor(state, speakerName));
      // For the benchmark (tools/bench-search.ts) and the browser's performance panel.
      performance.measure('on-record:search', { start: started });
    } catch (error) {
      if (mine !== generation) return;
      status.textContent = 'The search could not load. Reload the page to try again.';
      console.warn(error);
    } finally {
      if (mine === generation) list.removeAttribute('aria-busy');
    }
  };

  const showMore = async (mine: number) => {
    if (!pending) return;
    const slice = pending.results.slice(pending.next, pending.next + PAGE_SIZE);
    const data = await Promise.all(slice.map((r) => r.data()));
    if (mine !== generation) return;
    pending.next += slice.length;
    list.append(...render(data, pending.state));
    more.hidden = pending.next >= pending.results.length;
  };

  /** Counts per value of each loaded filter; null = no words, no filter: the totals the page was built with. */
  const facetCounts = async (pf: Pagefind, term: string | null, filters: Record<string, string>) => {
    if (!term && Object.keys(filters).length === 0) return null;
    const search = await pf.search(term, { filters });
    // With no filter applied, `filters` is empty and `totalFilters` holds the counts for the words alone.
    return (Object.keys(filters).length > 0 ? search?.filters : search?.totalFilters) ?? {};
  };

  const updateCounts = (speakers: Record<string, number> | undefined, kinds: Record<string, number> | undefined) => {
    for (const [option, name] of optionLabels) {
      if (!option.value) continue;
      option.text = speakers ? `${name} (${speakers[name] ?? 0})` : (option.dataset.label ?? option.text);
    }
    for (const i of kindInputs) {
      const label = i.labels?.[0]?.querySelector<HTMLElement>('[data-count]');
      if (!label) continue;
      if (!kinds) label.textContent = label.dataset.total ?? '';
      else label.textContent = i.value ? String(kinds[i.value] ?? 0) : String(Object.values(kinds).reduce((n, c) => n + c, 0));
    }
  };
  const resetCounts = () => updateCounts(undefined, undefined);

  // Typing searches as you go (debounced); the first keystroke of a new search adds a history entry.
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    notice = '';
    timer = setTimeout(() => {
      const state = readForm();
      commit(state, typing ? 'replace' : 'push');
      typing = true;
      void run(state);
    }, 250);
  });
  input.addEventListener('focus', () => void load(), { once: true });
  const settle = () => {
    clearTimeout(timer);
    notice = '';
    typing = false;
    const state = readForm();
    commit(state, 'push');
    void run(state);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    settle();
  });
  speakerSelect.addEventListener('change', settle);
  for (const i of kindInputs) i.addEventListener('change', settle);
  more.addEventListener('click', () => {
    const focusIndex = list.children.length;
    void showMore(generation).then(() => {
      if (pending) status.textContent = summary(pending, list.children.length, describeFor(pending.state, speakerNames.get(pending.state.speaker)));
      // Keyboard users continue where the new results begin.
      list.children[focusIndex]?.querySelector('a')?.focus();
    });
  });
  window.addEventListener('popstate', () => {
    typing = false;
    const state = readUrl();
    writeForm(state);
    void run(state);
  });

  const initial = readUrl();
  writeForm(initial);
  void run(initial);
}

/** What the live region says once the results are in: claims shown with their quote are not counted twice. */
function summary(pending: { results: unknown[]; next: number }, shown: number, what: string): string {
  if (pending.results.length === 0) return `Nothing found ${what}.`;
  if (pending.next < pending.results.length) return `Showing ${shown} of ${count(pending.results.length, 'result')} ${what}.`;
  return `${count(shown, 'result')} ${what}.`;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "quotes by Kirill Example for “billion”" — for the status line and the tab title. */
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

/** The words `from..to` of a text, with the words Pagefind matched (by word position) marked. */
function marked(words: string[], locations: Set<number>, from: number, to: number): DocumentFragment {
  const out = document.createDocumentFragment();
  let plain = '';
  for (let i = from; i < to; i++) {
    const sep = i > from ? ' ' : '';
    if (locations.has(i)) {
      out.append(plain + sep);
      plain = '';
      out.append(el('mark', {}, words[i]!));
    } else {
      plain += sep + words[i]!;
    }
  }
  out.append(plain);
  return out;
}

/** A direct quote's words without the marks and trailing comma the copy wraps them in (we add our own marks). */
function unquoted(words: string[]): string[] {
  const out = [...words];
  if (out.length === 0) return out;
  out[0] = out[0]!.replace(/^[“"]+/, '');
  out[out.length - 1] = out[out.length - 1]!.replace(/[”"]+$/, '').replace(/[,;:]$/, '');
  return out;
}

/** Where the reader lands: the anchor, with the words to highlight there on arrival. */
function targetUrl(url: string, q: string): string {
  if (!q) return url;
  const [path, hash] = url.split('#');
  return `${path}?highlight=${encodeURIComponent(q)}${hash ? `#${hash}` : ''}`;
}

function render(data: PagefindResultData[], state: State): HTMLLIElement[] {
  // A claim made inside a quote is shown with that quote, not as a second result with the same words.
  const quotes = new Map(data.filter((d) => d.meta.kind === 'quote').map((d) => [d.meta.anchor, d]));
  const inside = new Map<PagefindResultData, PagefindResultData[]>();
  const shown = data.filter((d) => {
    const host = d.meta.kind === 'claim' && d.meta.in_quote ? quotes.get(d.meta.in_quote) : undefined;
    if (!host || state.kind === 'claim') return true;
    inside.set(host, [...(inside.get(host) ?? []), d]);
    return false;
  });
  return shown.map((d) => item(d, state, inside.get(d) ?? []));
}

function item(d: PagefindResultData, state: State, claims: PagefindResultData[]): HTMLLIElement {
  const kind = d.meta.kind ?? 'briefing';
  const words = d.content.split(/\s+/).filter(Boolean);
  const hits = new Set(d.locations);
  const li = el('li', { className: `search-result search-${kind}` });
  li.dataset.kind = kind;
  li.dataset.speaker = d.meta.speaker_id ?? '';
  const href = targetUrl(d.url, state.q);

  if (kind === 'briefing') {
    // The briefing's record is its narration with the quotes cut out (they are results of their own), which makes
    // a ragged excerpt: show the briefing's summary instead.
    li.append(el('p', { className: 'search-result-title' }, el('a', { href }, d.meta.title ?? d.url)));
    if (d.meta.summary) li.append(el('p', { className: 'search-result-excerpt' }, d.meta.summary));
  } else {
    const n = Number(d.meta.words) || words.length;
    // Only a direct quote's words are the speaker's own: they alone go between quotation marks.
    const direct = d.meta.form === 'direct';
    const shown = direct ? unquoted(words.slice(0, n)) : words.slice(0, n);
    li.append(el('p', { className: 'search-result-words' }, el('a', { href }, direct ? '“' : '', marked(shown, hits, 0, n), direct ? '”' : '')));
  }

  const meta = el('p', { className: 'search-result-meta' }, el('span', { className: 'search-result-kind' }, KIND_LABEL[kind] ?? kind));
  if (kind !== 'briefing') {
    const who = d.meta.speaker ? `${d.meta.speaker}${d.meta.role ? `, ${d.meta.role}` : ''}` : kind === 'claim' ? 'the article' : 'speaker unresolved';
    meta.append(' · ', el('span', { className: 'search-result-speaker' }, who));
    meta.append(' · ', el('a', { href: d.meta.briefing_url ?? '/' }, d.meta.briefing ?? ''));
  }
  if (d.meta.date) meta.append(', ', el('time', { dateTime: d.meta.date }, d.meta.date_label ?? d.meta.date));
  li.append(meta);

  for (const claim of claims) {
    const cw = claim.content.split(/\s+/).filter(Boolean);
    const n = Number(claim.meta.words) || cw.length;
    li.append(
      el('p', { className: 'search-result-claim' }, 'Check-worthy claim: ', el('a', { href: targetUrl(claim.url, state.q) }, marked(cw, new Set(claim.locations), 0, n))),
    );
  }
  return li;
}
