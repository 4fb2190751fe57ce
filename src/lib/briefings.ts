import { getCollection, type CollectionEntry } from 'astro:content';

/** Published briefings, newest first. */
export async function publishedBriefings(): Promise<CollectionEntry<'briefings'>[]> {
  const all = await getCollection('briefings', (entry) => !entry.data.draft);
  return all.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}
