/**
 * Stage timings for `npm run bench`. Off unless ONRECORD_TIMINGS names a file: then every timed stage adds its
 * milliseconds and a count to a total, and the totals are written to that file (JSON) when the process exits.
 * When off, `timedPlugin` and `timedIntegration` return what they were given: the build runs exactly as usual.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import type { CardStats } from './cards/card.ts';
import type { CacheStats } from '../remark/analysis-cache.ts';
import { buildCounters, existingCounters } from './build-counters.ts';

export interface StageTotal {
  ms: number;
  count: number;
}

const FILE = process.env.ONRECORD_TIMINGS;

function totals(): Record<string, StageTotal> {
  return buildCounters('timings', () => {
    const stages: Record<string, StageTotal> = {};
    if (FILE) {
      process.on('exit', () => {
        const out: Record<string, unknown> = { ...stages };
        // Share cards count themselves (src/lib/cards/card.ts); take their figures if they were drawn here.
        const cards = existingCounters<CardStats>('card-stats');
        if (cards) out.cards = { ms: cards.drawMs, count: cards.drawn, cached: cards.cached, waited: cards.waitMs };
        // Engine runs (src/remark/analysis-cache.ts): the rest of the plugin's transforms were answered from memory or disk.
        const engine = existingCounters<CacheStats>('analysis-stats');
        if (engine) out.engine = { ms: engine.engineMs, count: engine.analysed, shared: engine.shared, cached: engine.reused };
        writeFileSync(FILE, JSON.stringify(out));
      });
    }
    return stages;
  });
}

export function record(stage: string, ms: number): void {
  const t = (totals()[stage] ??= { ms: 0, count: 0 });
  t.ms += ms;
  t.count++;
}

/** A unified plugin whose transformer is timed as `stage` (once per file). */
export function timedPlugin<P extends (...args: never[]) => unknown>(stage: string, plugin: P): P {
  if (!FILE) return plugin;
  const wrapped = function (this: unknown, ...args: Parameters<P>) {
    const transformer = plugin.apply(this, args);
    if (typeof transformer !== 'function') return transformer;
    return function (this: unknown, ...targs: unknown[]) {
      const t0 = performance.now();
      const result = (transformer as (...a: unknown[]) => unknown).apply(this, targs);
      if (result instanceof Promise) return result.finally(() => record(stage, performance.now() - t0));
      record(stage, performance.now() - t0);
      return result;
    };
  };
  return wrapped as unknown as P;
}

/** An integration whose hooks are timed as `stage:<hook>`. */
export function timedIntegration(stage: string, integration: AstroIntegration): AstroIntegration {
  if (!FILE) return integration;
  const hooks: AstroIntegration['hooks'] = {};
  for (const [name, hook] of Object.entries(integration.hooks)) {
    if (typeof hook !== 'function') continue;
    (hooks as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      const t0 = performance.now();
      try {
        return await (hook as (...a: unknown[]) => unknown)(...args);
      } finally {
        record(`${stage}:${name}`, performance.now() - t0);
      }
    };
  }
  return { ...integration, hooks };
}
