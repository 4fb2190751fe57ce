/**
 * A plain-text or Markdown article → its text and what its first lines say about it. What a pasted article usually
 * starts with is taken as such and removed from the text, because it is not the article's words: the headline (a
 * first line on its own, or a Markdown "# " heading), a "By …" line, a date line, an address line. Everything else
 * is kept exactly as written. A Markdown file's own front matter is kept.
 */
import { parse as parseYaml } from 'yaml';
import { frontMatterBlock } from '../integrations/input-check/front-matter.ts';
import { cleanByline, literalParagraph, type ImportedArticle } from './article.ts';

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH_NUMBER: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/** A line that is only a date ("March 4, 2026", "4 March 2026", "2026-03-04", with "Published"/"Updated" before). */
export function dateLine(line: string): { date: string; updated: boolean } | null {
  const m = /^(?:(published|posted|updated|last updated)(?: on)?:?\s+)?(?:\w+day,?\s+)?(.+?)\.?$/i.exec(line.trim());
  if (!m) return null;
  const updated = /updated/i.test(m[1] ?? '');
  const text = m[2]!.replace(/,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}.*$/i, '').trim();
  let y: number, mo: number, d: number;
  let r: RegExpExecArray | null;
  if ((r = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text))) [y, mo, d] = [+r[1]!, +r[2]!, +r[3]!];
  else if ((r = new RegExp(`^(${MONTHS})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})$`, 'i').exec(text))) [y, mo, d] = [+r[3]!, MONTH_NUMBER[r[1]!.slice(0, 3).toLowerCase()]!, +r[2]!];
  else if ((r = new RegExp(`^(\\d{1,2})\\s+(${MONTHS})\\.?,?\\s+(\\d{4})$`, 'i').exec(text))) [y, mo, d] = [+r[3]!, MONTH_NUMBER[r[2]!.slice(0, 3).toLowerCase()]!, +r[1]!];
  else return null;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return { date: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, updated };
}

/** A headline: one short line, no sentence-ending full stop, not a date or byline. */
function headlineLike(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 200 && !/[.;,]$/.test(t) && !/^by\s/i.test(t) && !dateLine(t) && !/^https?:\/\//.test(t);
}

/**
 * Paragraphs: blocks separated by blank lines. Text pasted with one paragraph per line and no blank lines between
 * them has each line as a paragraph.
 */
function paragraphs(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const nonEmpty = lines.filter((l) => l.trim());
  const hasBlank = lines.some((l, i) => !l.trim() && i > 0 && i < lines.length - 1 && lines[i - 1]!.trim());
  if (!hasBlank && nonEmpty.length > 1) return nonEmpty.map((l) => l.trim());
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\s+$/g, ''))
    .filter((p) => p.trim());
}

/** Takes the headline, byline, date and address lines from the top of the paragraphs. */
function takeHead(paras: string[], markdown: boolean): Omit<ImportedArticle, 'blocks'> & { rest: string[] } {
  const head: Omit<ImportedArticle, 'blocks'> = {};
  let i = 0;
  const first = paras[0]?.trim() ?? '';
  if (markdown && /^#\s+\S/.test(first) && !first.includes('\n')) {
    head.title = first.replace(/^#\s+/, '').replace(/\s+#*\s*$/, '');
    i = 1;
  } else if (!markdown && !first.includes('\n') && headlineLike(first) && paras.length > 1) {
    head.title = first;
    i = 1;
  }
  // The lines right under the headline: byline, date, address, in any order, each on its own.
  for (; i < paras.length && i < 6; i++) {
    const p = paras[i]!.trim();
    if (p.includes('\n')) break;
    const date = dateLine(p);
    if (/^by\s+\S/i.test(p) && p.length <= 120 && !/[.!?]$/.test(p)) head.author = cleanByline(p);
    else if (date) head[date.updated ? 'updated' : 'published'] = date.date;
    else if (/^(?:source:\s*)?https?:\/\/\S+$/i.test(p)) head.url = p.replace(/^source:\s*/i, '');
    else break;
  }
  return { ...head, rest: paras.slice(i) };
}

export function importText(text: string): ImportedArticle {
  const { rest, ...head } = takeHead(paragraphs(text.replace(/^\uFEFF/, '')), false);
  return { ...head, blocks: rest.map(literalParagraph) };
}

export function importMarkdown(text: string): ImportedArticle {
  const clean = text.replace(/^\uFEFF/, '');
  const block = frontMatterBlock(clean);
  let extra: Record<string, unknown> | undefined;
  let body = clean;
  if (block) {
    const parsed: unknown = parseYaml(block.yaml);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) extra = parsed as Record<string, unknown>;
    body = clean.split('\n').slice(block.closeLine).join('\n');
  }
  // Markdown is kept as Markdown: no escaping, the blocks are the file's own.
  const { rest, ...head } = takeHead(
    body
      .replace(/\r\n?/g, '\n')
      .split(/\n[ \t]*\n/)
      .map((p) => p.replace(/^\n+|\s+$/g, ''))
      .filter((p) => p.trim()),
    true,
  );
  return { ...head, blocks: rest, ...(extra ? { extra } : {}) };
}
