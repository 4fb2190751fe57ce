/**
 * Whole-analysis snapshots of invented text (tools/synthetic.ts and tests/fixtures/engine/): any change of the
 * engine's output shows as a diff of tests/fixtures/engine/snapshots/. A deliberate change is accepted with
 * `npx vitest run tests/unit/engine-snapshots.test.ts -u` and reviewed in the diff like code. Claims are not
 * snapshotted here (tests/unit/claims.test.ts covers them).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { syntheticBriefing } from '../../tools/synthetic.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/engine');
const snapshot = (name: string) => path.join(fixtures, 'snapshots', `${name}.json`);
// claims are left out: the claim detector has tests and figures of its own, and changes apart from attribution
const show = (text: string, file: string) => {
  const { claims: _claims, ...rest } = analyze(text, { file });
  return `${JSON.stringify(rest, null, 2)}\n`;
};

describe('whole-analysis snapshots', () => {
  for (const i of [0, 1, 2, 3]) {
    it(`synthetic briefing ${i}`, async () => {
      await expect(show(syntheticBriefing(i, { paragraphs: 8 }), `synthetic-${i}.md`)).toMatchFileSnapshot(snapshot(`synthetic-${i}`));
    });
  }
  it('harbor-bridge.md', async () => {
    await expect(show(readFileSync(path.join(fixtures, 'harbor-bridge.md'), 'utf8'), 'harbor-bridge.md')).toMatchFileSnapshot(snapshot('harbor-bridge'));
  });
});
