/**
 * rehype-safe-urls: a briefing is prose, so a Markdown link or image can only point somewhere a reader can safely
 * go: http(s), mailto, tel, or a path on this site. A link with any other scheme (`javascript:`, `data:`,
 * `vbscript:` …) becomes its own words without the link; such an image becomes its alt text. Event-handler
 * attributes never survive (raw HTML is already text, see src/remark/index.ts; this is the second lock).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'poster', 'cite', 'srcSet', 'xLinkHref'];

/** True when the URL has no scheme (a path, a query or a #fragment) or one from the safe list. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:"), so do we.
  const squeezed = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

function unsafeProperty(el: Element): boolean {
  return URL_PROPERTIES.some((key) => {
    const value = el.properties[key];
    if (value === undefined || value === null) return false;
    const urls = Array.isArray(value) ? value.map(String) : [String(value)];
    const list = key === 'srcSet' ? urls.flatMap((u) => u.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')) : urls;
    return list.some((u) => !isSafeUrl(u));
  });
}

function clean(children: (RootContent | ElementContent)[]): (RootContent | ElementContent)[] {
  const out: (RootContent | ElementContent)[] = [];
  for (const node of children) {
    if (node.type !== 'element') {
      out.push(node);
      continue;
    }
    for (const key of Object.keys(node.properties)) if (/^on/i.test(key)) delete node.properties[key];
    node.children = clean(node.children) as ElementContent[];
    if (!unsafeProperty(node)) {
      out.push(node);
      continue;
    }
    if (node.tagName === 'img') {
      const alt = node.properties.alt;
      if (alt !== undefined && alt !== null && String(alt) !== '') out.push({ type: 'text', value: String(alt) });
    } else {
      out.push(...node.children);
    }
  }
  return out;
}

export default function rehypeSafeUrls() {
  return (tree: Root) => {
    tree.children = clean(tree.children) as RootContent[];
  };
}
