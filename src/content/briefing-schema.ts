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

/** A Wikidata item ("Q42") or an http(s) URL that identifies a person or organisation. */
const SAME_AS = /^(?:Q[1-9]\d*|https?:\/\/\S+)$/;

/**
 * An editor's identity pin for one speaker (src/lib/speakers/registry.ts): `sameAs` says who the speaker is,
 * `merge` joins a speaker page, `split` keeps this briefing's speaker apart from everyone else's.
 */
const identityPin = z
  .object({
    speaker: z.string({ error: 'identities: each entry needs "speaker" (the name, an alias or the id in this briefing)' }).min(1),
    sameAs: z
      .string()
      .regex(SAME_AS, 'identities: sameAs must be a Wikidata id such as Q42 or an http(s) URL')
      .optional(),
    merge: z.string().min(1, 'identities: merge must name a speaker page id or a name').optional(),
    split: z.boolean().optional(),
  })
  .strict()
  .refine((p) => [p.sameAs, p.merge, p.split].filter((v) => v !== undefined && v !== false).length === 1, {
    error: 'identities: give exactly one of sameAs, merge or split: true for each speaker',
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
  // The original: who published it, where, who wrote it and when. The page, share cards, citations and JSON-LD
  // credit the outlet; the article's own voice is "the article (Outlet)".
  outlet: z.string().min(1, 'outlet must not be empty (the publication, e.g. "CTV News")').transform(displayText).optional(),
  url: z.url({ protocol: /^https?$/, error: 'url must be the original article\'s full address, starting with https://' }).optional(),
  author: z.string().min(1, 'author must not be empty').transform(displayText).optional(),
  published: z.coerce.date({ error: 'published must be a calendar date such as 2025-02-18 (when the outlet published it)' }).optional(),
  // When the briefing was added or last changed on this site (orders the home page and the feed); default: the
  // file's last commit.
  updated: z.coerce.date({ error: 'updated must be a calendar date such as 2025-02-18 (when the briefing was added or changed)' }).optional(),
  draft: z.boolean().default(false),
  identities: z.array(identityPin).optional(),
  annotations: z
    .object({
      speakers: z.array(speakerOverride).optional(),
      quotes: z.array(quoteOverride).optional(),
    })
    .optional(),
});
