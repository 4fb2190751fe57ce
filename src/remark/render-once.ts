/**
 * Each briefing's Markdown rendered once per build, not once per Vite environment. Astro loads every Markdown
 * module in each environment that imports it (two in this static build), and each load runs the whole unified
 * pipeline (parse, the engine's adapter, remark-rehype, rehype, stringify) on the same file: the same input gives
 * the same page, so the second load takes the first one's answer.
 *
 * The answer is kept, compressed, only until it is taken once more, and it is keyed by the file's path, the text
 * and front matter Astro hands over and the file as it is on disk now (the remark plugin reads the whole file), so
 * an edit between two loads (the dev server) is rendered afresh. Every caller gets its own copy (node:v8), so
 * nothing one environment does to its result reaches the other.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** The part of an Astro Markdown processor (`unified()` from @astrojs/markdown-remark) this wraps. */
interface Renderer {
  render(content: string, options?: { fileURL?: URL; frontmatter?: Record<string, unknown> }): Promise<unknown>;
}
interface Processor {
  createRenderer(shared: never): Promise<Renderer>;
}

function onDisk(fileURL: URL | undefined): string {
  if (!fileURL || fileURL.protocol !== 'file:') return '';
  try {
    return readFileSync(fileURLToPath(fileURL), 'utf8');
  } catch {
    return '';
  }
}

/** `processor` with a renderer that answers a repeated (file, text, front matter) from the first render. */
export function renderOnce<P extends Processor>(processor: P): P {
  return {
    ...processor,
    async createRenderer(shared: never) {
      const renderer = await processor.createRenderer(shared);
      const pending = new Map<string, Promise<Buffer>>();
      return {
        ...renderer,
        async render(content, options) {
          const key = createHash('sha256')
            .update(JSON.stringify([options?.fileURL?.href ?? null, content, options?.frontmatter ?? null, onDisk(options?.fileURL)]))
            .digest('hex');
          const held = pending.get(key);
          if (held) {
            pending.delete(key);
            return deserialize(inflateRawSync(await held));
          }
          const rendered = renderer.render(content, options).then((r) => serialize(r));
          // Kept compressed (fast deflate: a page's HTML shrinks about fivefold): Vite loads every briefing in one
          // environment before the other, so at 10,000 briefings all of them wait here at once.
          const packed = rendered.then((bytes) => deflateRawSync(bytes, { level: 1 }));
          pending.set(key, packed);
          // A failed render is not kept: the error goes to this caller, and a later one tries again.
          packed.catch(() => pending.delete(key));
          return deserialize(await rendered);
        },
      } satisfies Renderer;
    },
  } as P;
}
