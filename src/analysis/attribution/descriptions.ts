/**
 * Speakers made from descriptions: a noun phrase next to a cue that names no one ("officials", "the agency", "a
 * senior adviser") becomes an entity of its own, once per kind and wording; "I said" in the narration becomes the
 * author. The entities found by name are read, never changed: new ones are appended after them. Which named entity
 * a description stands for ("the judge" for Judge Jane Doe) is coreference's question (../coref.ts), not this one's:
 * each description keeps its head word for it.
 */

import type { Entity } from '../speakers.ts';
import { GROUP_NOUNS, ORG_HEADS } from '../lexicon/words.ts';
import { isPlural } from './phrases.ts';
import { DESCRIPTION_POSTMOD_OPENERS, DETERMINERS, QUANTIFIERS } from '../lexicon/attribution.ts';

export interface Descriptions {
  /** the entity for a described source ("senior officials"), one per kind and wording */
  entity(name: string, plural: boolean, headWord?: string): number;
  /** the head word of a description entity ("judge" of "the judge"), for coreference; null for other entities */
  headOf(e: number): string | null;
  /** the writer of a first-person narration: "the author" (singular) or "the authors" */
  author(plural: boolean): number;
  /** the named entities followed by the ones made here, in order of creation */
  all(): Entity[];
}

/**
 * The first of the first n entities with a kind and a lower-cased name, or -1: a scan (a briefing asks this once or
 * twice, of a few dozen entities), lower-casing a name only when its length could match (an ASCII name keeps its
 * length; any other is always compared), since lower-casing a name sliced from a text with curly quotes is slow.
 * Both the lower-cased names and which names are ASCII are kept for the text's later look-ups.
 */
function firstNamed(entities: readonly Entity[], n: number, lowered: (string | undefined)[], ascii: (boolean | undefined)[], kind: string, key: string): number {
  for (let e = 0; e < n; e++) {
    const en = entities[e]!;
    // whether a name is ASCII is read once per text, not at every look-up
    if (en.kind !== kind || (en.name.length !== key.length && (ascii[e] ??= isAscii(en.name)))) continue;
    if ((lowered[e] ??= en.name.toLowerCase()) === key) return e;
  }
  return -1;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** The word after the first of a key is a post-modifier's ("person familiar with …"), not a compound's ("campaign manager"). */
function opensPostmodifier(key: string, space: number): boolean {
  const next = key.indexOf(' ', space + 1);
  return DESCRIPTION_POSTMOD_OPENERS.has(key.slice(space + 1, next < 0 ? key.length : next));
}

export function createDescriptions(named: readonly Entity[]): Descriptions {
  const entities: Entity[] = [...named];
  // the entities there were at the first look-up (looked up by name), then the ones made here
  let earlier = -1;
  const lowered: (string | undefined)[] = [];
  const ascii: (boolean | undefined)[] = [];
  const made = new Map<string, number>();
  const authors: number[] = [-1, -1];
  const heads = new Map<number, string>();
  // written out field by field (in the order a spread of these four and then the rest gave): no spread per entity
  const add = (name: string, kind: Entity['kind'], plural: boolean, tokens: string[]): number => {
    entities.push({ name, kind, plural, tokens, aliases: new Set(), role: null, gender: null, evidence: true, count: 1, spoke: false, named: false });
    return entities.length - 1;
  };
  // the descriptions made, by their first word when they have more ("person" of "person familiar with the talks")
  const byFirstWord = new Map<string, number>();
  /**
   * "A person familiar with the talks said … the person said": the noun alone after a description it opens is that
   * description's source again (the latest), not a source of its own.
   */
  const shortenedDescription = (key: string): number | undefined => (key.includes(' ') ? undefined : byFirstWord.get(key));
  return {
    entity(name, givenPlural, headWord) {
      const key = name.toLowerCase();
      // the first word of the lower-cased key is the lower-cased first word (lower-casing keeps the spaces)
      const space = key.indexOf(' ');
      const w0 = space < 0 ? key : key.slice(0, space);
      // "person close to the club": a noun before a post-modifier is the head, whatever the phrase ends in
      const postmodified = space > 0 && opensPostmodifier(key, space) && !QUANTIFIERS.has(w0);
      // else the last word (what key.split(' ').at(-1) gives)
      const head = postmodified ? w0 : headWord ?? key.slice(key.lastIndexOf(' ') + 1);
      const plural = postmodified ? isPlural(w0) || GROUP_NOUNS.has(w0) : givenPlural;
      const kind = ORG_HEADS.has(head) ? 'organization' : plural ? 'group' : 'unknown';
      // one made before is found first: it was made because no named entity had its kind and wording (and the
      // named ones never change), so the scan of them would find none again
      const madeKey = `${kind}\u0000${key}`;
      const again = made.get(madeKey) ?? shortenedDescription(key);
      if (again !== undefined) return again;
      if (earlier < 0) earlier = entities.length;
      const found = firstNamed(entities, earlier, lowered, ascii, kind, key);
      if (found >= 0) return found;
      // shown as written ("senior Smith adviser", "GOP strategists"), a sentence-initial "Other"/"Most" lowered
      const shown = DETERMINERS.has(w0) || QUANTIFIERS.has(w0) || w0 === 'other' || w0 === 'about' ? name.charAt(0).toLowerCase() + name.slice(1) : name;
      const e = add(shown, kind, plural, [key]);
      made.set(madeKey, e);
      heads.set(e, head);
      if (postmodified) byFirstWord.set(w0, e);
      return e;
    },
    author(plural) {
      const slot = plural ? 1 : 0;
      if (authors[slot]! < 0) authors[slot] = add(plural ? 'the authors' : 'the author', plural ? 'group' : 'person', plural, []);
      return authors[slot]!;
    },
    headOf: (e) => heads.get(e) ?? null,
    all: () => entities,
  };
}
