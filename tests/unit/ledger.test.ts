/**
 * The anchor ledger: ids stay put when other paragraphs change, a reworded quote's old link keeps working, a removed
 * quote's link says so, and building twice changes nothing.
 */
import { readFileSync } from 'node:fs';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { createIdAllocator } from '../../src/analysis/ids.ts';
import type { Analysis, Claim, Quote } from '../../src/analysis/types.ts';
import { publishedItems } from '../../src/lib/ledger/items.ts';
import {
  aliasesByTarget,
  emptyLedger,
  parseLedger,
  serializeLedger,
  updateBriefing,
  updateLedger,
  type Ledger,
} from '../../src/lib/ledger/ledger.ts';
import remarkAnchorAliases from '../../src/lib/ledger/remark-aliases.ts';
import { wordSimilarity } from '../../src/lib/ledger/similarity.ts';
import { wrapRanges } from '../../src/remark/wrap.ts';

const fixture = readFileSync(new URL('../fixtures/ledger/before.md', import.meta.url), 'utf8');
const seed = readFileSync(new URL('../../content/briefings/riyadh-talks.md', import.meta.url), 'utf8');

/**
 * A deliberately tiny engine for the fixtures, so these tests do not depend on how good the real one is today:
 * every “…” span is a quote, every sentence outside quotes that states a number is a claim. Ids come from the
 * real allocator, as the real engine's do.
 */
function miniAnalyze(text: string): Analysis {
  const quoteId = createIdAllocator('q');
  const claimId = createIdAllocator('c');
  const quotes: Quote[] = [];
  for (const m of text.matchAll(/“([^”]+)”/g)) {
    const start = m.index + 1;
    const end = start + m[1]!.length;
    quotes.push({ id: quoteId(m[1]!), text: m[1]!, kind: 'direct', speaker: null, cue: null, start, end, source: null, confidence: 1, how: 'unresolved' });
  }
  const claims: Claim[] = [];
  const body = text.indexOf('\n---\n') + 5;
  for (const m of text.slice(body).matchAll(/[^\n.“”]*\d[^\n.“”]*\./g)) {
    const start = body + m.index;
    const end = start + m[0].length;
    claims.push({ id: claimId(m[0]), text: m[0], claimant: null, quote: null, score: 0.8, reasons: ['number'], start, end });
  }
  return { file: 'fixture.md', speakers: [], quotes, claims, diagnostics: [] };
}

const ids = (a: Analysis) => [...a.quotes.map((q) => q.id), ...a.claims.map((c) => c.id)];

function paragraphs(text: string): string[] {
  return text.split('\n\n');
}
function replaceParagraph(text: string, index: number, replacement: string): string {
  const parts = paragraphs(text);
  parts[index] = replacement;
  return parts.join('\n\n');
}

const REWORDED = fixture.replace(
  'We have cut waste in every department and the roads will finally be repaired',
  'We have cut waste in every single department, and the roads will at last be repaired',
);

function ledgerFor(text: string, old: Ledger = emptyLedger()): Ledger {
  return updateLedger(old, { budget: { file: 'content/briefings/budget.md', items: publishedItems(miniAnalyze(text), text) } });
}

