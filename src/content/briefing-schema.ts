/**
 * The front matter of a briefing. A mistake fails the build with a message naming the file and the field.
 */
import { z } from 'astro/zod';
import { displayText } from '../analysis/hygiene.ts';

/** Front-matter words reach pages, cards, the feed and JSON-LD: no forbidden or invisible characters. */
const words = () => z.string().transform(displayText);

const speakerOverride = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).optional(),
  role: z.string().optional(),
  kind: z.enum(['person', 'organization', 'group', 'unknown']).optional(),
});

const quoteOverride = z.object({
  match: z.string().min(1),
  speaker: z.string().optional(),
  drop: z.boolean().optional(),
});

export const briefingSchema = z.object({
  title: z.string({ error: 'title is required (the headline, in quotes)' }).min(1, 'title must not be empty').transform(displayText),
  date: z.coerce.date({ error: 'date must be a calendar date such as 2025-02-18' }),
  dateline: z.string().min(1).transform(displayText).optional(),
  summary: z
    .string({ error: 'summary is required (one line that says what happened)' })
    .min(1, 'summary must not be empty')
    .transform(displayText),
  source: words().optional(),
  draft: z.boolean().default(false),
  annotations: z
    .object({
      speakers: z.array(speakerOverride).optional(),
      quotes: z.array(quoteOverride).optional(),
    })
    .optional(),
});
