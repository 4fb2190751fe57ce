/**
 * An imported article → the text of a briefing file: front matter filled as far as the source tells (title,
 * outlet, url, author, published, updated; the schema's names, src/content/briefing-schema.ts), every field that
 * needed a guess or is missing marked with an `# EDITOR:` comment, then the article's blocks as they came.
 * The file builds as it is; the comments say what to check before publishing.
 */
import { stringify } from 'yaml';
import { slug } from '../analysis/speakers.ts';
import type { ImportedArticle } from './article.ts';

export const EDITOR_MARK = '# EDITOR:';

export interface BriefingFile {
  text: string;
  /** what the editor still has to check or fill, one sentence each (the comments in the front matter, in order) */
  toCheck: string[];
}

const quoted = (s: string) => JSON.stringify(s.replace(/\s+/g, ' ').trim());

/** YYYY-MM-DD of an ISO date or date-time, or undefined when it is not one. */
export function dayOf(value: string | undefined): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value?.trim() ?? '');
  if (m) return m[1];
  const parsed = value ? new Date(value) : undefined;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString().slice(0, 10) : undefined;
}

/** The first sentence of the first paragraph that is not a heading, for a summary to start from. */
function firstSentence(blocks: readonly string[]): string | undefined {
  const para = blocks.find((b) => !b.startsWith('#'))?.replace(/\\(?=\S)/, '');
  if (!para) return undefined;
  const m = /^.{20,}?[.!?](?=\s+[“"‘(]?\p{Lu})/su.exec(para);
  const s = (m ? m[0] : para).replace(/\s+/g, ' ').trim();
  return s.length > 300 ? `${s.slice(0, 297).trimEnd()}…` : s;
}

const KNOWN = new Set(['title', 'date', 'summary', 'outlet', 'url', 'author', 'published', 'updated']);

export function briefingFile(article: ImportedArticle, options: { fallbackTitle: string; today: string }): BriefingFile {
  const extra = article.extra ?? {};
  const given = (key: string) => (typeof extra[key] === 'string' || extra[key] instanceof Date ? extra[key] : undefined);
  const lines: string[] = [];
  const toCheck: string[] = [];
  const field = (key: string, value: string, note?: string) => {
    lines.push(note ? `${key}: ${value}  ${EDITOR_MARK} ${note}` : `${key}: ${value}`);
    if (note) toCheck.push(`${key}: ${note}`);
  };
  const missing = (key: string, note: string) => {
    lines.push(`# ${key}: ""  ${EDITOR_MARK} ${note}`);
    toCheck.push(`${key}: ${note}`);
  };

  const title = (given('title') as string | undefined) ?? article.title;
  if (title) field('title', quoted(title));
  else field('title', quoted(options.fallbackTitle), 'no headline found in the file; write the headline');

  const givenDate = given('date');
  const published = dayOf(article.published);
  if (givenDate) field('date', givenDate instanceof Date ? givenDate.toISOString().slice(0, 10) : String(givenDate));
  else if (published) field('date', published, 'the date of the events; this is the publication date');
  else field('date', options.today, 'the date of the events; none found in the file, this is today');

  const summary = (given('summary') as string | undefined) ?? article.description;
  if (given('summary')) field('summary', quoted(summary!));
  else if (summary) field('summary', quoted(summary), 'one line that says what happened; this is the page’s own description');
  else field('summary', quoted(firstSentence(article.blocks) ?? title ?? options.fallbackTitle), 'one line that says what happened; this is the first sentence');

  const optional: [string, string | undefined, string][] = [
    ['outlet', article.outlet, 'the publication; not found in the file'],
    ['url', article.url && /^https?:\/\//.test(article.url) ? article.url : undefined, 'the article’s address; not found in the file'],
    ['author', article.author, 'who wrote it; not found in the file'],
    ['published', article.published?.trim(), 'when it was published; not found in the file'],
  ];
  for (const [key, found, note] of optional) {
    const own = given(key);
    const value = own instanceof Date ? own.toISOString() : (own ?? found);
    if (value) field(key, quoted(String(value)));
    else missing(key, note);
  }
  const ownUpdated = given('updated');
  const updated = ownUpdated instanceof Date ? ownUpdated.toISOString() : (ownUpdated ?? article.updated?.trim());
  if (updated) field('updated', quoted(String(updated)));

  // A Markdown file's other fields (dateline, annotations, …) stay as the editor wrote them.
  const rest = Object.fromEntries(Object.entries(extra).filter(([k]) => !KNOWN.has(k)));
  const restYaml = Object.keys(rest).length > 0 ? stringify(rest).trimEnd() : '';

  const body = article.blocks.join('\n\n');
  const text = `---\n${lines.join('\n')}${restYaml ? `\n${restYaml}` : ''}\n---\n\n${body}\n`;
  return { text, toCheck };
}

/** The file name: the headline as the engine slugs a name (lower-case ASCII words and hyphens), cut at a word to
 * at most 60 characters. */
export function slugOf(title: string): string {
  let out = '';
  for (const w of slug(title).split('-')) {
    if (out && out.length + w.length + 1 > 60) break;
    out = out ? `${out}-${w}` : w;
  }
  return out === 'speaker' && !/speaker/i.test(title) ? 'briefing' : out;
}
