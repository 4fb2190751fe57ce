/**
 * When a briefing was added to the site or last changed: the front matter's `updated`, else the newest commit that
 * touched its file, else (a file not yet committed, in a work tree) the file's modification time, else the date the
 * outlet published it or the events' date. This orders the home page and the feed; the events' date stays on the
 * page. One `git log` for all files, read once per build; no clock.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';

export interface DatedBriefing {
  /** the Markdown file, relative to the project root or absolute */
  filePath?: string | undefined;
  data: { date: Date; published?: Date | undefined; updated?: Date | undefined };
}

let history: { root: string; newest: Map<string, Date> } | null | undefined;

/** The newest commit date of every file git knows, or null outside a work tree (or without git). */
function gitHistory(): { root: string; newest: Map<string, Date> } | null {
  if (history !== undefined) return history;
  try {
    const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--no-renames'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
    const newest = new Map<string, Date>();
    for (const block of log.split('\0')) {
      const [stamp, ...files] = block.split('\n');
      if (!stamp) continue;
      const when = new Date(stamp.trim());
      for (const f of files) if (f && !newest.has(f)) newest.set(f, when);
    }
    history = { root, newest };
  } catch {
    history = null;
  }
  return history;
}

export function updatedOf(entry: DatedBriefing): Date {
  if (entry.data.updated) return entry.data.updated;
  if (entry.filePath) {
    const git = gitHistory();
    const file = resolve(process.cwd(), entry.filePath);
    const inTree = git ? relative(git.root, file).split('\\').join('/') : '';
    if (git && inTree && !inTree.startsWith('../')) {
      const committed = git.newest.get(inTree);
      if (committed) return committed;
      try {
        // In a work tree but never committed: an editor's new briefing, added now.
        return statSync(file).mtime;
      } catch {
        // Not on disk: fall through to the front matter.
      }
    }
  }
  return entry.data.published ?? entry.data.date;
}
