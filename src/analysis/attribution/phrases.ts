/**
 * Source noun phrases: the words around a cue that name who speaks when no name does ("senior officials", "the
 * 46-year-old", "Most of the candidates", "X's statement"); the main clause's subject is subjects.ts's. Each finder
 * reads the context and returns a mention (a found one, or a new described one); none changes what it reads.
 */
import type { Mention } from '../speakers.ts';
import type { Cue } from './cues.ts';
import type { Context } from './context.ts';
import type { Descriptions } from './descriptions.ts';
import { isVerbish, lyAdverbForm } from './grammar.ts';
import { foldSpaces } from '../text.ts';
import { OBJECT_PRONOUNS } from '../lexicon/function-words.ts';
import { GROUP_NOUNS, NOMINATIVE_PRONOUNS, NON_NAME_CAPS, ORG_HEADS, REPORTING_FORMS, ROLE_NOUNS } from '../lexicon/words.ts';
import { AUX, DESCRIPTION_BREAKS, DESCRIPTION_OPENERS, DESCRIPTION_POSTMOD_OPENERS, DESCRIPTIVE_DETERMINERS, DETERMINERS, INVERTED_FOLLOW, NOT_IN_DESCRIPTION, NP_LEFT_STOP, NP_NOT_HEAD, NP_POSTMOD, NP_POSTMOD_HEADS, NP_STOP, PASSIVE_AUXILIARIES, POSSESSIVE_DETERMINERS, PREPOSITIONS, QUANTIFIERS, SPEECH_PRODUCTS, ISSUER_LINKS, PHRASE_PREPOSITIONS, PREPOSITION_OBJECT_MARKERS, RELEASE_PARTICIPLES } from '../lexicon/attribution.ts';

/** What the phrase finders read: the context, the registry of described sources, the cues by sentence. */
export interface Finder {
  ctx: Context;
  descriptions: Descriptions;
  cuesOfSent: ReadonlyMap<number, readonly Cue[]>;
}

export function described(t0: number, t1: number, start: number, end: number, r0: number, name: string, plural: boolean, sent: number, entity: number): Mention {
  return {
    t0, t1, start, end, r0, appEnd: end, appT: t1, type: 'group', name, titled: null, role: null, gender: null, plural, sent,
    quoted: false, inRole: false, subject: true, entity, evidence: true,
  };
}

export const isPlural = (w: string) => w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is');

/** "officials", "senior administration officials", "a spokesman for the campaign", "the actress" ending at kEnd. */
export function groupMention({ ctx, descriptions }: Finder, kEnd: number): Mention | null {
  const { toks, sentTok, text } = ctx;
  const sent = toks[kEnd]!.sent;
  if (NP_NOT_HEAD.has(toks[kEnd]!.lw) && !GROUP_NOUNS.has(toks[kEnd]!.lw)) return null;
  for (let h = kEnd; h >= Math.max(sentTok[sent]!, kEnd - 6); h--) {
    const t = toks[h]!;
    if (t.t !== 'word' || (t.cap && h !== sentTok[sent])) {
      if (t.t === 'word' && t.cap) continue;
      return null;
    }
    if (GROUP_NOUNS.has(t.lw) || ROLE_NOUNS.has(t.lw)) {
      let s = h;
      while (s - 1 >= sentTok[sent]! && toks[s - 1]!.t === 'word' && !DETERMINERS.has(toks[s - 1]!.lw) && !AUX.has(toks[s - 1]!.lw) && !isVerbish(toks[s - 1]) && !NP_LEFT_STOP.has(toks[s - 1]!.lw) && h - s < 3) s--;
      const nameStart = s;
      if (s - 1 >= sentTok[sent]! && DETERMINERS.has(toks[s - 1]!.lw)) s--;
      const name = foldSpaces(text.slice(toks[nameStart]!.start, toks[kEnd]!.end));
      const plural = GROUP_NOUNS.has(t.lw);
      return described(nameStart, kEnd + 1, toks[s]!.start, toks[kEnd]!.end, s, name, plural, sent, descriptions.entity(name, plural));
    }
    if (DETERMINERS.has(t.lw) && h < kEnd && DESCRIPTIVE_DETERMINERS.has(t.lw)) return determinedPhrase(ctx, descriptions, h, kEnd);
    if (DETERMINERS.has(t.lw) || DESCRIPTION_BREAKS.has(t.lw)) return null;
  }
  return null;
}

