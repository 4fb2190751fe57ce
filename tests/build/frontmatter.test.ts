/**
 * Bad front matter must fail the build with a message an editor can act on: the file and the field.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'on-record-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(files: Record<string, string>) {
  const content = mkdtempSync(join(work, 'content-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(content, name), text);
  const out = join(work, `dist-${Math.random().toString(36).slice(2)}`);
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ONRECORD_BRIEFINGS: content, ONRECORD_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, log: `${result.stdout}\n${result.stderr}` };
}

describe('front matter validation', () => {
  it('fails the build naming the file and the missing or wrong field', () => {
    const { status, log } = build({
      'good.md': '---\ntitle: "Fine"\ndate: 2025-01-01\nsummary: "A fine briefing."\n---\n\nText.\n',
      'broken-briefing.md': '---\ndate: not a date\nsummary: "No title here."\nurl: "javascript:alert(1)"\npublished: soon\n---\n\n"Hello," she said.\n',
    });
    expect(status).not.toBe(0);
    expect(log).toContain('broken-briefing');
    expect(log).toContain('title is required');
    expect(log).toContain('date must be a calendar date');
    // the original's address must be a web address, and the outlet's date a date
    expect(log).toContain("url must be the original article's full address");
    expect(log).toContain('published must be a calendar date');
  });
});
