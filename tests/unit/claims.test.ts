import { describe, expect, it } from 'vitest';
import {
  CLAIM_REASONS,
  CLAIM_THRESHOLD,
  CLAIM_TYPES,
  claimAllowance,
  detectClaims,
  scoreClaim,
  scoreVerdict,
  splitClauses,
  trimSpan,
} from '../../src/analysis/claims.ts';
import { segment } from '../../src/analysis/segment.ts';
import { claimFeatures, FEATURES } from '../../src/analysis/claim-features.ts';
import { isShareName, shareBefore } from '../../src/analysis/claimant-phrases.ts';
import type { Quote, Speaker } from '../../src/analysis/types.ts';

// Hand-written synthetic sentences (not from any data set).

function claimsOf(text: string, quotes: Quote[] = [], speakers: Speaker[] = []) {
  return detectClaims({ text, sentences: segment(text).sentences, quotes, speakers });
}

function quoteAt(text: string, inner: string, speaker: string | null, kind: Quote['kind'] = 'direct'): Quote {
  const start = text.indexOf(inner);
  if (start < 0) throw new Error(`not in text: ${inner}`);
  return { id: `q-${speaker ?? 'none'}${start}`, text: inner, kind, speaker, cue: 'said', start, end: start + inner.length, source: null, confidence: 0.9, how: 'adjacent-cue' };
}

const harbourMaster: Speaker = { id: 'ada-quill', name: 'Ada Quill', aliases: ['Quill'], role: 'harbour master', kind: 'person', named: true };

