import { describe, expect, it } from 'vitest';
import { checkBriefingBytes, firstInvalidUtf8 } from '../../src/integrations/input-check/index.ts';
import { isSafeUrl } from '../../src/rehype/safe-urls.ts';

const utf8 = (s: string) => [...new TextEncoder().encode(s)];

describe('briefing input check', () => {
  it('accepts UTF-8 with curly quotes, accents and emoji', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('“Café,” she said. ‘Ça va’ 🙂'))).toBe(-1);
    expect(checkBriefingBytes('a.md', new TextEncoder().encode('---\ntitle: "x"\n---\n\nText.\n'))).toEqual([]);
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
