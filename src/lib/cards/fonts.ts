/**
 * The card's fonts: Source Serif 4 (regular and bold) from @fontsource, one family per Unicode subset the package
 * ships (latin first, then latin-ext, Cyrillic, Greek, Vietnamese), read from node_modules (no network).
 *
 * Each subset is its own family because a layout engine falls back from one family to the next for a character the
 * first lacks, never from one file of a family to another: under one shared name only the Latin file was used, and
 * Greek, Cyrillic, Polish "Ł" or Vietnamese "ư" came out as empty boxes. A card is laid out with only the subsets
 * its words need (satori shapes every character against each family it is given).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

export const FAMILY = 'Source Serif 4';
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'] as const;
const WEIGHTS = [400, 700] as const;

export interface CardFont {
  /** the family the subset is registered under: FAMILY for latin, `${FAMILY} <subset>` for the others */
  name: string;
  file: string;
  data: Buffer;
  weight: (typeof WEIGHTS)[number];
  style: 'normal';
}

interface Subset {
  name: string;
  /** code point ranges, inclusive, from the package's unicode.json */
  ranges: [number, number][];
  fonts: CardFont[];
}

interface FontSet {
  subsets: Subset[];
  /** hash of every file, for the card cache key */
  hash: string;
}

let loaded: FontSet | undefined;

function parseRanges(spec: string, where: string): [number, number][] {
  return spec.split(',').map((part) => {
    const m = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i.exec(part.trim());
    if (!m) throw new Error(`${where}: "${part}" is not a Unicode range (U+XXXX or U+XXXX-YYYY)`);
    return [parseInt(m[1]!, 16), parseInt(m[2] ?? m[1]!, 16)];
  });
}

export function cardFonts(): FontSet {
  if (loaded) return loaded;
  const require = createRequire(resolve(process.cwd(), 'package.json'));
  const pkg = dirname(require.resolve('@fontsource/source-serif-4/package.json'));
  const dir = join(pkg, 'files');
  const unicodeFile = join(pkg, 'unicode.json');
  const unicode = JSON.parse(readFileSync(unicodeFile, 'utf8')) as Record<string, string>;
  const available = new Set(readdirSync(dir));
  const hash = createHash('sha256');
  const subsets: Subset[] = [];
  for (const subset of SUBSETS) {
    const spec = unicode[subset];
    if (!spec) throw new Error(`${unicodeFile}: no Unicode ranges for the "${subset}" subset`);
    const name = subset === 'latin' ? FAMILY : `${FAMILY} ${subset}`;
    const fonts: CardFont[] = [];
    for (const weight of WEIGHTS) {
      const file = `source-serif-4-${subset}-${weight}-normal.woff`;
      if (!available.has(file)) throw new Error(`${dir}: ${file} is missing: is @fontsource/source-serif-4 installed whole?`);
      const data = readFileSync(join(dir, file));
      hash.update(name).update(file).update(data);
      fonts.push({ name, file: join(dir, file), data, weight, style: 'normal' });
    }
    subsets.push({ name, ranges: parseRanges(spec, `${unicodeFile} (${subset})`), fonts });
  }
  loaded = { subsets, hash: hash.digest('hex') };
  return loaded;
}

/** Every family, in fallback order (for a painter that registers them all). */
export function allFamilies(): string[] {
  return cardFonts().subsets.map((s) => s.name);
}

// One array per combination of subsets: satori keeps its parsed fonts per array it is given.
const forSubsets = new Map<string, CardFont[]>();

/** The fonts for a card whose text is `text`: latin always, the other subsets where a character needs them. */
export function fontsFor(text: string): CardFont[] {
  const { subsets } = cardFonts();
  const need = new Set<Subset>([subsets[0]!]);
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x100) continue;
    for (const s of subsets) if (!need.has(s) && s.ranges.some(([a, b]) => cp >= a && cp <= b)) need.add(s);
  }
  const chosen = subsets.filter((s) => need.has(s));
  const key = chosen.map((s) => s.name).join('|');
  let fonts = forSubsets.get(key);
  if (!fonts) forSubsets.set(key, (fonts = chosen.flatMap((s) => s.fonts)));
  return fonts;
}
