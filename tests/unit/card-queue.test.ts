/**
 * The queue a build draws its share cards from (src/lib/cards/queue.ts): every card drawn once, in the order it was
 * queued, by one drawer while pages render and by two once they are written, the second let go when the queue is
 * empty.
 */
import { describe, expect, it } from 'vitest';
import { DrawQueue, type CardJob, type Drawer } from '../../src/lib/cards/queue.ts';
import type { CardInput } from '../../src/lib/cards/card.ts';

const input = (words: string) => ({ kind: 'quote', words, who: 'A. Speaker', role: null, briefingTitle: 'T', date: '1 December 2026' }) satisfies CardInput;
const tick = () => new Promise((r) => setTimeout(r, 5));

/** A drawer that records which card it drew, taking a few milliseconds for each. */
function recordingDrawer(name: string, log: string[], closed: string[]): Drawer {
  return {
    draw: async (card) => {
      await tick();
      log.push(`${name}:${card.words}`);
      return Buffer.from(card.words);
    },
    close: async () => void closed.push(name),
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
    const queue = new DrawQueue(() => recordingDrawer('first', log, []));
    const all = jobs(5, done);
    for (const { job } of all) queue.add(job);
    await Promise.all(all.map((j) => j.finished));
    expect(log).toEqual(['first:c0', 'first:c1', 'first:c2', 'first:c3', 'first:c4']);
    expect(done).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(queue.waiting).toBe(0);
  });

  it('shares what is left with a second drawer once widened, draws no card twice, and closes the second when done', async () => {
    const log: string[] = [];
    const closed: string[] = [];
    const done: string[] = [];
    const queue = new DrawQueue(() => recordingDrawer('first', log, closed));
    const all = jobs(20, done);
    for (const { job } of all) queue.add(job);
    queue.widen(() => recordingDrawer('second', log, closed), 8);
    await Promise.all(all.map((j) => j.finished));
    await tick();
    expect([...done].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `c${i}`).sort());
    expect(log.filter((l) => l.startsWith('second:')).length).toBeGreaterThan(3);
    expect(log.filter((l) => l.startsWith('first:')).length).toBeGreaterThan(3);
    expect(closed).toContain('second');
  });

  it('starts no second drawer for a handful of cards', async () => {
    const log: string[] = [];
    const done: string[] = [];
    const queue = new DrawQueue(() => recordingDrawer('first', log, []));
    const all = jobs(3, done);
    for (const { job } of all) queue.add(job);
    let asked = false;
    queue.widen(() => ((asked = true), recordingDrawer('second', log, [])), 8);
    await Promise.all(all.map((j) => j.finished));
    expect(asked).toBe(false);
    expect(log.every((l) => l.startsWith('first:'))).toBe(true);
  });
});
