/**
 * Entities: the people and organisations the mentions name. Surname-only forms, titled forms and spelling variants
 * (one edit apart) merge; the fullest form is the name. Returns the entities and the mentions linked to them (new
 * objects: the mentions found are not changed).
 */

import type { Entity, Mention } from './speakers.ts';
import { BUSINESS_NAME_WORDS, DEMONYMS, COMMON_GROUP_NOUNS, GROUP_NOUNS, NAME_PARTICLES as PARTICLES, NAME_SUFFIXES, TEAM_NAME_WORDS } from './lexicon/words.ts';
import { isSpaceCode, wordsOf } from './text.ts';

function editDistanceAtMost1(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a.charCodeAt(i) === b.charCodeAt(j)) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 5 && b.length >= 5 && a.charCodeAt(0) === b.charCodeAt(0) && editDistanceAtMost1(a, b);
}

/**
 * What buildEntities derives from a name, each computed once per distinct name of one analysis (a name recurs with
 * every mention, and an entity's name is compared with every mention after it).
 */
interface NameForms {
  words(name: string): string[];
  initials(name: string): string;
  orgKey(name: string): string;
}
function nameForms(): NameForms {
  return { words: memo(nameTokensOf), initials: memo(nameInitials), orgKey: memo(orgKey) };
}
function memo<T>(f: (name: string) => T): (name: string) => T {
  const cache = new Map<string, T>();
  return (name) => {
    let got = cache.get(name);
    if (got === undefined) {
      got = f(name);
      cache.set(name, got);
    }
    return got;
  };
}

/** The name words: lower case, without a final "'s", initials, particles and suffixes ("Jr."). */
function nameTokensOf(name: string): string[] {
  const lower = name.toLowerCase();
  return wordsOf(lower.endsWith('s') ? lower.replace(/[’']s$/, '') : lower).filter(isNameWord);
}
/** Not an initial, a particle ("de", "van") or a suffix ("Jr.", "III"). */
function isNameWord(w: string): boolean {
  return !isInitial(w) && !PARTICLES.has(w) && !NAME_SUFFIXES.has(w.endsWith('.') ? w.slice(0, -1) : w);
}
/** /^[a-z]\.$/ by code: "j." */
function isInitial(w: string): boolean {
  const c = w.charCodeAt(0);
  return w.length === 2 && c >= 97 && c <= 122 && w.charCodeAt(1) === 46;
}

function orgKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .split(/\s+/)
    .filter((w) => !DEMONYMS.has(w.replace(/\.$/, '')) && w !== 'the')
    .join(' ');
}

export interface Entities {
  entities: Entity[];
  /** the mentions, each with the index of its entity (pronouns stay -1: coreference resolves them) */
  mentions: Mention[];
}

/** Groups mentions into entities. */
export function buildEntities(found: readonly Mention[]): Entities {
  const entities: Entity[] = [];
  const byPerson: PersonsByInitial = new Map();
  const orgKeys: { e: number; key: string; name: string }[] = [];
  const forms = nameForms();
  const mentions = found.map((m) => {
    if (m.type === 'pronoun' || m.type === 'group') return m;
    const e = acronymOf(entities, forms, m) ?? shortOrgName(entities, m) ?? namedOrganisation(entities, m) ?? (m.type === 'org' ? organisation(entities, orgKeys, forms, m) : person(entities, byPerson, forms, m));
    return e === m.entity ? m : withEntity(m, e);
  });
  for (const en of entities) en.aliases.delete(en.name);
  return { entities, mentions };
}

/**
 * A copy of the mention linked to entity e, written out field by field: the copy has the shape mentions.ts gives
 * every mention (a spread makes objects of another hidden class, and readers of mentions then meet two).
 */
function withEntity(m: Mention, entity: number): Mention {
  return {
    t0: m.t0, t1: m.t1, start: m.start, end: m.end, r0: m.r0, appEnd: m.appEnd, appT: m.appT, type: m.type, name: m.name,
    titled: m.titled, role: m.role, gender: m.gender, plural: m.plural, sent: m.sent, quoted: m.quoted, inRole: m.inRole,
    subject: m.subject, entity, evidence: m.evidence,
  };
}

/**
 * "the Harbour Workers Union (HWU) … HWU said": a name in capitals whose letters are the initials of a name of
 * several words met before is that entity (its alias), not a new speaker.
 */
function acronymOf(entities: Entity[], forms: NameForms, m: Mention): number | null {
  if (m.name.length < 2 || m.name.length > 6 || !/^[A-Z]{2,6}$/.test(m.name)) return null;
  const first = m.name.charCodeAt(0);
  for (let e = entities.length - 1; e >= 0; e--) {
    const en = entities[e]!;
    if (en.kind === 'person' && en.evidence) continue;
    // a name opening with another ASCII capital has initials opening with it: no look-up of its initials
    const c = en.name.charCodeAt(0);
    if (c >= 65 && c <= 90 && c !== first) continue;
    if (forms.initials(en.name) !== m.name) continue;
    en.aliases.add(m.name);
    en.count++;
    return e;
  }
  return null;
}

/**
 * "Harbour Foods reported … Harbour said": a single word of no known kind that opens the name of an organisation
 * ending in a business's or club's word is that organisation (its alias), unless it is a person's surname.
 */
function shortOrgName(entities: Entity[], m: Mention): number | null {
  if (m.type !== 'unknown' || m.name.includes(' ')) return null;
  const prefix = m.name + ' ';
  let found: number | null = null;
  for (let e = entities.length - 1; e >= 0; e--) {
    const en = entities[e]!;
    if (en.kind === 'person' && en.tokens[en.tokens.length - 1] === m.name.toLowerCase()) return null;
    if (found !== null || en.kind !== 'organization' || !en.name.startsWith(prefix)) continue;
    const last = en.name.slice(en.name.lastIndexOf(' ') + 1).toLowerCase();
    if ((BUSINESS_NAME_WORDS.has(last) || TEAM_NAME_WORDS.has(last))) found = e;
  }
  if (found !== null) {
    entities[found]!.aliases.add(m.name);
    entities[found]!.count++;
  }
  return found;
}

/** The initials of a name's capitalised words ("World Meteorological Organisation" → "WMO"); '' when fewer than two. */
export function nameInitials(name: string): string {
  const initials = asciiInitials(name);
  if (initials !== null) return initials.length < 2 ? '' : initials;
  const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length < 2 ? '' : words.map((w) => w[0]).join('');
}

/**
 * The capitals opening the words of a name (words split at white space and "-"), read in one pass without making
 * the words (it is asked of every speaker's name); null when a word opens with a non-ASCII character, whose case
 * the regex decides.
 */
function asciiInitials(name: string): string | null {
  let out = '';
  let opening = true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 45 || isSpaceCode(c)) {
      opening = true;
      continue;
    }
    if (opening) {
      if (c >= 128) return null;
      if (c >= 65 && c <= 90) out += name[i];
    }
    opening = false;
  }
  return out;
}

