/**
 * remark-on-record: the thin adapter between Markdown and the analysis engine.
 *
 * It runs `analyze` on the whole file (front matter included, exactly as the `annotate` CLI does, so ids and
 * offsets agree), wraps every quote and claim in the tree per the markup contract, turns raw HTML into text (a
 * briefing is prose: markup in it is words, never code), reports diagnostics as vfile messages, and hands the
 * analysis to the page through `file.data.astro.frontmatter.analysis`.
 */
import { readFileSync } from 'node:fs';
import type { Root, Nodes, PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { analyzeCached } from './analysis-cache.ts';
import { displayDeep } from '../analysis/hygiene.ts';
import type { Analysis } from '../analysis/types.ts';
import { relative } from 'node:path';
import { wrapRanges, type WrapRange } from './wrap.ts';
import { chooseDefaultMarks, claimLevel, computeMarks, quoteColour, type Marks } from './marks.ts';
import { sourceOf as quoteSource } from '../lib/attribution.ts';
import { addMarkButtons, linkFirstMentions } from './controls.ts';

export interface RemarkOnRecordOptions {
  /** only files whose path contains this string are analysed (default: every file) */
  include?: string;
  /** print the diagnostics to the build log (default: true) */
  report?: boolean;
  /** a folder that keeps each briefing's analysis for later builds (src/remark/analysis-cache.ts); none: this build only */
  cacheDir?: string;
}

/** The directive names the engine understands; any other directive is literal text. */
const DIRECTIVES = new Set(['quote', 'noquote', 'speaker']);

interface AstroData {
  frontmatter?: Record<string, unknown>;
}

/** The text the tree's positions index. */
function bodyOf(file: VFile): string {
  return String(file.value).replace(/^\uFEFF/, '');
}

/** The whole file's text and where the body handed to the processor starts in it. */
function sourceOf(file: VFile): { text: string; bodyOffset: number } {
  // A byte-order mark is not text: UTF-8 decoding (the CLI) and micromark (the tree's positions) both drop it.
  const body = bodyOf(file);
  if (file.path) {
    try {
      const full = readFileSync(file.path, 'utf8').replace(/^\uFEFF/, '');
      if (full.endsWith(body)) return { text: full, bodyOffset: full.length - body.length };
      // Astro hands the body with the front matter blanked to spaces (same length, same offsets): the file is the text.
      if (full.length === body.length && !body.slice(0, 3).trim() && full.endsWith(body.trimStart())) return { text: full, bodyOffset: 0 };
    } catch {
      // Not on disk (a test or a virtual file): the body is all there is.
    }
  }
  return { text: body, bodyOffset: 0 };
}

function rangesOf(analysis: Analysis, bodyOffset: number, marks: Marks): WrapRange[] {
  const ranges: WrapRange[] = [];
  for (const quote of analysis.quotes) {
    ranges.push({
      start: quote.start - bodyOffset,
      end: quote.end - bodyOffset,
      properties: {
        id: quote.id,
        className: ['quote', `quote-${quote.kind}`, quoteColour(marks, quote)],
        dataSpeaker: quote.speaker ?? '',
        dataKind: quote.kind,
        dataAttribution: marks.attribution.get(quote.id) ?? 'none',
      },
    });
  }
  // The mentions attributions rest on ("he", "the agency"), so a detail can point at them; one element per mention.
  const wrapped = new Set<string>();
  for (const quote of analysis.quotes) {
    const source = quoteSource(quote);
    const id = marks.sourceAnchor.get(quote.id);
    if (!source || !id || wrapped.has(id)) continue;
    wrapped.add(id);
    ranges.push({ start: source.start - bodyOffset, end: source.end - bodyOffset, properties: { id, className: ['source-mention'] } });
  }
  for (const claim of analysis.claims) {
    ranges.push({
      start: claim.start - bodyOffset,
      end: claim.end - bodyOffset,
      properties: {
        id: claim.id,
        className: ['claim', `level-${claimLevel(claim.score)}`, ...(marks.keyClaims.has(claim.id) ? ['claim-key'] : [])],
        dataClaimant: claim.claimant ?? '',
      },
    });
  }
  return ranges;
}

/** Raw HTML and unknown directives become the literal text they were written as. */
function literalise(tree: Root, source: string): void {
  const visit = (node: Nodes) => {
    if (!('children' in node)) return;
    const children = node.children as Nodes[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.type === 'html') {
        children[i] = { type: 'text', value: child.value, position: child.position } as Nodes;
        continue;
      }
      if (child.type === 'textDirective' || child.type === 'leafDirective' || child.type === 'containerDirective') {
        if (child.type === 'textDirective' && DIRECTIVES.has(child.name)) {
          // The engine already read the directive; the reader sees only its words.
          children.splice(i, 1, ...(child.children as Nodes[]));
          i--;
          continue;
        }
        const s = child.position?.start.offset;
        const e = child.position?.end.offset;
        if (s !== undefined && e !== undefined) {
          const text: PhrasingContent = { type: 'text', value: source.slice(s, e), position: child.position };
          children[i] = (child.type === 'textDirective' ? text : { type: 'paragraph', children: [text], position: child.position }) as Nodes;
        }
        continue;
      }
      visit(child);
    }
  };
  visit(tree);
}

/** What has been printed: Astro renders a briefing more than once per build, editors need each note once. */
const reported = new Set<string>();

/** Prints diagnostics as `file:line:column  rule  message`, the form editors' tools (and terminals) link. */
function report(file: VFile): void {
  const name = file.path ? relative(process.cwd(), file.path) : '<input>';
  for (const m of file.messages) {
    const line = `${name}:${m.line ?? 1}:${m.column ?? 1}  ${m.ruleId ?? 'note'}  ${m.reason}`;
    if (reported.has(line)) continue;
    reported.add(line);
    console.warn(`on-record: ${line}`);
  }
}

export default function remarkOnRecord(options: RemarkOnRecordOptions = {}) {
  return (tree: Root, file: VFile) => {
    if (options.include && !(file.path ?? '').includes(options.include)) return;
    const { text, bodyOffset } = sourceOf(file);
    const astro = ((file.data as { astro?: AstroData }).astro ??= {});
    const frontmatter = (astro.frontmatter ??= {});
    // Once per text and engine: Astro transforms a briefing more than once a build, and again in every rebuild.
    const analysis = analyzeCached(text, { file: file.path ?? '<input>', frontmatter, cacheDir: options.cacheDir });

    literalise(tree, bodyOf(file));
    // The claims the default view marks depend on how long the body is (src/remark/marks.ts, MARK_BUDGET).
    const { keyClaims, quietQuotes } = chooseDefaultMarks(analysis, text.length - bodyOffset);
    const marks = computeMarks(analysis, { keyClaims });
    wrapRanges(tree, rangesOf(analysis, bodyOffset, marks), bodyOf(file));
    linkFirstMentions(tree, analysis);
    addMarkButtons(tree, marks);

    for (const d of analysis.diagnostics) {
      file.message(`${d.message} (“${d.excerpt}”)`, {
        place: { line: d.line, column: d.column },
        ruleId: d.rule,
        source: 'on-record',
      });
    }
    // Astro does not print vfile messages itself; editors read them in the build log.
    if (options.report !== false) report(file);
    // The pages, cards, feed and search records read this copy: its words as a reader receives them (no
    // forbidden or invisible characters); its offsets still index the file.
    frontmatter.analysis = displayDeep(analysis);
    frontmatter.keyClaims = keyClaims;
    frontmatter.quietQuotes = quietQuotes;
  };
}
