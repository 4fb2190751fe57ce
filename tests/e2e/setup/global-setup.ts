/**
 * Builds the site once (unless ONRECORD_SKIP_BUILD=1 and dist/ exists) and serves dist/ with Astro's own preview
 * server on a port of its own, so every end-to-end test drives a real browser against the real built site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const PORT = Number(process.env.ONRECORD_TEST_PORT ?? 4329);

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Where the build writes (astro.config.mjs reads the same variable). */
export const outDir = process.env.ONRECORD_OUT_DIR ?? `${root}dist`;

export default async function setup(project: TestProject) {
  if (!(process.env.ONRECORD_SKIP_BUILD === '1' && existsSync(`${outDir}/index.html`))) {
    const result = spawnSync(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (result.status !== 0) throw new Error(`astro build failed (exit ${result.status}); see the log above`);
  }
  const server = await preview({ root, logLevel: 'warn', server: { port: PORT, host: '127.0.0.1' } });
  project.provide('baseURL', `http://127.0.0.1:${PORT}`);
  return async () => {
    await server.stop();
  };
}
