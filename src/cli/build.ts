/**
 * `npm run build`: builds the site into a staging folder next to the output folder and swaps it into place only
 * when the whole build (pages, sitemap, Pagefind index, share cards) succeeded. A failed build leaves the previous
 * `dist/` exactly as it was (or no `dist/` at all), never a half-written one.
 *
 *   node --experimental-strip-types src/cli/build.ts [astro build flags...]
 *
 * The output folder is ONRECORD_OUT_DIR (default ./dist), as in astro.config.mjs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Staging folders left behind by builds that were killed (their process is gone). */
function removeStale(target: string): void {
  const parent = dirname(target);
  if (!existsSync(parent)) return;
  const prefix = `.${basename(target)}.staging-`;
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (!Number.isInteger(pid) || !alive(pid)) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

export function atomicBuild(args: string[] = []): number {
  const target = resolve(root, process.env.ONRECORD_OUT_DIR ?? 'dist');
  removeStale(target);
  // A sibling of the target, so that the final rename stays on one file system and is atomic.
  const staging = join(dirname(target), `.${basename(target)}.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });

  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env, ONRECORD_OUT_DIR: staging },
  });
  const failed = result.status !== 0 || !existsSync(join(staging, 'index.html'));
  if (failed) {
    rmSync(staging, { recursive: true, force: true });
    const why = result.signal ? `killed by ${result.signal}` : result.status !== 0 ? `exit ${result.status}` : 'no index.html';
    console.error(`\nbuild failed (${why}); ${existsSync(target) ? `${target} was left as it was` : `nothing was written to ${target}`}`);
    return result.status || 1;
  }
  const old = join(dirname(target), `.${basename(target)}.old-${process.pid}`);
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
  console.log(`build complete: ${target}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = atomicBuild(process.argv.slice(2));
}
