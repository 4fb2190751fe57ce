// TEMPORARY STUB written by the lead to try the site build; helper-1: overwrite this file freely with the real engine.
import type { Analysis } from './types.ts';
export type * from './types.ts';
export interface AnalyzeOptions { file?: string; frontmatter?: Record<string, unknown> }
export function analyze(_text: string, options: AnalyzeOptions = {}): Analysis {
  return { file: options.file ?? '<input>', speakers: [], quotes: [], claims: [], diagnostics: [] };
}
