/**
 * An old Node must stop `npm install` at once with what is needed, and `npm start` / `npm test` / `npm run build`
 * with one line saying what is needed and how to get it, never a cryptic error later. Uses the machine's own old
 * Node when it has one (Debian ships Node 20 at /usr/bin/node); skipped where there is none.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

function oldNode(): string | null {
  for (const dir of ['/usr/bin', '/usr/local/bin', '/bin']) {
    const node = join(dir, 'node');
    if (!existsSync(node) || !existsSync(join(dir, 'npm'))) continue;
    const v = spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim().split('.').map(Number);
    if (v[0]! < 22 || (v[0] === 22 && v[1]! < 12)) return dir;
  }
  return null;
}
const oldDir = oldNode();
const work = mkdtempSync(join(tmpdir(), 'on-record-node-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!oldDir)('under an old Node', () => {
  const env = { ...process.env, PATH: `${oldDir}:/usr/bin:/bin`, npm_config_audit: 'false', npm_config_fund: 'false' };

  it('npm install stops before installing anything, saying which Node is required', () => {
    for (const f of ['package.json', 'package-lock.json', '.npmrc']) copyFileSync(join(root, f), join(work, f));
    const r = spawnSync(join(oldDir!, 'npm'), ['install'], { cwd: work, env, encoding: 'utf8', timeout: 120_000 });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/Unsupported engine/);
    expect(r.stderr).toContain('"node":">=22.12"');
    expect(existsSync(join(work, 'node_modules'))).toBe(false);
  });

  it('the commands stop with one line naming the Node needed and how to get it', () => {
    const r = spawnSync(join(oldDir!, 'node'), [join(root, 'src/cli/node-version.cjs')], { env, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/needs Node\.js >= 22\.12 \(this is v\d+/);
    expect(lines[0]).toContain('node@24');
  });
});

describe('the version files', () => {
  it('agree: engines, .npmrc engine-strict, .node-version and the check all ask for the same Node', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.engines.node).toBe('>=22.12');
    expect(readFileSync(join(root, '.npmrc'), 'utf8')).toMatch(/^engine-strict=true$/m);
    expect(Number(readFileSync(join(root, '.node-version'), 'utf8').trim().split('.')[0])).toBeGreaterThanOrEqual(23);
    // start runs build first; every script that needs a new Node starts with the check.
    for (const s of ['build', 'test', 'new', 'publish', 'annotate']) expect(pkg.scripts[s]).toMatch(/^node src\/cli\/node-version\.cjs && /);
    expect(pkg.scripts.start).toMatch(/^npm run build && /);
    const r = spawnSync(process.execPath, [join(root, 'src/cli/node-version.cjs')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
  });
});
