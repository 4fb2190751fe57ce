/** A word set from a white-space separated list (how every lexicon here is written). */
export const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));
