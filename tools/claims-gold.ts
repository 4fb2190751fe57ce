/**
 * Matching predicted claims against a hand annotation (the gold file format of ../shared/gold/seed.json):
 * a gold claim is found when its "key" is contained in a predicted claim's text after folding curly quotes to
 * straight ones, dashes to "-" and runs of white space to one space, case-insensitively; its claimant is right when
 * one of the gold names matches the predicted claimant's name or aliases (null = the article's own voice).
 * Optional gold entries are neither required nor counted as false positives.
 */
import type { Claim, Speaker } from '../src/analysis/types.ts';

export interface GoldClaim {
  key: string;
  claimant: (string | null)[];
  optional?: boolean;
  why?: string;
}

export function fold(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

export function claimantMatches(gold: (string | null)[], claimant: string | null, speakers: Speaker[]): boolean {
  if (claimant === null) return gold.includes(null);
  const sp = speakers.find((s) => s.id === claimant);
  const forms = sp ? [sp.name, ...sp.aliases].map(fold) : [fold(claimant)];
  return gold.some((g) => g !== null && forms.some((f) => f === fold(g) || f.split(/[\s.-]+/).includes(fold(g))));
}

export interface GoldResult {
  gold: GoldClaim;
  /** the first predicted claim containing the key, if any */
  claim: Claim | null;
  claimantOk: boolean;
}

export interface GoldReport {
  results: GoldResult[];
  required: number;
  found: number;
  foundWithClaimant: number;
  /** predicted claims matching no gold entry, required or optional */
  unmatched: Claim[];
}

export function matchGold(gold: GoldClaim[], claims: Claim[], speakers: Speaker[]): GoldReport {
  const folded = claims.map((c) => fold(c.text));
  const used = new Set<number>();
  const results: GoldResult[] = [];
  for (const g of gold) {
    const key = fold(g.key);
    const hits = claims.map((_, i) => i).filter((i) => folded[i]!.includes(key));
    hits.forEach((i) => used.add(i));
    const good = hits.find((i) => claimantMatches(g.claimant, claims[i]!.claimant, speakers));
    const pick = good ?? hits[0];
    results.push({ gold: g, claim: pick === undefined ? null : claims[pick]!, claimantOk: good !== undefined });
  }
  const req = results.filter((r) => !r.gold.optional);
  return {
    results,
    required: req.length,
    found: req.filter((r) => r.claim).length,
    foundWithClaimant: req.filter((r) => r.claimantOk).length,
    unmatched: claims.filter((_, i) => !used.has(i)),
  };
}
