// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import remarkOnRecord from './src/remark/index.ts';
import pagefind from './src/integrations/pagefind/index.ts';

export default defineConfig({
  site: 'https://on-record.example',
  trailingSlash: 'always',
  // The build tests and the benchmark build elsewhere so they never touch the real dist/.
  outDir: process.env.ONRECORD_OUT_DIR ?? './dist',
  cacheDir: process.env.ONRECORD_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  markdown: {
    // Astro 7's default processor (Sätteri) runs no remark plugins; the engine needs the unified pipeline.
    // SmartyPants is off: briefings are kept verbatim, and typographic rewriting would change the words.
    processor: unified({ remarkPlugins: [remarkDirective, remarkOnRecord], smartypants: false }),
  },
  integrations: [pagefind()],
});
