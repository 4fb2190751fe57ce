/** The paragraph around a quote or claim, split into the words before, the item's words and the words after. */
import { segment } from '../../analysis/segment.ts';
import { plainWords } from '../share/links.ts';

export interface Surrounding {
  before: string;
  words: string;
  after: string;
}

export function surroundingParagraph(text: string, start: number, end: number): Surrounding {
  const { paragraphs } = segment(text);
  const touched = paragraphs.filter((p) => p.end > start && p.start < end);
  const from = touched.length ? Math.min(start, touched[0]!.start) : start;
  const to = touched.length ? Math.max(end, touched[touched.length - 1]!.end) : end;
  // Keep the spaces at the seams: plainWords trims each piece.
  const piece = (s: string, side: 'before' | 'after') => {
    const plain = plainWords(s);
    if (!plain) return '';
    if (side === 'before') return /\s$/.test(s) ? `${plain} ` : plain;
    return /^\s/.test(s) ? ` ${plain}` : plain;
  };
  return {
    before: piece(text.slice(from, start), 'before'),
    words: plainWords(text.slice(start, end)),
    after: piece(text.slice(end, to), 'after'),
  };
}
