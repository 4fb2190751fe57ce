import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_RULES } from '../../src/data/diagnostic-rules.ts';
import { DIAGNOSTIC_RULE_NAMES } from '../../src/analysis/index.ts';

/** Rule names the engine can emit: Diagnostic.rule is typed by this list, so nothing else can be emitted. */
const emitted = new Set<string>(DIAGNOSTIC_RULE_NAMES);

describe('the guide explains every diagnostic', () => {
  it('finds the three rules the brief names among the rules the engine emits', () => {
    for (const rule of ['unclosed-quote', 'unopened-quote', 'unattributed-quote']) expect(emitted).toContain(rule);
  });

  it('has an explanation and a fix for every rule the engine can emit', () => {
    const documented = new Set(DIAGNOSTIC_RULES.map((d) => d.rule));
    expect([...emitted].filter((r) => !documented.has(r))).toEqual([]);
    for (const d of DIAGNOSTIC_RULES) {
      expect(d.meaning.length, d.rule).toBeGreaterThan(40);
      expect(d.fix.length, d.rule).toBeGreaterThan(20);
    }
  });
});
