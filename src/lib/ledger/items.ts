/** What a briefing publishes now, as ledger items: every quote and claim id with its TextQuoteSelector. */
import type { Analysis } from '../../analysis/types.ts';
import type { PublishedItem } from './ledger.ts';
import { textQuoteSelector } from './selector.ts';

export function publishedItems(analysis: Pick<Analysis, 'quotes' | 'claims'>, text: string): PublishedItem[] {
  const items: PublishedItem[] = [];
  const add = (id: string, kind: PublishedItem['kind'], start: number, end: number) => {
    const { exact, prefix, suffix } = textQuoteSelector(text, start, end);
    items.push({ id, kind, exact, prefix, suffix });
  };
  for (const q of analysis.quotes) add(q.id, 'quote', q.start, q.end);
  for (const c of analysis.claims) add(c.id, 'claim', c.start, c.end);
  return items;
}
