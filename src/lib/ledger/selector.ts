/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors) over a briefing's source text.
 * Positions are JS string indices, end exclusive: exactly the engine's offsets.
 */

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** How many characters of context the prefix and suffix keep. */
export const CONTEXT_CHARS = 32;

/** Does not split a surrogate pair at the cut. */
function safeStart(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff ? at + 1 : at;
}

export function textQuoteSelector(text: string, start: number, end: number, context = CONTEXT_CHARS): TextQuoteSelector {
  const from = safeStart(text, Math.max(0, start - context));
  const to = Math.min(text.length, end + context);
  const lastOfSuffix = text.charCodeAt(to - 1);
  const suffixEnd = lastOfSuffix >= 0xd800 && lastOfSuffix <= 0xdbff ? to - 1 : to;
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(from, start),
    suffix: text.slice(end, suffixEnd),
  };
}

export function textPositionSelector(start: number, end: number): TextPositionSelector {
  return { type: 'TextPositionSelector', start, end };
}
