/**
 * The robustness corpus: synthetic briefings that carry every anomaly real copy brings, so the site is checked on
 * them as it is on the seed (tests/build/robustness.test.ts: W3C checker, links and fragments, hostile text, axe).
 * Invented text only (built on tools/synthetic.ts); deterministic, byte for byte.
 *
 *   node --experimental-strip-types --no-warnings tools/robustness.ts OUT_DIR [--count N]
 *
 * Without --count it writes one briefing per anomaly; with --count N it writes N briefings, cycling through the
 * anomalies with different seeds (the benchmark's 500-briefing build).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { commandLine, numberFlag } from '../src/cli/args.ts';
import path from 'node:path';
import { rng, syntheticBriefing } from './synthetic.ts';

export interface CorpusBriefing {
  /** file name without .md */
  slug: string;
  text: string;
}

type Random = () => number;

interface Anomaly {
  slug: string;
  title: string;
  body: (random: Random) => string;
}

/** A plausible body to carry the anomaly: the benchmark's synthetic newswire text without its front matter. */
function prose(seed: number, paragraphs = 6): string {
  return syntheticBriefing(seed, { paragraphs, seed: 7 }).replace(/^---[\s\S]*?\n---\n/, '').trim();
}

/** Puts `insert(random)` at about every `every`-th word boundary of the text. */
function sprinkle(text: string, every: number, random: Random, insert: (r: Random) => string): string {
  return text.replace(/ /g, (space) => (random() * every < 1 ? `${insert(random)}${space}` : space));
}

