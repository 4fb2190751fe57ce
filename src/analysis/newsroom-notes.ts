/**
 * A newsroom's note about the story, not the article's prose: editor's notes, corrections, disclosures, update and
 * partnership lines, "with files from …", "Follow … on Twitter". The zones' `newsroom-note` rule (zones.ts); word
 * lists in lexicon/zones.ts.
 */
import { NOTE_LABELS, NOTE_OPENINGS, SOCIAL_PLATFORMS } from './lexicon/zones.ts';
import { escapeRegExp } from './text.ts';

/** A listed phrase as a pattern: any white space between its words, a straight or curly apostrophe. */
function phrasePattern(phrases: readonly string[]): string {
  return phrases.map((p) => escapeRegExp(p).replace(/ /g, '\\s+').replace(/'/g, "['’]")).join('|');
}
/**
 * A newsroom's note about the story: "Editor's note: …", "Correction: …", "An earlier version of this story …",
 * "— With files from …", "Follow Jane on Twitter …", past emphasis marks and a dash. Sticky, so it reads a long
 * paragraph where it starts in the whole text, with no copy of it.
 */
const NEWSROOM_NOTE = new RegExp(
  `[*_]*\\s*(?:[—–-]\\s*)?[*_]*(?:(?:${phrasePattern(NOTE_LABELS)})[*_]*\\s*(?::|[—–]|-\\s)|(?:${phrasePattern(NOTE_OPENINGS)})\\b|` +
    `follow\\s[^.\\n]{1,80}?\\son\\s+(?:${phrasePattern(SOCIAL_PLATFORMS)})\\b)`,
  'iy',
);
/** Does a newsroom's note open at `from`? Every rule stops at a long paragraph but this one: a note may run on. */
export function opensNewsroomNote(s: string, from: number): boolean {
  NEWSROOM_NOTE.lastIndex = from;
  return NEWSROOM_NOTE.test(s);
}
