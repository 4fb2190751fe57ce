/**
 * A remark plugin after remark-on-record: hands each briefing's analysis and front matter to the share cards as Vite
 * loads the briefing (src/lib/cards/site-cards.ts, drawBriefingCards), so that the card thread draws while Vite
 * loads the rest instead of idling until Astro lists the routes. Front matter the schema refuses is left to the
 * build's own check (src/integrations/input-check/), which stops the build.
 */
import type { VFile } from 'vfile';
import type { Analysis } from '../../analysis/types.ts';
import { briefingSchema } from '../../content/briefing-schema.ts';
import { drawBriefingCards } from './site-cards.ts';

export default function remarkDrawCardsEarly() {
  return (_tree: unknown, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    const analysis = frontmatter?.analysis as Analysis | undefined;
    if (!analysis) return;
    const parsed = briefingSchema.safeParse(frontmatter);
    // A draft has no pages, so no cards.
    if (!parsed.success || parsed.data.draft) return;
    const { title, date, outlet } = parsed.data;
    // As src/lib/permalinks.ts (briefingSources) writes the day.
    drawBriefingCards(analysis, { title, date: date.toISOString().slice(0, 10), ...(outlet ? { outlet } : {}) });
  };
}