const C0_C1 = ['\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B', '\u007F', '\u0083', '\u0085', '\u0091', '\u009D'];
const NONCHARACTERS = ['\uFDD0', '\uFFFE', '\uFFFF', '\u{1FFFE}', '\u{10FFFF}'];
const BIDI = ['\u202A', '\u202B', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u200E', '\u200F', '\u061C'];
const ZERO_WIDTH = ['\u200B', '\u2060', '\uFEFF', '\u00AD', '\u200D', '\u200C'];
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const ANOMALIES: Anomaly[] = [
  {
    slug: 'controls',
    title: 'Controls pasted from a content system',
    body: (r) =>
      `${sprinkle(prose(1), 6, r, (x) => pick(x, [...C0_C1, ...NONCHARACTERS]))}\n\nA line\u0085break that a CMS wrote as NEL, and a word\u0083split by U+0083.`,
  },
  {
    slug: 'bidi',
    title: 'Bidirectional overrides around quotes',
    body: (r) =>
      `“\u202EWe will sign it\u202C,” said Alex Tormor, the trade envoy.\n\n${sprinkle(prose(2), 8, r, (x) => pick(x, BIDI))}\n\nThe figure was \u2067reported\u2069 as \u202D42\u202C percent.`,
  },
  {
    slug: 'zero-width',
    title: 'Zero-width characters inside words and names',
    body: (r) =>
      `“Every\u200Bthing is on the table,” said Ma\u200Bria Sel\u00ADrin, the city mayor.\n\n${sprinkle(prose(3), 5, r, (x) => pick(x, ZERO_WIDTH))}\n\nA family photo 👨\u200D👩\u200D👧 and a word with a joiner: ab\u200Dcd.`,
  },
  {
    slug: 'spaces',
    title: 'No-break spaces and tabs',
    body: (r) =>
      `${sprinkle(prose(4), 4, r, () => '\u00A0').replace(/\. /g, '.\t')}\n\n“We\u00A0will\u00A0not\u00A0wait,”\tsaid\u00A0Omar\u00A0Venda, a senior economist.\n\n\tA paragraph indented by a tab, which Markdown reads as code.\n\n    And one indented by four spaces.`,
  },
  {
    slug: 'html',
    title: 'HTML entities and raw tags in the copy',
    body: () =>
      [
        'Prices rose 5&nbsp;percent &amp; wages fell &mdash; a &#8220;squeeze&#8221;, said Hannah Korin, &quot;the committee chair&quot;.',
        '<p class="lede">A raw paragraph tag</p> and <b>bold</b>, <i>italic</i>, <br> a break, <span style="color:red">a span</span>.',
        '<div>An unclosed block',
        '<script>alert("raw script")</script> <img src=x onerror=alert(1)> <iframe src="https://example.com"></iframe>',
        '“A quote with <em>markup</em> inside it,” said Victor Daho. &lt;escaped&gt; &unknown; &#0; &#xD800; &#x110000;',
        prose(5, 3),
      ].join('\n\n'),
  },
  {
    slug: 'markdown-specials',
    title: 'Markdown specials at the start of lines',
    body: () =>
      [
        '# A heading in the body',
        '## “A quoted sub-heading,” said nobody',
        '> “A quote in a block quote,” said Laura Pelta, the finance minister.',
        '- a list item with “a quote,” said Laura Pelta\n- another item\n  - nested',
        '1. a numbered item\n2) another',
        '* star item\n+ plus item',
        '| table | head |\n|---|---|\n| “cell quote,” she said | 5 percent |',
        '```\n“code fence quote,” said no one\n```',
        '---',
        'Setext heading\n===',
        '[a link](https://example.com "title") and ![an image](https://example.com/photo.png) and <https://example.com/auto>',
        '\\# escaped hash, \\* escaped star, trailing backslash\\',
        ':::note\na container directive\n:::',
        ':unknown[text directive]{a=1} and ::leaf-directive',
        '[^1]: a footnote definition\n\nText with a footnote[^1].',
        prose(6, 3),
      ].join('\n\n'),
  },
  {
    slug: 'long-paragraph',
    title: 'One very long paragraph',
    body: () => prose(7, 40).replace(/\n\n/g, ' ').repeat(3),
  },
  {
    slug: 'quotation-marks',
    title: 'Thousands of quotation marks',
    body: (r) => {
      const marks = ['“', '”', '"', '‘', '’', "'", '«', '»', '„', '‹', '›'];
      const parts: string[] = [];
      for (let p = 0; p < 40; p++) {
        let s = '';
        for (let i = 0; i < 80; i++) s += `${pick(r, marks)}${pick(r, ['word', 'we', 'said', 'no', ''])} `;
        parts.push(s.trim());
      }
      return parts.join('\n\n');
    },
  },
  {
    slug: 'quote-every-sentence',
    title: 'A quote in every sentence',
    body: (r) => {
      const names = ['Alex Barven', 'Maria Torlin', 'Daniel Kasel', 'Sofia Rinho', 'Peter Gorta'];
      const parts: string[] = [];
      for (let p = 0; p < 60; p++) {
        const n = pick(r, names);
        parts.push(`“Sentence ${p} of the quotes is here,” said ${n}. ${n.split(' ')[1]} added that item ${p} rose ${p + 1} percent. “And another,” she said.`);
      }
      return parts.join('\n\n');
    },
  },
  {
    slug: 'scripts',
    title: 'Non-Latin scripts',
    body: () =>
      [
        '«Мы не подпишем это соглашение», — сказал Иван Петров, министр финансов.',
        '„Wir werden nicht warten“, sagte Anna Schmidt.',
        '«لن نوقع هذا الاتفاق»، قال أحمد حسن، وزير المالية. المبلغ ٤٥٠ مليون.',
        '"לא נחתום על ההסכם", אמר דוד כהן.',
        '「この合意には署名しない」と田中太郎財務相は述べた。',
        '“我们不会签署这项协议，”财政部长王伟说。',
        '“हम इस समझौते पर हस्ताक्षर नहीं करेंगे,” वित्त मंत्री राज कुमार ने कहा।',
        '«Δεν θα υπογράψουμε», είπε ο Νίκος Παπαδόπουλος.',
        'می\u200Cخواهم — a Persian word with its non-joiner, and 한국어 문장도 있습니다.',
        prose(8, 3),
      ].join('\n\n'),
  },
  {
    slug: 'emoji',
    title: 'Emoji in quotes and names',
    body: () =>
      [
        '“We did it 🎉🎉🎉,” said Grace Holin 👩🏽‍🔬, the committee chair.',
        'Flags 🇨🇦 🇺🇸 🏳️‍🌈, skin tones 👍🏿 👋🏻, a family 👨‍👩‍👧‍👦, keycaps 1️⃣ #️⃣ and a lone variation selector \uFE0F.',
        '“🔥” was the whole reply, Samuel Nistor wrote in a post. Shares rose 12 percent 📈.',
        prose(9, 3),
      ].join('\n\n'),
  },
  {
    slug: 'front-matter',
    title: 'Hidden characters in the front matter',
    body: () => prose(10, 4),
  },
];

function frontMatter(a: Anomaly, index: number): string {
  const title = a.slug === 'front-matter' ? 'A ti\u200Btle with\u0083 hidden \u202Echaracters\u202C' : `Robustness: ${a.title}`;
  const summary = a.slug === 'front-matter' ? 'A sum\u00ADmary with a\u0007 bell.' : `Synthetic copy with ${a.title.toLowerCase()}.`;
  const day = String(1 + (index % 28)).padStart(2, '0');
  return ['---', `title: ${JSON.stringify(title)}`, `date: 2025-06-${day}`, `summary: ${JSON.stringify(summary)}`, '---', ''].join('\n');
}

/** The corpus: one briefing per anomaly, or `count` briefings cycling through them. */
export function robustnessCorpus(count?: number): CorpusBriefing[] {
  const n = count ?? ANOMALIES.length;
  return Array.from({ length: n }, (_, i) => {
    const a = ANOMALIES[i % ANOMALIES.length]!;
    const slug = count === undefined ? a.slug : `${a.slug}-${String(i).padStart(4, '0')}`;
    return { slug, text: `${frontMatter(a, i)}\n${a.body(rng(1000 + i))}\n` };
  });
}

export const ANOMALY_SLUGS = ANOMALIES.map((a) => a.slug);

export function writeCorpus(dir: string, count?: number): CorpusBriefing[] {
  mkdirSync(dir, { recursive: true });
  const corpus = robustnessCorpus(count);
  for (const b of corpus) writeFileSync(path.join(dir, `${b.slug}.md`), b.text);
  return corpus;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const { out, count } = commandLine(
    {
      usage: 'node --experimental-strip-types --no-warnings tools/robustness.ts [OUT_DIR] [--count N]',
      options: { count: { type: 'string' } },
      positionals: { max: 1 },
    },
    ({ values, positionals }) => ({ out: positionals[0] ?? '/tmp/on-record-robustness', count: numberFlag(values, 'count', { min: 1, integer: true }) }),
  );
  const corpus = writeCorpus(path.resolve(out), count);
  console.log(`${corpus.length} robustness briefings written to ${out}`);
}
