/**
 * Name mentions, roles, organisations, pronouns, and the entities they refer to.
 *
 * Mentions come from runs of capitalised words (with "of"/"for"/"and" inside organisation and title phrases),
 * split into a role prefix ("U.S. Secretary of State", "former Foreign Minister", "Germany’s Chancellor") and a
 * name; organisations are recognised by their head word ("… Department", "… Institute", "the X" + one capitalised
 * word). An apposition after a name ("X of the Y Institute", "X, a spokesman for Y,") becomes the role when none was
 * given. Entities merge surname-only forms, titled forms and spelling variants (one edit apart).
 */

import type { SpeakerKind } from './types.ts';
import type { Token } from './tokens.ts';
import {
  DEMONYMS,
  FEMALE_FIRST_NAMES,
  FEMALE_PRONOUNS,
  FEMALE_TITLES,
  GROUP_NOUNS,
  MALE_FIRST_NAMES,
  MALE_PRONOUNS,
  MALE_TITLES,
  NON_NAME_CAPS,
  ORG_HEADS,
  PLACE_PREPOSITIONS,
  PLURAL_PRONOUNS,
  REPORTING_FORMS,
  ROLE_NOUNS,
  ROLE_WORDS,
  TITLES,
} from './lexicon/words.ts';

export type Gender = 'm' | 'f' | null;

export interface Mention {
  /** token range [t0, t1) of the name itself */
  t0: number;
  t1: number;
  start: number;
  end: number;
  /** start of the role prefix, if any (token index) */
  r0: number;
  /** end (offset) of a trailing apposition ("of the X", ", a Y,"), else = end */
  appEnd: number;
  /** token index just after the apposition, else t1 */
  appT: number;
  type: 'person' | 'org' | 'pronoun' | 'group' | 'unknown';
  /** the name as written (without role), e.g. "Jane Doe" */
  name: string;
  /** surface incl. honorific ("Mr. Doe", "President Doe") */
  titled: string | null;
  role: string | null;
  gender: Gender;
  plural: boolean;
  sent: number;
  quoted: boolean;
  /** part of another mention's role ("the X Department spokesperson Jane Doe") */
  inRole: boolean;
  subject: boolean;
  /** entity index, -1 = unresolved */
  entity: number;
  /** person evidence: a title, role, known first name */
  evidence: boolean;
}

export interface Entity {
  name: string;
  aliases: Set<string>;
  role: string | null;
  kind: SpeakerKind;
  gender: Gender;
  plural: boolean;
  /** first/last name tokens of the fullest name */
  tokens: string[];
  evidence: boolean;
  /** number of mentions */
  count: number;
  /** used as a speaker by attribution */
  spoke: boolean;
  /** found as a proper name (false: a description the attribution made a speaker of: "the agency", "the author") */
  named: boolean;
}

const BACK_STOP = new Set(['of', 'the', 'for', 'and', 'on', 'to', 'in', 'then', 'general', 'state', 'house', 'white', 'public', 'local', 'national', 'federal']);
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', '&']);
const PARTICLES = new Set(['de', 'van', 'von', 'bin', 'al', 'da', 'di', 'du', 'la', 'le', 'der', 'del', 'dos', 'el', 'ibn', 'ben']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'messrs']);

function isCapWord(t: Token | undefined): boolean {
  return !!t && t.t === 'word' && t.cap;
}

const TITLEISH = new Set([...TITLES, ...ROLE_WORDS, ...DEMONYMS, ...ORG_HEADS, ...ROLE_NOUNS, ...HONORIFICS]);
function isTitleish(lw: string): boolean {
  return TITLEISH.has(lw);
}

