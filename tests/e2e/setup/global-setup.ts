/**
 * Builds the site once (unless ONRECORD_SKIP_BUILD=1 and dist/ exists) and serves dist/ with Astro's own preview
 * server on a port of its own, so every end-to-end test drives a real browser against the real built site.
 */
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { ensureMainSite, mainOutDir } from '../../support/site.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const PORT = Number(process.env.ONRECORD_TEST_PORT ?? 4329);

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Where the build writes (astro.config.mjs reads the same variable). */
export const outDir = mainOutDir;

export default async function setup(project: TestProject) {
  // One build per test run, shared with the `build` project (tests/support/site.ts).
  project.provide('siteDir', await ensureMainSite());
  const server = await preview({ root, logLevel: 'warn', server: { port: PORT, host: '127.0.0.1' } });
  project.provide('baseURL', `http://127.0.0.1:${PORT}`);
  return async () => {
    await server.stop();
  };
}
