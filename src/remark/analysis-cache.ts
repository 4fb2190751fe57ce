/**
 * One engine run per briefing text. Astro transforms each Markdown file more than once per build (once for every
 * Vite environment that imports it), and a rebuild transforms every unchanged briefing again; the engine's answer
 * depends only on the text, the front matter, the file name and the engine itself, so it is kept under a hash of
 * those: in memory for the build, and on disk (`<cacheDir>/on-record-analysis/`) for later builds when a cache
 * folder is given.
 *
 * The engine's version is a hash of every file in src/analysis/ and of the one package it uses (yaml): any edit
 * to a rule, a word list or the weights is a different engine, so a cached analysis is never stale. Entries are
 * stored with node:v8 serialisation, which keeps exactly what the engine returned (undefined fields included), and
 * every caller gets its own copy, so nothing one render does to its analysis reaches another.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { analyze, type AnalyzeOptions } from '../analysis/index.ts';
import type { Analysis } from '../analysis/types.ts';
import { buildCounters } from '../lib/build-counters.ts';

const ENGINE_DIR = fileURLToPath(new URL('../analysis/', import.meta.url));

let engineVersionMemo: string | null | undefined;

/** A hash of the engine's source and its dependency, or null when the source is not on disk (a bundled copy). */
export function engineVersion(): string | null {
  if (engineVersionMemo !== undefined) return engineVersionMemo;
  try {
    const hash = createHash('sha256');
    const files = readdirSync(ENGINE_DIR, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();
    if (files.length === 0) throw new Error('no engine source');
    for (const file of files) hash.update(relative(ENGINE_DIR, file)).update('\0').update(readFileSync(file)).update('\0');
    const yaml = createRequire(import.meta.url)('yaml/package.json') as { version: string };
    hash.update(`yaml@${yaml.version}`);
    engineVersionMemo = hash.digest('hex').slice(0, 16);
  } catch {
    engineVersionMemo = null;
  }
  return engineVersionMemo;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** Serialised analyses of this process, by key. */
const memory = new Map<string, Buffer>();

/** The cache folder entries this process read or wrote: what a build used (pruneAnalysisCache keeps these). */
const used = new Set<string>();

export interface CacheStats {
  /** engine runs */
  analysed: number;
  /** the time they took */
  engineMs: number;
  /** answers from this build's memory */
  shared: number;
  /** answers from an earlier build's cache folder */
  reused: number;
}
export function analysisStats(): CacheStats {
  return buildCounters('analysis-stats', () => ({ analysed: 0, engineMs: 0, shared: 0, reused: 0 }));
}

export interface CachedAnalyzeOptions {
  file: string;
  frontmatter?: Record<string, unknown>;
  /** the folder that keeps analyses between builds (its `on-record-analysis/`); none: this process only */
  cacheDir?: string;
}

/** `analyze(text, { file, frontmatter })`, run once per distinct input and engine. */
export function analyzeCached(text: string, options: CachedAnalyzeOptions): Analysis {
  const { file, frontmatter } = options;
  const engine = engineVersion();
  const stats = analysisStats();
  // The front matter Astro parsed from the text; part of the key so nothing it adds can be answered stale.
  const key = sha(JSON.stringify([engine ?? 'unversioned', file, text, frontmatter ?? null]));
  const held = memory.get(key);
  if (held) {
    stats.shared++;
    return deserialize(held) as Analysis;
  }
  const disk = options.cacheDir && engine ? join(options.cacheDir, 'on-record-analysis', sha(file).slice(0, 24)) : undefined;
  const entry = disk ? join(disk, `${key.slice(0, 32)}.v8`) : undefined;
  if (entry) used.add(entry);
  if (entry && existsSync(entry)) {
    try {
      const bytes = readFileSync(entry);
      const analysis = deserialize(bytes) as Analysis;
      if (analysis && typeof analysis === 'object' && Array.isArray(analysis.quotes) && analysis.file === file) {
        memory.set(key, bytes);
        stats.reused++;
        return analysis;
      }
    } catch {
      // A damaged entry (an interrupted disk, a Node with another serialisation format): analyse again.
    }
  }
  const t0 = performance.now();
  const analysis = analyze(text, { file, frontmatter } satisfies AnalyzeOptions);
  stats.engineMs += performance.now() - t0;
  stats.analysed++;
  const bytes = serialize(analysis);
  memory.set(key, bytes);
  if (disk && entry) store(disk, entry, bytes);
  return deserialize(bytes) as Analysis;
}

/** Writes the entry whole (a temporary file renamed) and drops the file's older analyses. */
function store(dir: string, entry: string, bytes: Buffer): void {
  try {
    mkdirSync(dir, { recursive: true });
    for (const old of readdirSync(dir)) if (join(dir, old) !== entry) rmSync(join(dir, old), { force: true });
    const tmp = `${entry}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, entry);
  } catch {
    // The cache is an optimisation: a folder that cannot be written only means the next build analyses again.
  }
}

/**
 * After a successful build (src/integrations/analysis-cache/): removes every analysis in
 * `<cacheDir>/on-record-analysis/` this build did not use — briefings deleted or renamed since, and leftovers of
 * interrupted writes — so the folder holds one entry per briefing of the last build, not of every build ever.
 * Does nothing when this process used no entry (a build without the cache, or one that analysed nothing), so it
 * can never empty the cache of a build it did not see. Answers how many files it removed.
 */
export function pruneAnalysisCache(cacheDir: string): number {
  const root = join(cacheDir, 'on-record-analysis');
  const keep = new Set([...used].filter((entry) => entry.startsWith(`${root}${sep}`)));
  if (keep.size === 0 || !existsSync(root)) return 0;
  let removed = 0;
  for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const file = join(e.parentPath, e.name);
    if (keep.has(file)) continue;
    try {
      rmSync(file, { force: true });
      removed++;
    } catch {
      // Another process's file, or a read-only folder: left for a later build.
    }
  }
  // A briefing's folder with nothing left in it goes too.
  for (const dir of readdirSync(root)) {
    try {
      if (readdirSync(join(root, dir)).length === 0) rmSync(join(root, dir), { recursive: true, force: true });
    } catch {
      // Not a folder, or gone already.
    }
  }
  return removed;
}
