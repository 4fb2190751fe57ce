import { getCollection, type CollectionEntry } from 'astro:content';
import { updatedOf } from './briefing-dates.ts';

/**
 * Published briefings, the most recently added or changed first (src/lib/briefing-dates.ts): readers expect a
 * briefing added today at the top, whatever year its events happened in.
 */
export async function publishedBriefings(): Promise<CollectionEntry<'briefings'>[]> {
  const all = await getCollection('briefings', (entry) => !entry.data.draft);
  const updated = new Map(all.map((e) => [e.id, updatedOf(e).getTime()]));
  return all.sort((a, b) => updated.get(b.id)! - updated.get(a.id)! || b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}
