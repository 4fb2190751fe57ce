/**
 * Linking the quotations no cue reported. LINK_RULES is the ordered sieve; rules run in passes (all chains first,
 * then cues elsewhere in the paragraph, then neighbouring quotes), and within a pass every quotation tries the rules
 * in order. What no rule links stays a quote of no one when it looks like one (more than three words, or a mark
 * left open): a shorter one is a scare quote or a title.
 */

import type { How } from '../types.ts';
import type { Context } from './context.ts';
import { groupBy, paragraphOf, sentenceAt } from './context.ts';
import type { SourcedCue } from './sources.ts';
import { copyFound, type Found, type RawQuote } from './found.ts';
import type { MarkQuote } from '../quotes.ts';
import { isSpaceCode } from '../text.ts';
import { isCapitalised, isTitleCase } from '../zones.ts';
import { TITLE_SMALL_WORDS } from '../lexicon/zones.ts';
import { PHRASE_PREPOSITIONS } from '../lexicon/function-words.ts';

export interface Link {
  /** the quotation mark to attribute (a chain may attribute the earlier mark) */
  mark: number;
  entity: number;
  cue: string | null;
  source?: { start: number; end: number };
  /** the cue that now reported something */
  produces?: number;
}

export type LinkPass = 'chains' | 'cues' | 'neighbours';

export interface LinkRule {
  readonly how: How;
  readonly confidence: number;
  readonly pass: LinkPass;
  readonly pattern: string;
  link(i: number, st: LinkState): Link | null;
}

export interface LinkState {
  ctx: Context;
  cues: readonly SourcedCue[];
  entityOf(c: SourcedCue): number;
  found: Found;
  /** paragraph → indexes of its cues */
  cuesByParagraph: ReadonlyMap<number, number[]>;
  /** paragraph → its attributed quotes, built when first read and kept up to date */
  byParagraph(): ReadonlyMap<number, RawQuote[]>;
}

/** A chain of paragraphs a quotation continues over (“… / “… ”): both ends are one speaker's. */
export const multiParagraph: LinkRule = {
  how: 'multi-paragraph', confidence: 0.85, pass: 'chains', pattern: 'a quotation continued from the previous paragraph\'s open quotation, either way',
  link(i, { ctx, found }) {
    const a = ctx.marks[i]!.continues;
    if (a === undefined) return null;
    const speaker = (m: number) => {
      const r = found.taken.get(m);
      return r === undefined ? -2 : found.raw[r]!.entity;
    };
    const sa = speaker(a);
    const sb = speaker(i);
    if (sb === -2 && sa >= 0) return { mark: i, entity: sa, cue: found.raw[found.taken.get(a)!]!.cue };
    if (sa === -2 && sb >= 0) return { mark: a, entity: sb, cue: found.raw[found.taken.get(i)!]!.cue };
    return null;
  },
};

/** The first cue of the paragraph with a source and nothing reported that could have introduced quotation i. */
function unusedCue(i: number, { ctx, cues, found, cuesByParagraph, entityOf }: LinkState): { c: number; same: boolean } | null {
  const { marks, sentences, toks } = ctx;
  const q = marks[i]!;
  const qSent = sentenceAt(sentences, q.end - 1);
  const qStartSent = sentenceAt(sentences, q.start);
  for (const c of cuesByParagraph.get(q.paragraph) ?? []) {
    const cue = cues[c]!;
    if (found.produced.has(c) || !cue.subject) continue;
    const before = cue.sent === qStartSent && toks[cue.k1 - 1]!.end <= q.start;
    if (!(before && cue.sent < qSent) && (cue.sent < qSent || cue.sent > qSent + 3)) continue;
    if (toks[cue.r0]!.start < q.end) {
      // a cue earlier in the quote's own sentence
      if (before && entityOf(cue) >= 0) return { c, same: true };
      continue;
    }
    return { c, same: false };
  }
  return null;
}

const fromCue = (st: LinkState, i: number, c: number): Link => {
  const cue = st.cues[c]!;
  return { mark: i, entity: st.entityOf(cue), cue: cue.text, source: { start: cue.subject!.start, end: cue.subject!.end }, produces: c };
};

