/**
 * Wraps character ranges of the source in inline elements of the mdast tree, across inline formatting and links.
 *
 * The engine speaks in source offsets; the tree only knows positions. A range becomes one wrapper per block it
 * touches (a quote running over three paragraphs becomes three wrappers; the first carries the id). Ranges are
 * applied outermost first, so a claim inside a quote nests inside the quote's wrapper. Where a range would cut an
 * inline element (emphasis, a link) in two, it grows to the element's edge: valid nesting beats a precise edge.
 */
import type { Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { Data } from 'unist';

export interface WrapRange {
  start: number;
  end: number;
  /** the HTML properties of the wrapper; `id` goes on the first piece only */
  properties: Record<string, string | number | boolean | string[]>;
  tagName?: string;
}

interface AnnotationData extends Data {
  hName: string;
  hProperties: Record<string, string | number | boolean | string[]>;
}

/** A custom phrasing node; mdast-util-to-hast turns it into `hName` with `hProperties`. */
export interface Annotation extends Parent {
  type: 'annotation';
  children: PhrasingContent[];
  data: AnnotationData;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    annotation: Annotation;
  }
  interface RootContentMap {
    annotation: Annotation;
  }
}

type Inline = PhrasingContent;

const BLOCKS_WITH_PHRASING = new Set(['paragraph', 'heading', 'tableCell']);

function startOf(node: Nodes): number | undefined {
  return node.position?.start.offset;
}
function endOf(node: Nodes): number | undefined {
  return node.position?.end.offset;
}

/** Offsets inside a text node map one-to-one onto the source only when nothing was escaped or decoded. */
function isVerbatimText(node: Inline, source: string): node is Text {
  if (node.type !== 'text') return false;
  const s = startOf(node);
  const e = endOf(node);
  return s !== undefined && e !== undefined && source.slice(s, e) === node.value;
}

function splitText(node: Text, at: number): [Text, Text] {
  const s = startOf(node)!;
  const cut = at - s;
  const left: Text = {
    type: 'text',
    value: node.value.slice(0, cut),
    position: { start: node.position!.start, end: { ...node.position!.end, offset: at } },
  };
  const right: Text = {
    type: 'text',
    value: node.value.slice(cut),
    position: { start: { ...node.position!.start, offset: at }, end: node.position!.end },
  };
  return [left, right];
}

/** Splits the verbatim text child that straddles `at`, so a boundary falls between children. */
function splitAt(children: Inline[], at: number, source: string): void {
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const s = startOf(child);
    const e = endOf(child);
    if (s === undefined || e === undefined || !(s < at && at < e)) continue;
    if (isVerbatimText(child, source)) children.splice(i, 1, ...splitText(child, at));
    return;
  }
}

function hasChildren(node: Inline): node is Inline & { children: Inline[] } {
  return 'children' in node && Array.isArray((node as { children?: unknown }).children);
}

function wrapIn(children: Inline[], start: number, end: number, range: WrapRange, withId: boolean, source: string): boolean {
  // A range entirely inside one inline element goes inside it.
  for (const child of children) {
    const s = startOf(child);
    const e = endOf(child);
    if (s === undefined || e === undefined) continue;
    if (s <= start && end <= e && hasChildren(child) && !(s === start && e === end && child.type !== 'annotation')) {
      if (s === start && e === end && child.type === 'annotation') {
        // Same extent as an existing wrapper: nest directly inside it.
        return wrapIn(child.children, start, end, range, withId, source) || wrapAll(child, range, withId);
      }
      return wrapIn(child.children, start, end, range, withId, source);
    }
  }
  splitAt(children, start, source);
  splitAt(children, end, source);
  let first = -1;
  let last = -1;
  for (let i = 0; i < children.length; i++) {
    const s = startOf(children[i]!);
    const e = endOf(children[i]!);
    if (s === undefined || e === undefined) continue;
    if (e > start && s < end) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return false;
  const taken = children.slice(first, last + 1);
  const node = makeAnnotation(taken, range, withId);
  children.splice(first, last - first + 1, node);
  return true;
}

function wrapAll(parent: Inline & { children: Inline[] }, range: WrapRange, withId: boolean): boolean {
  const node = makeAnnotation(parent.children, range, withId);
  parent.children = [node];
  return true;
}

function makeAnnotation(taken: Inline[], range: WrapRange, withId: boolean): Annotation {
  const properties = { ...range.properties };
  if (!withId) {
    if (typeof properties.id === 'string') properties.dataPart = properties.id;
    delete properties.id;
  }
  const s = startOf(taken[0]!);
  const e = endOf(taken[taken.length - 1]!);
  return {
    type: 'annotation',
    children: taken,
    data: { hName: range.tagName ?? 'span', hProperties: properties },
    ...(s !== undefined && e !== undefined && taken[0]!.position && taken[taken.length - 1]!.position
      ? { position: { start: taken[0]!.position!.start, end: taken[taken.length - 1]!.position!.end } }
      : {}),
  };
}

/**
 * Wraps every range, outermost first. Returns the ranges that found no place in the tree (for example a range
 * inside front matter or a code block), so the caller can report them.
 */
export function wrapRanges(tree: Root, ranges: WrapRange[], source: string): WrapRange[] {
  const blocks: Parent[] = [];
  const collect = (node: Nodes) => {
    if (BLOCKS_WITH_PHRASING.has(node.type)) {
      blocks.push(node as Parent);
      return;
    }
    if ('children' in node) for (const child of node.children) collect(child as Nodes);
  };
  collect(tree);

  const ordered = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const missed: WrapRange[] = [];
  for (const range of ordered) {
    let placed = false;
    for (const block of blocks) {
      const s = startOf(block as Nodes);
      const e = endOf(block as Nodes);
      if (s === undefined || e === undefined || e <= range.start || s >= range.end) continue;
      const from = Math.max(s, range.start);
      const to = Math.min(e, range.end);
      if (wrapIn(block.children as Inline[], from, to, range, !placed, source)) placed = true;
    }
    if (!placed) missed.push(range);
  }
  return missed;
}
