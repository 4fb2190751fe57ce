/**
 * What the engine does not read as article text: the YAML front matter and the syntax of editor directives
 * (`:quote[…]{speaker=…}`, `:noquote[…]`, `:speaker[…]{role=…}`). Both are masked with spaces, so every offset into
 * the masked text is an offset into the file.
 */

import { parse as parseYaml } from 'yaml';
import { frontMatterRange } from './segment.ts';

export interface Directive {
  name: 'quote' | 'noquote' | 'speaker';
  /** the whole directive */
  start: number;
  end: number;
  /** the words inside [ ] */
  innerStart: number;
  innerEnd: number;
  attrs: Record<string, string>;
}

export interface Masked {
  /** the text with front matter and directive syntax as spaces (newlines kept) */
  work: string;
  /** where the body starts (after the front matter) */
  bodyFrom: number;
  directives: Directive[];
  /** the front matter, parsed; undefined when there is none or it is not a mapping */
  frontmatter: Record<string, unknown> | undefined;
  /** the YAML parser's complaint when the front matter is no valid YAML */
  frontmatterError: string | null;
}

const DIRECTIVE_RE = /:(quote|noquote|speaker)\[([^\]\n]*)\](\{[^}\n]*\})?/g;

function parseAttrs(s: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!s) return out;
  const re = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s}]+))/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) out[m[1]!] = m[2] ?? m[3] ?? m[4] ?? '';
  return out;
}

export function findDirectives(text: string, from: number): Directive[] {
  const out: Directive[] = [];
  DIRECTIVE_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE_RE.exec(text)) !== null) {
    const innerStart = m.index + m[1]!.length + 2;
    out.push({ name: m[1] as Directive['name'], start: m.index, end: m.index + m[0].length, innerStart, innerEnd: innerStart + m[2]!.length, attrs: parseAttrs(m[3]) });
  }
  return out;
}

/** Replaces [s, e) by spaces (newlines kept), so that offsets stay the same. */
function blank(chars: string[], s: number, e: number): void {
  for (let i = s; i < e; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
}

export function maskMarkup(text: string, given?: Record<string, unknown>): Masked {
  const fm = frontMatterRange(text);
  let frontmatter = given;
  let frontmatterError: string | null = null;
  if (!frontmatter && fm) {
    try {
      const parsed: unknown = parseYaml(text.slice(fm.inner.start, fm.inner.end));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) frontmatter = parsed as Record<string, unknown>;
    } catch (err) {
      frontmatterError = err instanceof Error ? err.message.split('\n')[0]! : 'parse error';
    }
  }
  const bodyFrom = fm ? fm.end : 0;
  const directives = findDirectives(text, bodyFrom);
  let work = text;
  if (fm || directives.length > 0) {
    const chars = [...text.split('')];
    if (fm) blank(chars, 0, fm.end - 1);
    for (const d of directives) {
      blank(chars, d.start, d.innerStart);
      blank(chars, d.innerEnd, d.end);
    }
    work = chars.join('');
    // keep the fences recognisable to segment() so that it still skips the block
    // (joined: one flat string for the stages that read it, not a rope)
    if (fm) work = [text.slice(0, fm.end), work.slice(fm.end)].join('');
  }
  return { work, bodyFrom, directives, frontmatter, frontmatterError };
}
