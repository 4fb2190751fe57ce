/**
 * The editor's guide's examples (/guide/), kept here so tests/unit/guide-examples.test.ts can run them through the
 * engine: what the guide promises about the full example and the directives must be what the engine does.
 * Invented copy only.
 */
export const FULL_EXAMPLE = `---
title: "Council passes the city budget after a night of talks"
date: 2026-03-04
dateline: Springfield
summary: "The council approved a $1.2 billion budget by six votes to three; the mayor called it a compromise."
source: "Staff report, March 2026."
draft: false
annotations:
  speakers:
    - name: Jane Doe
      aliases: [Doe, the mayor]
      role: Mayor
      kind: person
  quotes:
    - match: "not a budget anyone loves"
      speaker: Jane Doe
---

Springfield — The city council approved a budget of $1.2 billion on Tuesday after talks that ran past midnight.

“It is not a budget anyone loves, but it is one we can live with,” the mayor told reporters.

## What changes

Spending on roads rises by 8 percent, the council said in a statement.
`;

export interface OverrideExample {
  id: string;
  title: string;
  /** `backticks` mark code */
  text: string;
  lang: 'yaml' | 'markdown';
  before: string;
  after: string;
}

export const OVERRIDES: OverrideExample[] = [
  {
    id: 'fm-speakers',
    title: 'Front matter: declare a speaker, merge aliases, give a role',
    text:
      'Each entry under `annotations.speakers` names one speaker: `name` (required), `aliases` (other forms the text ' +
      'uses for them), `role` (as you want it shown) and `kind` (`person`, `organization`, `group` or `unknown`). ' +
      'Quotes attributed to an alias are attributed to the name.',
    lang: 'yaml',
    before: `title: "Council passes the budget"
date: 2026-03-04
summary: "The council approved the budget."
# the analysis lists "Doe" and "the mayor" as two unknown speakers`,
    after: `title: "Council passes the budget"
date: 2026-03-04
summary: "The council approved the budget."
annotations:
  speakers:
    - name: Jane Doe
      aliases: [Doe, the mayor]
      role: Mayor
      kind: person`,
  },
  {
    id: 'fm-quote-speaker',
    title: 'Front matter: name the speaker of a quote',
    text:
      '`match` is a run of words copied from the quote (case and the style of quotation marks do not matter); ' +
      '`speaker` is the name of who said it, from the text or from `annotations.speakers`. If no quote the engine ' +
      'found contains the words, the words themselves become a quote of that speaker. Optionally `kind: direct`, ' +
      '`indirect` or `mixed`. The quote is marked as the editor’s attribution.',
    lang: 'yaml',
    before: `annotations:
  quotes: []
# “We start on Monday.” is shown with no speaker`,
    after: `annotations:
  quotes:
    - match: "We start on Monday"
      speaker: Jane Doe`,
  },
  {
    id: 'fm-quote-drop',
    title: 'Front matter: drop a false quote',
    text: 'With `drop: true`, the words in quotation marks are not a quote: a title, a nickname, a scare quote.',
    lang: 'yaml',
    before: `annotations:
  quotes: []
# the film title “Long Night” is listed as a quote`,
    after: `annotations:
  quotes:
    - match: "Long Night"
      drop: true`,
  },
  {
    id: 'inline-quote',
    title: 'Inline: :quote[…]{speaker="…"}',
    text:
      'Wrap the quoted words (inside or without the quotation marks) to make them a quote of the named speaker. Use it ' +
      'when the words are a quote the analysis missed, or to say who spoke where the text only implies it.',
    lang: 'markdown',
    before: 'The council met again on Monday. “This cannot wait another year.”',
    after: 'The council met again on Monday. “:quote[This cannot wait another year.]{speaker="Jane Doe"}”',
  },
  {
    id: 'inline-noquote',
    title: 'Inline: :noquote[…]',
    text: 'Wrap words the analysis should not treat as a quote. The reader sees the words unchanged.',
    lang: 'markdown',
    before: 'Tickets for “Long Night” sold out in an hour, the theatre said.',
    after: 'Tickets for :noquote[“Long Night”] sold out in an hour, the theatre said.',
  },
  {
    id: 'inline-speaker',
    title: 'Inline: :speaker[…]{role="…" alias="…"}',
    text:
      'Wrap a name where it first appears to declare the speaker there, with a `role`, an `alias` the text uses later ' +
      '(or several: `aliases="Doe, the mayor"`) and a `kind`. The reader sees only the name.',
    lang: 'markdown',
    before: 'Jane Doe opened the session. Later Doe told reporters the vote would be close.',
    after: ':speaker[Jane Doe]{role="Mayor" alias="Doe"} opened the session. Later Doe told reporters the vote would be close.',
  },
];
