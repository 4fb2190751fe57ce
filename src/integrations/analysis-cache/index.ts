/**
 * Keeps the analysis cache (src/remark/analysis-cache.ts) to the briefings of the last successful build: once the
 * whole build is done, the analyses of briefings that are no longer there are removed. `astro:build:done` runs
 * only when every page was written, so a failed build never prunes.
 */
import type { AstroIntegration } from 'astro';
import { pruneAnalysisCache } from '../../remark/analysis-cache.ts';

export default function analysisCache(options: { cacheDir: string }): AstroIntegration {
  return {
    name: 'on-record:analysis-cache',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const removed = pruneAnalysisCache(options.cacheDir);
        if (removed > 0) logger.info(`removed ${removed} cached ${removed === 1 ? 'analysis' : 'analyses'} no build uses any more`);
      },
    },
  };
}
