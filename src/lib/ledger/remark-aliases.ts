/**
 * remark plugin, after remark-on-record: puts every old id that the ledger re-anchored to a quote or claim on the
 * page as an empty anchor inside that item, `<span id="<old id>" class="anchor-alias" data-alias-of="<id>">`, so
 * `/briefings/<slug>/#<old id>` still scrolls to the words (and CSS marks the item: `:has(> .anchor-alias:target)`).
 *
 * It applies the same pure update as the build (`updateBriefing`), so the anchors are right whether or not the
 * ledger file was already written by this build; the rule is idempotent, so the order does not matter.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Analysis } from '../../analysis/types.ts';
import { readLedger } from './io.ts';
import { aliasesByTarget, updateBriefing, type Ledger } from './ledger.ts';
import { publishedItems } from './items.ts';

export interface RemarkAnchorAliasesOptions {
  /** the ledger to use (tests); default: read the ledger file on every run */
  ledger?: () => Ledger;
}

function sourceText(file: VFile): string {
  const body = String(file.value);
  if (file.path) {
    try {
      const full = readFileSync(file.path, 'utf8');
      if (full.endsWith(body)) return full;
    } catch {
      // not on disk: the body is all there is
    }
  }
  return body;
}

interface AnnotationLike {
  type: string;
  children?: AnnotationLike[];
  data?: { hName?: string; hProperties?: Record<string, unknown> };
}

export default function remarkAnchorAliases(options: RemarkAnchorAliasesOptions = {}) {
  return (tree: Root, file: VFile) => {
    const analysis = (file.data as { astro?: { frontmatter?: { analysis?: Analysis } } }).astro?.frontmatter?.analysis;
    if (!analysis || !file.path) return;
    const ledger = options.ledger ? options.ledger() : readLedger();
    const rel = relative(process.cwd(), file.path);
    const briefing = Object.values(ledger.briefings).find((b) => b.file === rel || b.file === file.path);
    if (!briefing) return;
    const anchors = updateBriefing(briefing.anchors, publishedItems(analysis, sourceText(file)));
    const aliases = aliasesByTarget(anchors);
    if (aliases.size === 0) return;
    const visit = (node: AnnotationLike) => {
      const id = node.data?.hProperties?.id;
      if (node.type === 'annotation' && typeof id === 'string' && aliases.has(id)) {
        const anchorsHere: AnnotationLike[] = aliases.get(id)!.map((old) => ({
          type: 'annotation',
          children: [],
          data: { hName: 'span', hProperties: { id: old, className: ['anchor-alias'], dataAliasOf: id } },
        }));
        node.children = [...anchorsHere, ...(node.children ?? [])];
        aliases.delete(id);
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree as unknown as AnnotationLike);
  };
}
