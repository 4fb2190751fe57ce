/**
 * The addresses of a quote or claim and the ways to share them. Pure; no Astro imports.
 *
 * - in-article anchor:  /briefings/<slug>/#<id>
 * - permalink page:     /briefings/<slug>/quotes/<id>/  and  /briefings/<slug>/claims/<id>/
 * - share card (PNG):   /briefings/<slug>/quotes/<id>.png  and  /briefings/<slug>/claims/<id>.png
 * - text fragment:      /briefings/<slug>/#<id>:~:text=<first words>,<last words>
 */
import { decodeString } from 'micromark-util-decode-string';
import { isoDateLabel } from '../date-label.ts';

export type ItemKind = 'quote' | 'claim';

const folder = (kind: ItemKind) => (kind === 'quote' ? 'quotes' : 'claims');

export function briefingPath(slug: string): string {
  return `/briefings/${encodeURIComponent(slug)}/`;
}
export function anchorPath(slug: string, id: string): string {
  return `${briefingPath(slug)}#${id}`;
}
export function permalinkPath(slug: string, kind: ItemKind, id: string): string {
  return `${briefingPath(slug)}${folder(kind)}/${id}/`;
}
export function cardPath(slug: string, kind: ItemKind, id: string): string {
  return `${briefingPath(slug)}${folder(kind)}/${id}.png`;
}

/** Reads a permalink path back: the anchor it stands for, or null. */
export function parsePermalinkPath(path: string): { slug: string; kind: ItemKind; id: string } | null {
  const m = /\/briefings\/([^/]+)\/(quotes|claims)\/([^/]+)\/?$/.exec(path.split(/[?#]/)[0]!);
  if (!m) return null;
  return { slug: decodeURIComponent(m[1]!), kind: m[2] === 'quotes' ? 'quote' : 'claim', id: m[3]! };
}

export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return site ? new URL(path, site).href : path;
}

/** Percent-encodes a text-fragment term: also '-', ',' and '&', which the directive syntax reserves. */
function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** Markdown inline syntax an editor may have typed inside the words, removed for matching the rendered text. */
export function plainWords(text: string): string {
  const stripped = text
    .replace(/:[a-z][\w-]*\[([^\]]*)\](\{[^}]*\})?/gi, '$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)([^*_]*?\S)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // Escapes and character references last, as Markdown decodes them: `\*` reads *, `&lt;b&gt;` reads <b>.
  return decodeString(stripped);
}

/** The words for display inside our own quotation marks: plain text, outer quotation marks removed. */
export function displayWords(text: string): string {
  const words = plainWords(text).trim();
  // Only a pair of marks around the whole passage is the quotation's own; a mixed quote ends with the closing mark
  // of the words it quotes inside ("agreed to appoint “high-level teams”"), which must stay.
  const paired = /^["“«]\s*([\s\S]*?)\s*["”»]$/.exec(words);
  return paired && !/["“”«»]/.test(paired[1]!) ? paired[1]! : words;
}

/** Words set inside our own double quotation marks: quotation marks inside them become single ones. */
export function inQuotes(words: string): string {
  return `“${words.replace(/[“«]/g, '‘').replace(/[”»]/g, '’').replace(/"(?=\S)/g, '‘').replace(/"/g, '’')}”`;
}

/**
 * The text directive (https://wicg.github.io/scroll-to-text-fragment/) for these words: short passages whole,
 * long ones as `start,end` (four words each). An excerpt ending in "…" only gives its opening words, which is
 * still where the passage starts. Unsupported browsers ignore the directive and use the id before it.
 */
export function textDirective(words: string): string {
  const clean = plainWords(words)
    .replace(/^[\s"'“”‘’«»]+|[\s"'“”‘’«»]+$/g, '')
    .trim();
  const truncated = /…$|\.\.\.$/.test(clean);
  const list = clean.replace(/(…|\.\.\.)$/, '').trim().split(' ').filter(Boolean);
  if (list.length === 0) return '';
  if (truncated) return `:~:text=${encodeTerm(list.slice(0, Math.min(6, list.length)).join(' '))}`;
  if (list.length <= 8) return `:~:text=${encodeTerm(list.join(' '))}`;
  return `:~:text=${encodeTerm(list.slice(0, 4).join(' '))},${encodeTerm(list.slice(-4).join(' '))}`;
}

export function textFragmentUrl(anchorUrl: string, words: string): string {
  const directive = textDirective(words);
  if (!directive) return anchorUrl;
  return anchorUrl.includes('#') ? `${anchorUrl}${directive}` : `${anchorUrl}#${directive}`;
}

export interface CitationInput {
  words: string;
  /** speaker's name, or null for the article's own voice / an unidentified speaker */
  who: string | null;
  kind: ItemKind;
  briefingTitle: string;
  /** ISO date (YYYY-MM-DD) */
  date: string;
  url: string;
  site?: string;
  /** the outlet that published the original, credited before the site that annotates it */
  outlet?: string;
  /** ISO date (YYYY-MM-DD) the outlet published it */
  published?: string;
}


/**
 * A plain-text citation, one line: Who, “words”, in “Title”, On Record, 18 February 2025. <url>; with an outlet:
 * Who, “words”, in “Title”, Outlet, 15 March 2019, annotated by On Record. <url>. `who` is a stated speaker or a
 * phrase such as "An unnamed source (…)"; null is the article's own voice ("The article (Outlet)").
 */
export function citation(input: CitationInput): string {
  // the words' own marks stay, made single inside ours: “‘…,’ he said, …” (a lone mark stripped would leave its pair)
  const words = inQuotes(displayWords(input.words));
  const article = input.outlet ? `The article (${input.outlet})` : 'The article';
  const who = input.who ?? (input.kind === 'claim' ? article : 'Unattributed');
  const site = input.site ?? 'On Record';
  if (input.outlet) {
    return `${who}, ${words}, in “${input.briefingTitle}”, ${input.outlet}, ${isoDateLabel(input.published ?? input.date)}, annotated by ${site}. ${input.url}`;
  }
  return `${who}, ${words}, in “${input.briefingTitle}”, ${site}, ${isoDateLabel(input.date)}. ${input.url}`;
}

/** About `max` characters at a word boundary, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max - 1).replace(/[\s,;:.–—-]+$/, '')}…`;
}
