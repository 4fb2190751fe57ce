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
      'broken-briefing.md': '---\ndate: not a date\nsummary: "No title here."\n---\n\n"Hello," she said.\n',
    });
    expect(status).not.toBe(0);
    expect(log).toContain('broken-briefing');
    expect(log).toContain('title is required');
    expect(log).toContain('date must be a calendar date');
  });

  it('fails the build naming the file and the field for a bad speaker identity', () => {
    const fm = (extra: string) => `---\ntitle: "T"\ndate: 2025-01-01\nsummary: "S"\n${extra}---\n\n"We are ready," said Jane Doe.\n`;
    const { status, log } = build({
      'bad-same-as.md': fm('identities:\n  - { speaker: "Jane Doe", sameAs: "not an id" }\n'),
    });
    expect(status).not.toBe(0);
    expect(log).toContain('bad-same-as');
    expect(log).toContain('sameAs must be a Wikidata id such as Q42 or an http(s) URL');
    const unknown = build({ 'no-such-speaker.md': fm('identities:\n  - { speaker: "John Roe", split: true }\n') });
    expect(unknown.status).not.toBe(0);
    expect(unknown.log).toContain('no-such-speaker.md: identities: no speaker “John Roe” in this briefing');
  });
});
