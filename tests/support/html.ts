/**
 * Reading built pages with a real HTML parser (hast-util-from-html, i.e. parse5): elements, ids, links, text.
 */
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Nodes, Root } from 'hast';
import { gunzipSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type { Element, Root };

export function parse(html: string): Root {
  return fromHtml(html);
}

export function elements(tree: Nodes): Element[] {
  const out: Element[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element') {
      out.push(node);
      // <template> content is a separate fragment in hast
      if (node.content) walk(node.content);
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return out;
}

/** An attribute as the HTML source wrote it (hast turns class into className arrays and so on). */
export function attr(el: Element, name: string): string | undefined {
  const props = el.properties;
  const key = Object.keys(props).find((k) => hastToAttr(k) === name);
  if (key === undefined) return undefined;
  const v = props[key];
  if (v === undefined || v === null || v === false) return undefined;
  if (Array.isArray(v)) return v.join(name === 'class' ? ' ' : ', ');
  return v === true ? '' : String(v);
}

/** hast property name → attribute name: className → class, dataFoo → data-foo, httpEquiv → http-equiv. */
export function hastToAttr(key: string): string {
  if (key === 'className') return 'class';
  if (key === 'htmlFor') return 'for';
  if (key === 'httpEquiv') return 'http-equiv';
  if (key === 'acceptCharset') return 'accept-charset';
  if (key.startsWith('data') && /^data[A-Z]/.test(key)) return `data${key.slice(4).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  if (key.startsWith('aria') && /^aria[A-Z]/.test(key)) return `aria-${key.slice(4).toLowerCase()}`;
  return key.toLowerCase();
}

export function attributeNames(el: Element): string[] {
  return Object.keys(el.properties).map(hastToAttr);
}

export function text(node: Nodes): string {
  return toText(node);
}

export function byTag(tree: Nodes, tag: string): Element[] {
  return elements(tree).filter((e) => e.tagName === tag);
}

export function metaContent(tree: Nodes, key: string): string[] {
  return byTag(tree, 'meta')
    .filter((m) => attr(m, 'property') === key || attr(m, 'name') === key)
    .map((m) => attr(m, 'content') ?? '');
}

/** Pagefind's fragments (one per page or custom record), decoded: { url, content, meta, filters, anchors, … }. */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors?: { element: string; id: string; text: string; location: number }[];
  file: string;
}

export function pagefindFragments(siteDir: string): PagefindFragment[] {
  const dir = join(siteDir, 'pagefind', 'fragment');
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.pf_fragment'));
  } catch {
    return [];
  }
  return names.sort().flatMap((name) => {
    const raw = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    if (!raw.startsWith('pagefind_dcd')) throw new Error(`${name}: not a Pagefind fragment`);
    const data = JSON.parse(raw.slice('pagefind_dcd'.length)) as Omit<PagefindFragment, 'file'> | Record<string, Omit<PagefindFragment, 'file'>>;
    // A group file (`maxFragments`, src/integrations/pagefind) maps fragment hashes to fragments.
    if (name.includes('_group_')) return Object.values(data as Record<string, Omit<PagefindFragment, 'file'>>).map((f) => ({ ...f, file: name }));
    return [{ ...(data as Omit<PagefindFragment, 'file'>), file: name }];
  });
}
