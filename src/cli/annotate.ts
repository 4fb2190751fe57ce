/**
 * npm run --silent annotate -- FILE...
 * Prints one line of JSON per file (the analysis contract, `file` = the path as given). A missing, unreadable or
 * non-UTF-8 file is reported on stderr by name, prints nothing for that file, and makes the exit status non-zero.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../analysis/index.ts';
import { commandLine } from './args.ts';
import { checkBriefingBytes } from '../integrations/input-check/index.ts';

const files = commandLine(
  { usage: 'npm run --silent annotate -- FILE...', options: {}, positionals: { min: 1, max: Infinity, name: 'FILE' } },
  ({ positionals }) => positionals,
);
let failed = false;
const decoder = new TextDecoder('utf-8', { fatal: true });
for (const file of files) {
  let text: string;
  try {
    const bytes = readFileSync(file);
    // The same checks as the build (not UTF-8, empty, front matter never closed), with file and line.
    const problems = checkBriefingBytes(file, bytes);
    if (problems.length > 0) {
      for (const problem of problems) process.stderr.write(`annotate: ${problem}\n`);
      failed = true;
      continue;
    }
    text = decoder.decode(bytes);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : err instanceof TypeError ? 'not valid UTF-8 text' : (err as Error).message;
    process.stderr.write(`annotate: ${file}: ${why}\n`);
    failed = true;
    continue;
  }
  const { file: _f, speakers, quotes, claims, diagnostics } = analyze(text, { file });
  // contract fields only, `file` first
  const line = JSON.stringify({
    file,
    speakers,
    quotes: quotes.map(({ id, text: t, kind, speaker, cue, start, end, source, confidence, how }) => ({ id, text: t, kind, speaker, cue, start, end, source, confidence, how })),
    claims,
    diagnostics,
  });
  process.stdout.write(line + '\n');
}
process.exit(failed ? 1 : 0);
