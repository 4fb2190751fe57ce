/**
 * Runs Astro's build in this process at the log level `npm run build` asks for (src/cli/build.ts spawns it):
 * `warn` by default, so an editor sees warnings, errors and the analysis's diagnostics but no route listings;
 * `info` with --verbose (ONRECORD_VERBOSE=1). Astro's CLI has no such level between --silent and the default.
 * A failure prints the error's message, where it happened and Astro's hint, one line each; the stack only when verbose.
 */
import { build } from 'astro';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const verbose = process.env.ONRECORD_VERBOSE === '1';

interface AstroErrorLike {
  message?: string;
  loc?: { file?: string; line?: number; column?: number };
  hint?: string;
  stack?: string;
}

try {
  await build({ root, logLevel: verbose ? 'info' : 'warn' });
  // Astro can leave handles open (workers, watchers) after a programmatic build; the build is done.
  process.exit(0);
} catch (caught) {
  const error = (caught ?? {}) as AstroErrorLike;
  const where = error.loc?.file ? `${error.loc.file}${error.loc.line ? `:${error.loc.line}${error.loc.column ? `:${error.loc.column}` : ''}` : ''}: ` : '';
  console.error(`error: ${where}${(error.message ?? String(caught)).trim()}`);
  if (error.hint) console.error(`hint: ${error.hint.trim()}`);
  if (verbose && error.stack) console.error(error.stack);
  process.exit(1);
}
