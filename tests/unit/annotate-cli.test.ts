/**
 * The `annotate` CLI, as outside tools call it: one JSON line per good file in the contract's shape, a clear error
 * naming the file (and line) for bad input, nothing half-printed, and offsets into the file's text.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'on-record-annotate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function annotate(files: Record<string, string | Buffer>) {
  const paths = Object.entries(files).map(([name, body]) => {
    const path = join(work, name);
    writeFileSync(path, body);
    return path;
  });
  const run = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', join(root, 'src/cli/annotate.ts'), ...paths], {
    encoding: 'utf8',
  });
  return { status: run.status, lines: run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)), stderr: run.stderr, paths };
}

const article = 'Officials met on Monday.\n\n"We will not raise taxes," said Mayor Jane Doe.\n';

describe('npm run annotate', () => {
  it('prints the contract for a plain-text article with offsets into its text', () => {
    const { status, lines, paths } = annotate({ 'plain.txt': article });
    expect(status).toBe(0);
    expect(Object.keys(lines[0])).toEqual(['file', 'speakers', 'quotes', 'claims', 'diagnostics']);
    expect(lines[0].file).toBe(paths[0]);
    const quote = lines[0].quotes[0];
    expect(Object.keys(quote)).toEqual(['id', 'text', 'kind', 'speaker', 'cue', 'start', 'end', 'source', 'confidence', 'how']);
    expect(article.slice(quote.start, quote.end)).toContain(quote.text);
    expect(quote.speaker).toBe('jane-doe');
    // the words the attribution rests on, as offsets whose slice is the text
    expect(quote.source.text).toBe('Jane Doe');
    expect(article.slice(quote.source.start, quote.source.end)).toBe(quote.source.text);
    expect(lines[0].speakers[0]).toMatchObject({ id: 'jane-doe', named: true });
  });

  it('gives every quote a source (null when nothing names the speaker) and every speaker `named`', () => {
    const text = 'The agency said the bridge would close.\n\n"It is unsafe," a spokesman said.\n\n"We tried," someone wrote.\n';
    const { lines } = annotate({ 'sources.md': text });
    for (const q of lines[0].quotes) {
      if (q.source === null) continue;
      expect(text.slice(q.source.start, q.source.end)).toBe(q.source.text);
    }
    for (const s of lines[0].speakers) expect(typeof s.named).toBe('boolean');
    const agency = lines[0].speakers.find((s: { name: string }) => s.name === 'agency');
    expect(agency?.named).toBe(false);
  });

  it('counts offsets without a byte-order mark, as UTF-8 decoding reads the file', () => {
    const { lines, paths } = annotate({ 'bom.md': `\uFEFF${article}` });
    const text = new TextDecoder().decode(readFileSync(paths[0]!));
    const quote = lines[0].quotes[0];
    expect(text.slice(quote.start, quote.end)).toContain('We will not raise taxes');
  });

  it('names the file and the problem for bad input, prints nothing for it, and still annotates the good ones', () => {
    const { status, lines, stderr } = annotate({
      'good.md': article,
      'empty.md': '',
      'unclosed.md': '---\ntitle: "x"\n\n"Hello," she said.\n',
      'latin1.md': Buffer.from('caf\xe9 "x," he said.\n', 'latin1'),
    });
    expect(status).toBe(1);
    expect(lines.map((l) => l.file.split('/').pop())).toEqual(['good.md']);
    expect(stderr).toMatch(/empty\.md: the file is empty/);
    expect(stderr).toMatch(/unclosed\.md:1: the front matter opened here is never closed/);
    expect(stderr).toMatch(/latin1\.md:1: not valid UTF-8 at byte 3/);
  });
});
