/**
 * The anchor ledger through real builds: a briefing is published, then edited. A reworded quote's old permalink
 * forwards to the new one and its old #id still lands inside the reworded words; a removed quote's permalink and
 * #id say it is gone. Building again with nothing changed leaves the ledger byte for byte the same. Every build here
 * publishes (`npm run publish`): only published ids are recorded (tests/build/editor-day.test.ts has the rest).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLedger, type Ledger } from '../../src/lib/ledger/ledger.ts';
import { attr, byTag, elements, metaContent, parse, text } from '../support/html.ts';
import { build } from '../support/site.ts';

const work = mkdtempSync(join(tmpdir(), 'on-record-ledger-'));
const content = join(work, 'briefings');
const fixture = readFileSync(new URL('../fixtures/ledger/before.md', import.meta.url), 'utf8');
const OLD_WORDS = 'We have cut waste in every department and the roads will finally be repaired';
const NEW_WORDS = 'We have cut waste in every single department, and the roads will at last be repaired';
const REMOVED = '\n\n“We will keep asking where the money goes,” she added.';

let v1: Ledger;
let v2: Ledger;
let out2: string;
let ledgerAfterSecond: string;
let ledgerAfterThird: string;

const anchorsOf = (l: Ledger) => l.briefings.budget!.anchors;
const idOf = (l: Ledger, words: string) => Object.entries(anchorsOf(l)).find(([, a]) => a.kind === 'quote' && a.exact.includes(words))?.[0];

async function mustBuild(name: string): Promise<string> {
  const out = join(work, name);
  const result = await build({ outDir: out, briefings: content, cacheDir: join(work, 'cache'), args: ['--publish'] });
  if (result.status !== 0) throw new Error(result.log.slice(-3000));
  return out;
}

beforeAll(async () => {
  cpSync(new URL('../fixtures/ledger/before.md', import.meta.url), join(content, 'budget.md'), { recursive: true });
  await mustBuild('v1');
  v1 = parseLedger(readFileSync(join(content, 'ledger.json'), 'utf8'));
  writeFileSync(join(content, 'budget.md'), fixture.replace(OLD_WORDS, NEW_WORDS).replace(REMOVED, ''));
  out2 = await mustBuild('v2');
  ledgerAfterSecond = readFileSync(join(content, 'ledger.json'), 'utf8');
  v2 = parseLedger(ledgerAfterSecond);
  await mustBuild('v3');
  ledgerAfterThird = readFileSync(join(content, 'ledger.json'), 'utf8');
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the ledger across edits, in real builds', () => {
  it('recorded the first build’s quotes', () => {
    expect(idOf(v1, OLD_WORDS)).toBeTruthy();
    expect(idOf(v1, 'We will keep asking')).toBeTruthy();
  });

  it('keeps a reworded quote’s old permalink working: it forwards to the new one', () => {
    const oldId = idOf(v1, OLD_WORDS)!;
    const newId = idOf(v2, NEW_WORDS)!;
    expect(newId).not.toBe(oldId);
    expect(anchorsOf(v2)[oldId]).toMatchObject({ status: 'moved', to: newId });
    const tree = parse(readFileSync(join(out2, 'briefings/budget/quotes', oldId, 'index.html'), 'utf8'));
    expect(metaContent(tree, 'robots')).toEqual(['noindex']);
    const refresh = byTag(tree, 'meta').find((m) => attr(m, 'http-equiv') === 'refresh');
    expect(attr(refresh!, 'content')).toBe(`0; url=/briefings/budget/quotes/${newId}/`);
    const canonical = byTag(tree, 'link').find((l) => attr(l, 'rel') === 'canonical');
    expect(attr(canonical!, 'href')).toBe(`https://on-record.example/briefings/budget/quotes/${newId}/`);
    expect(text(byTag(tree, 'main')[0]!)).toContain('reworded');
  });

  it('keeps the old #id on the briefing page, inside the reworded quote', () => {
    const oldId = idOf(v1, OLD_WORDS)!;
    const newId = idOf(v2, NEW_WORDS)!;
    const tree = parse(readFileSync(join(out2, 'briefings/budget/index.html'), 'utf8'));
    const holder = elements(tree).find((e) => attr(e, 'id') === newId)!;
    const alias = elements(holder).find((e) => attr(e, 'id') === oldId);
    expect(alias && attr(alias, 'class')).toBe('anchor-alias');
    expect(attr(alias!, 'data-alias-of')).toBe(newId);
  });

  it('says so when a quote is removed, on its permalink and at its #id', () => {
    const goneId = idOf(v1, 'We will keep asking')!;
    expect(anchorsOf(v2)[goneId]!.status).toBe('gone');
    const page = parse(readFileSync(join(out2, 'briefings/budget/quotes', goneId, 'index.html'), 'utf8'));
    const main = text(byTag(page, 'main')[0]!);
    expect(main).toContain('no longer in the briefing');
    expect(main).toContain('We will keep asking where the money goes');
    expect(byTag(page, 'a').some((a) => attr(a, 'href') === '/briefings/budget/')).toBe(true);
    const briefing = parse(readFileSync(join(out2, 'briefings/budget/index.html'), 'utf8'));
    const notice = elements(briefing).find((e) => attr(e, 'id') === goneId)!;
    expect(attr(notice, 'class')).toBe('gone-anchor');
    expect(text(notice)).toContain('no longer in this briefing');
  });

  it('changes nothing when built again with the same briefing', () => {
    expect(ledgerAfterThird).toBe(ledgerAfterSecond);
  });
});
