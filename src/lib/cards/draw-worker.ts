/**
 * The card-drawing thread (src/lib/cards/thread.ts): draws each card it is sent with drawCard, so a card is the same
 * bytes whichever thread drew it, and hands the PNG back.
 */
import { parentPort } from 'node:worker_threads';
import { drawCard, type CardInput } from './card.ts';

export interface DrawRequest {
  id: number;
  input: CardInput;
}
export type DrawReply = { id: number; png: Uint8Array } | { id: number; error: string };

if (!parentPort) throw new Error('src/lib/cards/draw-worker.ts runs as the card-drawing thread (src/lib/cards/thread.ts)');
const port = parentPort;
port.on('message', ({ id, input }: DrawRequest) => {
  drawCard(input).then(
    (png) => {
      // Handed over, not copied, when the PNG owns its memory.
      const own = png.byteOffset === 0 && png.byteLength === png.buffer.byteLength && png.buffer instanceof ArrayBuffer;
      port.postMessage({ id, png } satisfies DrawReply, own ? [png.buffer as ArrayBuffer] : []);
    },
    (e: unknown) => port.postMessage({ id, error: e instanceof Error ? e.message : String(e) } satisfies DrawReply),
  );
});
