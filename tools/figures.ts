/**
 * The README's figures section, written from src/data/figures.json (the one source /about/ renders too).
 *
 *   npm run figures                 # print the section
 *   npm run figures -- --readme     # rewrite it in README.md between the figures markers
 *   npm run figures -- --check      # exit 1 when README.md disagrees with figures.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { figuresMarkdown, withFigures, README_START, README_END } from '../src/lib/figures.ts';

const readmePath = path.resolve(import.meta.dirname, '../README.md');
const args = new Set(process.argv.slice(2));

if (args.has('--readme') || args.has('--check')) {
  const readme = readFileSync(readmePath, 'utf8');
  const next = withFigures(readme);
  if (next === null) {
    console.error(`README.md has no figures section: add the two lines\n${README_START}\n${README_END}\nwhere the figures belong.`);
    process.exit(1);
  }
  if (args.has('--check')) {
    if (next !== readme) {
      console.error('README.md figures disagree with src/data/figures.json: run `npm run figures -- --readme`.');
      process.exit(1);
    }
  } else if (next !== readme) {
    writeFileSync(readmePath, next);
    console.log('README.md figures section rewritten from src/data/figures.json');
  }
} else {
  console.log(figuresMarkdown());
}
