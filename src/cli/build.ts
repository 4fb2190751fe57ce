/**
 * `npm run build` and `npm run publish`: builds the site into a staging folder next to the output folder and swaps
 * it into place only when the whole build (pages, sitemap, Pagefind index, share cards) succeeded. A failed build
 * leaves the previous `dist/` exactly as it was (or no `dist/` at all), never a half-written one.
 *
 *   node --experimental-strip-types src/cli/build.ts [--verbose] [--publish]
 *
 * - The briefings are checked first (src/integrations/input-check/): a file Astro would misread, or front matter
 *   with a mistake, stops the build with one sentence per problem naming the file, the line and the field.
 * - Quiet by default: Astro logs at `warn` (no route listings), and the log ends with a summary — briefings, quotes,
 *   claims, and what needs an editor, with the file:line:column list (src/lib/editor-report.ts, the same lists as
 *   /editor/). `--verbose` shows Astro's full log and every diagnostic as it is found.
 * - `--publish` also records what the build proposed (src/lib/publish/proposals.ts) in the anchor ledger and the
 *   speaker id record: only published ids are permanent. Without it, content/ledger.json and
 *   content/speaker-ids.json are never touched; the summary says how many ids are waiting.
 *
 * The output folder is ONRECORD_OUT_DIR (default ./dist), as in astro.config.mjs.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { checkBriefings, problemsSummary } from '../integrations/input-check/index.ts';
import { parseCommand, printUsageError, UsageError } from './args.ts';
import type { SiteSummary } from '../lib/editor-report.ts';
import { ledgerFile, ledgerPath, readLedger } from '../lib/ledger/io.ts';
import { LedgerFormatError } from '../lib/ledger/ledger.ts';
import { plural, settleProposals, type PublishedFile } from '../lib/publish/proposals.ts';
import { idRecordFile } from '../lib/speakers/ids.ts';
import { REVIEW_LABELS, type ReviewKind } from '../lib/review-queue.ts';
import { removeLater } from '../lib/remove-later.ts';
import { DEFAULT_CACHE_DIR, trashIn } from '../integrations/previous-output/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every file an id becomes permanent in: a build proposes them, `--publish` records them. */
const PUBLISHED: readonly PublishedFile<unknown>[] = [ledgerFile, idRecordFile];

/** How many items the quiet summary lists; the rest are on /editor/ (and all of them with --verbose). */
export const LISTED = 40;

export interface BuildFlags {
  verbose: boolean;
  publish: boolean;
}

const BUILD_COMMAND = {
  usage: 'node --experimental-strip-types src/cli/build.ts [--verbose] [--publish]   (npm run build, npm run publish)',
  options: { verbose: { type: 'boolean' }, publish: { type: 'boolean' } },
} as const;

