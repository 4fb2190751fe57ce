/**
 * Bad front matter must fail the build with a message an editor can act on: the file, the line and the field in one
 * sentence, and no stack trace. Builds run through `npm run build`'s script (src/cli/build.ts), as an editor's do.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../support/site.ts';

const work = mkdtempSync(join(tmpdir(), 'on-record-fm-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const GOOD = '---\ntitle: "Fine"\ndate: 2025-01-01\nsummary: "A fine briefing."\n---\n\nText.\n';

async function buildOf(files: Record<string, string>) {
  const content = mkdtempSync(join(work, 'content-'));
  for (const [name, text] of Object.entries({ 'good.md': GOOD, ...files })) writeFileSync(join(content, name), text);
  const result = await build({ outDir: join(work, `dist-${Math.random().toString(36).slice(2)}`), briefings: content });
  return { ...result, content };
}

/** Lines of a stack trace, a parser's exception name or a code frame: none may reach the editor. */
const TRACE = /^\s+at |YAMLException|YAMLParseError|ZodError|AstroError|^\s*\d+ \|/m;

describe('front matter mistakes', () => {
  it('an apostrophe inside single quotes names the file, the line and the field, and nothing else', async () => {
    const { status, log, content } = await buildOf({
      'harbour.md': "---\ndate: 2025-01-01\ntitle: 'The mayor's harbour plan'\nsummary: \"Fine.\"\n---\n\nText.\n",
    });
    expect(status).not.toBe(0);
    expect(log).toContain(`${join(content, 'harbour.md')}:3: the front matter field "title" cannot be read: an apostrophe ends a value in single quotes; put the whole value in double quotes instead`);
    expect(log).not.toMatch(TRACE);
    // The problem, the count, and that nothing was built: three lines, and a blank one.
    expect(log.trim().split('\n').filter((l) => l.trim())).toHaveLength(2);
    expect(log).toMatch(/1 problem in 1 file; fix it and build again; build failed, nothing was written to /);
  });

  it('a missing field and a wrong value are named with their lines, every file at once', async () => {
    const { status, log, content } = await buildOf({
      'no-title.md': '---\ndate: not a date\nsummary: "No title here."\n---\n\n"Hello," she said.\n',
      'colon.md': '---\ntitle: Budget: the vote\ndate: 2025-01-01\nsummary: "s"\ndraft: maybe\n---\n\nText.\n',
    });
    expect(status).not.toBe(0);
    expect(log).toContain(`${join(content, 'no-title.md')}:1: the field "title" is required (the headline, in quotes)`);
    expect(log).toContain(`${join(content, 'no-title.md')}:2: the field "date" must be a calendar date such as 2025-02-18`);
    expect(log).toContain(`${join(content, 'colon.md')}:2: the front matter field "title" cannot be read`);
    expect(log).toContain('3 problems in 2 files');
    expect(log).not.toMatch(TRACE);
  });

  it('a broken ledger is named the same way, before anything is built', async () => {
    const content = mkdtempSync(join(work, 'content-'));
    writeFileSync(join(content, 'good.md'), GOOD);
    writeFileSync(join(content, 'ledger.json'), '{"version": 1, "briefings": {');
    const { status, log } = await build({ outDir: join(work, 'dist-ledger'), briefings: content });
    expect(status).not.toBe(0);
    expect(log).toMatch(/ledger\.json: not valid JSON .*; restore it from git/);
    expect(log).not.toMatch(TRACE);
  });

  it('a schema mistake once the YAML reads names the field and its line', async () => {
    const { status, log, content } = await buildOf({
      'draft.md': '---\ntitle: "T"\ndate: 2025-01-01\nsummary: "s"\ndraft: maybe\nannotations:\n  quotes:\n    - { match: "", speaker: "X" }\n---\n\nText.\n',
    });
    expect(status).not.toBe(0);
    expect(log).toContain(`${join(content, 'draft.md')}:5: the field "draft" must be true or false, not text`);
    expect(log).toContain(`${join(content, 'draft.md')}:8: the field "annotations.quotes[1].match" must not be empty`);
    expect(log).not.toMatch(TRACE);
  });

  it('the original’s address and date are checked: a web address, a calendar date', async () => {
    const { status, log, content } = await buildOf({
      'original.md': '---\ntitle: "T"\ndate: 2025-01-01\nsummary: "s"\nurl: "javascript:alert(1)"\npublished: soon\n---\n\nText.\n',
    });
    expect(status).not.toBe(0);
    expect(log).toContain(`${join(content, 'original.md')}:5: the field "url" must be the original article's full address`);
    expect(log).toContain(`${join(content, 'original.md')}:6: the field "published" must be a calendar date`);
    expect(log).not.toMatch(TRACE);
  });

  it('a bad speaker identity names the file and the field', async () => {
    const fm = (extra: string) => `---\ntitle: "T"\ndate: 2025-01-01\nsummary: "S"\n${extra}---\n\n"We are ready," said Jane Doe.\n`;
    const bad = await buildOf({ 'bad-same-as.md': fm('identities:\n  - { speaker: "Jane Doe", sameAs: "not an id" }\n') });
    expect(bad.status).not.toBe(0);
    expect(bad.log).toContain('bad-same-as');
    expect(bad.log).toContain('sameAs must be a Wikidata id such as Q42 or an http(s) URL');
    expect(bad.log).not.toMatch(TRACE);
    const unknown = await buildOf({ 'no-such-speaker.md': fm('identities:\n  - { speaker: "John Roe", split: true }\n') });
    expect(unknown.status).not.toBe(0);
    expect(unknown.log).toContain('no-such-speaker.md: identities: no speaker “John Roe” in this briefing');
    expect(unknown.log).not.toMatch(TRACE);
  });
});
