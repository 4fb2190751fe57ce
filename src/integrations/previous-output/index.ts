/**
 * Takes the previous build's output folder out of the way before Astro empties it (src/lib/remove-later.ts): Astro
 * deletes it file by file before it writes anything, and on a rebuild that copies every unchanged page back from
 * its cache, that deletion was the largest single cost. A folder with a `.git` (a site deployed as a repository,
 * which Astro keeps) is left to Astro.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { removeLater } from '../../lib/remove-later.ts';

/** Astro's cache folder unless ONRECORD_CACHE_DIR names another (astro.config.mjs), relative to the project. */
export const DEFAULT_CACHE_DIR = './node_modules/.astro';

/** The trash folder inside Astro's cache folder. */
export const trashIn = (cacheDir: string): string => join(cacheDir, 'on-record-trash');

export default function previousOutput(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  return {
    name: 'on-record:previous-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        if (!existsSync(outDir)) return;
        const entries = readdirSync(outDir);
        if (entries.length === 0 || entries.includes('.git')) return;
        removeLater(outDir, trashIn(cacheDir));
      },
    },
  };
}