/** A descriptive noun phrase as subject, from its determiner at h to its head at kEnd: "the actress", "a new poll". */
function determinedPhrase(ctx: Context, descriptions: Descriptions, h: number, kEnd: number): Mention | null {
  const { toks, text } = ctx;
  const t = toks[h]!;
  const sent = t.sent;
  const before = toks[h - 1];
  if (before && before.sent === sent && !DESCRIPTION_OPENERS.has(before.lw) && !/[“"]/.test(before.w)) return null;
  for (let x = h + 1; x <= kEnd; x++) {
    const w = toks[x]!;
    if (w.t === 'punct' || isVerbish(w) && x !== kEnd || NOT_IN_DESCRIPTION.has(w.lw)) return null;
  }
  const head = toks[kEnd]!;
  if (head.t !== 'word' && head.t !== 'num') return null;
  const name = foldSpaces(text.slice(toks[h + 1]!.start, head.end));
  const plural = head.lw.endsWith('s') && !head.lw.endsWith('ss');
  return described(h + 1, kEnd + 1, t.start, head.end, h, name, plural, sent, descriptions.entity(name, plural));
}

/** Tokens [a, b] as a source noun phrase (its determiner at r0 ≤ a, if any), named after its head. */
export function npMention({ ctx, descriptions }: Finder, a: number, b: number, sent: number, r0: number): Mention | null {
  const { toks, text } = ctx;
  while (a <= b && DETERMINERS.has(toks[a]!.lw) && toks[a]!.t === 'word') a++;
  if (a > b) return null;
  // the head: the last word before a post-modifier ("data from …", "people with knowledge of …")
  let hd = b;
  // "one of the advisers": the head is after a quantifier's "of"
  const from = QUANTIFIERS.has(toks[a]!.lw) && toks[a + 1]?.lw === 'of' ? a + 2 : a + 1;
  for (let x = from; x <= b; x++) {
    if (NP_POSTMOD.has(toks[x]!.lw) || opensAdjectivePostmodifier(toks, x, b)) {
      hd = x - 1;
      break;
    }
  }
  const head = toks[hd]!;
  if (head.t !== 'word' && head.t !== 'num') return null;
  if (NP_NOT_HEAD.has(head.lw) || lyAdverbForm(head.lw)) return null;
  const name = foldSpaces(text.slice(toks[a]!.start, toks[b]!.end));
  const plural = isPlural(head.lw);
  return described(a, b + 1, toks[r0]!.start, toks[b]!.end, r0, name, plural, sent, descriptions.entity(name, plural, head.lw));
}

/** "close to …", "familiar with …" at x, before b: an adjective's phrase after a description's noun ("a source close to him"). */
function opensAdjectivePostmodifier(toks: Context['toks'], x: number, b: number): boolean {
  return x < b && DESCRIPTION_POSTMOD_OPENERS.has(toks[x]!.lw) && PREPOSITIONS.has(toks[x + 1]!.lw);
}

/**
 * "a source close to him said": an object pronoun ending an adjective's phrase is inside the subject, the object of
 * its preposition, not the phrase's head.
 */
function endsAdjectivePostmodifier(toks: Context['toks'], j: number, sent: number): boolean {
  const adjective = toks[j - 2];
  return OBJECT_PRONOUNS.has(toks[j]!.lw) && !!adjective && adjective.sent === sent && opensAdjectivePostmodifier(toks, j - 2, j);
}

/** The noun phrase ending at token j that is the subject of a cue right after it ("Other senior officials said"). */
export function subjectNP(f: Finder, j: number, sent: number): Mention | null {
  const { toks, sentTok } = f.ctx;
  const s0 = sentTok[sent]!;
  const head = toks[j];
  if (!head || head.sent !== sent || (head.t !== 'word' && head.t !== 'num')) return null;
  const pronounObject = endsAdjectivePostmodifier(toks, j, sent);
  if (head.quoted || (NP_NOT_HEAD.has(head.lw) && !pronounObject) || PREPOSITIONS.has(head.lw) || lyAdverbForm(head.lw)) return null;
  const a = phraseStart(f.ctx, j, sent);
  if (a < 0) return null;
  // the phrase must start at the sentence start or after a boundary
  const prev = a - 1 >= s0 ? toks[a - 1]! : undefined;
  if (prev && !(prev.t === 'punct' || NP_STOP.has(prev.lw) || AUX.has(prev.lw))) return null;
  // "… because he works for the harbour board said": after "he" comes his verb, no subject of the cue
  if (prev && NOMINATIVE_PRONOUNS.has(prev.lw)) return null;
  // "the files that were hacked suggested …": one lower-case word after a form of "be" is a participle, no subject
  if (a === j && prev && !head.cap && PASSIVE_AUXILIARIES.has(prev.lw)) return null;
  if (PHRASE_PREPOSITIONS.has(toks[a]!.lw)) return null;
  // possessive speech products: "Sanders's statement said", "the union's release said" → the owner
  if (j - 1 > a && toks[j - 1]!.t === 'poss' && SPEECH_PRODUCTS.has(head.lw)) {
    const owner = productOwner(f, a, j - 1, sent);
    if (owner) return owner;
  }
  const issuer = documentIssuer(f, a, j);
  if (issuer) return issuer;
  if (a === j && toks[a]!.cap && a !== s0) return null; // a lone capitalised word the name finder rejected
  if (a === j && NON_NAME_CAPS.has(toks[a]!.lw) && !QUANTIFIERS.has(toks[a]!.lw)) return null; // "Nonetheless, said …"
  if (toks[a]!.t === 'word' && POSSESSIVE_DETERMINERS.has(toks[a]!.lw) && SPEECH_PRODUCTS.has(head.lw)) return null;
  return npMention(f, a, j, sent, a);
}

/** "Sanders's statement", "the union's release": the owner before the possessive at `poss` speaks, a name or a description. */
function productOwner(f: Finder, a: number, poss: number, sent: number): Mention | null {
  const owner = f.ctx.endAt.get(poss - 1);
  if (owner) return owner.type === 'pronoun' ? null : owner;
  return poss - 1 >= a && !f.ctx.toks[poss - 1]!.cap ? npMention(f, a, poss - 1, sent, a) : null;
}

/** "according to the union's Friday release": in [a, b], a possessive, a speech product (one word between at most), its owner. */
export function possessedProductOwner(f: Finder, a: number, b: number, sent: number): Mention | null {
  const { toks } = f.ctx;
  for (let p = a + 1; p < b; p++) {
    if (toks[p]!.t !== 'poss') continue;
    const product = SPEECH_PRODUCTS.has(toks[p + 1]?.lw ?? '') ? p + 1 : SPEECH_PRODUCTS.has(toks[p + 2]?.lw ?? '') ? p + 2 : -1;
    return product > 0 && product <= b ? productOwner(f, a, p, sent) : null;
  }
  return null;
}

/**
 * "A statement from the league said", "a letter sent to members by Acme Corp. said": a document's issuer speaks. The
 * phrase's first noun is a speech product (SPEECH_PRODUCTS) and a name follows an issuer link (ISSUER_LINKS).
 */
export function documentIssuer({ ctx }: Finder, a: number, j: number): Mention | null {
  const { toks, startAt } = ctx;
  let x = a;
  while (x <= j && (DETERMINERS.has(toks[x]!.lw) || (toks[x]!.t === 'word' && !toks[x]!.cap && !SPEECH_PRODUCTS.has(toks[x]!.lw) && x - a < 2))) x++;
  if (x > j || !SPEECH_PRODUCTS.has(toks[x]!.lw)) return null;
  for (let y = x + 1; y < j; y++) {
    if (!ISSUER_LINKS.has(toks[y]!.lw)) continue;
    const at = toks[y + 1]?.lw === 'the' ? y + 2 : y + 1;
    const m = startAt.get(at);
    if (m && m.type !== 'pronoun' && m.t1 - 1 <= j) return m;
  }
  return null;
}

/** How many words the data's noun phrase may have before its participle ("the latest census figures released by"). */
const RELEASED_PHRASE_WORDS = 4;

/**
 * "figures released by the Electoral Board", "a poll published by X": data speaks for the one who put it out. From
 * token a, a short lower-case noun phrase, a RELEASE_PARTICIPLES word and "by", then a name; else null.
 */
export function releasingAgent({ ctx }: Finder, a: number, sEnd: number): Mention | null {
  const { toks, startAt } = ctx;
  let x = a;
  while (x < sEnd && x - a < RELEASED_PHRASE_WORDS && toks[x]!.t === 'word' && !toks[x]!.cap && !RELEASE_PARTICIPLES.has(toks[x]!.lw)) x++;
  if (x === a || !RELEASE_PARTICIPLES.has(toks[x]?.lw ?? '') || toks[x + 1]?.lw !== 'by') return null;
  const at = toks[x + 2]?.lw === 'the' ? x + 3 : x + 2;
  const m = startAt.get(at);
  // "provided by X's lawyer": the possessed noun put it out, not the name
  return m && m.type !== 'pronoun' && m.sent === toks[a]!.sent && toks[m.t1]?.t !== 'poss' ? m : null;
}

/** Where the noun phrase ending at j starts (at most nine tokens back), or -1 when it runs longer. */
export function phraseStart({ toks, sentTok }: Context, j: number, sent: number): number {
  const s0 = sentTok[sent]!;
  let a = j;
  let n = 0;
  while (a - 1 >= s0 && n < 9) {
    const t = toks[a - 1]!;
    if (t.quoted) break;
    if (t.t === 'poss' || t.t === 'num') {
      a--;
      n++;
      continue;
    }
    // "26-year-old": the number, its hyphen and the word are one modifier
    const num = toks[a - 2];
    if (t.w === '-' && num && num.t === 'num' && num.end === t.start && t.end === toks[a]!.start) {
      a -= 2;
      n += 2;
      continue;
    }
    if (t.t !== 'word') break;
    if (NP_STOP.has(t.lw) || AUX.has(t.lw) || REPORTING_FORMS.has(t.lw)) break;
    if (PREPOSITION_OBJECT_MARKERS.has(t.lw)) {
      // inside the phrase only after a noun that takes a complement ("members of", "people with knowledge of")
      const before = toks[a - 2];
      if (!before || before.sent !== sent || before.t !== 'word' || NP_STOP.has(before.lw) || AUX.has(before.lw) || PREPOSITIONS.has(before.lw)) break;
      if (!(GROUP_NOUNS.has(before.lw) || ROLE_NOUNS.has(before.lw) || ORG_HEADS.has(before.lw) || before.cap || NP_POSTMOD_HEADS.has(before.lw) ||
        (before.t === 'word' && !/(ing|ed|ly)$/.test(before.lw) && !REPORTING_FORMS.has(before.lw) && !DETERMINERS.has(before.lw)))) break;
    }
    a--;
    n++;
  }
  return n >= 9 ? -1 : a;
}

/** After an inverted cue's name, a lower-case verb means the name starts the reported clause ("said Smith will …"). */
export function startsClause({ toks }: Context, k: number, sEnd: number): boolean {
  const t = toks[k];
  if (!t || k >= sEnd) return false;
  if (t.t === 'poss') return true;
  return t.t === 'word' && !t.cap && !INVERTED_FOLLOW.has(t.lw) && !PHRASE_PREPOSITIONS.has(t.lw) && !REPORTING_FORMS.has(t.lw);
}
