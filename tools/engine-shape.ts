/**
 * The shape the engine keeps (issue 12): no module in src/analysis/ over about 400 lines, no function over about 80.
 *
 *   node --experimental-strip-types --no-warnings tools/engine-shape.ts [DIR] [MAX_FUNCTION_LINES]
 *
 * Lists what is over, and exits 1 when anything is (lexicon data files count as modules too).
 */
import ts from 'typescript';
import { commandLine, parseNumber } from '../src/cli/args.ts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
const { root, maxFn } = commandLine(
  {
    usage: 'node --experimental-strip-types --no-warnings tools/engine-shape.ts [DIR] [MAX_FUNCTION_LINES]',
    options: {},
    positionals: { max: 2 },
  },
  ({ positionals }) => ({
    root: positionals[0] ?? 'src/analysis',
    maxFn: positionals[1] === undefined ? 80 : parseNumber(positionals[1], 'MAX_FUNCTION_LINES', { min: 1, integer: true }),
  }),
);
const files: string[] = [];
const walk = (d: string) => { for (const f of readdirSync(d)) { const p = path.join(d, f); if (statSync(p).isDirectory()) walk(p); else if (p.endsWith('.ts')) files.push(p); } };
walk(root);
let over = 0;
for (const f of files) {
  const src = readFileSync(f, 'utf8');
  const sf = ts.createSourceFile(f, src, ts.ScriptTarget.Latest, true);
  const lines = src.split('\n').length;
  if (lines > 400) {
    over++;
    console.log(`module ${f}: ${lines} lines`);
  }
  const visit = (n: ts.Node) => {
    if (ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isMethodDeclaration(n)) {
      const a = sf.getLineAndCharacterOfPosition(n.getStart()).line;
      const b = sf.getLineAndCharacterOfPosition(n.getEnd()).line;
      if (b - a + 1 > maxFn) {
        over++;
        console.log(`function ${f}:${a + 1} ${(n as ts.FunctionDeclaration).name?.getText() ?? '(anonymous)'}: ${b - a + 1} lines`);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}
console.log(over === 0 ? `${files.length} modules, none over 400 lines, no function over ${maxFn}` : `${over} over`);
process.exit(over === 0 ? 0 : 1);
