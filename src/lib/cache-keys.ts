/**
 * `cacheKey`s for Astro's incremental static build (`experimental.incrementalBuild`, astro.config.mjs): a page whose
 * key, template code and rendered content entries are all unchanged since the last build is copied from Astro's
 * cache (`<cacheDir>/dist/`) instead of rendered again, so a rebuild after one edit renders only that briefing's
 * pages and the pages that list the whole site (which have no getStaticPaths and always render).
 *
 * A key is a digest of everything the page shows: give `pageKey` the page's props (or more), never less. Template
 * code is Astro's part of the check (a change to any module a page imports renders every page of that route), so a
 * key only has to cover data. A briefing's analysis is the largest part and is shared by many pages: it is digested
 * once per build (by object, so every page that holds the same analysis reuses the digest).
 */
import { createHash } from 'node:crypto';

const sha = (s: string) => createHash('sha256').update(s).digest('base64url').slice(0, 32);

/** Digests of large objects shared between pages (analyses), by identity, for this build. */
const shared = new WeakMap<object, string>();

/** JSON with Maps and Sets as arrays and shared objects as their digest: the same data, the same text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, function (this: unknown, _key, v: unknown) {
    if (v !== null && typeof v === 'object') {
      const known = shared.get(v);
      if (known !== undefined) return `#${known}`;
      if (v instanceof Map) return { map: [...v.entries()] };
      if (v instanceof Set) return { set: [...v] };
    }
    return v === undefined ? { undefined: true } : v;
  });
}

/**
 * Digests `value` once and answers that digest wherever it appears inside a later key (an analysis, a briefing's
 * text): pages of one briefing then pay for its digest once, not each.
 */
export function shareDigest<T extends object>(value: T): T {
  if (!shared.has(value)) shared.set(value, sha(canonical(value)));
  return value;
}

/** The cacheKey of a page that shows `data` (and nothing else that can change without a code change). */
export function pageKey(...data: unknown[]): string {
  return sha(canonical(data));
}

/** getStaticPaths entries with a cacheKey from their props. */
export function keyedPaths<P extends { props: object }>(paths: P[], key: (path: P) => unknown = (p) => p.props): (P & { cacheKey: string })[] {
  return paths.map((p) => ({ ...p, cacheKey: pageKey(key(p)) }));
}