export const sameSentence: LinkRule = {
  how: 'same-sentence', confidence: 0.7, pass: 'cues', pattern: '"X said nothing more, but … “…”": a cue earlier in the quote\'s sentence that reported nothing else',
  link(i, st) {
    const u = unusedCue(i, st);
    // a title ("an app called “Harbour Meter”") is nobody's words, whatever cue stands before it
    return u && u.same && !isTitleOfWork(st.ctx, st.ctx.marks[i]!) ? fromCue(st, i, u.c) : null;
  },
};

/**
 * "“…,” Kim says. “And that is what it shows.”": a quotation opening the sentence right after one whose speaker the
 * cue after it named continues that speaker, before any cue further on could claim it.
 */
export const followingQuote: LinkRule = {
  how: 'following-quote', confidence: 0.85, pass: 'cues', pattern: '"“…,” Kim says. “…”": a quotation opening the sentence after an attributed quotation and its cue',
  link(i, { ctx, found, cues, cuesByParagraph }) {
    const { marks, sentences, text } = ctx;
    const q = marks[i]!;
    const qs = sentenceAt(sentences, q.start);
    if (qs <= 0 || text.slice(sentences[qs]!.start, q.start).trim() !== '') return null;
    // a cue of its own ("“…,” the engineer, Jane Doe, told reporters") is the quotation's, not the neighbour's
    const qEnd = sentenceAt(sentences, q.end - 1);
    if ((cuesByParagraph.get(q.paragraph) ?? []).some((c) => cues[c]!.subject && cues[c]!.sent >= qs && cues[c]!.sent <= qEnd)) return null;
    let p = -1;
    for (let x = 0; x < marks.length; x++) if (marks[x]!.end <= q.start && (p < 0 || marks[x]!.end > marks[p]!.end)) p = x;
    const r = p >= 0 ? found.raw[found.taken.get(p) ?? -1] : undefined;
    if (!r || r.entity < 0 || r.kind !== 'direct' || !r.source || marks[p]!.paragraph !== q.paragraph) return null;
    // the earlier quotation ends the sentence before, with its cue after it ("…,” Kim says.")
    if (r.source.start < marks[p]!.end || sentenceAt(sentences, marks[p]!.end - 1) !== qs - 1 || sentenceAt(sentences, r.source.start) !== qs - 1) return null;
    return { mark: i, entity: r.entity, cue: null };
  },
};

export const crossSentence: LinkRule = {
  how: 'cross-sentence', confidence: 0.6, pass: 'cues', pattern: '"“…” … she said.": a cue with no content of its own up to three sentences later in the paragraph',
  link(i, st) {
    const u = unusedCue(i, st);
    return u && !u.same ? fromCue(st, i, u.c) : null;
  },
};

/**
 * A few words in quotation marks inside the narration ("put up a “do not jump” sign", "what they call “the
 * big fix”"): a scare quote, a term or a title, never speech a neighbour said. Speech opens its sentence or ends with
 * punctuation inside its marks.
 */
export function isScareQuote({ text }: Context, q: MarkQuote): boolean {
  if (q.unclosed || q.unopened) return false;
  const inner = text.slice(q.innerStart, q.innerEnd).trim();
  // a comma inside the closing mark is the narration's ("known as “Ghost,” said"), not the end of speech
  if (hasMoreWords(inner, SCARE_QUOTE_WORDS)) return false;
  if (endsInPunctuation(inner) && !inner.endsWith(',') && !(inner.endsWith('.') && !hasMoreWords(inner, 1) && afterPreposition(text, q.start))) return false;
  const before = text.slice(Math.max(0, q.start - 3), q.start).trimEnd();
  return before !== '' && !/[.!?:\n]$/u.test(before);
}
const SCARE_QUOTE_WORDS = 3;

/**
 * Is the word right before `at` a preposition ("his rating at “hold.”", "a move to “neutral.”")? A single word after
 * one is its object, a term in marks: the full stop inside them is the sentence's (the American style), not speech's
 * (a longer phrase, "based on “one giant assumption.”", may be the speaker's words).
 */
