/**
 * Each briefing's Markdown rendered once per build, not once per Vite environment. Astro loads every Markdown
 * module in each environment that imports it (the prerender and the server environment of a static build), and
 * each load runs the whole unified pipeline (parse, the engine's adapter, remark-rehype, rehype, stringify) on the
 * same file: the same input gives the same page, so the second load takes the first one's answer.
 *
 * The answer is kept only until it is taken once more (memory stays flat however many briefings there are), and it
 * is keyed by the file's path, the text and front matter Astro hands over and the file as it is on disk now (the
 * remark plugin reads the whole file), so an edit between two loads (the dev server) is rendered afresh. Every
 * caller gets its own copy (node:v8), so nothing one environment does to its result reaches the other.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

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
            return deserialize(await held);
          }
          const result = renderer.render(content, options).then((r) => serialize(r));
          pending.set(key, result);
          // A failed render is not kept: the error goes to this caller, and a later one tries again.
          result.catch(() => pending.delete(key));
          return deserialize(await result);
        },
      } satisfies Renderer;
    },
  } as P;
}
