/**
 * Word lists for finding text that is not the article's prose (zones.ts): link lines, boilerplate, photo credits.
 * General web-page and newsroom English only, no outlet's or person's name.
 */

import { phraseList } from './set.ts';

/** Labels that open a line pointing elsewhere, before ":" or "|": "READ MORE: …", "WATCH | …". */
export const LINK_LABELS = phraseList(`
read more | read also | also read | more | more from | related | related stories | related story | related video |
related coverage | recommended | watch | watch below | watch live | watch more | watch the video | video | listen |
listen below | see also | see more | photos | photo gallery | gallery | explore | earlier | previously | also on |
also see | click here | read the full story | read full story | sign up | subscribe | trending | top stories |
relevant reading | further reading | more coverage | latest | must-read | editor's pick | editor’s pick`);

/** First words of a short line that introduces embedded media or a list of links, when the line ends with ":". */
export const MEDIA_INTRO_WORDS = new Set(phraseList(`watch | listen | read | see | more | also | related | check | follow | like | here`).map((w) => w.toLowerCase()));

/** Whole paragraphs that are page furniture (compared lower-cased, without final punctuation). */
export const BOILERPLATE_LINES = new Set(phraseList(`
story continues below advertisement | story continues below | article continues below | article continued below |
continue reading below | continue reading | advertisement | ad | sponsored | sponsored content | full text | abstract |
correction appended | correction | corrections | letters | top stories | share this article | share this story |
share | comments | join the conversation | skip advertisement | transcript | partial transcript as follows |
this article is more than 1 year old | this article is more than 2 years old | loading | loading...`).map((w) => w.toLowerCase()));

/** Openings of page furniture that runs on: "With files from …", "As published in …". */
export const BOILERPLATE_OPENINGS = phraseList(`
as published in | copyright | © | all rights reserved | sign up for | subscribe to | get the latest | download the |
click here | contact the author | follow the latest | for more news | this is a developing story |
this story is developing`).map((w) => w.toLowerCase());

/**
 * Labels of a newsroom's note about the story, before ":" or a dash: "Editor's note: …", "Correction: …",
 * "Disclosure: …". Such a note is never the article's prose, however long it runs. Apostrophes may be straight or
 * curly (zones.ts reads either).
 */
export const NOTE_LABELS = phraseList(`
editor's note | editors' note | editor's notes | editors' notes | a note from the editor | note from the editor |
note to readers | a note to readers | note to our readers | publisher's note | correction | corrections |
clarification | clarifications | correction and clarification | disclosure | disclosures | full disclosure | disclaimer`);

/**
 * Openings of a note about the story itself, with no label: corrections, updates, partnerships, shared reporting.
 * A line that opens so is the newsroom speaking about its copy, whatever its length.
 */
export const NOTE_OPENINGS = phraseList(`
an earlier version of this story | an earlier version of this article | an earlier version of this report |
a previous version of this story | a previous version of this article | an earlier version of this post |
this story has been updated | this article has been updated | this story was updated | this article was updated |
this story has been corrected | this article has been corrected | this story has been amended |
this article has been amended | this story was produced | this article was produced | this report was produced |
this story was published in partnership with | this article was published in partnership with |
this story was originally published | this article was originally published | this story originally appeared |
this article originally appeared | with files from | with a file from`);

/** Social platforms a closing "Follow … on X" line points to. */
export const SOCIAL_PLATFORMS = phraseList(`twitter | x | facebook | instagram | threads | bluesky | linkedin | tiktok | mastodon | youtube`);

/** Phrases inside a short line that make it a promotion, not prose. */
export const PROMO_PHRASES = phraseList(`
like the page | like us on | follow us on | follow us | sign up for | subscribe to our | share on | share this |
contributed to this story | contributed to this report | contributed reporting | contributed to this article |
reporting by | editing by | writing by`).map((w) => w.toLowerCase());

/** Words inside a closing parenthesis that make it a photo credit: "(Photo: …)", "(… /Handout)". */
export const CREDIT_WORDS = new Set(phraseList(`
photo | photos | photograph | photographs | photographer | image | images | file | files | credit | courtesy |
submitted | handout | supplied | screenshot | screengrab | screen grab | video | pool | illustration | graphic |
still | stills | archive | archives | contributed`).map((w) => w.toLowerCase()));

/** Labels that open a caption or credit line: "Photograph: …", "Image: …". */
export const CREDIT_LABELS = phraseList(`photo | photograph | image | credit | photo credit | caption | pictured | file photo | video`).map((w) =>
  w.toLowerCase(),
);

/** Short words a title-cased heading or a byline may leave in lower case. */
export const TITLE_SMALL_WORDS = new Set(phraseList(`
a | an | the | and | or | but | nor | of | in | on | at | to | for | by | with | from | as | vs | vs. | via | into |
onto | over | up | out | off | de | la | le | du | van | von | der | 's`).map((w) => w.toLowerCase()));