function afterPreposition(text: string, at: number): boolean {
  let e = at;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > 0 && /\p{L}/u.test(text[b - 1]!)) b--;
  return b < e && PHRASE_PREPOSITIONS.has(text.slice(b, e).toLowerCase());
}

/** Does the trimmed s hold more than n words (white-space runs + 1)? Stops counting at n: quotations are long. */
function hasMoreWords(s: string, n: number): boolean {
  let words = 1;
  for (let i = 0; i < s.length; i++) {
    if (!isSpaceCode(s.charCodeAt(i)) || isSpaceCode(s.charCodeAt(i - 1))) continue;
    if (++words > n) return true;
  }
  return false;
}

/** Does s end in . , ! ? ; : or …? (A look at the last character, where /[.,!?;:…]$/ would scan the whole string.) */
function endsInPunctuation(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c === 46 || c === 44 || c === 33 || c === 63 || c === 59 || c === 58 || c === 0x2026;
}

/**
 * “The Kid Who Would Be King”, “Face the Nation”: a quotation whose words are all capitalised (small words aside),
 * two of them long, names a work, a show or a slogan; with no cue of its own it is no one's speech.
 */
export function isTitleOfWork({ text }: Context, q: MarkQuote): boolean {
  if (q.unclosed || q.unopened) return false;
  // the words of the quotation without its closing punctuation, read one by one up to the first that is neither
  // capitalised nor small (most quotations are speech and fail at once), then split only when all pass
  let end = q.innerEnd;
  while (end > q.innerStart && endsInPunctuation(text[end - 1]!)) end--;
  const inner = text.slice(q.innerStart, end).trim();
  for (let a = 0; a < inner.length; ) {
    let b = a;
    while (b < inner.length && !isSpaceCode(inner.charCodeAt(b))) b++;
    const w = inner.slice(a, b);
    if (!(isCapitalised(w) || TITLE_SMALL_WORDS.has(w.toLowerCase()))) return false;
    while (b < inner.length && isSpaceCode(inner.charCodeAt(b))) b++;
    a = b;
  }
  const words = inner.split(/\s+/);
  return words.length >= 2 && words.every((w) => isCapitalised(w) || TITLE_SMALL_WORDS.has(w.toLowerCase())) && isTitleCase(words, 2);
}

export const paragraphContinuation: LinkRule = {
  how: 'paragraph-continuation', confidence: 0.7, pass: 'neighbours', pattern: 'a quotation with no cue: the speaker of the nearest attributed quote in its paragraph',
  link(i, st) {
    const q = st.ctx.marks[i]!;
    if (isScareQuote(st.ctx, q) || isTitleOfWork(st.ctx, q)) return null;
    let best = -1;
    let bestDist = Infinity;
    for (const r of st.byParagraph().get(q.paragraph) ?? []) {
      if (r.entity < 0) continue;
      const d = Math.abs(r.start - q.start);
      if (d < bestDist) {
        bestDist = d;
        best = r.entity;
      }
    }
    return best >= 0 ? { mark: i, entity: best, cue: null } : null;
  },
};

/** A quotation that opens its paragraph (not the first). */
const opensParagraph = ({ ctx }: LinkState, i: number) => {
  const q = ctx.marks[i]!;
  return q.start <= (ctx.paragraphStarts.get(q.paragraph) ?? -1) + 1 && q.paragraph > 0;
};

export const previousParagraph: LinkRule = {
  how: 'previous-paragraph', confidence: 0.6, pass: 'neighbours', pattern: 'a paragraph that is only a quotation: the last speaker of the previous paragraph',
  link(i, st) {
    if (!opensParagraph(st, i) || isTitleOfWork(st.ctx, st.ctx.marks[i]!)) return null;
    let last: RawQuote | null = null;
    for (const r of st.byParagraph().get(st.ctx.marks[i]!.paragraph - 1) ?? []) {
      if (r.entity < 0) continue;
      if (!last || r.start > last.start) last = r;
    }
    return last ? { mark: i, entity: last.entity, cue: null } : null;
  },
};

const COLON_INTRO_TOKENS = 24;

