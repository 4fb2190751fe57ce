/**
 * The cards a build draws ahead (src/lib/cards/card.ts, drawAhead): one at a time, in the order they were queued, by
 * one drawer (the card thread, while Vite loads the briefings and Astro renders the pages on the main thread).
 *
 * One drawer, not two: a second card thread in the same process, tried for the end of the build, drew 194–255 of
 * 1,694 cards with pixels a shade different (the canvas library's state is the process's, shared by its threads),
 * and the built site must be the same bytes whoever draws it.
 */
import type { CardInput } from './card.ts';

/** Draws one card into the cache; settles its own promise, so it never rejects. */
export type CardJob = (draw: (input: CardInput) => Promise<Buffer>) => Promise<void>;

export interface Drawer {
  draw: (input: CardInput) => Promise<Buffer>;
}

export class DrawQueue {
  private jobs: (CardJob | undefined)[] = [];
  private next = 0;
  private running = false;
  private readonly drawer: () => Drawer;

  /** `drawer`: the card thread's, or the caller's thread without one. */
  constructor(drawer: () => Drawer) {
    this.drawer = drawer;
  }

  add(job: CardJob): void {
    this.jobs.push(job);
    if (!this.running) void this.run(this.drawer());
  }

  /** Cards still waiting to be drawn. */
  get waiting(): number {
    return this.jobs.length - this.next;
  }

  private async run(drawer: Drawer): Promise<void> {
    this.running = true;
    while (this.next < this.jobs.length) {
      const job = this.jobs[this.next]!;
      // Dropped once taken: a site's worth of inputs need not stay in memory.
      this.jobs[this.next++] = undefined;
      await job(drawer.draw);
    }
    this.jobs = [];
    this.next = 0;
    this.running = false;
  }
}
