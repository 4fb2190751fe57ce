/**
 * Front matter an editor can fix from one sentence: each YAML or schema mistake becomes
 * `file:line: the field "title" … ; <what to do>`, with the line in the file (not in the front matter) and the field
 * named, never a parser's stack trace. The schema is the content collection's own (src/content/briefing-schema.ts),
 * so what passes here is what the content layer accepts.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Pair } from 'yaml';
import { briefingSchema } from '../../content/briefing-schema.ts';

interface Block {
  /** the front matter's text, without its --- lines */
  yaml: string;
  /** the file line of the front matter's first line (the one after the opening ---) */
  firstLine: number;
  /** the file line of the closing --- */
  closeLine: number;
}

/** The front matter block, or null when the file has none (an unclosed one is reported by the byte check). */
export function frontMatterBlock(text: string): Block | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---') return null;
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  if (close < 0) return null;
  return { yaml: lines.slice(1, close).join('\n'), firstLine: 2, closeLine: close + 1 };
}

/** The top-level key whose entry covers block line `line` (1-based): the last key starting at or before it. */
function fieldAt(yaml: string, line: number): string | null {
  const lines = yaml.split('\n');
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(lines[i]!);
    if (key) return key[1]!;
  }
  return null;
}

/** A `key: "…` or `key: [ …` line whose quotes or list do not close on the line. */
function unclosedOnItsLine(lineText: string): boolean {
  const value = /^\s*[\w-]+\s*:\s*(.*)$/.exec(lineText)?.[1] ?? '';
  if (value.startsWith('"')) return !/^"(?:[^"\\]|\\.)*"/.test(value);
  if (value.startsWith('[')) return !value.includes(']');
  return false;
}

/** What to do about a YAML mistake, by the shape of the line it is on. */
function yamlAdvice(lineText: string): string {
  const value = lineText.replace(/^\s*[\w-]+\s*:\s*/, '');
  if (/^'/.test(value) && /'.*'.*'/.test(value)) {
    return "an apostrophe ends a value in single quotes; put the whole value in double quotes instead";
  }
  if (/^"/.test(value) && !/"\s*(#.*)?$/.test(value.slice(1))) return 'the double quotes are not closed on this line; close them';
  if (/^\[/.test(value) && !/\]\s*(#.*)?$/.test(value)) return 'the list is not closed; end it with ]';
  if (/:\s/.test(value) || /\s#/.test(value) || /^[&*!|>%@`]/.test(value)) {
    return 'the value contains a character YAML reads as syntax (": ", " #", or a leading & * ! | > % @ `); put the whole value in double quotes';
  }
  return 'write it as `field: "value"`, with the value in double quotes';
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text (in double quotes)',
  boolean: 'true or false',
  number: 'a number',
  array: 'a list',
  object: 'a group of fields',
  date: 'a calendar date such as 2025-02-18',
};

interface Issue {
  path: PropertyKey[];
  code: string;
  message: string;
  expected?: string;
}

/** An issue's sentence: the schema's own message where it wrote one, else what was expected and what was found. */
function issueSentence(issue: Issue, found: unknown, present: boolean): string {
  // annotations.quotes[1].match: list items counted from 1, as an editor counts them.
  const field = issue.path.map((k, i) => (typeof k === 'number' ? `[${k + 1}]` : `${i ? '.' : ''}${String(k)}`)).join('');
  const custom = !/^Invalid input|^Too (small|big)|^Invalid option|^Unrecognized/i.test(issue.message);
  if (custom) {
    // The schema's messages name their field ("title is required …"); say it as a sentence about that field.
    const text = issue.message.startsWith(String(issue.path[0])) ? issue.message.slice(String(issue.path[0]).length).trim() : issue.message;
    return `the field "${field}" ${text}`;
  }
  if (!present) return `the field "${field}" is required`;
  if (issue.code === 'too_small' && typeof found === 'string') return `the field "${field}" must not be empty`;
  if (issue.code === 'invalid_type' && issue.expected) {
    return `the field "${field}" must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${kindOf(found)}`;
  }
  return `the field "${field}" is not valid (${issue.message.replace(/\.$/, '')})`;
}

function lookup(data: unknown, path: readonly PropertyKey[]): { present: boolean; value: unknown } {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !(key in (value as object))) return { present: false, value: undefined };
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { present: true, value };
}

/** The block line of the key at `path` (or of the nearest parent that exists; the block's first line otherwise). */
function lineOf(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let line = 1;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p: Pair) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      const range = isScalar(pair.key) ? pair.key.range : undefined;
      if (range) line = counter.linePos(range[0]).line;
      node = pair.value;
    } else if (node && typeof node === 'object' && 'items' in node && Array.isArray((node as { items: unknown[] }).items)) {
      const item = (node as { items: { range?: [number, number, number] }[] }).items[Number(key)];
      if (!item) break;
      if (item.range) line = counter.linePos(item.range[0]).line;
      node = item;
    } else break;
  }
  return line;
}

/** Every front-matter mistake in one briefing, as `name:line: sentence`; empty when it is fine. */
export function checkFrontMatter(name: string, text: string): string[] {
  const block = frontMatterBlock(text);
  const at = (blockLine: number) => `${name}:${block ? block.firstLine + blockLine - 1 : 1}`;
  if (!block) {
    return [`${name}:1: the file has no front matter; start it with a --- line, the fields title, date and summary, and another --- line`];
  }
  const counter = new LineCounter();
  const doc = parseDocument(block.yaml, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const lines = block.yaml.split('\n');
    // A quote or list left open swallows the lines after it, so YAML reports the mistake where it runs out; the
    // line that opened it is the one to fix.
    const opened = lines.flatMap((text, i) => (unclosedOnItsLine(text) ? [i + 1] : []));
    const errorLines = doc.errors.map((error) => ({ line: counter.linePos(error.pos[0]).line, code: error.code }));
    const shown = new Map<number, string>();
    for (const line of opened) if (errorLines.some((e) => e.line >= line)) shown.set(line, 'YAML');
    // One message per line: YAML often reports a mistake twice (where it starts and where it runs out).
    for (const e of errorLines) {
      if (opened.some((line) => line <= e.line && shown.has(line)) || shown.has(e.line)) continue;
      shown.set(e.line, e.code);
    }
    return [...shown]
      .sort(([a], [b]) => a - b)
      .map(([line, code]) => {
        const field = fieldAt(block.yaml, line);
        const what = code === 'DUPLICATE_KEY' ? 'is given twice; keep one' : `cannot be read: ${yamlAdvice(lines[line - 1] ?? '')}`;
        return `${at(line)}: the front matter field ${field ? `"${field}"` : 'on this line'} ${what}`;
      });
  }
  const data = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return [`${at(1)}: the front matter must be fields (\`title: "…"\` on each line), not ${kindOf(data)}`];
  }
  const result = briefingSchema.safeParse(data);
  if (result.success) return [];
  const found = result.error.issues.map((issue) => {
    const { present, value } = lookup(data, issue.path);
    const line = present || issue.path.length > 1 ? lineOf(doc, counter, issue.path) : 1;
    const where = present || issue.path.length > 1 ? at(line) : `${name}:1`;
    return { line, text: `${where}: ${issueSentence(issue as Issue, value, present)}` };
  });
  return found.sort((a, b) => a.line - b.line).map((f) => f.text);
}
