/**
 * The cards a build draws ahead (src/lib/cards/card.ts, drawAhead), in the order they were queued: by one drawer,
 * the card thread, while Astro renders pages on the main thread, and by a second thread as well once the pages are
 * written and indexed (`widen`, src/integrations/share-cards/): from then on the build only waits for its cards.
 * The second drawer stops when the queue is empty.
 */
import type { CardInput } from './card.ts';

/** Draws one card into the cache; settles its own promise, so it never rejects. */
export type CardJob = (draw: (input: CardInput) => Promise<Buffer>) => Promise<void>;

export interface Drawer {
  draw: (input: CardInput) => Promise<Buffer>;
  /** frees what the drawer holds, once the queue no longer needs it */
  close?: () => Promise<void>;
}

export class DrawQueue {
  private jobs: (CardJob | undefined)[] = [];
  private next = 0;
  private drawers = 0;
  private readonly first: () => Drawer;

  /** `first`: the drawer of every build (the card thread, or the caller's thread without one). */
  constructor(first: () => Drawer) {
    this.first = first;
  }

  add(job: CardJob): void {
    this.jobs.push(job);
    if (this.drawers === 0) this.run(this.first());
  }

  /** Cards still waiting for a drawer. */
  get waiting(): number {
    return this.jobs.length - this.next;
  }

  /** A second drawer for what is left in the queue, when `minimum` cards or more are waiting for one. */
  widen(extra: () => Drawer | null, minimum = 1): void {
    if (this.drawers !== 1 || this.waiting < minimum) return;
    const drawer = extra();
    if (drawer) this.run(drawer);
  }

  private run(drawer: Drawer): void {
    this.drawers++;
    void (async () => {
      while (this.next < this.jobs.length) {
        const job = this.jobs[this.next]!;
        // Dropped once taken: a site's worth of inputs need not stay in memory.
        this.jobs[this.next++] = undefined;
        await job(drawer.draw);
      }
      this.drawers--;
      if (this.drawers === 0) {
        this.jobs = [];
        this.next = 0;
      }
      await drawer.close?.();
    })();
  }
}