/** "Doe, the ferry captain, puts it plainly: “…”": a quotation after a colon, said by the name its sentence opens with. */
export const colonSubject: LinkRule = {
  how: 'colon-subject', confidence: 0.8, pass: 'neighbours', pattern: '"Jane Doe, the ferry captain, puts it plainly: “…”": the name that opens the sentence of the colon',
  link(i, st) {
    const { text, sentences, sentTok, mentionsOfSent, toks } = st.ctx;
    const q = st.ctx.marks[i]!;
    let x = q.start - 1;
    while (x >= 0 && /\s/.test(text[x]!)) x--;
    if (text[x] !== ':') return null;
    const sent = sentenceAt(sentences, x);
    if (sent < 0 || sentences[sent]!.paragraph !== q.paragraph) return null;
    const m = (mentionsOfSent.get(sent) ?? []).find((mm) => !mm.quoted && !mm.inRole);
    // a single name the text shows elsewhere as a person's ("Martell, the addictions doctor, is blunt:") counts
    const person = m?.type === 'person' || (m?.type === 'unknown' && m.entity >= 0 && st.ctx.entities[m.entity]?.kind === 'person');
    if (!m || m.entity < 0 || !person || m.r0 !== sentTok[sent] || toks[m.r0]!.start >= x) return null;
    // a short introduction: a long sentence before the colon is narration, not someone taking the floor
    const far = toks[m.r0 + COLON_INTRO_TOKENS];
    if (far && far.sent === sent && far.start < x) return null;
    return { mark: i, entity: m.entity, cue: null, source: { start: m.start, end: m.end } };
  },
};

export const introduced: LinkRule = {
  how: 'introduced', confidence: 0.6, pass: 'neighbours',
  pattern: 'a quotation after a paragraph ending "…, she said:", or opening the sentence after "X said in a statement." (a cue that reported nothing of its own)',
  link(i, st) {
    const c = opensParagraph(st, i) ? lastCueOfParagraphBefore(st, i) : cueOfSentenceBefore(st, i);
    if (c === undefined) return null;
    const intro = st.cues[c]!;
    if (st.found.produced.has(c) || !intro.subject || st.entityOf(intro) < 0) return null;
    return fromCue(st, i, c);
  },
};

/** The last cue of the paragraph before quotation i's, when it is in that paragraph's last sentence. */
function lastCueOfParagraphBefore(st: LinkState, i: number): number | undefined {
  const p = st.ctx.marks[i]!.paragraph - 1;
  const before = st.cuesByParagraph.get(p) ?? [];
  const c = before[before.length - 1];
  return c !== undefined && st.cues[c]!.sent === (st.ctx.lastSentenceOf.get(p) ?? -1) ? c : undefined;
}

/**
 * "X said in a statement. “…”": quotation i opens a sentence of its paragraph, and the sentence before it ends with
 * a cue (its last one) that reported nothing; no other quotation comes between.
 */
function cueOfSentenceBefore(st: LinkState, i: number): number | undefined {
  const { marks, sentences, text } = st.ctx;
  const q = marks[i]!;
  const qs = sentenceAt(sentences, q.start);
  if (qs <= 0 || text.slice(sentences[qs]!.start, q.start).trim() !== '') return undefined;
  let last: number | undefined;
  for (const c of st.cuesByParagraph.get(q.paragraph) ?? []) if (st.cues[c]!.sent === qs - 1) last = c;
  if (last === undefined || (i > 0 && marks[i - 1]!.end > st.ctx.toks[st.cues[last]!.k0]!.start)) return undefined;
  // the cue closes its sentence ("said in a statement."): a long tail after it ("says she received a call from …,
  // who …") is narration with a cue inside, not an introduction
  const { toks, sentTok } = st.ctx;
  const end = sentTok[qs]!;
  if (end - st.cues[last]!.k1 > CLOSING_TAIL_TOKENS) return undefined;
  for (let k = st.cues[last]!.k1; k < end; k++) if (toks[k]!.w === ',') return undefined;
  return last;
}
const CLOSING_TAIL_TOKENS = 8;

export const LINK_RULES: readonly LinkRule[] = [multiParagraph, sameSentence, followingQuote, crossSentence, colonSubject, paragraphContinuation, previousParagraph, introduced];