/** Finds name, organisation and pronoun mentions in the token stream. */
export function findMentions(text: string, toks: Token[]): Mention[] {
  const mentions: Mention[] = [];
  const places = new Set<string>();
  const n = toks.length;
  let i = 0;
  while (i < n) {
    const tok = toks[i]!;
    if (tok.t === 'word' && !tok.cap && (MALE_PRONOUNS.has(tok.lw) || FEMALE_PRONOUNS.has(tok.lw) || tok.lw === 'they')) {
      if (tok.lw === 'he' || tok.lw === 'she' || tok.lw === 'they') mentions.push(pronoun(tok, i));
      i++;
      continue;
    }
    if (tok.t === 'word' && (tok.cap && (tok.lw === 'he' || tok.lw === 'she' || tok.lw === 'they') || CONTRACTED_PRONOUN.test(tok.lw))) {
      mentions.push(pronoun(tok, i));
      i++;
      continue;
    }
    if (!isCapWord(tok) || (NON_NAME_CAPS.has(tok.lw) && !TITLES.has(tok.lw) && !HONORIFICS.has(tok.lw))) {
      i++;
      continue;
    }
    // a run of capitalised words in one sentence
    let j = i + 1;
    while (j < n && toks[j]!.sent === tok.sent) {
      const t = toks[j]!;
      if (isCapWord(t) && !(NON_NAME_CAPS.has(t.lw) && !TITLES.has(t.lw))) {
        j++;
        continue;
      }
      if (t.t === 'word' && PARTICLES.has(t.lw) && isCapWord(toks[j + 1]) && j > i) {
        j++;
        continue;
      }
      if (t.t === 'word' && CONNECTORS.has(t.lw) && t.w === t.lw) {
        const prev = toks[j - 1]!;
        let k = j + 1;
        if (toks[k]?.lw === 'the' && t.lw !== 'the') k++;
        if (isCapWord(toks[k]) && !NON_NAME_CAPS.has(toks[k]!.lw) && (ORG_HEADS.has(prev.lw) || TITLES.has(prev.lw) || ROLE_NOUNS.has(prev.lw))) {
          // "Secretary of State", "Institute for Strategic Studies", "Department of Justice"
          j = k + 1;
          continue;
        }
      }
      break;
    }
    if (placeLike(toks, i, j)) places.add(text.slice(toks[i]!.start, toks[j - 1]!.end).replace(/\s+/g, ' ').toLowerCase());
    addRun(text, toks, i, j, mentions);
    i = j;
  }
  attachAppositions(text, toks, mentions);
  // A name the article also uses as a place ("in Florence", "Huntsville, Ala.") is a place wherever it stands
  // without a title: a place is never the "she" of the next sentence.
  // "faith in Smith" is no place: a name that is also someone's surname, or the subject of a reporting verb, stays.
  if (places.size === 0) return mentions;
  for (const m of mentions) {
    if (m.type === 'pronoun' || m.type === 'org') continue;
    const lw = m.name.toLowerCase();
    const words = lw.split(' ');
    if (m.type === 'person' && words.length > 1) places.delete(words.at(-1)!);
    if (m.titled !== null || REPORTING_FORMS.has(toks[m.appT]?.lw ?? '')) places.delete(lw);
  }
  return mentions.filter((m) => m.type === 'pronoun' || m.type === 'org' || m.role !== null || m.titled !== null || !places.has(m.name.toLowerCase()));
}

/** Prepositions after which a capitalised run is a place, not an employer ("at Google"). */
const WHERE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout']);

/** A run of capitalised words [a, b) used as a place: after "in", or before ", Ala." / ", S.C.". */
function placeLike(toks: Token[], a: number, b: number): boolean {
  const prev = toks[a - 1];
  const next = toks[b];
  if (next?.t === 'poss') return false;
  if (prev && prev.sent === toks[a]!.sent && prev.t === 'word' && WHERE_PREPOSITIONS.has(prev.w)) return true;
  const abbr = toks[b + 1];
  if (next?.w !== ',' || !abbr || abbr.t !== 'word' || HONORIFICS.has(abbr.lw)) return false;
  // a state or province abbreviation: "Ala.", "Calif.", "S.C."
  return /^[A-Z]\.[A-Z]\.?$/.test(abbr.w) || (/^[A-Z][a-z]{1,4}$/.test(abbr.w) && toks[b + 2]?.w === '.');
}

