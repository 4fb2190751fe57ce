/**
 * The checks every built site must pass, as functions, so the main site (tests/build/html-valid.test.ts,
 * links.test.ts) and the robustness corpus (robustness.test.ts) are held to the same standard by one implementation.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attr, elements, metaContent, pagefindFragments, parse } from './html.ts';
import { htmlFiles, urlPathOf } from './site.ts';

/** The placeholder origin of astro.config.mjs's `site`: absolute URLs under it are the site's own. */
export const SITE = 'https://on-record.example';

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** Every error the W3C Nu Html Checker finds in the given pages (default: every page), as file:line:col: message. */
export function htmlErrors(site: string, files: string[] = htmlFiles(site)): string[] {
  const run = spawnSync('java', ['-Xss8m', '-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', ...files.map((f) => join(site, f))], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw new Error(`could not run Java for the Nu checker (install a Java 17 runtime): ${run.error.message}`);
  // The checker prints its JSON report on stderr; the exit status is 1 when there are errors.
  let report: { messages: VnuMessage[] };
  try {
    report = JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] };
  } catch {
    throw new Error(`the Nu checker did not report JSON (exit ${run.status}):\n${run.stderr}\n${run.stdout}`);
  }
  const errors = report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => {
      const file = m.url?.startsWith('file:') ? relative(site, fileURLToPath(m.url)) : (m.url ?? '?');
      return `${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim()}` : ''}`;
    });
  if (errors.length === 0 && run.status !== 0) errors.push(`the Nu checker exited ${run.status}:\n${run.stderr.slice(0, 2000)}`);
  return errors;
}

export interface Link {
  from: string;
  url: string;
  what: string;
}

export interface SiteLinks {
  pages: string[];
  links: Link[];
  /** ids per page */
  ids: Map<string, Set<string>>;
}

/** Every internal link of a built site: href/src/srcset/action, Open Graph URLs, Pagefind records and sub-results. */
export function collectLinks(site: string): SiteLinks {
  const pages = htmlFiles(site);
  const ids = new Map<string, Set<string>>();
  const links: Link[] = [];
  for (const file of pages) {
    const tree = parse(readFileSync(join(site, file), 'utf8'));
    const found = new Set<string>();
    for (const el of elements(tree)) {
      const id = attr(el, 'id');
      if (id) found.add(id);
      if (el.tagName === 'a' && attr(el, 'name')) found.add(attr(el, 'name')!);
      const add = (url: string | undefined, what: string) => {
        if (url !== undefined) links.push({ from: file, url, what });
      };
      if (['a', 'area', 'link'].includes(el.tagName)) add(attr(el, 'href'), `<${el.tagName} href>`);
      if (['img', 'script', 'iframe', 'source', 'audio', 'video', 'track', 'embed'].includes(el.tagName)) add(attr(el, 'src'), `<${el.tagName} src>`);
      if (el.tagName === 'form') add(attr(el, 'action'), '<form action>');
      for (const set of [attr(el, 'srcset'), attr(el, 'imagesrcset')]) {
        if (set) for (const part of set.split(',')) add(part.trim().split(/\s+/)[0], `<${el.tagName} srcset>`);
      }
    }
    for (const key of ['og:url', 'og:image', 'twitter:image']) for (const url of metaContent(tree, key)) links.push({ from: file, url, what: `<meta ${key}>` });
    ids.set(file, found);
  }
  for (const fragment of pagefindFragments(site)) {
    links.push({ from: `pagefind/fragment/${fragment.file}`, url: fragment.url ?? '(none)', what: 'search record url' });
    for (const anchor of fragment.anchors ?? []) if (anchor.id) links.push({ from: `pagefind/fragment/${fragment.file}`, url: `${fragment.url.split('#')[0]}#${anchor.id}`, what: 'search sub-result' });
  }
  return { pages, links, ids };
}

/** Where a link lands in the built site, or why it does not (null: it resolves, or it is not ours to check). */
export function resolveLink(site: string, ids: Map<string, Set<string>>, link: Link): string | null {
  const raw = link.url.trim();
  if (raw === '' || raw === '#') return null;
  if (/^(mailto|tel):/i.test(raw)) return null;
  if (/^javascript:/i.test(raw)) return 'a javascript: URL (reading must work without script)';
  const base = new URL(urlPathOf(link.from.startsWith('pagefind/') ? 'index.html' : link.from), SITE);
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return 'not a valid URL';
  }
  if (url.origin !== SITE) return null; // external: not ours to check here
  const path = decodeURIComponent(url.pathname);
  let file: string;
  if (path.endsWith('/')) file = `${path.slice(1)}index.html`;
  else {
    file = path.slice(1);
    if (!existsSync(join(site, file))) {
      if (existsSync(join(site, file, 'index.html'))) return `missing its trailing slash (the site serves ${path}/)`;
      return `no such file in the built site (${file})`;
    }
    if (statSync(join(site, file)).isDirectory()) return `a folder without index.html`;
  }
  if (!existsSync(join(site, file))) return `no such page in the built site (${file})`;
  // A text fragment's directive (`#id:~:text=…`) is not part of the id: browsers strip it before looking one up.
  const hash = url.hash.split(':~:')[0]!;
  if (hash && hash !== '#') {
    const fragment = decodeURIComponent(hash.slice(1));
    const targetIds = ids.get(file);
    if (!targetIds) return `#${fragment} points into a file that is not a page (${file})`;
    if (!targetIds.has(fragment)) return `no element with id="${fragment}" in ${file}`;
  }
  return null;
}

/** Every broken internal link or fragment of a built site, one line each. */
export function brokenLinks(site: string, collected: SiteLinks = collectLinks(site)): string[] {
  const broken = collected.links.flatMap((link) => {
    const why = resolveLink(site, collected.ids, link);
    return why ? [`${link.from}: ${link.what} "${link.url}": ${why}`] : [];
  });
  return [...new Set(broken)];
}

/** Ids that name more than one element on a page. */
export function duplicateIds(site: string, pages: string[] = htmlFiles(site)): string[] {
  const dupes: string[] = [];
  for (const file of pages) {
    const seen = new Map<string, number>();
    for (const el of elements(parse(readFileSync(join(site, file), 'utf8')))) {
      const id = attr(el, 'id');
      if (id) seen.set(id, (seen.get(id) ?? 0) + 1);
    }
    for (const [id, n] of seen) if (n > 1) dupes.push(`${file}: id="${id}" appears ${n} times`);
  }
  return dupes;
}
