import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { briefingSchema } from './content/briefing-schema.ts';

// ONRECORD_BRIEFINGS points the build at another folder (the build tests and the benchmark use it).
const base = process.env.ONRECORD_BRIEFINGS ?? './content/briefings';

const briefings = defineCollection({
  // deferRender: the remark plugin runs at page render, so a changed engine never serves a stale cache.
  loader: glob({ pattern: '**/*.md', base, deferRender: true }),
  schema: briefingSchema,
});

export const collections = { briefings };