/** "he's", "she'd", "they've": a subject pronoun with its auxiliary. */
const CONTRACTED_PRONOUN = /^(he|she|they)['’](s|d|ve|ll|re)$/;

function pronoun(tok: Token, i: number): Mention {
  const lw = tok.lw.replace(CONTRACTED_PRONOUN, '$1');
  const g: Gender = MALE_PRONOUNS.has(lw) ? 'm' : FEMALE_PRONOUNS.has(lw) ? 'f' : null;
  return {
    t0: i, t1: i + 1, start: tok.start, end: tok.end, r0: i, appEnd: tok.end, appT: i + 1, type: 'pronoun', name: lw,
    titled: null, role: null, gender: g, plural: PLURAL_PRONOUNS.has(lw), sent: tok.sent, quoted: !!tok.quoted,
    inRole: false, subject: false, entity: -1, evidence: false,
  };
}

function addRun(text: string, toks: Token[], a: number, b: number, out: Mention[]): void {
  const first = toks[a]!;
  const prev = toks[a - 1];
  const prevSame = prev && prev.sent === first.sent ? prev : undefined;
  // the name: trailing tokens that are not title/role/organisation words
  let nameStart = b;
  while (nameStart > a) {
    const t = toks[nameStart - 1]!;
    if (t.t !== 'word') break;
    if (isTitleish(t.lw) && !(PARTICLES.has(t.lw))) break;
    if (!t.cap && !PARTICLES.has(t.lw)) break;
    nameStart--;
  }
  // "the X" + a single capitalised word → organisation
  const hasOrgHead = (() => {
    for (let k = a; k < b; k++) if (ORG_HEADS.has(toks[k]!.lw)) return true;
    return false;
  })();
  const afterPlacePrep = prevSame && PLACE_PREPOSITIONS.has(prevSame.lw) && !(prevSame.lw === 'to' && toks[a - 2]?.lw === 'according');
  const preceededByThe = prevSame?.lw === 'the';
  const quoted = !!first.quoted;

  const beforeTail = toks[nameStart - 1];
  const orgRun = hasOrgHead && nameStart > a && (ORG_HEADS.has(toks[b - 1]!.lw) || (beforeTail !== undefined && CONNECTORS.has(beforeTail.lw)));
  if (nameStart === b || orgRun) {
    // no personal name: an organisation, or a bare title
    if (hasOrgHead) {
      const s = toks[a]!;
      const e = toks[b - 1]!;
      out.push(mention(s.start, e.end, a, b, a, 'org', text.slice(s.start, e.end), null, null, null, false, first.sent, quoted, true));
    }
    return;
  }
  if (nameStart < b && hasOrgHead && nameStart === a) {
    // e.g. "Reuters" alone
  }
  const nameToks = toks.slice(nameStart, b);
  const nameText = text.slice(toks[nameStart]!.start, toks[b - 1]!.end);
  const roleToks = toks.slice(a, nameStart);
  let r0 = a;
  let gender: Gender = null;
  let honorific: string | null = null;
  for (const t of roleToks) {
    if (MALE_TITLES.has(t.lw)) gender = 'm';
    if (FEMALE_TITLES.has(t.lw)) gender = 'f';
    if (HONORIFICS.has(t.lw)) honorific = t.w;
  }
  const firstName = nameToks[0]!.lw;
  if (nameToks.length > 1 && !gender) {
    if (MALE_FIRST_NAMES.has(firstName) && !FEMALE_FIRST_NAMES.has(firstName)) gender = 'm';
    else if (FEMALE_FIRST_NAMES.has(firstName) && !MALE_FIRST_NAMES.has(firstName)) gender = 'f';
  }
  // role prefix: extend backwards over lower-case role words, possessives and organisation runs
  let k = a - 1;
  while (k >= 0 && toks[k]!.sent === first.sent) {
    const t = toks[k]!;
    if (t.t === 'word' && !t.cap && (ROLE_NOUNS.has(t.lw) || (ROLE_WORDS.has(t.lw) && !BACK_STOP.has(t.lw)) || DEMONYMS.has(t.lw))) {
      r0 = k;
      k--;
      continue;
    }
    if (t.t === 'word' && t.cap && DEMONYMS.has(t.lw) && r0 === k + 1 && r0 < a) {
      r0 = k;
      k--;
      continue;
    }
    if (t.t === 'poss' && isCapWord(toks[k - 1])) {
      // "Germany’s Chancellor"
      let m = k - 1;
      while (m - 1 >= 0 && isCapWord(toks[m - 1]) && toks[m - 1]!.sent === first.sent) m--;
      r0 = m;
      // drop a mention already made of that possessor (a place, usually)
      const last = out[out.length - 1];
      if (last && last.t0 >= m && last.t1 <= k) out.pop();
      break;
    }
    if (isCapWord(t) && r0 === k + 1 && r0 < a) {
      // an organisation run right before a lower-case role noun: "the X Department spokesperson"
      const last = out[out.length - 1];
      if (last && last.t1 === k + 1 && last.type === 'org') {
        last.inRole = true;
        r0 = last.t0;
      }
      break;
    }
    break;
  }
  let role: string | null = null;
  if (r0 < nameStart) {
    const rs = toks[r0]!.start;
    const re = toks[nameStart - 1]!.end;
    role = text.slice(rs, re).replace(/\s+/g, ' ');
    if (honorific && roleToks.length === 1) role = null; // "Mr." is not a role
  }
  const titled = roleToks.length > 0 ? text.slice(toks[roleToks.length > 0 ? a : nameStart]!.start, toks[b - 1]!.end).replace(/\s+/g, ' ') : null;
  const roleAll = toks.slice(r0, nameStart);
  const titledRole = roleAll.some((t) => TITLES.has(t.lw) || ROLE_NOUNS.has(t.lw) || HONORIFICS.has(t.lw));
  const evidence = titledRole || MALE_FIRST_NAMES.has(firstName) || FEMALE_FIRST_NAMES.has(firstName);
  if (!titledRole && r0 < nameStart) {
    // a demonym or place alone is no role ("Saudi Arabia")
    if (!evidence && roleAll.every((t) => DEMONYMS.has(t.lw) || t.t === 'poss' || t.cap)) return;
  }
  let type: Mention['type'] = nameToks.length > 1 || evidence ? 'person' : 'unknown';
  const nextTok = toks[b];
  const lw0 = nameToks[0]!.lw;
  if (!evidence && nameToks.length === 1 && DEMONYMS.has(lw0)) return;
  if (!evidence && nameToks.length === 1 && ORG_HEADS.has(lw0)) type = 'org';
  else if (!evidence && nameToks.length === 1 && preceededByThe) {
    if (lw0.endsWith('s') || (nextTok && nextTok.sent === first.sent && nextTok.t === 'word' && !nextTok.cap && !/(ed|s)$/.test(nextTok.lw))) return;
    type = 'org';
  }
  if (!evidence && afterPlacePrep) return; // "in Saudi Arabia"
  if (!evidence && DEMONYMS.has(nameToks[nameToks.length - 1]!.lw)) return;
  const m = mention(
    toks[nameStart]!.start, toks[b - 1]!.end, nameStart, b, r0, type, nameText, titled, role, gender, evidence, first.sent, quoted, false,
  );
  out.push(m);
}

const SPACE_TO_FOLD = /[^\S ]|\s\s/;
/** White space folded, a leading "the" dropped. */
function foldName(name: string): string {
  const n = SPACE_TO_FOLD.test(name) ? name.replace(/\s+/g, ' ') : name;
  return (n.charCodeAt(0) | 32) === 116 ? n.replace(/^the\s+/i, '') : n;
}

function mention(
  start: number, end: number, t0: number, t1: number, r0: number, type: Mention['type'], name: string,
  titled: string | null, role: string | null, gender: Gender, evidence: boolean, sent: number, quoted: boolean, isOrg: boolean,
): Mention {
  return {
    t0, t1, start, end, r0, appEnd: end, appT: t1, type, name: foldName(name), titled, role,
    gender, plural: false, sent, quoted, inRole: false, subject: false, entity: -1, evidence: evidence || isOrg,
  };
}

/** Mentions after mentions[mi] inside its apposition (tokens after `from`, ending by `to`) are part of its role. */
function markInRole(mentions: Mention[], mi: number, from: number, to: number): void {
  // mentions are in text order: only the ones up to the apposition's end need looking at
  for (let x = mi + 1; x < mentions.length && mentions[x]!.t0 <= to; x++) {
    const o = mentions[x]!;
    if (o.t0 > from && o.t1 <= to) o.inRole = true;
  }
}

/**
 * The closing comma of an apposition that starts after the comma at `comma`: a role (", a spokesman for Y,"), an
 * age (", 29,"), or where a person is from (", of Huntsville, Ala.,"). -1 when there is none.
 */
function appositionEnd(toks: Token[], comma: number, sent: number, person: boolean): number {
  const det = toks[comma + 1];
  if (!det || det.sent !== sent) return -1;
  if (det.t === 'num' && toks[comma + 2]?.w === ',' && person) return comma + 2;
  if (det.lw === 'of' && person) {
    // capitalised words, with a state abbreviation after a comma
    let k = comma + 2;
    while (isCapWord(toks[k]) && toks[k]!.sent === sent) k++;
    if (k === comma + 2) return -1;
    if (toks[k]?.w === ',' && isCapWord(toks[k + 1]) && toks[k + 2]?.w === '.' && toks[k + 3]?.w === ',') return k + 3;
    if (toks[k]?.w === ',' && /^[A-Z]\.[A-Z]\.?$/.test(toks[k + 1]?.w ?? '') && toks[k + 2]?.w === ',') return k + 2;
    return toks[k]?.w === ',' ? k : -1;
  }
  if (!/^(a|an|the|former|who's|chief|senior|deputy|executive|director|spokesman|spokeswoman|spokesperson|president|chairman|head|professor|co-founder|founder)$/.test(det.lw)) return -1;
  let k = comma + 2;
  let hasRole = ROLE_NOUNS.has(det.lw);
  while (k < toks.length && k < comma + 16 && toks[k]!.sent === sent && toks[k]!.w !== ',' && !/^[“”"]$/.test(toks[k]!.w)) {
    if (ROLE_NOUNS.has(toks[k]!.lw) || ORG_HEADS.has(toks[k]!.lw)) hasRole = true;
    k++;
  }
  return toks[k]?.w === ',' && hasRole ? k : -1;
}

/** "X of the Y Institute" and "X, a spokesman for Y," become X's role and extend X's reach for cue finding. */
function attachAppositions(text: string, toks: Token[], mentions: Mention[]): void {
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi]!;
    if (m.type !== 'person' && m.type !== 'unknown') continue;
    const next = toks[m.t1];
    if (!next || next.sent !== m.sent) continue;
    if (next.w === '(') {
      // "Jane Doe (D-Ore.)"
      let k = m.t1 + 1;
      while (k < toks.length && k < m.t1 + 8 && toks[k]!.w !== ')' && toks[k]!.sent === m.sent) k++;
      if (toks[k]?.w === ')') {
        m.appEnd = toks[k]!.end;
        m.appT = k + 1;
        markInRole(mentions, mi, m.t1, k);
      }
      continue;
    }
    if (next.lw === 'of' || next.lw === 'at' || next.lw === 'from') {
      const org = mentions[mi + 1];
      let k = m.t1 + 1;
      if (toks[k]?.lw === 'the') k++;
      // "X of the Y": after a person's name, "the Y" is an institution whatever its words look like
      const institution = org && org.t0 === k && (org.type === 'org' || (m.type === 'person' && k === m.t1 + 2 && org.type !== 'pronoun'));
      if (org && institution) {
        if (org.type !== 'org') org.type = 'org';
        if (!m.role) m.role = org.name;
        m.appEnd = org.end;
        m.appT = org.t1;
        org.inRole = true;
        m.evidence = true;
        if (m.type === 'unknown') m.type = 'person';
      } else if (org && m.type === 'person' && org.type === 'unknown' && org.t0 === m.t1 + 1) {
        // "Sen. Jane Doe of Ohio said": where a person is from is part of how the text names them, not a speaker.
        m.appEnd = org.end;
        m.appT = org.t1;
        org.inRole = true;
      }
    } else if (next.w === ',') {
      // ", a/an/the/former … ," within 14 tokens; appositions may follow one another ("X, 29, of Y, Ala., a Z,")
      let comma = m.t1;
      for (let round = 0; round < 3; round++) {
        const k = appositionEnd(toks, comma, m.sent, round > 0 || m.type === 'person');
        if (k < 0) break;
        const first = toks[comma + 1]!;
        if (!m.role && first.t !== 'num' && first.lw !== 'of') m.role = text.slice(first.start, toks[k - 1]!.end).replace(/\s+/g, ' ').replace(/^(a|an|the)\s+/i, '');
        m.appEnd = toks[k]!.end;
        m.appT = k + 1;
        m.evidence = true;
        if (m.type === 'unknown') m.type = 'person';
        markInRole(mentions, mi, comma, k);
        comma = k;
      }
    }
  }
}

function editDistanceAtMost1(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
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
  return a.length >= 5 && b.length >= 5 && a[0] === b[0] && editDistanceAtMost1(a, b);
}

const nameTokenCache = new Map<string, string[]>();
function nameTokens(name: string): string[] {
  let got = nameTokenCache.get(name);
  if (got === undefined) {
    got = nameTokensOf(name);
    if (nameTokenCache.size > 20000) nameTokenCache.clear();
    nameTokenCache.set(name, got);
  }
  return got;
}
function nameTokensOf(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’']s$/, '')
    .split(/\s+/)
    .filter((w) => w && !/^[a-z]\.$/.test(w) && !PARTICLES.has(w) && !/^(jr|sr|ii|iii|iv)\.?$/.test(w));
}

function orgKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .split(/\s+/)
    .filter((w) => !DEMONYMS.has(w.replace(/\.$/, '')) && w !== 'the')
    .join(' ');
}

/** Groups mentions into entities (pronouns are resolved later by attribution). */
export function buildEntities(mentions: Mention[]): Entity[] {
  const entities: Entity[] = [];
  const byPerson: number[] = [];
  const orgKeys: { e: number; key: string; name: string }[] = [];
  for (const m of mentions) {
    if (m.type === 'pronoun' || m.type === 'group') continue;
    if (m.type === 'org') {
      const key = orgKey(m.name);
      let found = -1;
      for (const ok of orgKeys) {
        const e = ok.e;
        const en = entities[e]!;
        if (ok.name !== en.name) {
          ok.name = en.name;
          ok.key = orgKey(en.name);
        }
        const ek = ok.key;
        if (ek === key || (key.length > 3 && (ek.endsWith(' ' + key) || key.endsWith(' ' + ek)))) {
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
      m.entity = found;
      continue;
    }
    const toksN = nameTokens(m.name);
    if (toksN.length === 0) continue;
    const last = toksN[toksN.length - 1]!;
    let found = -1;
    // The compatible person entity. When two share a surname ("Hillary Clinton", "Bill Clinton"), a bare surname
    // goes to the one named most often so far, the first introduced on a tie: news style gives the surname alone to
    // the story's main figure and names the other one in full.
    for (let x = byPerson.length - 1; x >= 0; x--) {
      const e = byPerson[x]!;
      const en = entities[e]!;
      const eLast = en.tokens[en.tokens.length - 1]!;
      if (!sameSurname(eLast, last)) continue;
      if (toksN.length > 1 && en.tokens.length > 1) {
        const f1 = toksN[0]!;
        const f2 = en.tokens[0]!;
        if (!(f1 === f2 || f1[0] === f2[0] && (f1.length <= 2 || f2.length <= 2) || sameSurname(f1, f2))) continue;
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
    if (found === -1) {
      // "Republicans", "Democrats": a capitalised group noun names a group, the "they" of a later sentence
      const group = toksN.length === 1 && m.type !== 'person' && GROUP_NOUNS.has(last);
      entities.push({
        name: m.name, aliases: new Set(), role: m.role, kind: m.type === 'person' ? 'person' : group ? 'group' : 'unknown', gender: m.gender,
        plural: group, tokens: toksN, evidence: m.evidence, count: 0, spoke: false, named: true,
      });
      found = entities.length - 1;
      byPerson.push(found);
    } else {
      const en = entities[found]!;
      addName(en, m.name);
      if (!en.role && m.role) en.role = m.role;
      if (!en.gender && m.gender) en.gender = m.gender;
      if (m.type === 'person') en.kind = 'person';
      en.evidence ||= m.evidence;
      if (toksN.length > en.tokens.length) en.tokens = toksN;
      // keep it most recent
      const pos = byPerson.indexOf(found);
      byPerson.splice(pos, 1);
      byPerson.push(found);
    }
    const en = entities[found]!;
    if (m.titled && m.titled !== en.name) en.aliases.add(m.titled);
    en.count++;
    m.entity = found;
  }
  for (const en of entities) en.aliases.delete(en.name);
  return entities;
}

/** Adds a surface form, keeping the fullest (most words, then longest) as the name. */
function addName(en: Entity, name: string): void {
  if (name === en.name) return;
  const w1 = name.split(/\s+/).length;
  const w0 = en.name.split(/\s+/).length;
  if (w1 > w0 || (w1 === w0 && name.length > en.name.length && en.kind === 'organization')) {
    en.aliases.add(en.name);
    en.name = name;
  } else en.aliases.add(name);
}

export function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'speaker';
}
