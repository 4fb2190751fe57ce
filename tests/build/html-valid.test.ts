/**
 * Every built page is valid HTML by the W3C Nu Html Checker (vnu-jar), zero errors. One checker run over the whole
 * built site (Java starts once); a failure lists every error as file:line: message.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../support/site.ts';

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

describe('HTML validity (W3C Nu checker)', () => {
  it('finds zero errors in every built page', () => {
    const site = inject('siteDir');
    const pages = htmlFiles(site);
    expect(pages.length).toBeGreaterThan(0);
    const run = spawnSync('java', ['-Xss8m', '-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', site], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (run.error) throw new Error(`could not run Java for the Nu checker (install a Java 17 runtime): ${run.error.message}`);
    // The checker prints its JSON report on stderr; the exit status is 1 when there are errors.
    let report: { messages: VnuMessage[] };
    try {
      report = JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] };
    } catch {
      throw new Error(`the Nu checker did not report JSON (exit ${run.status}):\n${run.stderr}\n${run.stdout}`);
    }
    const errors = report.messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .map((m) => {
        const file = m.url?.startsWith('file:') ? relative(site, fileURLToPath(m.url)) : (m.url ?? '?');
        return `${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim()}` : ''}`;
      });
    expect(errors, `${errors.length} HTML error(s) in ${pages.length} pages:\n${errors.join('\n')}`).toEqual([]);
    expect(run.status).toBe(0);
  });
});
