/**
 * Counters that one build shares across every copy of a module: Astro loads our modules in more than one Vite
 * environment, so a module-level object would count per copy. A global under `Symbol.for` is one per process.
 */
const keyOf = (name: string) => Symbol.for(`on-record.${name}`);

/** The counters called `name`, made by `init` the first time any copy of any module asks. */
export function buildCounters<T extends object>(name: string, init: () => T): T {
  const g = globalThis as Record<symbol, T | undefined>;
  return (g[keyOf(name)] ??= init());
}

/** The counters called `name` if something in this process made them, without making them. */
export function existingCounters<T extends object>(name: string): T | undefined {
  return (globalThis as Record<symbol, T | undefined>)[keyOf(name)];
}
