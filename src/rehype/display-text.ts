/**
 * rehype-display-text: what a reader receives holds no character HTML forbids and no invisible formatting that
 * splits words or reorders them (src/analysis/hygiene.ts). Runs last over a briefing's HTML tree: every text node
 * and every string attribute. The Markdown source and the analysis's offsets are untouched; the engine reports
 * each such character to the editor.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { displayText, hasHidden } from '../analysis/hygiene.ts';

export default function rehypeDisplayText() {
  return (tree: Root) => {
    visit(tree, (node) => {
      // `raw`: highlighted code (Shiki) arrives as an HTML string, which is parsed after the rehype plugins run.
      if (node.type === 'text' || node.type === 'comment' || node.type === 'raw') {
        if (hasHidden(node.value)) node.value = displayText(node.value);
        return;
      }
      if (node.type !== 'element') return;
      for (const [key, value] of Object.entries(node.properties)) {
        if (typeof value === 'string' && hasHidden(value)) node.properties[key] = displayText(value);
        else if (Array.isArray(value) && value.some((v) => typeof v === 'string' && hasHidden(v)))
          node.properties[key] = value.map((v) => (typeof v === 'string' ? displayText(v) : v));
      }
    });
  };
}
