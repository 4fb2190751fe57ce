// @ts-check
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import remarkProse from './src/remark/prose.ts';
import remarkOnRecord from './src/remark/index.ts';
import { renderOnce } from './src/remark/render-once.ts';
import rehypeSafeUrls from './src/rehype/safe-urls.ts';
import rehypeDisplayText from './src/rehype/display-text.ts';
import remarkAnchorAliases from './src/lib/ledger/remark-aliases.ts';
import pagefind from './src/integrations/pagefind/index.ts';
import sitemap from '@astrojs/sitemap';
import inputCheck from './src/integrations/input-check/index.ts';
import analysisCache from './src/integrations/analysis-cache/index.ts';
import shareCards from './src/integrations/share-cards/index.ts';
import remarkDrawCardsEarly from './src/lib/cards/remark-draw-early.ts';
import { timedIntegration, timedPlugin } from './src/lib/timings.ts';
import siteOrigin, { PLACEHOLDER_SITE } from './src/integrations/site-origin/index.ts';
import previousOutput, { DEFAULT_CACHE_DIR } from './src/integrations/previous-output/index.ts';

// `npm run build -- --verbose` (src/cli/build.ts) shows every bundler warning; by default the ones that are about
// Astro's own generated modules, one box per briefing and nothing an editor can act on, are left out.
const verbose = process.env.ONRECORD_VERBOSE === '1';
/** @param {{ code?: string, message?: string }} warning */
function ownWarning(warning) {
  // "use astro:head-inject" is Astro's marker in the module it generates for each Markdown file.
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && /use astro:/.test(warning.message ?? '');
}

// The Astro cache folder; the remark plugin keeps each briefing's analysis there between builds.
const cacheDir = process.env.ONRECORD_CACHE_DIR ?? DEFAULT_CACHE_DIR;
const analysisCacheDir = resolve(fileURLToPath(new URL('.', import.meta.url)), cacheDir);

export default defineConfig({
  // The public origin, for the few absolute addresses (canonical, og:url, og:image, JSON-LD); links are relative.
  site: process.env.ONRECORD_SITE || PLACEHOLDER_SITE,
  trailingSlash: 'always',
  // The build tests and the benchmark build elsewhere so they never touch the real dist/.
  outDir: process.env.ONRECORD_OUT_DIR ?? './dist',
  cacheDir,
  build: { format: 'directory' },
  // A rebuild copies every page whose data and code are unchanged from <cacheDir>/dist/ instead of rendering it
  // again: each dynamic route gives a cacheKey, a digest of what the page shows (src/lib/cache-keys.ts). Pages that
  // list the whole site (home, claims, editor, search records) have none and always render. ONRECORD_INCREMENTAL=0
  // renders every page (and keeps no copies), to measure or to rule the cache out.
  experimental: { incrementalBuild: process.env.ONRECORD_INCREMENTAL !== '0' },
  markdown: {
    // Briefings are news copy, kept verbatim: a code block in one is shown as preformatted text. Shiki here would
    // only colour such blocks (inline colours, not the site's themes) and makes Astro warn about the CSP on every
    // build; the editor's pages highlight with the shared highlighter (src/lib/highlight.ts) instead.
    syntaxHighlight: false,
    // Astro 7's default processor (Sätteri) runs no remark plugins; the engine needs the unified pipeline.
    // remarkProse: an indented paragraph of pasted copy is a paragraph, not code.
    // remarkAnchorAliases (after the engine) keeps re-anchored old ids on the page (content/ledger.json).
    // SmartyPants is off: briefings are kept verbatim, and typographic rewriting would change the words.
    // remarkDrawCardsEarly: the card thread starts on each briefing's share cards as soon as it is analysed.
    // renderOnce: Astro loads each briefing in two Vite environments; the pipeline runs for the first only.
    processor: renderOnce(unified({
      // timedPlugin/timedIntegration: stage timings for `npm run bench` (ONRECORD_TIMINGS); a no-op otherwise.
      remarkPlugins: [remarkProse, remarkDirective, [timedPlugin('analysis', remarkOnRecord), { cacheDir: analysisCacheDir }], remarkAnchorAliases, remarkDrawCardsEarly],
      // Links and images may only use safe schemes (no javascript:); raw HTML is already text. Characters HTML
      // forbids and invisible formatting never reach the reader (src/analysis/hygiene.ts).
      rehypePlugins: [rehypeSafeUrls, rehypeDisplayText],
      smartypants: false,
    })),
  },
  // A Content-Security-Policy <meta> on every page (tests/build/security.test.ts, tests/e2e/site.test.ts): scripts
  // only from our own origin, never inline; WebAssembly and a same-origin worker for Pagefind; style attributes
  // allowed (Shiki's colour variables), <style> elements only by the hashes Astro adds.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "worker-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: {
        resources: [
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
  // Astro inlines small scripts into the page; under the CSP every script is a same-origin file instead (no hashes).
  vite: {
    build: {
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        onwarn(warning, warn) {
          if (!verbose && ownWarning(warning)) return;
          warn(warning);
        },
      },
    },
  },
  // input-check first: unreadable briefings fail the build before the content layer reads them.
// previousOutput: the last build's output is deleted in the background, not file by file before this one starts.
  // shareCards after Pagefind: the card thread goes on drawing while Pagefind indexes, and the cards are then linked
  // into the output (src/lib/cards/site-cards.ts).
  // analysisCache last: only a build that got through every other step prunes the analyses it did not use.
  integrations: [siteOrigin(), inputCheck(), previousOutput(), sitemap(), timedIntegration('indexing', pagefind()), timedIntegration('card-output', shareCards()), analysisCache({ cacheDir: analysisCacheDir })],
});