/** The organisation entity of an organisation mention (one whose key equals or ends the other's), made if new. */
/**
 * "the website Quay Morrow, which … Quay Morrow announced": a name of no sign of a person that an organisation already
 * has, written the same, is that organisation (the text typed it once by what came before it).
 */
function namedOrganisation(entities: Entity[], m: Mention): number | null {
  if (m.type === 'org' || m.evidence) return null;
  let found: number | null = null;
  const lower = m.name.toLowerCase();
  for (let e = entities.length - 1; e >= 0; e--) {
    const en = entities[e]!;
    // a person's surname written alone stays theirs ("X" after "the X campaign" and Jane X)
    if (en.kind === 'person' && en.tokens[en.tokens.length - 1] === lower) return null;
    if (found === null && en.kind === 'organization' && en.name === m.name) found = e;
  }
  if (found !== null) entities[found]!.count++;
  return found;
}

function organisation(entities: Entity[], orgKeys: { e: number; key: string; name: string }[], forms: NameForms, m: Mention): number {
  const key = forms.orgKey(m.name);
  let found = -1;
  for (const ok of orgKeys) {
    const e = ok.e;
    const en = entities[e]!;
    if (ok.name !== en.name) {
      ok.name = en.name;
      ok.key = forms.orgKey(en.name);
    }
    const ek = ok.key;
    if (ek === key || (key.length > 3 && (endsWithWords(ek, key) || endsWithWords(key, ek)))) {
      found = e;
      break;
    }
  }
  if (found === -1) {
    entities.push({ name: m.name, aliases: new Set(), role: null, kind: 'organization', gender: null, plural: true, tokens: [key], evidence: true, count: 0, spoke: false, named: true });
    found = entities.length - 1;
    orgKeys.push({ e: found, key, name: m.name });
  } else addName(entities[found]!, m.name);
  entities[found]!.count++;
  return found;
}

/**
 * The person entities by the first letter (code unit) of their surname, each list least recently named first. Only
 * a surname with the same first letter can match (sameSurname), and an entity's surname keeps its first letter when
 * a fuller name replaces it, so a mention is compared with its own letter's list only.
 */
type PersonsByInitial = Map<number, number[]>;

/** s.endsWith(' ' + tail), without making the string. */
function endsWithWords(s: string, tail: string): boolean {
  return s.length > tail.length && s.charCodeAt(s.length - tail.length - 1) === 32 && s.endsWith(tail);
}

