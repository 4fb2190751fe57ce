/**
 * The speakers of an analysis: made from the entities the engine found (on first use, so that their order is the
 * order in which the analysis needs them), found by name or alias for an editor's reference, and declared by an
 * editor. Ids come from the analysis's one allocator (ids.ts).
 */

import type { Speaker, SpeakerKind } from './types.ts';
import type { Entity } from './speakers.ts';
import { slug } from './speakers.ts';
import { clean } from './text.ts';
import { NAME_SUFFIXES } from './lexicon/words.ts';

const KINDS: readonly SpeakerKind[] = ['person', 'organization', 'group', 'unknown'];

export interface DeclaredSpeaker {
  aliases?: unknown;
  role?: unknown;
  kind?: unknown;
}

export interface SpeakerList {
  /** the speaker for entity e (made on first use) */
  of(e: number): Speaker;
  /** a speaker an editor's reference names: id, name or alias (any case), else a name ending in it */
  find(ref: string): Speaker | null;
  /** an editor's speaker: the one the name finds (renamed to it), or a new one */
  declare(name: string, extra: DeclaredSpeaker): Speaker;
  all(): Speaker[];
}

export function createSpeakerList(entities: readonly Entity[], uniqueId: (base: string) => string): SpeakerList {
  // by entity index (a dense array: every analysis asks for most of its entities)
  const speakerOf: (Speaker | undefined)[] = new Array(entities.length);
  const speakers: Speaker[] = [];
  const find = (ref: string): Speaker | null => {
    const key = ref.trim().toLowerCase();
    if (!key) return null;
    return (
      speakers.find((s) => s.id === key || s.name.toLowerCase() === key || s.aliases.some((a) => a.toLowerCase() === key)) ??
      speakers.find((s) => s.name.toLowerCase().endsWith(' ' + key)) ??
      null
    );
  };
  return {
    of(e) {
      const got = speakerOf[e];
      if (got) return got;
      const sp = fromEntity(entities[e]!, uniqueId);
      speakerOf[e] = sp;
      speakers.push(sp);
      return sp;
    },
    find,
    declare(name, extra) {
      let sp = find(name);
      if (!sp) {
        sp = { id: uniqueId(slug(name)), name: clean(name), aliases: [], role: null, kind: 'person', named: true };
        speakers.push(sp);
      } else if (sp.name.toLowerCase() !== name.trim().toLowerCase() && !sp.aliases.includes(name.trim())) {
        const was = sp.name;
        sp.name = clean(name);
        sp.aliases = [...sp.aliases, was].filter((a) => a !== sp!.name);
      }
      addDeclared(sp, extra);
      return sp;
    },
    all: () => speakers,
  };
}

function fromEntity(en: Entity, uniqueId: (base: string) => string): Speaker {
  const name = clean(en.name);
  const aliases: string[] = [];
  for (const a of en.aliases) {
    const alias = clean(a);
    if (alias && alias !== name) aliases.push(alias);
  }
  const sp: Speaker = { id: uniqueId(slug(en.name)), name, aliases, role: en.role ? clean(en.role) : null, kind: en.kind, named: en.named };
  if (sp.kind === 'person') {
    // the surname alone is always an alias ("Doe" for "Jane Doe")
    const last = surnameOf(name);
    if (last !== null && !aliases.includes(last)) aliases.push(last);
  }
  return sp;
}

/**
 * The last word of a clean name that is not a suffix ("Jr."), when another such word comes before it and it is
 * longer than one letter; else null. Read from the end in place: only the words it looks at are cut out.
 */
function surnameOf(name: string): string | null {
  let last: string | null = null;
  let end = name.length;
  for (let i = name.length - 1; i >= -1; i--) {
    if (i >= 0 && name.charCodeAt(i) !== 32) continue;
    const w = name.slice(i + 1, end);
    end = i;
    if (NAME_SUFFIXES.has(withoutFinalPeriod(w.toLowerCase()))) continue;
    if (last !== null) return last.length > 1 ? last : null;
    last = w;
  }
  return null;
}

/** The word without one final period (what .replace(/\.$/, '') gives, with no regex per word). */
function withoutFinalPeriod(w: string): string {
  return w.endsWith('.') ? w.slice(0, -1) : w;
}

/** The aliases, role and kind an editor gave. */
function addDeclared(sp: Speaker, extra: DeclaredSpeaker): void {
  const aliases = Array.isArray(extra.aliases) ? extra.aliases : typeof extra.aliases === 'string' ? [extra.aliases] : [];
  for (const a of aliases) if (typeof a === 'string' && a.trim() && !sp.aliases.includes(a.trim()) && a.trim() !== sp.name) sp.aliases.push(a.trim());
  if (typeof extra.role === 'string' && extra.role.trim()) sp.role = extra.role.trim();
  if (typeof extra.kind === 'string' && (KINDS as readonly string[]).includes(extra.kind)) sp.kind = extra.kind as SpeakerKind;
}
