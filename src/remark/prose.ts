/**
 * remark-prose: a briefing is prose, so a paragraph indented by a tab or four spaces — common in pasted copy — is a
 * paragraph, not a code block (CommonMark's indented code). Fenced code (```) still works for an editor who wants
 * one. Done the micromark way: the construct is disabled in the parser, so the tree never has such a node.
 */
import type { Processor } from 'unified';

interface MicromarkData {
  micromarkExtensions?: unknown[];
}

export default function remarkProse(this: Processor) {
  const data = this.data() as MicromarkData;
  (data.micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
}
