/**
 * The Content-Security-Policy every page carries, and what it promises: no inline script anywhere (every script is
 * a same-origin file or a data block such as JSON-LD), no inline event handlers, what Pagefind needs and no more.
 * tests/e2e/site.test.ts checks in Chromium that every page works under it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { attr, attributeNames, elements, parse, type Root } from '../support/html.ts';
import { htmlFiles } from '../support/site.ts';

/** Script types that are data, never run (the CSP does not govern them). */
const DATA_SCRIPT = /^application\/(ld\+)?json$/i;

let site: string;
const pages = new Map<string, Root>();
beforeAll(() => {
  site = inject('siteDir');
  for (const file of htmlFiles(site)) pages.set(file, parse(readFileSync(join(site, file), 'utf8')));
});

function policyOf(tree: Root): Map<string, string[]> | null {
  const meta = elements(tree).find((e) => e.tagName === 'meta' && attr(e, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  if (!meta) return null;
  const policy = new Map<string, string[]>();
  for (const part of (attr(meta, 'content') ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), values);
  }
  return policy;
}

describe('Content-Security-Policy', () => {
  it('every page has one, in <head>, before any inline style and any script but a same-origin file', () => {
    const problems: string[] = [];
    for (const [file, tree] of pages) {
      const head = elements(tree).find((e) => e.tagName === 'head')!;
      const inHead = elements(head);
      const i = inHead.findIndex((e) => e.tagName === 'meta' && attr(e, 'http-equiv')?.toLowerCase() === 'content-security-policy');
      if (i < 0) {
        problems.push(`${file}: no <meta http-equiv="content-security-policy"> in <head>`);
        continue;
      }
      // Before the policy, only what it would allow anyway: a same-origin script file (the theme, before first paint).
      const sameOriginFile = (e: (typeof inHead)[number]) => {
        const src = attr(e, 'src');
        return src !== undefined && src.startsWith('/') && !src.startsWith('//') && e.children.length === 0;
      };
      const before = inHead
        .slice(0, i)
        .filter(
          (e) =>
            e.tagName === 'style' ||
            (e.tagName === 'script' && !DATA_SCRIPT.test(attr(e, 'type') ?? '') && !sameOriginFile(e)) ||
            (e.tagName === 'link' && /stylesheet|modulepreload/.test(attr(e, 'rel') ?? '')),
        );
      for (const e of before) problems.push(`${file}: <${e.tagName}> comes before the CSP <meta>, so the policy does not cover it`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('allows scripts only from the site itself (plus WebAssembly for search), never inline or eval', () => {
    for (const [file, tree] of pages) {
      const policy = policyOf(tree);
      expect(policy, file).not.toBeNull();
      const script = policy!.get('script-src') ?? policy!.get('default-src') ?? [];
      expect(script, `${file}: script-src`).toContain("'self'");
      expect(script, `${file}: script-src`).toContain("'wasm-unsafe-eval'");
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'blob:', 'http:', 'https:']) expect(script, `${file}: script-src`).not.toContain(bad);
      expect(policy!.get('script-src-attr') ?? [], `${file}: script-src-attr`).not.toContain("'unsafe-inline'");
      expect(policy!.get('object-src'), `${file}: object-src`).toEqual(["'none'"]);
      expect(policy!.get('base-uri'), `${file}: base-uri`).toEqual(["'self'"]);
      expect(policy!.get('default-src'), `${file}: default-src`).toEqual(["'self'"]);
    }
  });

  it('no page has an inline script or an inline event handler', () => {
    const problems: string[] = [];
    for (const [file, tree] of pages) {
      for (const el of elements(tree)) {
        if (el.tagName === 'script' && !attr(el, 'src') && !DATA_SCRIPT.test(attr(el, 'type') ?? '')) {
          problems.push(`${file}: an inline <script${attr(el, 'type') ? ` type="${attr(el, 'type')}"` : ''}> (make it a file: a <script> in a component that Astro bundles, or src=)`);
        }
        if (el.tagName === 'script' && attr(el, 'src') && /^(https?:)?\/\//.test(attr(el, 'src')!)) problems.push(`${file}: a script from another origin: ${attr(el, 'src')}`);
        for (const name of attributeNames(el)) if (/^on/.test(name)) problems.push(`${file}: <${el.tagName} ${name}=…> (an inline event handler)`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
