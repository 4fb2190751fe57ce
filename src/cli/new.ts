/**
 * `npm run new -- FILE [--slug NAME]`: imports an article from a plain-text, Markdown or HTML file into
 * `content/briefings/<slug>.md` (ONRECORD_BRIEFINGS moves the folder), front matter filled as far as the file tells
 * and the rest marked `# EDITOR:`, the text kept as it came (src/import/). Never overwrites a briefing: a taken
 * name gets -2, -3. Mistakes are one line naming the file, and nothing is written.
 */
import { existsSync, readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandLine, UsageError } from './args.ts';
import type { ImportedArticle } from '../import/article.ts';
import { briefingFile, slugOf } from '../import/briefing.ts';
import { decodeHtml, importHtml } from '../import/html.ts';
import { importMarkdown, importText } from '../import/text.ts';
import { briefingsDir, checkBriefingFile, firstInvalidUtf8 } from '../integrations/input-check/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export type Format = 'html' | 'markdown' | 'text';

export function formatOf(file: string, text: string): Format {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (/^\s*(?:<!doctype html|<html[\s>])/i.test(text)) return 'html';
  return 'text';
}

export function importFile(file: string, text: string): ImportedArticle {
  const format = formatOf(file, text);
  return format === 'html' ? importHtml(text) : format === 'markdown' ? importMarkdown(text) : importText(text);
}

export class ImportError extends Error {}

export interface NewResult {
  path: string;
  toCheck: string[];
  paragraphs: number;
}

/** Imports `file` into the briefings folder; throws ImportError with a sentence naming the file. */
export function newBriefing(file: string, options: { slug?: string; dir?: string; today?: string } = {}): NewResult {
  if (!existsSync(file)) throw new ImportError(`${file}: no such file`);
  const bytes = readFileSync(file);
  // An HTML page may declare another encoding; any other file must be UTF-8 (the briefing will be).
  const text = /\.x?html?$/i.test(file) ? decodeHtml(bytes) : firstInvalidUtf8(bytes) < 0 ? new TextDecoder().decode(bytes) : null;
  if (text === null) {
    throw new ImportError(`${file}: not valid UTF-8 at byte ${firstInvalidUtf8(bytes)} and no other encoding declared; save it as UTF-8 and import it again`);
  }
  if (!text.trim()) throw new ImportError(`${file}: the file is empty`);
  const article = importFile(file, text);
  if (article.blocks.length === 0) throw new ImportError(`${file}: no article text was found in it`);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const fallbackTitle = basename(file, extname(file)).replace(/[-_]+/g, ' ').trim() || 'Untitled';
  const { text: briefing, toCheck } = briefingFile(article, { fallbackTitle, today });

  const dir = options.dir ?? briefingsDir(root);
  const base = options.slug ? slugOf(options.slug) : slugOf(article.title ?? fallbackTitle);
  let slug = base;
  for (let n = 2; existsSync(join(dir, `${slug}.md`)); n++) slug = `${base}-${n}`;
  const path = join(dir, `${slug}.md`);
  // The same check the build runs: what this writes must build.
  const problems = checkBriefingFile(path, new TextEncoder().encode(briefing));
  if (problems.length > 0) throw new ImportError(`${file}: the briefing it makes would not build (${problems.join('; ')})`);
  mkdirSync(dir, { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, briefing);
  renameSync(tmp, path);
  return { path, toCheck, paragraphs: article.blocks.length };
}

function main(args: string[]): number {
  const { file, slug } = commandLine(
    {
      usage: 'npm run new -- FILE [--slug NAME]   (FILE: an article as .txt, .md or .html)',
      options: { slug: { type: 'string' } },
      positionals: { min: 1, max: 1, name: 'FILE' },
    },
    ({ values, positionals }) => {
      if (values.slug === '') throw new UsageError('--slug needs a value');
      return { file: positionals[0]!, slug: values.slug };
    },
    args,
  );
  try {
    const result = newBriefing(resolve(process.env.INIT_CWD ?? process.cwd(), file), { slug });
    const shown = relative(process.env.INIT_CWD ?? process.cwd(), result.path) || result.path;
    console.log(`wrote ${shown} (${result.paragraphs} paragraph${result.paragraphs === 1 ? '' : 's'})`);
    if (result.toCheck.length > 0) {
      console.log('check before publishing (marked # EDITOR: in the front matter):');
      for (const line of result.toCheck) console.log(`  ${line}`);
    }
    console.log('then: npm run build, and see /editor/ for what the analysis could not resolve');
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
