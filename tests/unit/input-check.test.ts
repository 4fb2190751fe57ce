import { describe, expect, it } from 'vitest';
import { checkBriefingBytes, checkBriefingFile, firstInvalidUtf8, problemsSummary } from '../../src/integrations/input-check/index.ts';
import { checkFrontMatter } from '../../src/integrations/input-check/front-matter.ts';
import { isSafeUrl } from '../../src/rehype/safe-urls.ts';

const utf8 = (s: string) => [...new TextEncoder().encode(s)];

describe('briefing input check', () => {
  it('accepts UTF-8 with curly quotes, accents and emoji', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('“Café,” she said. ‘Ça va’ 🙂'))).toBe(-1);
    expect(checkBriefingBytes('a.md', new TextEncoder().encode('---\ntitle: "x"\ndate: 2025-01-01\nsummary: "s"\n---\n\nText.\n'))).toEqual([]);
  });

  it('points at the first byte that is not UTF-8, with its line', () => {
    const bytes = new Uint8Array([...utf8('one\ntwo\ncaf'), 0xe9, ...utf8(' x')]);
    expect(firstInvalidUtf8(bytes)).toBe(11);
    expect(checkBriefingBytes('b.md', bytes)).toEqual(['b.md:3: not valid UTF-8 at byte 11 (0xe9); save the file as UTF-8 and build again']);
  });

  it('reports a broken multi-byte sequence where it starts', () => {
    expect(firstInvalidUtf8(new Uint8Array([...utf8('ab'), 0xe2, 0x80, 0x41]))).toBe(2);
    expect(firstInvalidUtf8(new Uint8Array([...utf8('ab'), 0xe2, 0x80]))).toBe(2);
  });

  it('rejects an empty or blank file and front matter that never closes', () => {
    expect(checkBriefingBytes('e.md', new Uint8Array())).toEqual([expect.stringMatching(/^e\.md: the file is empty/)]);
    expect(checkBriefingBytes('e.md', new TextEncoder().encode(' \n\t\n'))).toHaveLength(1);
    expect(checkBriefingBytes('f.md', new TextEncoder().encode('---\ntitle: "x"\n\nText.\n'))).toEqual([
      expect.stringMatching(/^f\.md:1: the front matter opened here is never closed/),
    ]);
  });
});

describe('front matter an editor can fix', () => {
  const fm = (...lines: string[]) => `---\n${lines.join('\n')}\n---\n\nText.\n`;
  const ok = ['date: 2025-01-01', 'summary: "s"'];

  it('is silent when the front matter is right', () => {
    expect(checkFrontMatter('a.md', fm('title: "The mayor’s plan"', ...ok))).toEqual([]);
    expect(checkFrontMatter('a.md', fm("title: The mayor's plan", ...ok))).toEqual([]);
  });

  it('names the file line and the field of a YAML mistake, and what to do', () => {
    expect(checkFrontMatter('a.md', fm(...ok, "title: 'The mayor's plan'"))).toEqual([
      'a.md:4: the front matter field "title" cannot be read: an apostrophe ends a value in single quotes; put the whole value in double quotes instead',
    ]);
    expect(checkFrontMatter('a.md', fm('title: Budget: the vote', ...ok))[0]).toMatch(/^a\.md:2: the front matter field "title" cannot be read: the value contains a character YAML reads as syntax/);
    expect(checkFrontMatter('a.md', fm('title: "T"', 'title: "U"', ...ok))).toEqual(['a.md:3: the front matter field "title" is given twice; keep one']);
  });

  it('points at the line that opened an unclosed quote, not where YAML gave up', () => {
    expect(checkFrontMatter('a.md', fm('title: "Unclosed', ...ok))).toEqual([
      'a.md:2: the front matter field "title" cannot be read: the double quotes are not closed on this line; close them',
    ]);
  });

  it('says which field the schema wants, on its line, or on line 1 when it is missing', () => {
    expect(checkFrontMatter('a.md', fm('date: tomorrow', 'summary: ""', 'draft: 1'))).toEqual([
      'a.md:1: the field "title" is required (the headline, in quotes)',
      'a.md:2: the field "date" must be a calendar date such as 2025-02-18',
      'a.md:3: the field "summary" must not be empty',
      'a.md:4: the field "draft" must be true or false, not a number',
    ]);
  });

  it('is part of the build’s file check, after the bytes (annotate checks only the bytes)', () => {
    const bytes = new TextEncoder().encode("---\ntitle: 'It's'\n---\n");
    expect(checkBriefingBytes('a.md', bytes)).toEqual([]);
    expect(checkBriefingFile('a.md', bytes)[0]).toMatch(/^a\.md:2: the front matter field "title"/);
  });

  it('asks for front matter when there is none', () => {
    expect(checkFrontMatter('a.md', 'Just text.\n')[0]).toMatch(/^a\.md:1: the file has no front matter/);
  });

  it('sums up the problems in one closing line', () => {
    expect(problemsSummary(['a.md:1: x', 'a.md:2: y', 'b.md: z'])).toBe('3 problems in 2 files; fix them and build again');
  });
});

describe('safe URLs in briefings', () => {
  it('allows the web, mail, phone and paths on this site', () => {
    for (const url of ['https://example.org/a', 'http://x.test', 'mailto:desk@example.org', 'tel:+100', '/briefings/x/', '#q-1', '../a', '?q=1', 'a:b/c'.replace('a:', '')]) {
      expect(isSafeUrl(url), url).toBe(true);
    }
  });

  it('refuses script and data schemes, however they are disguised', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' java\tscript:alert(1)', 'data:text/html,<b>x', 'vbscript:x', 'file:///etc/passwd']) {
      expect(isSafeUrl(url), url).toBe(false);
    }
  });
});
