/**
 * Shared by the reading tests: the seed briefing's analysis exactly as the engine gives it (the same call the remark
 * plugin makes), and where screenshots go (test-output/screenshots/, gitignored).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { analyze } from '../../../src/analysis/index.ts';
import type { Analysis } from '../../../src/analysis/types.ts';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const SLUG = 'riyadh-talks';
export const BRIEFING = `/briefings/${SLUG}/`;
export const briefingFile = path.join(root, 'content/briefings', `${SLUG}.md`);

export function seedAnalysis(): Analysis {
  const text = readFileSync(briefingFile, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  const frontmatter = m ? ((parseYaml(m[1]!) as Record<string, unknown> | null) ?? {}) : {};
  return analyze(text, { file: briefingFile, frontmatter });
}

export function screenshotPath(name: string): string {
  const dir = path.join(root, 'test-output', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}

/** Ids are [a-z0-9-]; still, never trust a string in a selector. */
export const byId = (id: string) => `[id="${id}"]`;