describe('reasons', () => {
  const cases: [string, string][] = [
    ['money', 'The town council spent $4.2 million on new ferries last spring.'],
    ['money', 'Repairs to the old mill cost the county 900,000 euros in total.'],
    ['percentage', 'Turnout in the northern districts reached 61 percent on polling day.'],
    ['percentage', 'Bakery prices in the valley rose by 12% over the winter months.'],
    ['number', 'The inquiry interviewed 140 witnesses over the course of the hearings.'],
    ['quantity', 'Nearly half of the households in the district lost power during the storm.'],
    ['comparison', 'Rents in the lakeside quarter are now higher than anywhere else in the province.'],
    ['causal', 'The coastal road was closed because of deep cracks discovered by the inspectors.'],
    ['past-event', 'The Harbour Board approved the new fishing quotas after a long debate in the chamber.'],
    ['date', 'The harbour authority signed the dredging contract in March 2019 with a local firm.'],
    ['statistic', 'Unemployment in the mining towns has doubled since the largest pit closed.'],
  ];
  for (const [reason, sentence] of cases) {
    it(`"${reason}" fires and raises the score: ${sentence}`, () => {
      const s = scoreClaim(sentence);
      expect(s.reasons).toContain(reason);
      // the reason raised the score: the same words without it score lower
      expect(s.contributions.some((c) => c.value > 0)).toBe(true);
    });
  }

  it('digits glued to a name are its code, and an age describes a person: no figure; "mid-2019" stays a date', () => {
    expect(scoreClaim('The HX-7 ferry docked beside the G7 summit venue.').reasons).not.toContain('number');
    expect(scoreClaim('The 22-year-old skipper docked beside the summit venue.').reasons).not.toContain('number');
    expect(scoreClaim('Tomas Varga, 71, docked beside the summit venue.').reasons).not.toContain('number');
    expect(scoreClaim('Tomas Varga, 71, docked beside 40 tugs.').reasons).toContain('number');
    expect(scoreClaim('The HX-7 ferry docked beside 7 tugs.').reasons).toContain('number');
    expect(scoreClaim('The harbour authority signed the dredging contract in mid-2019.').reasons).toContain('date');
  });

  it('a dateline is no part of the claim: "CITY, Month day (Wire) —" and its day are left out', () => {
    const claims = claimsOf('PORTMERE, March 12 (Wire) — The town council spent $4.2 million on new ferries in 2019, twice what it spent in 2015.');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text.startsWith('The town council spent')).toBe(true);
  });

  it('a sentence with a figure, a date and a past event is a claim, its type first among its reasons', () => {
    const claims = claimsOf('The town council spent $4.2 million on new ferries in March 2019, twice what it spent in 2015.');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.reasons[0]).toBe('quantity');
    expect(claims[0]!.reasons).toContain('money');
  });

  it('every claim has its type (quantity, causal, prediction, law, other) first, and only known reason words', () => {
    const text = [
      'The inquiry interviewed 140 witnesses and found that 62 percent of the ferries had failed safety checks in 2021.',
      'Under the new law, operators who miss two inspections in a year lose their licence and are fined $50,000.',
      'The collapse of the fishing fleet in 2019 was caused by quotas that cut catches by 40 percent, the audit found.',
    ].join('\n\n');
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThanOrEqual(2);
    for (const c of claims) {
      expect(CLAIM_TYPES).toContain(c.reasons[0]);
      for (const r of c.reasons) expect(CLAIM_REASONS).toContain(r);
    }
  });

  it('the type: a law or rule, a prediction, a cause, a quantity', () => {
    expect(scoreClaim('Under the new law, operators who miss two inspections lose their licence.').type).toBe('law');
    expect(scoreClaim('The rail operator plans to close eleven rural stations by the end of the decade.').type).toBe('prediction');
    expect(scoreClaim('The coastal road was closed because of deep cracks found by the inspectors.').type).toBe('causal');
    expect(scoreClaim('Turnout in the northern districts reached 61 percent.').type).toBe('quantity');
    expect(scoreClaim('The mayor hugged her grandson at the harbour.').type).toBe('other');
  });

  it('an effect stated without a cause word is a causal claim: "reduces", "prevents"', () => {
    const s = scoreClaim('Adding fluoride to the water supply reduces tooth decay among children in the valley.');
    expect(s.type).toBe('causal');
    expect(s.contributions.some((c) => c.feature === 'effect' && c.value > 0)).toBe(true);
  });

  it('the detector verdict (score, type, reasons) is the one the explanation gives, its reasons led by the largest contributions', () => {
    for (const sentence of [
      'The government cut the fuel tax by 0.4 percent, to 5.9 cents a litre, in 2019, because prices rose.',
      'The rail operator plans to close eleven rural stations by the end of the decade.',
      'The mayor hugged her grandson at the harbour.',
    ]) {
      const { contributions, ...verdict } = scoreClaim(sentence);
      expect(scoreVerdict(claimFeatures(sentence))).toEqual(verdict);
      expect(contributions.map((c) => c.value)).toEqual([...contributions.map((c) => c.value)].sort((a, b) => b - a));
      // the reasons: the type, then the reason words of the features that raised the score, largest first
      const raised = contributions.filter((c) => c.value > 0).map((c) => FEATURES.find((f) => f.name === c.feature)!.reason);
      expect(verdict.reasons).toEqual([...new Set([verdict.type, ...raised.filter((r) => r !== null)])]);
    }
  });

  it('routine market ticks and sports results score below a policy figure with the same numbers', () => {
    const policy = scoreClaim('The government cut the fuel tax by 0.4 percent, to 5.9 cents a litre, in 2019.').score;
    const market = scoreClaim('The benchmark index gave up 0.4 percent to 5,900 points as investors sold shares.').score;
    const sport = scoreClaim('The rookie scored twice in the third period as the home team won the game 4-2.').score;
    expect(market).toBeLessThan(policy);
    expect(sport).toBeLessThan(policy);
    expect(market).toBeLessThan(CLAIM_THRESHOLD);
    expect(sport).toBeLessThan(CLAIM_THRESHOLD);
  });

  it('every reason stands for a feature that fired and raised the score', () => {
    const s = scoreClaim('The ferry company lost $3 million in 2021 because fuel prices rose sharply.');
    const raising = new Set(s.contributions.filter((c) => c.value > 0).map((c) => c.feature));
    expect(s.reasons.length).toBeGreaterThan(0);
    const featureFor: Record<string, string[]> = {
      money: ['money'], percentage: ['percentage'], number: ['number'], quantity: ['quantity', 'money', 'percentage', 'number', 'statistic', 'comparison'],
      statistic: ['statistic'], date: ['date', 'year'], comparison: ['comparison'], causal: ['causal'],
      predictive: ['plan', 'predictive'], 'past-event': ['past-event', 'past-events'], record: ['record'],
      dispute: ['dispute'], finding: ['finding'], law: ['law'],
    };
    expect(s.reasons[0]).toBe(s.type);
    for (const r of s.reasons.slice(1)) expect(featureFor[r]!.some((f) => raising.has(f)), r).toBe(true);
  });

  it('scores are between 0 and 1', () => {
    for (const t of ['', 'Yes.', 'The mill lost $2 billion, 40% more than in 1990, because exports fell.']) {
      const { score } = scoreClaim(t);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });
});