describe('stable ids', () => {
  it('changing one paragraph of a briefing changes no other item’s id (fixture engine)', () => {
    const before = miniAnalyze(fixture);
    const paras = paragraphs(fixture);
    for (let p = 1; p < paras.length; p++) {
      const edited = replaceParagraph(fixture, p, `${paras[p]!.replace(/\.$/, '')}, and 12 more words were added here.`);
      const after = miniAnalyze(edited);
      const paraStart = fixture.indexOf(paras[p]!);
      const paraEnd = paraStart + paras[p]!.length;
      const outside = [...before.quotes, ...before.claims].filter((x) => x.end <= paraStart || x.start >= paraEnd).map((x) => x.id);
      for (const id of outside) expect(ids(after)).toContain(id);
    }
  });

  it('changing one paragraph of the seed changes no other item’s id (the real engine)', () => {
    const before = analyze(seed, { file: 'seed.md' });
    const paras = paragraphs(seed);
    const p = paras.findIndex((x) => x.includes('Neither Bruce’s statement'));
    expect(p).toBeGreaterThan(0);
    const edited = replaceParagraph(seed, p, 'The State Department published a read-out later that day.');
    const after = analyze(edited, { file: 'seed.md' });
    const paraStart = seed.indexOf(paras[p]!);
    const paraEnd = paraStart + paras[p]!.length;
    const afterIds = new Set(ids(after));
    const outside = [...before.quotes, ...before.claims].filter((x) => x.end <= paraStart || x.start >= paraEnd);
    // Identical words elsewhere would share a base id and could trade suffixes; the seed has none.
    for (const item of outside) expect(afterIds, `${item.id} “${item.text}”`).toContain(item.id);
  });
});

