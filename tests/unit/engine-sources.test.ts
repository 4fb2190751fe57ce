/** Source finding beyond plain names: noun phrases, possessives, appositions, inverted cues, first person (synthetic text). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import type { Analysis } from '../../src/analysis/index.ts';

const speakerOf = (a: Analysis, words: string): string | null => {
  const q = a.quotes.find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quote with "${words}": ${a.quotes.map((x) => x.text).join(' | ')}`);
  return a.speakers.find((s) => s.id === q.speaker)?.name ?? null;
};

describe('sources that are not names', () => {
  it('takes a noun phrase before the cue as a group source', () => {
    const a = analyze('Other regional water managers said the reservoir would last until spring.');
    expect(speakerOf(a, 'reservoir would last')?.toLowerCase()).toContain('water managers');
  });
  it('takes any noun phrase after "according to"', () => {
    const a = analyze('Turnout rose sharply in the northern districts, according to a survey released by the county.');
    expect(speakerOf(a, 'Turnout rose')?.toLowerCase()).toContain('survey');
  });
  it('gives a possessive statement to its owner and a possessive campaign to the campaign', () => {
    const a = analyze("Jane Holloway's statement said the plant would reopen. Holloway's campaign says it will hire more staff.");
    expect(speakerOf(a, 'plant would reopen')).toBe('Jane Holloway');
    expect(speakerOf(a, 'hire more staff')?.toLowerCase()).toContain('campaign');
  });
  it('takes the phrase that opens the sentence, past its relative clause and asides, as the source', () => {
    const a = analyze('Yet some farmers who have listened to his speeches over the years, at fairs or on the radio, said he had lost his touch.');
    expect(speakerOf(a, 'lost his touch')).toBe('some farmers');
  });
  it('reads quantities as sources: "most of them", "about 9 percent", "one … another"', () => {
    const a = analyze('Until the closure, most of them said they had loved the work. About 9 percent said they had no preference. One says the river is cleaner, while another says it is worse.');
    expect(speakerOf(a, 'loved the work')).toBe('most of them');
    expect(speakerOf(a, 'no preference')?.toLowerCase()).toBe('about 9 percent');
    expect(speakerOf(a, 'river is cleaner')?.toLowerCase()).toBe('one');
    expect(speakerOf(a, 'it is worse')?.toLowerCase()).toBe('another');
  });
  it('gives "he’s suggesting" to the man named before', () => {
    const a = analyze('Senator Paul Grady is preparing for a long fight. He’s suggesting that the delegates should switch sides.');
    expect(speakerOf(a, 'delegates should switch')).toBe('Paul Grady');
  });
  it('gives "I said" outside a quotation to the author', () => {
    const a = analyze('“We should wait,” I said, and the room went quiet.');
    expect(speakerOf(a, 'We should wait')).toBe('the author');
  });
});

describe('names the cue does not touch', () => {
  it('skips an adverb between subject and cue', () => {
    const a = analyze('Mark Bellamy openly admitted that the budget was short.');
    expect(speakerOf(a, 'budget was short')).toBe('Mark Bellamy');
  });
  it('takes the name before an age or an apposition, not the addressee after the cue', () => {
    const a = analyze('“It is a fair worry,” Bellamy, 69, told the Tribune on Monday. “Nobody wants delays,” the engineer, Laura Quist, told reporters.');
    expect(speakerOf(a, 'fair worry')).toBe('Bellamy');
    expect(speakerOf(a, 'Nobody wants delays')).toBe('Laura Quist');
  });
  it('reads an inverted cue before a role and a name', () => {
    const a = analyze('“The count is final,” said county party chair Laura Quist.');
    expect(speakerOf(a, 'count is final')).toBe('Laura Quist');
  });
  it('does not read "said X will …" as an inverted cue', () => {
    const a = analyze('The mayor spoke on Tuesday, and Mark Bellamy later said Laura Quist will lead the review.');
    expect(speakerOf(a, 'will lead the review')).toBe('Mark Bellamy');
  });
  it('finds the main-clause subject for a participle after a dateline', () => {
    const a = analyze('RIVERTON — Senator Laura Quist defended the plan on Monday, saying the bridge was safe.');
    expect(speakerOf(a, 'bridge was safe')).toBe('Laura Quist');
  });
});

describe('what is not a source or not speech', () => {
  it('reads "Sen. X of <state> said" as X, not the state', () => {
    const a = analyze('Sen. Thomas Brandt of Ohio said the bill "spends money we simply do not have."');
    expect(speakerOf(a, 'spends money')).toBe('Thomas Brandt');
    expect(a.speakers.map((s) => s.name)).not.toContain('Ohio');
  });
  it('does not report a lone demonstrative after a cue as speech', () => {
    const a = analyze('Marta Kell said the vote was rigged. Her rival denied that, saying he had won fairly.');
    expect(a.quotes.map((q) => q.text)).not.toContain('that');
    expect(speakerOf(a, 'won fairly')).toBeTruthy();
  });
});

describe('pronouns agree in gender beyond US first names', () => {
  it('gives "he" to the man named as object when the subject is a woman', () => {
    const a = analyze('Priya Raman met union leader Kwame Mensah on Monday. He said the talks had been "frank but unproductive."');
    expect(speakerOf(a, 'frank but unproductive')).toBe('Kwame Mensah');
  });
});

describe('a title named once, then used as the source', () => {
  it('reads "X of the Y District said" as X and "the judge said" as the judge named before', () => {
    const a = analyze('Judge Eleanor Whitcombe of the Northern District said the ordinance "gives the city powers it does not have."\n\n"The court does not doubt the council\'s intentions," the judge said.');
    expect(speakerOf(a, 'gives the city powers')).toBe('Eleanor Whitcombe');
    expect(speakerOf(a, 'does not doubt')).toBe('Eleanor Whitcombe');
    expect(a.speakers.find((s) => s.name === 'Northern District')?.kind).toBe('organization');
  });
});

describe('pronouns across an interview', () => {
  it('reaches the speaker named before a run of paragraphs that are only quotation', () => {
    const a = analyze(
      'Dr. Mara Quint has studied glaciers for two decades. In an interview, she described what she has seen.\n\n' +
        '“The ice reached almost to the lodge. Today you walk for forty minutes.\n\n' +
        '“It is not natural variation.”\n\n' +
        'She added that the loss of ice threatens the water supply of millions.',
    );
    expect(speakerOf(a, 'loss of ice')).toBe('Mara Quint');
  });
});

describe('a paragraph that introduces the next one', () => {
  it('gives the quotation opening a paragraph to the speaker introduced by "she said:" just before', () => {
    const a = analyze('The mayor, Mara Quint, spoke to reporters on Monday. She said:\n\n“We are out of time. The river will not wait for us.”\n');
    expect(speakerOf(a, 'out of time')).toBe('Mara Quint');
    expect(a.quotes[0]!.how).toBe('introduced');
  });
});
