/**
 * Words and numbers the reading pages show about quotes and claims: reasons and rules in plain English, confidence
 * in words, and the key figures (every number a claim states). Pure functions; no Astro imports.
 */
import type { Claim, Quote } from '../analysis/types.ts';
import { MONTH_AND_DAY_NAMES } from '../analysis/lexicon/claims.ts';
import { digitsAreCodeOrAge } from '../analysis/text.ts';

const REASONS: Record<string, string> = {
  money: 'a sum of money',
  percentage: 'a percentage',
  comparison: 'a comparison',
  causal: 'cause and effect',
  'past-event': 'a past event',
  date: 'a date',
  number: 'a number',
  quantity: 'a quantity',
  statistic: 'a measurable subject',
  predictive: 'a plan or forecast',
  superlative: 'a superlative',
  law: 'a law or rule',
  prediction: 'a prediction',
  other: 'a checkable fact',
  finding: 'a finding',
  record: 'a public record',
  dispute: 'a disputed fact',
  quoted: 'quoted words',
  reported: 'reported speech',
};

export function reasonLabel(reason: string): string {
  return REASONS[reason] ?? reason.replace(/[-_]+/g, ' ');
}

export function ruleLabel(how: string): string {
  return how.replace(/[-_]+/g, ' ');
}

export function isEditors(quote: Pick<Quote, 'how'>): boolean {
  return quote.how === 'editor' || quote.how.startsWith('editor');
}

export function percent(value: number): string {
  return `${Math.round(Math.max(0, Math.min(1, value)) * 100)}%`;
}

export function confidenceWord(value: number): string {
  if (value >= 0.8) return 'high';
  if (value >= 0.5) return 'moderate';
  return 'low';
}

/** A passage shortened to about `max` characters at a word boundary. */
export function excerpt(text: string, max = 140): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max).replace(/[\s,;:.–—-]+$/, '')}…`;
}

export interface KeyFigure {
  /** the figure as written: "$300 billion", "4%", "30 years" */
  figure: string;
  /** a few words either side */
  before: string;
  after: string;
  claim: Claim;
}

const SPELLED =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|twice|triple|double';
// One amount: a currency sign, digits with separators and decimals, a scale word ("$41.5 million", "1,100"), also
// hyphenated as a modifier ("a $9-million repair bill").
const AMOUNT = '(?:[$€£¥]\\s?)?\\d[\\d,]*(?:\\.\\d+)?(?:(?:\\s?(?:thousand|million|billion|trillion|bn|m|k)|-(?:thousand|million|billion|trillion))\\b)?';
// A figure read whole: "24/7", "2018-19", "12-15", "$3 million to $4 million", "between 1.5 and 2".
const SPAN = `(?:between\\s+${AMOUNT}\\s+and\\s+${AMOUNT}|${AMOUNT}(?:\\s?(?:-|–|/)\\s?${AMOUNT}|\\s(?:to)\\s(?=[$€£¥\\d])${AMOUNT})?)`;
const UNIT =
  '(?:\\s?(?:%|per\\s?cent\\b|percent\\b|percentage points?\\b)|\\s(?:years?|months?|weeks?|days?|hours?|minutes?|people|troops|soldiers|dollars|euros|countries|times|seats|votes|signatures|members|routes|speakers|km|kilometres|kilometers|miles|tonnes|tons)\\b)?(?:\\s(?:a|per)\\s(?:year|month|week|day|head)\\b)?';
const FIGURE = new RegExp(
  `${SPAN}${UNIT}|\\b(?:${SPELLED})(?:[\\s-](?:${SPELLED}))*\\s(?:years?|months?|weeks?|days?|times|percent|per cent|people|countries|troops)\\b`,
  'giu',
);
/** A year on its own ("since 2016") is a date, not a figure. */
const BARE_YEAR = /^(?:1[89]|20)\d\d$/;
/** A day of the month on its own: "March 12", "12 March", "Jan. 3". */
const BARE_DAY = /^(?:[1-9]|[12]\d|3[01])$/;
const WORD_BEFORE = /([A-Za-z]+)\.?\s+$/;
const WORD_AFTER = /^\s+([A-Za-z]+)/;

/**
 * The figure at text[at, at + figure.length) is no amount: a year or a day of the month on its own, a name's code
 * ("XV-9") or an age ("the 22-year-old"), as the claim scanner reads them.
 */
function isNoAmount(text: string, at: number, figure: string): boolean {
  if (BARE_YEAR.test(figure) || digitsAreCodeOrAge(text, at, at + figure.length)) return true;
  if (!BARE_DAY.test(figure)) return false;
  const month = (w: string | undefined) => w !== undefined && /^[A-Z]/.test(w) && MONTH_AND_DAY_NAMES.has(w.toLowerCase());
  return month(WORD_BEFORE.exec(text.slice(Math.max(0, at - 12), at))?.[1]) || month(WORD_AFTER.exec(text.slice(at + figure.length, at + figure.length + 12))?.[1]);
}

/** Every number the claims state, in reading order, with a little context. */
export function keyFigures(claims: readonly Claim[]): KeyFigure[] {
  const figures: KeyFigure[] = [];
  for (const claim of claims) {
    FIGURE.lastIndex = 0;
    for (let m = FIGURE.exec(claim.text); m; m = FIGURE.exec(claim.text)) {
      const figure = m[0].trim().replace(/[.,]+$/, '');
      if (!/\d/.test(figure) && figure.split(/\s+/).length < 2) continue;
      if (isNoAmount(claim.text, m.index + m[0].indexOf(figure), figure)) continue;
      const head = claim.text.slice(0, m.index).trim().split(/\s+/).filter(Boolean);
      const tail = claim.text.slice(m.index + m[0].length).trim().split(/\s+/).filter(Boolean);
      const before = (head.length > 5 ? '…' : '') + head.slice(-5).join(' ');
      const after = tail.slice(0, 6).join(' ') + (tail.length > 6 ? '…' : '');
      figures.push({ figure, before, after, claim });
    }
  }
  return figures;
}