describe('opinions, hedges and questions score low', () => {
  const low = [
    'I think the new ferry timetable is a wonderful idea for everyone.',
    'The council should listen to the fishermen before it decides anything.',
    'It is possible that the harbour could reopen at some point.',
    'The storm may have been one of the reasons, but perhaps not the main one.',
    'We must do better for the families of this valley.',
    'Will the mayor ever admit that the plan has failed?',
    'Thank you all for coming tonight.',
  ];
  for (const t of low) {
    it(t, () => {
      expect(scoreClaim(t).score).toBeLessThan(CLAIM_THRESHOLD);
      expect(claimsOf(t)).toEqual([]);
    });
  }

  it('a hedge lowers the score of an otherwise identical statement', () => {
    const plain = scoreClaim('The new bridge cut travel times across the estuary.').score;
    const hedged = scoreClaim('The new bridge may have cut travel times across the estuary.').score;
    expect(hedged).toBeLessThan(plain);
  });

  it('a promise in the first person is not a checkable prediction', () => {
    expect(scoreClaim('We will build a better harbour for our children.').score).toBeLessThan(CLAIM_THRESHOLD);
  });
});

describe('claimants and spans', () => {
  it('a claim in the article voice has claimant null and no quote', () => {
    const text = 'The ferry service carried 2.3 million passengers last year, a record.';
    const [c] = claimsOf(text);
    expect(c).toBeDefined();
    expect(c!.claimant).toBeNull();
    expect(c!.quote).toBeNull();
    expect(text.slice(c!.start, c!.end)).toBe(c!.text);
  });

  it('a quoted claim is the whole sentence, never cut at the quote’s edge, made by the quote’s speaker', () => {
    const text = '“The harbour lost $12 million in fees during the closure,” Quill said on Friday.';
    const q = quoteAt(text, 'The harbour lost $12 million in fees during the closure,', 'ada-quill');
    const claims = claimsOf(text, [q], [harbourMaster]);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toBe('The harbour lost $12 million in fees during the closure,” Quill said on Friday.');
    expect(claims[0]!.claimant).toBe('ada-quill');
    expect(claims[0]!.quote).toBe(q.id);
    expect(text.slice(claims[0]!.start, claims[0]!.end)).toBe(claims[0]!.text);
  });

  it('reported speech: the whole sentence is the claim, made by the source', () => {
    const text = 'Quill claimed that ticket sales had fallen by 30% since the new tolls were introduced in 2019.';
    const q = quoteAt(text, 'that ticket sales had fallen by 30% since the new tolls were introduced in 2019', 'ada-quill', 'indirect');
    const claims = claimsOf(text, [q], [harbourMaster]);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.claimant).toBe('ada-quill');
    expect(claims[0]!.quote).toBe(q.id);
    expect(claims[0]!.text).toBe(text);
  });

  const auditOffice: Speaker = { id: 'audit-office', name: 'Audit Office', aliases: [], role: null, kind: 'organization', named: true };

  it('a non-speech source makes the claim: "a study by X found"', () => {
    const text = 'A study by the Audit Office found that 40 percent of the ferries built since 2010 failed their first inspection.';
    const [c] = claimsOf(text, [], [auditOffice, harbourMaster]);
    expect(c?.claimant).toBe('audit-office');
    expect(c?.quote).toBeNull();
  });

  it('a non-speech source makes the claim: "figures from X show", "according to X"', () => {
    const a = claimsOf('Figures from the Audit Office show that ferry fares rose by 18 percent in 2022.', [], [auditOffice]);
    expect(a[0]?.claimant).toBe('audit-office');
    const b = claimsOf('Ferry fares rose by 18 percent in 2022, according to the Audit Office.', [], [auditOffice]);
    expect(b[0]?.claimant).toBe('audit-office');
  });

  const portmere: Speaker = { id: 'portmere', name: 'PORTMERE', aliases: [], role: null, kind: 'unknown', named: true };
  const passengers: Speaker = { id: 'passengers', name: 'passengers', aliases: [], role: null, kind: 'group', named: false };
  const harbourGazette: Speaker = { id: 'harbour-gazette', name: 'Harbour Gazette', aliases: [], role: null, kind: 'organization', named: true };
  const ferryAuthority: Speaker = { id: 'harbour-ferries-authority', name: 'Harbour Ferries Authority', aliases: [], role: null, kind: 'organization', named: true };

  // claimant rules with no quote from the engine: one row per behaviour (text, expected claimant, speakers when not
  // the harbour master alone)
  const noQuoteCases: [string, string, string | null, Speaker[]?][] = [
    ['trailing attribution, "…, said X, its …"', 'The harbour collected $56 million in fees last year, said Ada Quill, its harbour master.', 'ada-quill'],
    ['trailing attribution, "…, X said"', 'The harbour collected $56 million in fees last year, Quill said.', 'ada-quill'],
    ['reporting subject, "X said …"', 'Quill said the harbour collected $56 million in fees last year.', 'ada-quill'],
    ['claiming subject after an opening phrase', 'In her speech at the annual dinner, Quill accused the council of wasting $4 million on ferries.', 'ada-quill'],
    ['a name in the middle of the sentence does not report', 'The council paid Quill $56 million in fees last year, and the ferries said nothing.', null],
    ['a long tail after the comma is not an attribution', 'The harbour collected $56 million in fees last year, while the ferries that Quill runs from the north pier said goodbye.', null],
    ['trailing attribution with a long apposition, "…, says X, a …"', 'With 56 million tonnes landed last year, fees should have risen by now, says Ada Quill, a harbour master at the northern port authority of the estuary.', 'ada-quill'],
    ['reporting subject after a long apposition', 'Quill, the harbour’s chief engineer and head of its dredging programme for the whole of the estuary, said fees fell by $12 million in 2022.', 'ada-quill'],
    ['reporting subject after a short label and its colon', 'Update: Quill said the harbour collected $56 million in fees last year.', 'ada-quill'],
    ['a label taken for a name is no subject', 'Answer: The Audit Office has said that ferry fares rose by 18 percent in 2022.', 'audit-office', [{ id: 'answer', name: 'Answer', aliases: [], role: null, kind: 'unknown', named: true }, auditOffice]],
    ['two subjects joined by "and": the first named', 'The Audit Office and Quill have said the ferries lost $4 million in fees in 2022.', 'audit-office', [auditOffice, harbourMaster]],
    ['a passive verb does not make its subject the claimant', 'Quill will be charged with fraud over the $4 million paid for the ferries in 2022.', null],
    ['an organisation named by its initials', 'Ferry fares rose by 18 percent in 2022, according to the HFA.', 'harbour-ferries-authority', [ferryAuthority]],
    ['reporting subject after a long opening phrase', 'In one long night after the vote in the northern districts of the estuary, Quill said the harbour lost $56 million in fees and 300 jobs in the months after the closure.', 'ada-quill'],
    ['the name nearest the verb in the subject position', 'Former Harbour Gazette reporter Ada Quill accused the council of wasting $4 million on ferries.', 'ada-quill', [harbourGazette, harbourMaster]],
    ['a parenthetical attribution, ", said X,"', 'The new tolls, said Quill and others, would cost the ferry operators $4 million a year by 2026.', 'ada-quill'],
    ['a closing quote mark is no word between the comma and "said"', '“The harbour lost $12 million in fees during the closure,” said Ada Quill, the harbour master of the northern port for the past ten years.', 'ada-quill'],
    ['"as X reported"', 'Fees in the old port towns along the northern coast of the estuary rose by 40 percent in a single decade, as Quill reported in her long history of the estuary and its ferries, first printed in 1990.', 'ada-quill'],
    ['a name after "of" is not the subject: "Critics of X say …"', 'Critics of Quill say the harbour lost $56 million in fees last year.', null],
    ['the subject’s relative clause reports', 'Ada Quill, who said the harbour lost $12 million in 2022, described the closure to the council on Monday.', 'ada-quill'],
    ['a relative clause on a name that is not the subject does not make the claim', 'The council fined 40 ferry operators in 2022, among them Quill, who claimed that the rules were unclear.', null],
    ['a finding named in an opening phrase', 'In a new survey by the Audit Office, 40 percent of ferry passengers rated the fares too high in 2022.', 'audit-office', [auditOffice, harbourMaster]],
    ['the subject after a dateline, whose place is no subject', 'PORTMERE (Wire) — Quill said on Monday that the harbour lost $56 million in fees last year.', 'ada-quill', [portmere, harbourMaster]],
    ['a name in capitals that runs on is no dateline', 'HFA Director Ada Quill said — in a letter to the council — that the harbour lost $56 million in fees last year.', 'ada-quill'],
    ['a short bracketed aside between the subject and its verb', 'Ada Quill (D-Estuary) said the ferries lost $4 million in fees in 2022.', 'ada-quill'],
    ['"…, 62 percent of X said": the respondents are no source', 'In the spring, 62 percent of passengers said the fares had risen by a third since 2019.', null, [passengers]],
    ['a finding’s issuer with words between it and the verb', 'A study by the Harbour Ferries Authority published in early June found that 40 percent of the ferries built since 2010 failed their first inspection.', 'harbour-ferries-authority', [ferryAuthority, harbourMaster]],
    ['a finding’s issuer in a phrase set off by commas, "The report, by X, found"', 'The report, by the Audit Office, found that 40 percent of the ferries built since 2010 failed their first inspection.', 'audit-office', [auditOffice, harbourMaster]],
    ['the same after a participle, "The survey, carried out by X, found"', 'The survey, carried out by the Audit Office, found that 40 percent of the ferries built since 2010 failed their first inspection.', 'audit-office', [auditOffice, harbourMaster]],
    ['a finding’s issuer set off by an apposition', 'A report by the Audit Office, the independent harbour watchdog, found that the ferries would lose $4 million in fees by 2028.', 'audit-office', [auditOffice, harbourMaster]],
    ['an organisation named again by the last word of its name', 'Figures released by the office show that ferry fares rose by 18 percent in 2022.', 'audit-office', [auditOffice, harbourMaster]],
    ['an organisation named again by its last word after "according to"', 'In addition, according to the office, nearly 9,000 more passengers will pay the new tolls by 2026.', 'audit-office', [auditOffice, harbourMaster]],
    ['a forecaster as the subject makes the forecast, "X expects …"', 'The Audit Office expects ferry fares to rise by 6 percent next year.', 'audit-office', [auditOffice, harbourMaster]],
    ['a person set off by an apposition who "found" something is no finding’s issuer', 'Ada Quill, a harbour master for 22 years, found no fault with the $4 million plan for the ferries.', null],
  ];
  it.each(noQuoteCases)('%s', (_name, text, claimant, speakers = [harbourMaster]) => {
    const [c] = claimsOf(text, [], speakers);
    expect(c).toBeDefined();
    expect(c!.claimant).toBe(claimant);
  });

  // a finding's source and the sentence after it: (the second sentence, its expected claimant)
  const finding = 'A survey by the Audit Office found that 40 percent of ferry passengers paid more for tickets in 2022.';
  const carriedCases: [string, string, string | null][] = [
    ['shares just after a finding are the finding’s', 'Among passengers under 30, the share was 52 percent, up from 31 percent in 2019.', 'audit-office'],
    ['a sum of money after a finding is a new fact in the article’s voice', 'In May, the council paid $5.5 million to the ferry operators to keep the routes open.', null],
    ['a new source of its own makes the claim', 'Quill said that 52 percent of her crews had left the harbour since 2019.', 'ada-quill'],
    ['a rule’s figures are the rule’s, not the finding’s', 'Under the harbour’s rules, operators may not spend more than 70 percent of their fees on fuel.', null],
  ];
  it.each(carriedCases)('%s', (_name, second, claimant) => {
    const text = `${finding} ${second}`;
    const c = claimsOf(text, [], [auditOffice, harbourMaster]).find((x) => x.start > finding.length);
    expect(c).toBeDefined();
    expect(c!.claimant).toBe(claimant);
  });

  it('a finding the quote finder made a quote of ("…, according to a survey by X") runs on into the shares after it', () => {
    const first = 'Ferry fares rose by 18 percent in 2022, according to a new survey by the Audit Office.';
    const text = `${first} Among passengers under 30, the share was 52 percent, up from 31 percent in 2019.`;
    const q = quoteAt(text, 'Ferry fares rose by 18 percent in 2022', 'audit-office', 'indirect');
    const source = 'a new survey by the Audit Office';
    q.source = { start: text.indexOf(source), end: text.indexOf(source) + source.length, text: source };
    const c = claimsOf(text, [q], [auditOffice, harbourMaster]).find((x) => x.start > first.length);
    expect(c).toBeDefined();
    expect(c!.claimant).toBe('audit-office');
  });

  // a quote the engine found, and who makes the claim: (text, the quote's words, its kind, its speaker and the
  // mention its attribution rests on (the first one), speakers, expected claimant)
  const quotedCases: [string, string, string, Quote['kind'], string | null, Speaker[], string | null][] = [
    ['a poll’s respondents answer it; the poll’s source makes the claim', 'In a new survey by the Audit Office, 62 percent of passengers said the fares had risen by a third since 2019.', 'the fares had risen by a third since 2019', 'indirect', 'passengers', [auditOffice, passengers], 'audit-office'],
    ['a share of a group with no source named: the article’s voice', 'A full 62 percent of passengers say the fares rose by a third in 2022.', 'the fares rose by a third in 2022', 'indirect', 'passengers', [passengers], null],
    ['a share taken whole as the source is a poll’s respondents: the article’s voice', 'Nearly 62 percent of passengers say the fares rose by a third in 2022.', 'the fares rose by a third in 2022', 'indirect', '62 percent of passengers', [{ id: '62-percent-of-passengers', name: '62 percent of passengers', aliases: [], role: null, kind: 'group', named: false }], null],
    ['a name inside the subject’s apposition is not the speaker: the subject', 'The Harbour Ferries Authority campaign, backed by 300 pilots, engineers, deckhands and passengers from 40 ports, says fares on its northern routes rose by 18 percent in 2022 and by 40 percent since 2019.', 'fares on its northern routes rose by 18 percent in 2022 and by 40 percent since 2019.', 'indirect', 'passengers', [ferryAuthority, passengers], 'harbour-ferries-authority'],
    ['a share taken whole as the source, after the poll’s source: the poll’s source', 'In a new survey by the Audit Office, 62 percent of passengers said the fares had risen by a third since 2019.', 'the fares had risen by a third since 2019', 'mixed', '62 percent of passengers', [auditOffice, { id: '62-percent-of-passengers', name: '62 percent of passengers', aliases: [], role: null, kind: 'group', named: false }], 'audit-office'],
    ['a group that speaks for itself keeps its claim', 'The passengers said the fares had risen by a third since 2019, and 62 percent of passengers stopped travelling.', 'the fares had risen by a third since 2019', 'indirect', 'passengers', [passengers], 'passengers'],
    ['an unnamed quote after "From X,": X', 'From the Harbour Ferries Authority, “no ferry has sailed without a licence since 2019, and 40 inspectors check them every week.”', 'no ferry has sailed without a licence since 2019, and 40 inspectors check them every week.', 'direct', null, [ferryAuthority], 'harbour-ferries-authority'],
  ];
  it.each(quotedCases)('%s', (_name, text, inner, kind, speaker, speakers, claimant) => {
    const q = quoteAt(text, inner, speaker, kind);
    const at = speaker === null ? -1 : text.indexOf(speaker);
    if (at >= 0) q.source = { start: at, end: at + speaker!.length, text: speaker! };
    const [c] = claimsOf(text, [q], speakers);
    expect(c).toBeDefined();
    expect(c!.claimant).toBe(claimant);
  });

  it('a colon inside brackets is no clause break: a long sentence keeps its subject', () => {
    const text =
      'Harbour Ferries Group (ticker: HFG) today announced that ticket sales on its northern routes rose by 40 percent in 2023, ' +
      'the largest rise since the routes opened, and that it would add six boats and two hundred crew before the summer season begins.';
    const claims = claimsOf(text, [], [{ id: 'harbour-ferries', name: 'Harbour Ferries Group', aliases: [], role: null, kind: 'organization', named: true }]);
    expect(claims[0]?.start).toBe(0);
    expect(claims[0]?.claimant).toBe('harbour-ferries');
  });

  it('a name in another clause is not the source of a finding', () => {
    const text = 'Fares rose by 18 percent in 2022 on the routes Quill runs, a new survey of 3,000 passengers has found.';
    const [c] = claimsOf(text, [], [harbourMaster]);
    expect(c).toBeDefined();
    expect(c!.claimant).toBeNull();
  });

  it('a quote spanning two sentences yields claims in each with the same claimant', () => {
    const text = '“Exports fell by 18% in 2022. Forty boats were sold abroad,” Quill said.';
    const q = quoteAt(text, 'Exports fell by 18% in 2022. Forty boats were sold abroad,', 'ada-quill');
    const claims = claimsOf(text, [q], [harbourMaster]);
    expect(claims.length).toBeGreaterThanOrEqual(1);
    for (const c of claims) {
      expect(c.claimant).toBe('ada-quill');
      expect(c.quote).toBe(q.id);
    }
    expect(claims[0]!.text).toBe('Exports fell by 18% in 2022.');
  });

  it('claims nest with quotes (a claim holds a whole quote, marks included, or lies inside one) and never overlap', () => {
    const text = '“The harbour lost $12 million in fees during the closure of 2021,” Quill said, adding that 300 jobs went with it.';
    const q = { ...quoteAt(text, '“The harbour lost $12 million in fees during the closure of 2021,”', 'ada-quill') };
    const claims = claimsOf(text, [q], [harbourMaster]);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.start).toBe(0);
    for (const c of claims) expect(c.start <= q.start && c.end >= q.end || c.end <= q.start || c.start >= q.end || (c.start >= q.start && c.end <= q.end)).toBe(true);
    // a run-on sentence whose reported clause runs over a clause break stays one claim
    const runOn =
      'The mayor had already claimed that the port was down to 4% of its old traffic – a figure the board disputes ' +
      'His office later repeated the figure in a statement to the council and in two interviews with the local press that week.';
    const r = quoteAt(runOn, 'that the port was down to 4% of its old traffic – a figure the board disputes His office later repeated the figure', 'ada-quill', 'indirect');
    const rc = claimsOf(runOn, [r], [harbourMaster]);
    for (let i = 1; i < rc.length; i++) expect(rc[i]!.start).toBeGreaterThanOrEqual(rc[i - 1]!.end);
    for (const c of rc) expect(c.start <= r.start && c.end >= r.end || c.end <= r.start || c.start >= r.end).toBe(true);
  });

  it('a claim is never a fragment: every claim starts where its sentence or clause starts', () => {
    const text = 'The harbour master said fees “fell by $12 million in 2022” and that 300 jobs went with them.';
    const q = quoteAt(text, 'fell by $12 million in 2022', 'ada-quill');
    const claims = claimsOf(text, [q], [harbourMaster]);
    expect(claims.map((c) => c.text)).toEqual([text]);
  });

  it('an unresolved quote keeps its quote id and has no claimant', () => {
    const text = '“Fuel prices doubled in 2023 and 300 jobs were lost,” one trader said.';
    const q = quoteAt(text, 'Fuel prices doubled in 2023 and 300 jobs were lost,', null);
    const [c] = claimsOf(text, [q]);
    expect(c!.claimant).toBeNull();
    expect(c!.quote).toBe(q.id);
  });

  it('a one-word scare quote is not a claim', () => {
    const text = 'The minister called the report “nonsense” on Tuesday.';
    const q = quoteAt(text, 'nonsense', 'ada-quill');
    expect(claimsOf(text, [q], [harbourMaster]).filter((c) => c.quote !== null)).toEqual([]);
  });

  it('the attribution frame around a quote is not a claim of its own', () => {
    const text = 'Speaking to reporters after the vote, the harbour master said the port had “a difficult year ahead”.';
    const q = quoteAt(text, 'a difficult year ahead', 'ada-quill');
    for (const c of claimsOf(text, [q], [harbourMaster])) expect(c.quote).not.toBeNull();
  });

  it('trims white space and quotation marks from claim spans', () => {
    const text = '  “The dam held back 4 billion litres of water in 2020.”  ';
    const span = trimSpan(text, 0, text.length);
    expect(text.slice(span.start, span.end)).toBe('The dam held back 4 billion litres of water in 2020.');
    const [c] = claimsOf(text);
    expect(c!.text).toBe('The dam held back 4 billion litres of water in 2020.');
  });

  it('ids are content-derived: an edit elsewhere does not change them', () => {
    const a = claimsOf('The mill employed 400 workers in 1950.');
    const b = claimsOf('Hello there, friends. The mill employed 400 workers in 1950.');
    expect(a[0]!.id).toMatch(/^c-[a-z0-9]{8}$/);
    expect(b.find((c) => c.text === a[0]!.text)!.id).toBe(a[0]!.id);
  });

  it('repeated identical claims get -2 suffixes', () => {
    const claims = claimsOf('The mill employed 400 workers in 1950.\n\nThe mill employed 400 workers in 1950.');
    expect(claims).toHaveLength(2);
    expect(claims[1]!.id).toBe(`${claims[0]!.id}-2`);
  });
});

