/**
 * A small Atom 1.0 (RFC 4287) writer: @astrojs/rss writes RSS 2.0, and the issue asks for Atom. Pure TypeScript.
 * Everything written is escaped; characters XML 1.0 forbids are dropped, so hostile text cannot break the feed.
 */

export interface AtomEntry {
  /** absolute URL of the entry's page: also its id (IRIs of pages we own never change: the slug is permanent) */
  url: string;
  title: string;
  updated: Date;
  published?: Date;
  summary?: string;
  categories?: string[];
}

export interface AtomFeed {
  /** absolute URL of the feed itself (rel="self") */
  self: string;
  /** absolute URL of the site (the feed's id and rel="alternate") */
  site: string;
  title: string;
  subtitle?: string;
  author: string;
  entries: AtomEntry[];
}

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** RFC 3339 date-time, as Atom requires. */
const stamp = (d: Date): string => d.toISOString();

export function atomFeed(feed: AtomFeed): string {
  // The feed changed when its newest entry did: deterministic builds, no build-time clock.
  const newest = feed.entries.reduce<Date>((max, e) => (e.updated > max ? e.updated : max), new Date(0));
  const out: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${escapeXml(feed.site)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
  ];
  if (feed.subtitle) out.push(`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`);
  out.push(
    `  <updated>${stamp(newest)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.site)}"/>`,
  );
  for (const e of feed.entries) {
    out.push(
      '  <entry>',
      `    <id>${escapeXml(e.url)}</id>`,
      `    <title type="text">${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <updated>${stamp(e.updated)}</updated>`,
    );
    if (e.published) out.push(`    <published>${stamp(e.published)}</published>`);
    if (e.summary) out.push(`    <summary type="text">${escapeXml(e.summary)}</summary>`);
    for (const c of e.categories ?? []) out.push(`    <category term="${escapeXml(c)}"/>`);
    out.push('  </entry>');
  }
  out.push('</feed>', '');
  return out.join('\n');
}