/** The build's flags; a mistake throws UsageError naming the flag. */
export function parseFlags(args: readonly string[]): BuildFlags {
  const { values } = parseCommand(BUILD_COMMAND, args);
  return { verbose: values.verbose === true, publish: values.publish === true };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Staging folders and proposals left behind by builds that were killed (their process is gone). */
function removeStale(target: string): void {
  const parent = dirname(target);
  if (!existsSync(parent)) return;
  const prefix = `.${basename(target)}.`;
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    // `ledger-<pid>.json`: the single proposal older builds left, before the proposals folder.
    const m = /^(?:staging|old|proposals|ledger)-(\d+)(?:\.json)?$/.exec(name.slice(prefix.length));
    if (m && !alive(Number(m[1]))) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

function pagesIn(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}

const PRIORITY: readonly ReviewKind[] = ['diagnostic', 'unattributed-quote', 'unattributed-speech', 'uncertain', 'suspicious-speaker', 'unnamed'];

/** The last lines of the log: what was built and what needs an editor, from /editor/queue.json of the new site. */
export function summaryLines(summary: SiteSummary, pages: number, outDir: string, verbose: boolean): string[] {
  const lines = [
    `built ${plural(summary.briefings, 'briefing')} (${plural(pages, 'page')}): ${plural(summary.quotes, 'quote')}, ${plural(summary.claims, 'claim')}`,
  ];
  if (summary.needsEditor === 0) {
    lines.push('nothing needs an editor: every quote is attributed to a named speaker and the analysis reported nothing');
    return lines;
  }
  const kinds = (Object.entries(summary.byKind) as [keyof typeof REVIEW_LABELS, number][])
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${REVIEW_LABELS[kind].toLowerCase()}: ${n}`);
  const page = join(outDir, 'editor', 'index.html');
  lines.push(`${plural(summary.needsEditor, 'item needs', 'items need')} an editor (${kinds.join(', ')}): the review queue is /editor/ (${relative(process.cwd(), page) || page})`);
  // What most needs a person first: broken copy, then quotes with no speaker, guesses, odd names; unnamed sources
  // (shown honestly as such) last.
  const ordered = [...summary.items].sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
  const shown = verbose ? ordered : ordered.slice(0, LISTED);
  for (const item of shown) {
    const reason = item.reason.length > 160 ? `${item.reason.slice(0, 159).trimEnd()}…` : item.reason;
    lines.push(`  ${item.file}:${item.line}:${item.column}  ${item.rule ?? item.kind}  ${reason}`);
  }
  if (shown.length < summary.items.length) {
    lines.push(`  … and ${plural(summary.items.length - shown.length, 'more', 'more')} on /editor/ (all of them with npm run build -- --verbose)`);
  }
  return lines;
}

/** Copies a child's output line by line, leaving out the diagnostics the summary lists (unless verbose). */
function relay(stream: NodeJS.ReadableStream, to: NodeJS.WriteStream, verbose: boolean): Promise<void> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (!verbose && line.startsWith('on-record: ')) return;
    to.write(`${line}\n`);
  });
  return new Promise((done) => lines.on('close', () => done()));
}

function runAstro(staging: string, proposals: string, verbose: boolean): Promise<{ status: number | null; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', join(root, 'src/cli/astro-build.ts')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ASTRO_TELEMETRY_DISABLED: '1',
      ...process.env,
      ONRECORD_OUT_DIR: staging,
      ONRECORD_PROPOSALS: proposals,
      ONRECORD_VERBOSE: verbose ? '1' : '0',
    },
  });
  const copied = Promise.all([relay(child.stdout, process.stdout, verbose), relay(child.stderr, process.stderr, verbose)]);
  return new Promise((done) => child.on('close', (status, signal) => copied.then(() => done({ status, signal }))));
}

export async function atomicBuild(args: string[] = []): Promise<number> {
  let flags: BuildFlags;
  try {
    flags = parseFlags(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    printUsageError('build', error, BUILD_COMMAND.usage);
    return 2;
  }
  const target = resolve(root, process.env.ONRECORD_OUT_DIR ?? 'dist');
  const leftAlone = () => (existsSync(target) ? `${target} was left as it was` : `nothing was written to ${target}`);

  const problems = checkBriefings(root);
  try {
    readLedger(ledgerPath());
  } catch (error) {
    if (!(error instanceof LedgerFormatError)) throw error;
    problems.push(`${relative(process.cwd(), ledgerPath()) || ledgerPath()}: ${error.message.replace(/^.*?: /, '')}; restore it from git (git checkout -- content/ledger.json)`);
  }
  if (problems.length > 0) {
    for (const p of problems) console.error(p);
    console.error(`\n${problemsSummary(problems)}; build failed, ${leftAlone()}`);
    return 1;
  }

  removeStale(target);
  // Siblings of the target, so that the final rename stays on one file system and is atomic; never inside the site.
  const staging = join(dirname(target), `.${basename(target)}.staging-${process.pid}`);
  const proposals = join(dirname(target), `.${basename(target)}.proposals-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  rmSync(proposals, { recursive: true, force: true });
  mkdirSync(proposals, { recursive: true });

  const result = await runAstro(staging, proposals, flags.verbose);
  const failed = result.status !== 0 || !existsSync(join(staging, 'index.html'));
  if (failed) {
    rmSync(staging, { recursive: true, force: true });
    rmSync(proposals, { recursive: true, force: true });
    const why = result.signal ? `killed by ${result.signal}` : result.status !== 0 ? `exit ${result.status}` : 'no index.html';
    console.error(`\nbuild failed (${why}); ${leftAlone()}`);
    return result.status || 1;
  }
  let summary: string[] = [];
  const queue = join(staging, 'editor', 'queue.json');
  if (existsSync(queue)) summary = summaryLines(JSON.parse(readFileSync(queue, 'utf8')) as SiteSummary, pagesIn(staging), target, flags.verbose);

  const old = join(dirname(target), `.${basename(target)}.old-${process.pid}`);
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  // The new site is in place; the old one is deleted in the background (src/lib/remove-later.ts).
  if (existsSync(old)) removeLater(old, trashIn(resolve(root, process.env.ONRECORD_CACHE_DIR ?? DEFAULT_CACHE_DIR)));
  const settled = settleProposals(PUBLISHED, proposals, flags.publish);

  console.log('');
  for (const line of [...summary, ...settled]) console.log(line);
  console.log(`build complete: ${target}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await atomicBuild(process.argv.slice(2));
}
