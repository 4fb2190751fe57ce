/**
 * Checks every briefing file before Astro reads it, so that input the content loader would misread silently fails
 * the build with a message naming the file (and the line, where there is one):
 *
 * - a file that is not UTF-8: the loader decodes with replacement characters, which would publish garbled words;
 * - an empty file: it has no title, date or summary and no text, so it cannot be a briefing;
 * - front matter that opens with `---` and never closes: the loader would report every field as missing.
 *
 * - front matter that is not valid YAML or does not fit the schema (front-matter.ts): the file, the line and the
 *   field in one sentence, where the content layer would print a parser's stack trace.
 *
 * `npm run build` (src/cli/build.ts) runs the same check before starting Astro, so the editor sees only these lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkFrontMatter } from './front-matter.ts';

/** The folder the content collection reads (src/content.config.ts uses the same variable). */
export function briefingsDir(root: string): string {
  return resolve(root, process.env.ONRECORD_BRIEFINGS ?? './content/briefings');
}

function markdownFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The first offset at which `bytes` stops being valid UTF-8, or -1 when all of it is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const fatal = new TextDecoder('utf-8', { fatal: true });
  try {
    fatal.decode(bytes);
    return -1;
  } catch {
    // Narrow down: the longest valid prefix ends where the first bad sequence starts.
    let lo = 0;
    let hi = bytes.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      try {
        // stream: true tolerates a sequence cut off at the end of the prefix, not an invalid one inside it.
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
        lo = mid;
      } catch {
        hi = mid - 1;
      }
    }
    // bytes[0, lo) may end inside a sequence that the byte at lo breaks: report where that sequence starts.
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, lo));
      return lo;
    } catch {
      let start = lo - 1;
      while (start > 0 && bytes[start]! >= 0x80 && bytes[start]! < 0xc0) start--;
      return start;
    }
  }
}

/** Problems with one file's bytes, as sentences starting with its path; empty when it is fine. */
export function checkBriefingBytes(name: string, bytes: Uint8Array): string[] {
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    return [
      `${name}:${line}: not valid UTF-8 at byte ${bad} (0x${bytes[bad]!.toString(16).padStart(2, '0')}); ` +
        'save the file as UTF-8 and build again',
    ];
  }
  const text = new TextDecoder().decode(bytes);
  if (text.trim() === '') {
    return [`${name}: the file is empty; a briefing needs front matter (title, date, summary) and its text`];
  }
  // Front matter that opens and never closes would be read as no front matter at all ("title is required").
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trimEnd() === '---' && !lines.slice(1).some((line) => line.trimEnd() === '---')) {
    return [`${name}:1: the front matter opened here is never closed; add a line with --- after its last field`];
  }
  return [];
}

/**
 * Problems with a briefing file: its bytes, then its front matter against the schema. (`npm run annotate` checks
 * only the bytes: it reads any Markdown, front matter or not.)
 */
export function checkBriefingFile(name: string, bytes: Uint8Array): string[] {
  const problems = checkBriefingBytes(name, bytes);
  return problems.length > 0 ? problems : checkFrontMatter(name, new TextDecoder().decode(bytes));
}

export function checkBriefings(root: string): string[] {
  const dir = briefingsDir(root);
  return markdownFiles(dir).flatMap((file) => {
    const shown = relative(root, file) || file;
    return checkBriefingFile(shown.startsWith('..') ? file : shown, readFileSync(file));
  });
}

/** The closing line under the problems: how many files, and that nothing was built. */
export function problemsSummary(problems: readonly string[]): string {
  const files = new Set(problems.map((p) => p.replace(/:\d+:.*$|: .*$/, ''))).size;
  return `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; fix ${problems.length === 1 ? 'it' : 'them'} and build again`;
}

export default function inputCheck(): AstroIntegration {
  return {
    name: 'on-record:input-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const problems = checkBriefings(fileURLToPath(config.root));
        if (problems.length === 0) return;
        for (const p of problems) logger.error(p);
        // An Error would add Astro's stack trace below the sentences; the sentences are the whole story.
        logger.error(problemsSummary(problems));
        process.exit(1);
      },
    },
  };
}
