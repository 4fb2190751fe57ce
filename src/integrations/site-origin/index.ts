/**
 * Says, in one line of the build log, when the site is built for the placeholder origin: canonical links, og:url,
 * og:image, JSON-LD and citations then name an address that does not exist. Links inside pages are relative and
 * work anywhere; only those absolute addresses need the real origin (ONRECORD_SITE or `site` in astro.config.mjs).
 */
import type { AstroIntegration } from 'astro';

export const PLACEHOLDER_SITE = 'https://on-record.example';

export function isPlaceholderSite(site: string | URL | undefined): boolean {
  if (!site) return true;
  const host = new URL(site).hostname;
  return host === new URL(PLACEHOLDER_SITE).hostname || host.endsWith('.example') || host === 'example.com';
}

export default function siteOrigin(): AstroIntegration {
  return {
    name: 'on-record:site-origin',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        if (isPlaceholderSite(config.site)) {
          logger.warn(
            `site is the placeholder ${config.site ?? '(unset)'}: canonical, og:url, og:image and JSON-LD will name it; set ONRECORD_SITE=https://your.host (or site in astro.config.mjs) before deploying.`,
          );
        }
      },
    },
  };
}