describe('run-on sentences', () => {
  it('splits a very long sentence at a spaced dash and keeps the checkable clause on its own', () => {
    const text =
      'The province already closed three of its five hospitals in 2019, cutting 1,200 jobs and $40 million from the budget – there may well be ' +
      'more closures among the other provinces, as some believe we have seen before in the south and elsewhere in the ' +
      'country over the long years of the crisis that has no end in sight for anyone who lives there';
    const claims = claimsOf(text);
    const hospitals = claims.find((c) => c.text.includes('closed three of its five hospitals'));
    expect(hospitals).toBeDefined();
    expect(hospitals!.text).not.toContain('may well');
    expect(claims.some((c) => c.text.includes('may well'))).toBe(false);
  });

  it('splits at a missing sentence break (a lower-case word followed by "If")', () => {
    const text =
      'Many people in the region have long wondered about the fate of the old canal and the plans for its banks and the ' +
      'warehouses nearby that nobody seems to want any more If the reports are true, the company sold ' +
      '40 warehouses along the canal in 2021.';
    const claims = claimsOf(text);
    const plan = claims.find((c) => c.text.includes('40 warehouses'));
    expect(plan).toBeDefined();
    expect(plan!.text.startsWith('If the reports')).toBe(true);
  });

  it('does not split ordinary sentences', () => {
    const text = 'The plan — approved on Tuesday — will cost the city $40 million over five years.';
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toBe(text);
  });

  it('folds a fragment too short to stand alone (a dateline) into the next clause', () => {
    const text = 'Port Ellen — The island ferry carried 12,000 cars in its first season; the crossing takes two hours.';
    const parts = splitClauses(text, 0, text.length).map((p) => text.slice(p.start, p.end));
    expect(parts).toEqual(['Port Ellen — The island ferry carried 12,000 cars in its first season', 'the crossing takes two hours.']);
  });
});

