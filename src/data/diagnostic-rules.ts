/**
 * What every diagnostic rule of the engine means and how an editor fixes it. The guide (/guide/#rule-<rule>) and
 * the diagnostics report (/editor/) both read this list; tests/unit/diagnostic-rules.test.ts fails when the engine
 * can emit a rule that is not explained here.
 *
 * Examples are invented copy (no briefing's names), shown as Markdown before and after the fix.
 */
export interface DiagnosticRuleDoc {
  rule: string;
  title: string;
  /** what the engine saw */
  meaning: string;
  /** what the editor does about it */
  fix: string;
  before: string;
  after: string;
}

export const DIAGNOSTIC_RULES: DiagnosticRuleDoc[] = [
  {
    rule: 'unclosed-quote',
    title: 'Unclosed quotation',
    meaning:
      'An opening quotation mark has no closing mark before the paragraph ends (or before the next opening mark). ' +
      'The engine cannot tell where the quoted words stop, so it ends the quote at the paragraph’s end or at the ' +
      'next sentence that attributes it, and says so.',
    fix:
      'If the copy really is garbled and must stay verbatim, leave it: the diagnostic is the record that the quote ' +
      'is uncertain. If the quote is clear, name its exact words with `:quote[…]{speaker="…"}` so the page shows ' +
      'the editor’s reading. Fix the text itself only when the briefing is your own copy. (A quote that carries on ' +
      'into the next paragraph, where that paragraph opens with a new mark, is the normal style and not reported.)',
    before: '“We will not sign this, the minister said on Tuesday, adding that talks would go on.',
    after: '“We will not sign this,” the minister said on Tuesday, adding that talks would go on.',
  },
  {
    rule: 'unopened-quote',
    title: 'Closing mark with no opening',
    meaning:
      'A closing quotation mark appears with no opening mark before it in the paragraph. The start of the quote is ' +
      'missing, usually because the copy was cut or two paragraphs were split in the wrong place.',
    fix:
      'Mark the quoted words with `:quote[…]{speaker="…"}` if you can tell where they start, or `:noquote[…]` if ' +
      'the mark is a stray. Otherwise leave it: the engine does not guess where a quote began.',
    before: 'Every survey we ran said the same thing,” the pollster said.',
    after: '“Every survey we ran said the same thing,” the pollster said.',
  },
  {
    rule: 'unattributed-quote',
    title: 'Quote with no speaker',
    meaning:
      'The engine found a quote but no speaker for it: no name or cue verb next to it, no pronoun it could resolve, ' +
      'and no earlier quote in the paragraph to continue from. The quote is shown without a speaker.',
    fix:
      'If the text says who spoke but the engine missed it, name the speaker: front matter ' +
      '`annotations.quotes: [{ match: "…", speaker: "Jane Doe" }]` or inline `:quote[the words]{speaker="Jane Doe"}`. ' +
      'If the words are not a quote at all (a title, a scare quote), drop them with `:noquote[…]` or ' +
      '`{ match: "…", drop: true }`.',
    before: 'The council met again on Monday. “This cannot wait another year.”',
    after: 'The council met again on Monday. “:quote[This cannot wait another year.]{speaker="Jane Doe"}”',
  },
];

/** Rules the engine may add later still get a page anchor and a plain explanation. */
export function ruleDoc(rule: string): DiagnosticRuleDoc | undefined {
  return DIAGNOSTIC_RULES.find((d) => d.rule === rule);
}
