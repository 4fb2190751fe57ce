/**
 * Share cards drawn on one worker thread during a build, one at a time, in order.
 *
 * One thread, not a pool (two drawing threads were no faster on this shared 2-core machine: README, "Share cards"),
 * for two reasons. Cards drawn ahead (src/lib/cards/card.ts, drawAhead) are drawn here while the build renders
 * other pages on its own thread. And the garbage collector: a card's pixels are copied out of Skia (3 MB), memory
 * V8 counts against the heap that holds it, and in a build's heap of close to a gigabyte every few cards then set
 * off a full collection of that heap, which on 100 briefings cost the page rendering more time than the cards
 * saved. In the thread's small heap the same collections are cheap.
 *
 * The thread runs the TypeScript source (Node strips the types), found beside this file or, in Astro's bundle, in
 * the project's src/lib/cards/; when neither is there, or ONRECORD_CARD_THREAD=0, cards are drawn in the caller's
 * thread.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CardInput } from './card.ts';
import type { DrawReply, DrawRequest } from './draw-worker.ts';

/**
 * The thread's heap, smaller than V8 would let it grow: a card holds little for long (the fonts, parsed once, and one
 * card's layout and pixels), and in a smaller heap the pixels are collected sooner. A thread drawing 120 cards of every
 * script held about 215 MB of memory this way against 280–315 MB with V8's own limits, for the same CPU time within
 * the noise; 32 MB of old space still drew them all.
 */
const THREAD_HEAP = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 };

interface Pending {
  resolve: (png: Buffer) => void;
  reject: (e: Error) => void;
}

function workerFile(): string | undefined {
  const candidates = [fileURLToPath(new URL('./draw-worker.ts', import.meta.url)), resolve(process.cwd(), 'src/lib/cards/draw-worker.ts')];
  return candidates.find((f) => existsSync(f));
}

export class CardThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  draw(input: CardInput): Promise<Buffer> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // A thread with work keeps the process alive; an idle one must not hold the build open.
      worker.ref();
      worker.postMessage({ id, input } satisfies DrawRequest);
    });
  }

  /** Stops the thread (tests); a later draw starts another. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker {
    const worker = new Worker(this.file, { resourceLimits: THREAD_HEAP });
    worker.on('message', (reply: DrawReply) => {
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if ('error' in reply) p.reject(new Error(reply.error));
      else p.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
    });
    // The thread is gone ('error', then 'exit'; or 'exit' alone): its cards fail with the reason; the next draw
    // starts a new thread.
    const lost = (reason: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      for (const p of this.pending.values()) p.reject(new Error(`the share-card thread stopped: ${reason}`));
      this.pending.clear();
    };
    worker.on('error', (e: Error) => lost(e.message));
    worker.on('exit', (code: number) => lost(`it exited with code ${code}`));
    this.worker = worker;
    return worker;
  }
}

let thread: CardThread | null | undefined;

/** The process's card thread, or null when cards are drawn in the caller's thread. */
export function cardThread(env: NodeJS.ProcessEnv = process.env): CardThread | null {
  if (thread !== undefined) return thread;
  const file = env.ONRECORD_CARD_THREAD === '0' ? undefined : workerFile();
  thread = file ? new CardThread(file) : null;
  return thread;
}


