/**
 * Each briefing's Markdown rendered once per build (src/remark/render-once.ts): Astro's second load of the same file
 * gets the first render's answer, an edited text is rendered afresh, and each caller gets its own copy.
 */
import { describe, expect, it } from 'vitest';
import { renderOnce } from '../../src/remark/render-once.ts';

function countingProcessor() {
  const calls: string[] = [];
  const processor = {
    name: 'unified',
    async createRenderer() {
      return {
        async render(content: string, options?: { frontmatter?: Record<string, unknown> }) {
          calls.push(content);
          return { code: `<p>${content}</p>`, metadata: { frontmatter: { ...options?.frontmatter, analysis: { quotes: [content] } } } };
        },
      };
    },
  };
  return { processor, calls };
}

describe('rendering each briefing once', () => {
  it('answers the second load of the same file from the first render, then renders again', async () => {
    const { processor, calls } = countingProcessor();
    const renderer = await renderOnce(processor).createRenderer();
    const first = (await renderer.render('Hello', { frontmatter: { title: 'A' } })) as { code: string; metadata: { frontmatter: { analysis: { quotes: string[] } } } };
    const second = (await renderer.render('Hello', { frontmatter: { title: 'A' } })) as typeof first;
    expect(calls).toEqual(['Hello']);
    expect(second).toEqual(first);
    // Each caller its own copy.
    first.metadata.frontmatter.analysis.quotes.push('changed');
    expect(second.metadata.frontmatter.analysis.quotes).toEqual(['Hello']);
    // Kept for one more load only: memory does not grow with the briefings.
    await renderer.render('Hello', { frontmatter: { title: 'A' } });
    expect(calls).toEqual(['Hello', 'Hello']);
  });

  it('renders an edited text or other front matter afresh', async () => {
    const { processor, calls } = countingProcessor();
    const renderer = await renderOnce(processor).createRenderer();
    await renderer.render('Hello', { frontmatter: { title: 'A' } });
    const edited = (await renderer.render('Hello again', { frontmatter: { title: 'A' } })) as { code: string };
    await renderer.render('Hello', { frontmatter: { title: 'B' } });
    expect(calls).toEqual(['Hello', 'Hello again', 'Hello']);
    expect(edited.code).toBe('<p>Hello again</p>');
    expect(renderOnce(processor).name).toBe('unified');
  });
});
