/** How quoted words are set in link previews: balanced marks, a mixed quote's own marks kept and nested. */
import { describe, expect, it } from 'vitest';
import { displayWords, inQuotes } from '../../src/lib/share/links.ts';

const balanced = (s: string) => {
  let depth = 0;
  for (const ch of s) {
    if (ch === '“' || ch === '‘') depth++;
    if (ch === '”' || (ch === '’' && depth > 0)) depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
};

describe('quoted words', () => {
  it('drops only a pair of marks around the whole passage', () => {
    expect(displayWords('“We will not wait.”')).toBe('We will not wait.');
    expect(displayWords('agreed to appoint “high-level teams,”')).toBe('agreed to appoint “high-level teams,”');
  });
  it('nests inner quotation marks as single ones inside our double ones', () => {
    const set = inQuotes(displayWords('the delegations had agreed to establish a “consultation mechanism,”'));
    expect(set).toBe('“the delegations had agreed to establish a ‘consultation mechanism,’”');
    expect(balanced(set)).toBe(true);
  });
});