describe('the anchor ledger', () => {
  it('records every published id with exact, prefix and suffix taken from the source', () => {
    const ledger = ledgerFor(fixture);
    const analysis = miniAnalyze(fixture);
    const anchors = ledger.briefings.budget!.anchors;
    expect(Object.keys(anchors).sort()).toEqual(ids(analysis).sort());
    for (const q of analysis.quotes) {
      const a = anchors[q.id]!;
      expect(a.status).toBe('live');
      expect(a.exact).toBe(fixture.slice(q.start, q.end));
      expect(fixture.slice(q.start - a.prefix.length, q.start)).toBe(a.prefix);
      expect(fixture.slice(q.end, q.end + a.suffix.length)).toBe(a.suffix);
      expect(a.prefix.length).toBeGreaterThan(0);
    }
  });

  it('keeps a reworded quote’s old link working as an alias of the new id', () => {
    const v1 = ledgerFor(fixture);
    const oldId = miniAnalyze(fixture).quotes[0]!.id;
    const newId = miniAnalyze(REWORDED).quotes[0]!.id;
    expect(newId).not.toBe(oldId);
    const v2 = ledgerFor(REWORDED, v1);
    const entry = v2.briefings.budget!.anchors[oldId]!;
    expect(entry).toMatchObject({ status: 'moved', to: newId });
    // The words it was made for are kept, for the record.
    expect(entry.exact).toContain('every department and the roads will finally');
    expect(v2.briefings.budget!.anchors[newId]!.status).toBe('live');
    // Nothing else moved.
    const others = Object.entries(v2.briefings.budget!.anchors).filter(([id]) => id !== oldId && id !== newId);
    for (const [, e] of others) expect(e.status).toBe('live');
  });

  it('puts the old id on the briefing page inside the reworded quote', async () => {
    const v2 = ledgerFor(REWORDED, ledgerFor(fixture));
    const oldId = miniAnalyze(fixture).quotes[0]!.id;
    const newId = miniAnalyze(REWORDED).quotes[0]!.id;
    const html = String(
      await unified()
        .use(remarkParse)
        .use(() => (tree: Root, file: VFile) => {
          const analysis = miniAnalyze(String(file.value));
          wrapRanges(
            tree,
            analysis.quotes.map((q) => ({ start: q.start, end: q.end, properties: { id: q.id, className: ['quote'] } })),
            String(file.value),
          );
          file.data = { astro: { frontmatter: { analysis } } };
        })
        .use(remarkAnchorAliases, { ledger: () => v2 })
        .use(remarkRehype)
        .use(rehypeStringify)
        .process({ value: REWORDED, path: `${process.cwd()}/content/briefings/budget.md` }),
    );
    expect(html).toContain(`<span id="${newId}" class="quote"><span id="${oldId}" class="anchor-alias" data-alias-of="${newId}"></span>`);
  });

  it('marks a removed quote gone, and revives it when the words come back', () => {
    const v1 = ledgerFor(fixture);
    const removedId = miniAnalyze(fixture).quotes[2]!.id;
    const without = fixture.replace('\n\n“We will keep asking where the money goes,” she added.', '');
    const v2 = ledgerFor(without, v1);
    expect(v2.briefings.budget!.anchors[removedId]).toMatchObject({ status: 'gone', exact: 'We will keep asking where the money goes,' });
    const v3 = ledgerFor(fixture, v2);
    expect(v3.briefings.budget!.anchors[removedId]!.status).toBe('live');
  });

  it('does not re-anchor an old id to a different quote', () => {
    const v1 = ledgerFor(fixture);
    const oldId = miniAnalyze(fixture).quotes[2]!.id;
    const other = fixture.replace('We will keep asking where the money goes,', 'The housing list is longer than it has ever been,');
    const v2 = ledgerFor(other, v1);
    expect(v2.briefings.budget!.anchors[oldId]!.status).toBe('gone');
  });

  it('follows a quote reworded twice: the first link lands on the latest words', () => {
    const v1 = ledgerFor(fixture);
    const v2 = ledgerFor(REWORDED, v1);
    const third = REWORDED.replace('at last be repaired', 'at long last be repaired');
    const v3 = ledgerFor(third, v2);
    const firstId = miniAnalyze(fixture).quotes[0]!.id;
    const latestId = miniAnalyze(third).quotes[0]!.id;
    expect(v3.briefings.budget!.anchors[firstId]).toMatchObject({ status: 'moved', to: latestId });
    expect(aliasesByTarget(v3.briefings.budget!.anchors).get(latestId)).toHaveLength(2);
  });

  it('is idempotent: a second build with the same briefing writes the same ledger', () => {
    const v2 = ledgerFor(REWORDED, ledgerFor(fixture));
    const v2again = ledgerFor(REWORDED, v2);
    expect(serializeLedger(v2again)).toBe(serializeLedger(v2));
    expect(parseLedger(serializeLedger(v2))).toEqual(JSON.parse(JSON.stringify(parseLedger(serializeLedger(v2)))));
  });

  it('leaves an unpublished briefing’s anchors as they were', () => {
    const v1 = ledgerFor(fixture);
    const v2 = updateLedger(v1, {});
    expect(v2.briefings.budget).toEqual(v1.briefings.budget);
  });

  it('hands a duplicate’s suffixed id over to the remaining copy when the first copy is deleted', () => {
    const twice = `${fixture}\n“We will keep asking where the money goes,” she said again.\n`;
    const v1 = ledgerFor(twice);
    const [first, second] = miniAnalyze(twice).quotes.filter((q) => q.text.startsWith('We will keep'));
    expect(second!.id).toBe(`${first!.id}-2`);
    const withoutFirst = twice.replace('\n\n“We will keep asking where the money goes,” she added.', '');
    const v2 = ledgerFor(withoutFirst, v1);
    expect(v2.briefings.budget!.anchors[second!.id]).toMatchObject({ status: 'moved', to: first!.id });
  });

  it('rejects a malformed ledger file with a message', () => {
    expect(() => parseLedger('{"version": 2}', 'content/ledger.json')).toThrow(/content\/ledger.json/);
    expect(() => parseLedger('not json', 'x')).toThrow(/not valid JSON/);
    expect(parseLedger('')).toEqual(emptyLedger());
  });

  it('scores a light rewording high and a different sentence low', () => {
    expect(wordSimilarity('the roads will finally be repaired', 'the roads will at last be repaired')).toBeGreaterThan(0.6);
    expect(wordSimilarity('the roads will finally be repaired', 'housing is the priority for this council')).toBeLessThan(0.3);
  });

  it('updates one briefing without looking at the others', () => {
    const anchors = updateBriefing(undefined, publishedItems(miniAnalyze(fixture), fixture));
    expect(Object.values(anchors).every((a) => a.status === 'live')).toBe(true);
  });
});
