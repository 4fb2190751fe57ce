/**
 * The queue a build draws its share cards from (src/lib/cards/queue.ts): every card drawn once, in the order it was
 * queued, one at a time.
 */
import { describe, expect, it } from 'vitest';
import { DrawQueue, type CardJob, type Drawer } from '../../src/lib/cards/queue.ts';
import type { CardInput } from '../../src/lib/cards/card.ts';

const input = (words: string) => ({ kind: 'quote', words, who: 'A. Speaker', role: null, briefingTitle: 'T', date: '1 December 2026' }) satisfies CardInput;
const tick = () => new Promise((r) => setTimeout(r, 5));

/** A drawer that records which card it drew, taking a few milliseconds for each. */
function recordingDrawer(name: string, log: string[]): Drawer {
  return {
    draw: async (card) => {
      await tick();
      log.push(`${name}:${card.words}`);
      return Buffer.from(card.words);
    },
  };
}

function jobs(n: number, done: string[]): { job: CardJob; finished: Promise<void> }[] {
  return Array.from({ length: n }, (_, i) => {
    let finish!: () => void;
    const finished = new Promise<void>((r) => (finish = r));
    const job: CardJob = async (draw) => {
      done.push((await draw(input(`c${i}`))).toString());
      finish();
    };
    return { job, finished };
  });
}

describe('the card drawing queue', () => {
  it('draws every card once, in order, with one drawer', async () => {
    const log: string[] = [];
    const done: string[] = [];
    const queue = new DrawQueue(() => recordingDrawer('first', log));
    const all = jobs(5, done);
    for (const { job } of all) queue.add(job);
    await Promise.all(all.map((j) => j.finished));
    expect(log).toEqual(['first:c0', 'first:c1', 'first:c2', 'first:c3', 'first:c4']);
    expect(done).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(queue.waiting).toBe(0);
  });

  it('draws cards queued while it draws, and starts again after it ran dry', async () => {
    const log: string[] = [];
    const done: string[] = [];
    const queue = new DrawQueue(() => recordingDrawer('first', log));
    const first = jobs(2, done);
    for (const { job } of first) queue.add(job);
    await first[1]!.finished;
    const more = jobs(3, done).slice(2);
    for (const { job } of more) queue.add(job);
    await more[0]!.finished;
    expect(done).toEqual(['c0', 'c1', 'c2']);
    expect(queue.waiting).toBe(0);
  });
});
