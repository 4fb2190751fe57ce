/**
 * Synthetic briefings for the benchmark and the bad-input tests: newswire-shaped Markdown made from a small
 * invented vocabulary (no third-party text). Deterministic: the same seed gives the same files, byte for byte.
 *
 * Every briefing has front matter, a few paragraphs of narration, direct quotes with a cue ("…,” said <name>),
 * indirect quotes ("<name> said that …"), pronoun follow-ups and check-worthy sentences with numbers.
 */

/** mulberry32: a tiny seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Alex', 'Maria', 'Daniel', 'Sofia', 'Peter', 'Laura', 'Omar', 'Hannah', 'Victor', 'Elena', 'Samuel', 'Grace'];
const SYLLABLES = ['bar', 'ven', 'tor', 'lin', 'da', 'mor', 'ka', 'sel', 'rin', 'ho', 'pel', 'ta', 'nis', 'gor'];
const ROLES = ['the finance minister', 'a spokesperson for the ministry', 'the city mayor', 'the trade envoy', 'a senior economist', 'the committee chair'];
const TOPICS = ['the port expansion', 'the water tariff', 'the rail contract', 'the grain agreement', 'the school budget', 'the energy levy'];
const VERBS = ['said', 'told reporters', 'added', 'warned', 'stressed'];
const NARRATION = [
  'Officials met on Tuesday to discuss {topic}, according to a statement released after the talks.',
  'The talks lasted several hours and ended without a joint communiqué.',
  'Negotiators are expected to return to {topic} next month.',
  'Analysts have long disagreed about the effect of {topic} on households.',
];
const QUOTES = [
  'We will not accept any deal that leaves families worse off',
  'The numbers speak for themselves, and they are not good',
  'This is a first step, not the last one',
  'Nobody at this table wants another delay',
  'We have done our part and now it is their turn',
];
const INDIRECT = ['the plan would be revised before the end of the year', 'the talks had been constructive', 'more meetings were needed'];
const FIGURES = [
  'Spending on {topic} rose by {n} percent last year, to {m} million dollars.',
  'Unemployment in the region fell to {p} percent in the third quarter, the lowest level since {y}.',
  'The government says {topic} will cost {m} million dollars over {k} years.',
];

export interface SyntheticOptions {
  /** how many body paragraphs (default 12) */
  paragraphs?: number;
  seed?: number;
}

export function syntheticBriefing(index: number, options: SyntheticOptions = {}): string {
  const random = rng((options.seed ?? 1) * 100_003 + index);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const surname = () => {
    const s = pick(SYLLABLES) + pick(SYLLABLES) + (random() < 0.5 ? pick(SYLLABLES) : '');
    return s[0]!.toUpperCase() + s.slice(1);
  };
  const people = Array.from({ length: 3 }, () => ({ name: `${pick(FIRST)} ${surname()}`, role: pick(ROLES) }));
  const topic = pick(TOPICS);
  const fill = (s: string) =>
    s
      .replaceAll('{topic}', topic)
      .replaceAll('{n}', String(2 + Math.floor(random() * 30)))
      .replaceAll('{m}', String(10 + Math.floor(random() * 900)))
      .replaceAll('{p}', (2 + random() * 10).toFixed(1))
      .replaceAll('{y}', String(1990 + Math.floor(random() * 30)))
      .replaceAll('{k}', String(2 + Math.floor(random() * 8)));

  const body: string[] = [];
  const count = options.paragraphs ?? 12;
  for (let p = 0; p < count; p++) {
    const person = people[p % people.length]!;
    const last = person.name.split(' ')[1]!;
    switch (p % 4) {
      case 0:
        body.push(`${fill(pick(NARRATION))} ${fill(pick(FIGURES))}`);
        break;
      case 1:
        body.push(`“${pick(QUOTES)},” ${pick(['said', 'added'])} ${person.name}, ${person.role}. “${pick(QUOTES)}.”`);
        break;
      case 2:
        body.push(`${last} said that ${pick(INDIRECT)}. ${fill(pick(FIGURES))} “${pick(QUOTES)},” he said.`);
        break;
      default:
        body.push(`${fill(pick(NARRATION))} “${pick(QUOTES)},” ${last} ${pick(VERBS)}.`);
    }
  }
  const day = String(1 + (index % 28)).padStart(2, '0');
  const month = String(1 + (Math.floor(index / 28) % 12)).padStart(2, '0');
  return [
    '---',
    `title: "Synthetic briefing ${index}: talks on ${topic}"`,
    `date: 2025-${month}-${day}`,
    `summary: "Generated text for the benchmark: ${people.length} speakers, ${count} paragraphs."`,
    '---',
    '',
    body.join('\n\n'),
    '',
  ].join('\n');
}
