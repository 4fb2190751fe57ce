/**
 * Bad input never leaves a half-written site. Each case builds through `npm run build`'s script into an output
 * folder that already holds a published site: a failing build names the file (and the line, where there is one)
 * and leaves that site byte for byte as it was; a passing one replaces it whole. Killing a build half-way through
 * also leaves it as it was.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { build, filesUnder, root } from '../support/site.ts';

let work: string;
let out: string;
let published: Map<string, string>;

function snapshot(dir: string): Map<string, string> {
  return new Map(filesUnder(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

function leftovers(): string[] {
  return readdirSync(dirname(out)).filter((n) => n.startsWith(`.${basename(out)}.`));
}

const GOOD = '---\ntitle: "A good briefing"\ndate: 2025-01-02\nsummary: "Nothing wrong here."\n---\n\n“All is well,” said Ada Example, the harbour master.\n';

function briefings(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(work, 'content-'));
  for (const [name, body] of Object.entries({ 'good.md': GOOD, ...files })) writeFileSync(join(dir, name), body);
  return dir;
}

async function expectFailureNaming(files: Record<string, string | Uint8Array>, ...wanted: (string | RegExp)[]) {
  const result = await build({ outDir: out, briefings: briefings(files), cacheDir: join(work, 'cache') });
  expect(result.status, result.log.slice(-3000)).not.toBe(0);
  for (const w of wanted) {
    if (typeof w === 'string') expect(result.log).toContain(w);
    else expect(result.log).toMatch(w);
  }
  expect(result.log).toContain('was left as it was');
  expect(snapshot(out), 'the published site changed').toEqual(published);
  expect(leftovers()).toEqual([]);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'on-record-bad-'));
  out = join(work, 'site', 'dist');
  mkdirSync(dirname(out), { recursive: true });
  // The "published" site: a copy of this run's main build.
  cpSync(inject('siteDir'), out, { recursive: true });
  published = snapshot(out);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bad input', () => {
  it('broken front matter fails, naming the file and the line', async () => {
    await expectFailureNaming(
      { 'broken-front-matter.md': '---\ntitle: "Unclosed string\ndate: 2025-01-01\nsummary: [also unclosed\n---\n\nText.\n' },
      /broken-front-matter\.md:\d+/,
    );
  });

  it('an empty file, a file that is not UTF-8 and front matter never closed fail together, each named with its line', async () => {
    // One build: the input check reports every unreadable file at once, so an editor fixes them in one go.
    const head = '---\ntitle: "Latin-1"\ndate: 2025-01-01\nsummary: "Saved in the wrong encoding."\n---\n\nThe ';
    const latin1 = Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from([0x63, 0x61, 0x66, 0xe9]), Buffer.from(' reopened, she said.\n')]);
    await expectFailureNaming(
      {
        'empty.md': '',
        'latin1.md': latin1,
        'no-fence.md': '---\ntitle: "Where does it end"\ndate: 2025-01-01\nsummary: "Nobody knows."\n\nThe text.\n',
      },
      /empty\.md: the file is empty/,
      `latin1.md:7: not valid UTF-8 at byte ${Buffer.byteLength(head) + 3}`,
      'no-fence.md:1: the front matter opened here is never closed',
    );
  });

  it('a build killed half-way leaves the published site as it was', async () => {
    const big = briefings({});
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', join(root, 'src/cli/build.ts')], {
      cwd: root,
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, ONRECORD_OUT_DIR: out, ONRECORD_CACHE_DIR: join(work, 'cache'), ONRECORD_BRIEFINGS: big, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Kill the whole build (the script and Astro under it) as soon as it has started writing.
    const deadline = Date.now() + 120_000;
    let killed = false;
    while (Date.now() < deadline && child.exitCode === null) {
      const staging = leftovers().find((n) => n.includes('.staging-'));
      if (staging && readdirSync(join(dirname(out), staging)).length > 0) {
        process.kill(-child.pid!, 'SIGKILL');
        killed = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    await exited;
    expect(killed, 'the build finished before it could be killed').toBe(true);
    expect(snapshot(out), 'the published site changed').toEqual(published);
    // The next build clears what the killed one left behind (the next test checks there is nothing left).
  });

  it('a 2 MB briefing and one with unbalanced quotation marks everywhere build; diagnostics name file and line', async () => {
    const prose = [
      'The room was quiet and the windows were open to the street.',
      'Some people read the papers while others looked at their phones.',
      'It was a long afternoon, and nobody seemed in a hurry to leave.',
      'A few chairs stood empty near the back of the hall.',
      'Outside, the light changed slowly as the clouds moved across the sky.',
    ];
    const paragraphs = ['“We begin now,” said Ada Example, the harbour master.'];
    let size = 0;
    for (let i = 0; size < 2 * 1024 * 1024; i++) {
      const p = `${prose[i % 5]} ${prose[(i + 2) % 5]} ${prose[(i + 3) % 5]}`;
      paragraphs.push(p);
      size += p.length + 2;
    }
    paragraphs.push('“And that is the end,” said Ada Example.');
    const bigText = `---\ntitle: "A very long briefing"\ndate: 2025-01-03\nsummary: "Two megabytes of text."\n---\n\n${paragraphs.join('\n\n')}\n`;
    expect(Buffer.byteLength(bigText)).toBeGreaterThan(2 * 1024 * 1024);

    const soupText = [
      '---',
      'title: "Quotation marks \\"everywhere"',
      'date: 2025-01-04',
      'summary: "“Unbalanced, ‘in the summary too."',
      '---',
      '',
      '"He said" "no" she "said',
      '',
      '“Open and never closed, the mayor said.',
      '',
      'Closed without opening,” said Ada Example. ”',
      '',
      '«Guillemets »» ‘single \' mixed” " „low“ ‚low‘',
      '',
      '""""""“““”””‘‘’’',
      '',
    ].join('\n');

    const result = await build({ outDir: out, briefings: briefings({ 'big.md': bigText, 'soup.md': soupText }), cacheDir: join(work, 'cache') });
    expect(result.status, result.log.slice(-3000)).toBe(0);
    expect(leftovers()).toEqual([]);
    const now = snapshot(out);
    expect(now.has('briefings/big/index.html')).toBe(true);
    expect(now.has('briefings/soup/index.html')).toBe(true);
    // Replaced whole: the previous site's briefings are gone.
    expect([...now.keys()].some((f) => f.startsWith('briefings/riyadh-talks/'))).toBe(false);
    expect(existsSync(join(out, 'index.html'))).toBe(true);

    const bigPage = readFileSync(join(out, 'briefings/big/index.html'), 'utf8');
    // (as text: the last word of a quote shares a span with its label, so it stays on the label's line)
    expect(bigPage.replace(/<[^>]+>/g, '')).toContain('And that is the end,');
    const soupPage = readFileSync(join(out, 'briefings/soup/index.html'), 'utf8');
    expect(soupPage).toContain('Guillemets');

    // The engine's diagnostics reach the build log as file:line:column  rule  message.
    expect(result.log).toMatch(/soup\.md:\d+:\d+\s+(unclosed|unopened)-quote\s+\S/);
  });
});
