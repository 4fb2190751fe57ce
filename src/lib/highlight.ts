/**
 * Build-time syntax highlighting with Shiki: ONE highlighter for the whole build (creating one loads grammars and
 * themes, which costs far more than highlighting), dual light/dark themes as CSS variables (`defaultColor: false`:
 * every token carries `--shiki-light` and `--shiki-dark`, src/styles/code.css picks one by colour scheme, so there is
 * no flash and no client script).
 *
 * Themes were chosen for contrast: every token colour of both themes is at least 4.5:1 against its background
 * (WCAG 1.4.3), with room for the tint of a marked line.
 */
import type { Element, Root } from 'hast';
import { createHighlighter, type BundledLanguage, type DecorationItem, type Highlighter, type ShikiTransformer } from 'shiki';

export const THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-default' } as const;

/** The languages the site shows. Add here, not at the call site, so the one highlighter knows them all. */
export const LANGS = ['markdown', 'yaml', 'html', 'json', 'xml', 'sh'] as const satisfies readonly BundledLanguage[];
export type Lang = (typeof LANGS)[number] | 'text';

let instance: Promise<Highlighter> | undefined;

/** The shared highlighter, created on first use. */
export function highlighter(): Promise<Highlighter> {
  instance ??= createHighlighter({ themes: [THEMES.light, THEMES.dark], langs: [...LANGS] });
  return instance;
}

export interface HighlightOptions {
  lang: Lang;
  /** the file's line number of the code's first line: shown in the gutter (default: no line numbers) */
  firstLine?: number;
  /** file line numbers (same numbering as firstLine, or 1-based in the code without it) to mark */
  mark?: number[];
  /** a range inside the code to underline: 1-based line (same numbering as `mark`) and 0-based column, length */
  underline?: { line: number; column: number; length: number };
  /** extra classes on the <pre> */
  className?: string;
}

/** Shiki transformer: turns the given lines into <mark class="line marked"> (a highlight a screen reader can name). */
export function markLines(lines: Iterable<number>, offset = 0): ShikiTransformer {
  const wanted = new Set(lines);
  return {
    name: 'on-record:mark-lines',
    line(node, line) {
      if (!wanted.has(line + offset)) return;
      this.addClassToHast(node, 'marked');
      node.properties['data-line'] = String(line + offset);
    },
    // Renamed last: Shiki's decorations (the underlined excerpt) look for the lines as <span class="line">.
    root(root) {
      const visit = (node: Root | Element) => {
        for (const child of node.children) {
          if (child.type !== 'element') continue;
          const raw = child.properties.class ?? child.properties.className;
          const classes = Array.isArray(raw) ? raw.map(String) : String(raw ?? '').split(/\s+/);
          if (classes.includes('line') && classes.includes('marked')) child.tagName = 'mark';
          else visit(child);
        }
      };
      visit(root);
    },
  };
}

/** Shiki transformer: numbers the lines from `firstLine` (a CSS counter, so the numbers are never copied). */
export function lineNumbers(firstLine: number): ShikiTransformer {
  return {
    name: 'on-record:line-numbers',
    pre(node) {
      this.addClassToHast(node, 'numbered');
    },
    code(node) {
      // The lines become blocks (a wrapped line hangs under its number), so the newlines between them would
      // render as empty lines: drop them. Selecting block lines still copies one line per line.
      node.children = node.children.filter((child) => !(child.type === 'text' && child.value === '\n'));
      const before = typeof node.properties.style === 'string' ? `${node.properties.style};` : '';
      node.properties.style = `${before}counter-reset:line ${firstLine - 1}`;
    },
  };
}

/** Highlighted HTML for `code` (trusted build-time output: render with set:html). */
export async function highlight(code: string, options: HighlightOptions): Promise<string> {
  const shiki = await highlighter();
  const offset = options.firstLine !== undefined ? options.firstLine - 1 : 0;
  const transformers: ShikiTransformer[] = [];
  if (options.firstLine !== undefined) transformers.push(lineNumbers(options.firstLine));
  if (options.mark?.length) transformers.push(markLines(options.mark, offset));
  if (options.className) {
    const className = options.className;
    transformers.push({ name: 'on-record:class', pre(node) { this.addClassToHast(node, className); } });
  }
  const decorations: DecorationItem[] = [];
  const u = options.underline;
  if (u) {
    const lineText = code.split('\n')[u.line - offset - 1];
    if (lineText !== undefined && u.length > 0 && u.column < lineText.length) {
      const end = Math.min(lineText.length, u.column + u.length);
      decorations.push({
        start: { line: u.line - offset - 1, character: u.column },
        end: { line: u.line - offset - 1, character: end },
        properties: { class: 'excerpt' },
        alwaysWrap: true,
      });
    }
  }
  const render = (withDecorations: boolean) =>
    shiki.codeToHtml(code.replace(/\n$/, ''), {
      lang: options.lang,
      themes: THEMES,
      defaultColor: false,
      transformers,
      decorations: withDecorations ? decorations : [],
      // Shiki stops tokenizing a line after 500 ms by default and leaves its rest uncoloured: on a loaded build
      // machine the same page then came out in other colours from one build to the next (reproducible.test.ts).
      // A page must not depend on the machine's load, so no time limit (0, vscode-textmate's "none").
      tokenizeTimeLimit: 0,
    });
  try {
    return render(true);
  } catch {
    // A decoration that does not fit the tokens is not worth failing the build for: mark the line only.
    return render(false);
  }
}