/** The passes in order, and how often each runs (a chain is followed both ways, twice). */
const PASSES: readonly { pass: LinkPass; repeat: number; all: boolean }[] = [
  { pass: 'chains', repeat: 2, all: true },
  { pass: 'cues', repeat: 1, all: false },
  { pass: 'neighbours', repeat: 1, all: false },
];

/** The rules of a pass, in order (for the whole sieve worked out once, not for every briefing). */
let fullSieveByPass: Map<LinkPass, LinkRule[]> | null = null;
function rulesOfPass(rules: readonly LinkRule[], pass: LinkPass): readonly LinkRule[] {
  if (rules !== LINK_RULES) return rules.filter((r) => r.pass === pass);
  fullSieveByPass ??= new Map(PASSES.map((p) => [p.pass, LINK_RULES.filter((r) => r.pass === p.pass)]));
  return fullSieveByPass.get(pass)!;
}

export function linkQuotes(ctx: Context, cues: readonly SourcedCue[], entityOf: (c: SourcedCue) => number, content: Found, without: ReadonlySet<How> = new Set()): Found {
  const found = copyFound(content);
  let index: Map<number, RawQuote[]> | null = null;
  const indexRaw = (r: RawQuote) => {
    const p = paragraphOf(ctx.sentences, sentenceAt(ctx.sentences, r.start));
    const list = index!.get(p);
    if (list) list.push(r);
    else index!.set(p, [r]);
  };
  const cuesByParagraph = groupBy(cues.length, (c) => paragraphOf(ctx.sentences, cues[c]!.sent));
  const st: LinkState = {
    ctx, cues, entityOf, found, cuesByParagraph,
    byParagraph() {
      if (!index) {
        index = new Map();
        for (const r of found.raw) indexRaw(r);
      }
      return index;
    },
  };
  const rules = without.size === 0 ? LINK_RULES : LINK_RULES.filter((r) => !without.has(r.how));
  const titles = appositionTitles(cues);
  for (const { pass, repeat, all } of PASSES) {
    const inPass = rulesOfPass(rules, pass);
    for (let n = 0; n < repeat; n++) {
      for (let i = 0; i < ctx.marks.length; i++) {
        if ((!all && found.taken.has(i)) || titles.has(i)) continue;
        for (const rule of inPass) {
          const l = rule.link(i, st);
          if (!l) continue;
          const q = ctx.marks[l.mark]!;
          const r: RawQuote = { start: q.start, end: q.end, kind: 'direct', entity: l.entity, cue: l.cue, how: rule.how, confidence: rule.confidence, marks: [l.mark], innerStart: q.innerStart, innerEnd: q.innerEnd, source: l.source };
          found.raw.push(r);
          found.taken.set(l.mark, found.raw.length - 1);
          if (l.produces !== undefined) found.produced.add(l.produces);
          if (index) indexRaw(r);
          break;
        }
      }
    }
  }
  return found;
}

/** The quotation marks of titles in a source's apposition ("X, author of “…,” said"): no one's words (ApposedQuote). */
function appositionTitles(cues: readonly SourcedCue[]): Set<number> {
  return new Set(cues.flatMap((c) => (c.apposed?.kind === 'title' ? [c.apposed.mark] : [])));
}

/** The quotations nothing attributed: kept as quotes of no one when they look like quotes, else dropped. */
export function leftoverQuotes(ctx: Context, cues: readonly SourcedCue[], linked: Found): RawQuote[] {
  const out: RawQuote[] = [];
  const titles = appositionTitles(cues);
  for (let i = 0; i < ctx.marks.length; i++) {
    if (linked.taken.has(i) || titles.has(i)) continue;
    const q = ctx.marks[i]!;
    const short = !hasMoreWords(ctx.text.slice(q.innerStart, q.innerEnd).trim(), SCARE_QUOTE_WORDS);
    if (short && !q.unclosed && !q.unopened || isTitleOfWork(ctx, q)) continue;
    out.push({ start: q.start, end: q.end, kind: 'direct', entity: -1, cue: null, how: 'unresolved', confidence: 0.3, marks: [i], innerStart: q.innerStart, innerEnd: q.innerEnd });
  }
  return out;
}
