/**
 * The README's figures section, written from src/data/figures.json (the one source /about/ renders too).
 *
 *   npm run figures                 # print the section
 *   npm run figures -- --readme     # rewrite it in README.md between the figures markers
 *   npm run figures -- --check      # exit 1 when README.md disagrees with figures.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { commandLine, oneOf } from '../src/cli/args.ts';
import path from 'node:path';
import { figuresMarkdown, withFigures, README_START, README_END } from '../src/lib/figures.ts';

const readmePath = path.resolve(import.meta.dirname, '../README.md');
const { readme: rewrite, check } = commandLine(
  { usage: 'npm run figures -- [--readme | --check]', options: { readme: { type: 'boolean' }, check: { type: 'boolean' } } },
  ({ values }) => {
    oneOf(values, ['readme', 'check']);
    return values;
  },
);

if (rewrite || check) {
  const readme = readFileSync(readmePath, 'utf8');
  const next = withFigures(readme);
  if (next === null) {
    console.error(`README.md has no figures section: add the two lines\n${README_START}\n${README_END}\nwhere the figures belong.`);
    process.exit(1);
  }
  if (check) {
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