/** The person (or unknown) entity of a name mention, made if new; -1 for a mention with no name words. */
function person(entities: Entity[], byPerson: PersonsByInitial, forms: NameForms, m: Mention): number {
  const toksN = forms.words(m.name);
  if (toksN.length === 0) return m.entity;
  const initial = toksN[toksN.length - 1]!.charCodeAt(0);
  let candidates = byPerson.get(initial);
  if (candidates === undefined) {
    candidates = [];
    byPerson.set(initial, candidates);
  }
  let found = samePerson(entities, candidates, m, toksN);
  if (found === -1) {
    // "Republicans", "Officials": a capitalised group noun names a group, the "they" of a later sentence; only a
    // party's is a name ("Officials said" is a description capitalised by its place in the sentence)
    const last = toksN[toksN.length - 1]!;
    const group = toksN.length === 1 && m.type !== 'person' && GROUP_NOUNS.has(last);
    entities.push({
      name: m.name, aliases: new Set(), role: m.role, kind: m.type === 'person' ? 'person' : group ? 'group' : 'unknown', gender: m.gender,
      plural: group, tokens: toksN, evidence: m.evidence, count: 0, spoke: false, named: !group || !COMMON_GROUP_NOUNS.has(last),
    });
    found = entities.length - 1;
    candidates.push(found);
  } else {
    const en = entities[found]!;
    addName(en, m.name);
    if (!en.role && m.role) en.role = m.role;
    if (!en.gender && m.gender) en.gender = m.gender;
    if (m.type === 'person') en.kind = 'person';
    en.evidence ||= m.evidence;
    if (toksN.length > en.tokens.length) en.tokens = toksN;
    // keep it most recent
    const pos = candidates.indexOf(found);
    candidates.splice(pos, 1);
    candidates.push(found);
  }
  const en = entities[found]!;
  if (m.titled && m.titled !== en.name) en.aliases.add(m.titled);
  en.count++;
  return found;
}

/**
 * The compatible person entity. When two share a surname ("Hillary Clinton", "Bill Clinton"), a bare surname goes to
 * the one named most often so far, the first introduced on a tie: news style gives the surname alone to the story's
 * main figure and names the other one in full.
 */
function samePerson(entities: readonly Entity[], candidates: readonly number[], m: Mention, toksN: readonly string[]): number {
  const last = toksN[toksN.length - 1]!;
  let found = -1;
  for (let x = candidates.length - 1; x >= 0; x--) {
    const e = candidates[x]!;
    const en = entities[e]!;
    const eLast = en.tokens[en.tokens.length - 1]!;
    // equal, or one edit apart (the candidates all share the first letter)
    if (!sameSurname(eLast, last)) continue;
    if (toksN.length > 1 && en.tokens.length > 1) {
      const f1 = toksN[0]!;
      const f2 = en.tokens[0]!;
      if (!(f1 === f2 || f1.charCodeAt(0) === f2.charCodeAt(0) && (f1.length <= 2 || f2.length <= 2) || sameSurname(f1, f2))) continue;
    }
    if (m.gender && en.gender && m.gender !== en.gender) continue;
    if (found === -1 || toksN.length > 1) {
      found = e;
      if (toksN.length > 1) break;
      continue;
    }
    const best = entities[found]!;
    if (en.count > best.count || (en.count === best.count && e < found)) found = e;
  }
  return found;
}

/** Adds a surface form, keeping the fullest (most words, then longest) as the name. */
function addName(en: Entity, name: string): void {
  if (name === en.name) return;
  const w1 = pieces(name);
  const w0 = pieces(en.name);
  if (w1 > w0 || (w1 === w0 && name.length > en.name.length && en.kind === 'organization')) {
    en.aliases.add(en.name);
    en.name = name;
  } else en.aliases.add(name);
}

/** name.split(/\s+/).length, counted without making the pieces (it runs on every repeated mention). */
function pieces(name: string): number {
  let n = 1;
  for (let i = 0; i < name.length; i++) {
    if (!isSpaceCode(name.charCodeAt(i))) continue;
    n++;
    while (i + 1 < name.length && isSpaceCode(name.charCodeAt(i + 1))) i++;
  }
  return n;
}

export function slug(name: string): string {
  const ascii = slugAscii(name);
  if (ascii !== null) return ascii || 'speaker';
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'speaker';
}


/**
 * slug() of a plain ASCII name in one pass (NFKD and the accent strip change nothing there): lower case, apostrophes
 * dropped, every other run of non-alphanumerics one "-", none at the ends. null for a name with any other character.
 */
function slugAscii(name: string): string | null {
  let out = '';
  let gap = false;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c >= 128) return null;
    if (c === 39) continue;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && out.length > 0) out += '-';
      gap = false;
      out += String.fromCharCode(c);
    } else gap = true;
  }
  return out;
}