describe('few flags per article', () => {
  const figures = [
    'The town council spent $4.2 million on new ferries in March 2019.',
    'Turnout in the northern districts reached 61 percent on polling day in 2021.',
    'The inquiry interviewed 140 witnesses over the course of the hearings in 2018.',
    'Bakery prices in the valley rose by 12% over the winter months of 2020.',
    'Repairs to the old mill cost the county 900,000 euros in total in 2017.',
    'Nearly half of the 3,000 households in the district lost power during the storm in 2016.',
    'The harbour authority signed a $12 million dredging contract in March 2019.',
    'Unemployment in the mining towns has doubled to 14 percent since 2015.',
    'The ferry company lost $3 million in 2021 because fuel prices rose 30 percent.',
    'The county hired 45 new teachers in 2022, twice as many as in 2020.',
  ];

  it('an article where every sentence carries a figure still gets a badge on at most two sentences in five, the highest scores', () => {
    const text = figures.join(' ');
    const sentences = segment(text).sentences;
    const claims = claimsOf(text);
    const allowance = claimAllowance(sentences.length);
    expect(allowance).toBe(4);
    expect(claims).toHaveLength(allowance);
    // each sentence alone is a claim: the allowance, not the threshold, left the others out
    for (const f of figures) expect(claimsOf(f)).toHaveLength(1);
    const kept = Math.min(...claims.map((c) => c.score));
    const left = figures.filter((f) => !claims.some((c) => c.text === f)).map((f) => scoreClaim(f).score);
    for (const score of left) expect(score).toBeLessThanOrEqual(kept);
  });

  it('a short text keeps every claim it has', () => {
    const text = figures.slice(0, 3).join(' ');
    expect(claimsOf(text)).toHaveLength(3);
  });
});

describe('a share of a group', () => {
  // one reading of "N percent of": the text before a name (a poll's respondents named after it) and a name taken
  // whole as a source must agree, or a source is a share in one rule and a group's claim in the other
  it.each([
    ['75 percent of ', true],
    ['12% of the ', true],
    ['7.5% of all ', true],
    ['a majority of ', true],
    ['a full 79 percent of ', true],
    ['75percent of ', true],
    ['members of the ', false],
    ['1,200 of ', false],
  ])('"%sPassengers"', (share, expected) => {
    const text = `In the survey, ${share}Passengers said so.`;
    expect(shareBefore(text, 0, text.indexOf('Passengers'))).toBe(expected);
    expect(isShareName(`${share}Passengers`)).toBe(expected);
  });
});
