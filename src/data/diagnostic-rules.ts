/**
 * What every diagnostic rule of the engine means and how an editor fixes it. The guide (/guide/#rule-<rule>) and
 * the diagnostics report (/editor/) both read this list; tests/unit/diagnostic-rules.test.ts fails when the engine
 * can emit a rule that is not explained here.
 *
 * Examples are invented copy (no briefing's names), shown before and after the fix. `backticks` mark code.
 */
export interface DiagnosticRuleDoc {
  rule: string;
  title: string;
  /** what the engine saw */
  meaning: string;
  /** what the editor does about it */
  fix: string;
  /** the example's language (default markdown) */
  lang?: 'markdown' | 'yaml';
  /** copy that gets the diagnostic, and the same copy resolved (absent when no copy causes it) */
  before?: string;
  after?: string;
}

export const DIAGNOSTIC_RULES: DiagnosticRuleDoc[] = [
  {
    rule: 'unclosed-quote',
    title: 'Unclosed quotation',
    meaning:
      'An opening quotation mark has no closing mark before the paragraph ends (or before the next opening mark). ' +
      'The engine cannot tell where the quoted words stop, so it ends the quote where the reported speech seems to ' +
      'end, and says so.',
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
      'missing, usually because the copy was cut or two paragraphs were split in the wrong place. The engine assumes ' +
      'the quote starts at the beginning of the paragraph or sentence.',
    fix:
      'Mark the quoted words with `:quote[…]{speaker="…"}` if you can tell where they start, or `:noquote[…]` if ' +
      'the mark is a stray. Otherwise leave it: the diagnostic records the doubt.',
    before: 'Every survey we ran said the same thing,” the pollster said.',
    after: '“Every survey we ran said the same thing,” the pollster said.',
  },
  {
    rule: 'unattributed-quote',
    title: 'Quote with no speaker',
    meaning:
      'The engine found a quote but no speaker for it: no name or cue verb next to it, no pronoun it could resolve, ' +
      'and no earlier quote in the paragraph to continue from. The quote is shown without a speaker rather than ' +
      'with a guess.',
    fix:
      'If the text says who spoke but the engine missed it, name the speaker: front matter ' +
      '`annotations.quotes: [{ match: "…", speaker: "Jane Doe" }]` or inline `:quote[the words]{speaker="Jane Doe"}`. ' +
      'If the words are not a quote at all (a title, a scare quote), drop them with `:noquote[…]` or ' +
      '`{ match: "…", drop: true }`.',
    before: 'The council met again on Monday. “This cannot wait another year.”',
    after: 'The council met again on Monday. “:quote[This cannot wait another year.]{speaker="Jane Doe"}”',
  },
  {
    rule: 'override-unmatched',
    title: 'Editor annotation that matches nothing',
    meaning:
      'An entry under `annotations.quotes` in the front matter has a `match` phrase that occurs in no quote the ' +
      'engine found (and, for an entry with a `speaker`, nowhere in the text either), so it changed nothing. Usually ' +
      'the phrase was retyped rather than copied, or the text was edited after the annotation was written.',
    fix:
      'Copy the phrase exactly from the text (case does not matter; straight and curly quotation marks are treated ' +
      'alike), or delete the entry if the quote is gone.',
    lang: 'yaml',
    before: ['annotations:', '  quotes:', '    - match: "we will start in Monday"', '      speaker: Jane Doe'].join('\n'),
    after: ['annotations:', '  quotes:', '    - match: "we start on Monday"', '      speaker: Jane Doe'].join('\n'),
  },
  {
    rule: 'override-invalid',
    title: 'Editor annotation in the wrong shape',
    meaning:
      'The `annotations` front matter is not in the shape the engine reads: `annotations` must be a mapping, ' +
      '`speakers` and `quotes` must be lists, every speaker needs a `name` and every quote entry a `match`. The ' +
      'entry was ignored.',
    fix: 'Follow the shapes under “Correcting the analysis”: each list entry starts with `- ` and is indented under its list.',
    lang: 'yaml',
    before: ['annotations:', '  speakers:', '    name: Jane Doe', '    role: Mayor'].join('\n'),
    after: ['annotations:', '  speakers:', '    - name: Jane Doe', '      role: Mayor'].join('\n'),
  },
  {
    rule: 'front-matter',
    title: 'Front matter that is not valid YAML',
    meaning:
      'The block between the `---` lines could not be read as YAML, so the engine ignored the editor annotations in ' +
      'it. (The site build itself stops with a message naming the field when a required field is missing or wrong.)',
    fix: 'Quote values that contain a colon or start with a quotation mark, and indent nested lines with spaces, not tabs.',
    lang: 'yaml',
    before: ['title: Talks resume: both sides return', 'date: 2026-03-04'].join('\n'),
    after: ['title: "Talks resume: both sides return"', 'date: 2026-03-04'].join('\n'),
  },
  {
    rule: 'control-character',
    title: 'A control character in the text',
    meaning:
      'The copy holds a character that HTML forbids (a C0 or C1 control, such as U+0083 or U+0085 pasted from a ' +
      'content system, or a noncharacter). Readers never receive it: the page, cards, feed and search leave it out, ' +
      'and the engine reads it as a space. The source file keeps it until you delete it.',
    fix: 'Delete the character (an editor that shows invisible characters helps); where it stood for a line break or a space, type that instead.',
  },
  {
    rule: 'invisible-character',
    title: 'An invisible formatting character',
    meaning:
      'The copy holds an invisible character: a zero-width space, a soft hyphen, a byte-order mark inside the text, ' +
      'or a bidirectional embedding or override, which can reorder the words a reader sees. The page leaves it out, ' +
      'so it neither splits a word nor changes an id; the source file keeps it until you delete it.',
    fix: 'Delete the character. (Zero-width joiners inside emoji and in scripts that need them are kept and not reported.)',
  },
  {
    rule: 'engine-error',
    title: 'The analysis failed',
    meaning:
      'The engine hit an error it did not expect on this file. The briefing is still published and reads normally, ' +
      'but without quotes or claims (or without claims, when only claim detection failed).',
    fix: 'This is a bug in On Record, not in the briefing: report it with the file and the message.',
  },
];

export function ruleDoc(rule: string): DiagnosticRuleDoc | undefined {
  return DIAGNOSTIC_RULES.find((d) => d.rule === rule);
}
