/**
 * The seed briefing against the editor's hand annotation (../shared/gold/seed.json), with the gold's matching rules:
 * a predicted quote matches a gold entry when its text contains the key (after folding curly quotes to straight
 * ones, dashes to '-', runs of white space to one space, case-insensitively); the speaker is right when one of the
 * gold names equals the predicted speaker's name or one of its aliases (case-insensitively); optional entries are
 * neither required nor counted as false positives. Every required quote must be found and attributed, at most one
 * extra quote may be predicted, and both quotation-mark diagnostics must be reported.
 *
 * Needs ../shared (the gold) beside the repository: without it the suite is skipped, and says so.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import type { Analysis, Quote } from '../../src/analysis/index.ts';
import { fold } from '../../tools/claims-gold.ts';

const root = path.resolve(import.meta.dirname, '../..');
const goldPath = path.resolve(root, '../shared/gold/seed.json');
const hasShared = existsSync(goldPath);
const gold = (hasShared ? JSON.parse(readFileSync(goldPath, 'utf8')) : { quotes: [], diagnostics: [] }) as {
  quotes: { key: string; speaker: (string | null)[]; optional?: boolean; kind?: string }[];
  diagnostics: { key: string; rule: string }[];
};

function seedText(): string {
  const md = path.resolve(root, 'content/briefings/riyadh-talks.md');
  if (existsSync(md)) return readFileSync(md, 'utf8');
  const txt = readFileSync(path.resolve(root, '../shared/seed/000_47ac7c4ebbd5f8f0.txt'), 'utf8');
  return txt.trim().split('\n').map((l) => (l.startsWith('The economic aspect') ? `## ${l}` : l)).join('\n\n') + '\n';
}


const analysis: Analysis = analyze(seedText(), { file: 'content/briefings/riyadh-talks.md' });
const speakerForms = (q: Quote): string[] => {
  const sp = analysis.speakers.find((s) => s.id === q.speaker);
  return sp ? [sp.name, ...sp.aliases].map((x) => x.toLowerCase()) : [];
};

describe.skipIf(!hasShared)('seed briefing against the gold (needs ../shared/gold/seed.json)', () => {
  for (const g of gold.quotes.filter((q) => !q.optional)) {
    it(`finds “${g.key}” and attributes it to ${g.speaker.join(' / ')}`, () => {
      const hits = analysis.quotes.filter((q) => fold(q.text).includes(fold(g.key)));
      expect(hits.length, `no quote contains "${g.key}"`).toBeGreaterThan(0);
      const forms = hits.flatMap(speakerForms);
      expect(g.speaker.some((s) => s !== null && forms.includes(s.toLowerCase())), `speaker of "${g.key}": ${hits.map((h) => h.speaker).join(', ')}`).toBe(true);
    });
  }

  it('predicts at most one quote that matches no gold entry', () => {
    const extra = analysis.quotes.filter((q) => !gold.quotes.some((g) => fold(q.text).includes(fold(g.key))));
    expect(extra.map((q) => q.text).length, extra.map((q) => q.text).join('\n')).toBeLessThanOrEqual(1);
  });

  it('reports the unclosed and the unopened quotation mark', () => {
    const unclosed = analysis.diagnostics.find((d) => d.rule === 'unclosed-quote');
    const unopened = analysis.diagnostics.find((d) => d.rule === 'unopened-quote');
    expect(unclosed && fold(unclosed.excerpt)).toContain(fold('We cannot allow Putin'));
    expect(unopened && fold(unopened.excerpt)).toContain(fold('All my experience'));
    const lines = seedText().split('\n');
    for (const d of [unclosed!, unopened!]) {
      expect(fold(lines[d.line - 1]!.slice(d.column - 1))).toContain(fold(d.excerpt.split(' ').slice(0, 3).join(' ')));
    }
  });

  it('gives the speakers their roles and merges name variants', () => {
    const byName = (n: string) => analysis.speakers.find((s) => s.name.toLowerCase().includes(n.toLowerCase()) || s.aliases.some((a) => a.toLowerCase() === n.toLowerCase()));
    expect(byName('Rubio')?.role).toBe('U.S. Secretary of State');
    expect(byName('Klimkin')?.role).toBe('former Ukrainian Foreign Minister');
    expect(byName('Zelensky')?.id).toBe(byName('Zelenskyy')?.id);
    expect(byName('State Department')?.kind).toBe('organization');
  });
});
