/**
 * Builds sites for the tests through `npm run build`'s own script (src/cli/build.ts: staging folder, swapped in on
 * success), once per test run and output folder: the `build` and `e2e` projects both ask for the main site, and the
 * second ask reuses the first build (one promise per folder on globalThis, shared by every global setup of the run).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

declare module 'vitest' {
  export interface ProvidedContext {
    /** the built main site (absolute path), provided by the build and e2e global setups */
    siteDir: string;
  }
}

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Where the main site is built for the tests: ONRECORD_OUT_DIR (as in astro.config.mjs), else dist/. */
export const mainOutDir = (process.env.ONRECORD_OUT_DIR ?? join(root, 'dist')).replace(/\/$/, '');

export interface BuildResult {
  status: number | null;
  /** stdout and stderr, interleaved as they came */
  log: string;
  outDir: string;
  /** wall time in ms */
  ms: number;
}

export interface BuildOptions {
  outDir: string;
  /** a folder of briefings instead of content/briefings */
  briefings?: string;
  /** Astro's cache folder (default: `${outDir}.cache`, so that no two builds share one) */
  cacheDir?: string;
  env?: Record<string, string>;
  /** echo the build log while it runs */
  echo?: boolean;
  /** options for src/cli/build.ts: --publish, --verbose */
  args?: string[];
}

/** Runs one build (src/cli/build.ts) and resolves when it ends, failed or not. */
export function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const env: Record<string, string | undefined> = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    ONRECORD_OUT_DIR: options.outDir,
    ONRECORD_CACHE_DIR: options.cacheDir ?? `${options.outDir}.cache`,
    ...options.env,
  };
  if (options.briefings) env.ONRECORD_BRIEFINGS = options.briefings;
  else delete env.ONRECORD_BRIEFINGS;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', join(root, 'src/cli/build.ts'), ...(options.args ?? [])], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    const take = (chunk: Buffer) => {
      log += chunk.toString('utf8');
      if (options.echo) process.stderr.write(chunk);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, log, outDir: options.outDir, ms: performance.now() - started }));
  });
}

const builds: Map<string, Promise<BuildResult>> = ((globalThis as { __onRecordBuilds?: Map<string, Promise<BuildResult>> })
  .__onRecordBuilds ??= new Map());

/**
 * The main site (content/briefings), built once per test run into `mainOutDir`. With ONRECORD_SKIP_BUILD=1 an
 * existing build there is reused. Throws, with the build log, when the build fails.
 */
export function ensureMainSite(): Promise<string> {
  const key = `main:${mainOutDir}`;
  let pending = builds.get(key);
  if (!pending) {
    pending =
      process.env.ONRECORD_SKIP_BUILD === '1' && existsSync(join(mainOutDir, 'index.html'))
        ? Promise.resolve({ status: 0, log: '', outDir: mainOutDir, ms: 0 })
        : build({
            outDir: mainOutDir,
            cacheDir: process.env.ONRECORD_CACHE_DIR ?? join(root, 'node_modules/.astro'),
            echo: true,
          });
    builds.set(key, pending);
  }
  return pending.then((result) => {
    if (result.status !== 0) throw new Error(`the site build failed (exit ${result.status}):\n${result.log.slice(-4000)}`);
    return result.outDir;
  });
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** Every HTML page of a built site, relative to it. */
export function htmlFiles(dir: string): string[] {
  return filesUnder(dir).filter((f) => f.endsWith('.html'));
}

/** The site-relative URL path of a built HTML file: "briefings/x/index.html" → "/briefings/x/". */
export function urlPathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

export function read(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}
