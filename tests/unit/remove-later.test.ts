import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeLater } from '../../src/lib/remove-later.ts';

let work: string | undefined;
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function site(): string {
  work = mkdtempSync(join(tmpdir(), 'on-record-remove-'));
  const dir = join(work, 'dist');
  mkdirSync(join(dir, 'briefings', 'a'), { recursive: true });
  for (let i = 0; i < 50; i++) writeFileSync(join(dir, 'briefings', 'a', `${i}.html`), 'x'.repeat(1000));
  return dir;
}

describe('removeLater', () => {
  it('takes the folder away at once and empties the trash in the background', async () => {
    const dir = site();
    const trash = join(work!, 'cache', 'trash');
    removeLater(dir, trash);
    expect(existsSync(dir)).toBe(false);
    const deadline = Date.now() + 20_000;
    while (readdirSync(trash).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(trash)).toEqual([]);
  });

  it('deletes the folder now when it cannot be moved into the trash', () => {
    const dir = site();
    // A file where the trash folder should be: the rename cannot happen.
    const trash = join(work!, 'not-a-folder');
    writeFileSync(trash, '');
    removeLater(dir, trash);
    expect(existsSync(dir)).toBe(false);
  });
});
