import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_RULES } from '../../src/data/diagnostic-rules.ts';

const engineDir = fileURLToPath(new URL('../../src/analysis/', import.meta.url));
const engineSource = readdirSync(engineDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(path.join(engineDir, f), 'utf8'))
  .join('\n');

/** Rule names the engine can emit: `rule: 'x'` literals and `diag(pos, 'x', …)` calls. */
const emitted = new Set<string>();
for (const m of engineSource.matchAll(/\brule:\s*['"]([a-z]+(?:-[a-z]+)+)['"]/g)) emitted.add(m[1]!);
for (const m of engineSource.matchAll(/\bdiag\([^,]+,\s*['"]([a-z]+(?:-[a-z]+)*)['"]/g)) emitted.add(m[1]!);

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
