/**
 * After the quotes and claims are wrapped: one small button per quote and claim (at the end of its last piece)
 * that opens its detail popover — natively, through `popovertarget`, so it works with scripts off — and a link on
 * the first mention of each speaker to the speaker's page.
 *
 * The buttons carry their visible label in `data-label` (drawn by CSS), so the article's text, as read, copied or
 * indexed, stays exactly the briefing's words.
 */
import type { Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { Analysis } from '../analysis/types.ts';
import { escapeRegExp } from '../analysis/text.ts';
import type { Annotation } from './wrap.ts';
import { claimLevel, detailId, quoteColour, quoteLabel, type Marks } from './marks.ts';
import { isNamedSpeaker, sourceLine } from '../lib/attribution.ts';

function isAnnotation(node: Nodes): node is Annotation {
  return node.type === 'annotation';
}

function keyOf(node: Annotation): string | undefined {
  const p = node.data.hProperties;
  const key = typeof p.id === 'string' ? p.id : typeof p.dataPart === 'string' ? p.dataPart : undefined;
  return key && /^[qc]-/.test(key) ? key : undefined;
}

function button(properties: Annotation['data']['hProperties']): Annotation {
  return { type: 'annotation', children: [], data: { hName: 'button', hProperties: { type: 'button', ...properties } } };
}

function markFor(key: string, marks: Marks): Annotation | undefined {
  if (key.startsWith('q-')) {
    const n = marks.quoteNumber.get(key);
    const quote = marks.quotes[(n ?? 0) - 1];
    if (!n || !quote) return undefined;
    const attribution = marks.attribution.get(quote.id) ?? 'none';
    const speaker = quote.speaker ? marks.speakers.get(quote.speaker) : undefined;
    return button({
      className: ['mark', 'mark-quote', `mark-${attribution}`, quoteColour(marks, quote)],
      popoverTarget: detailId(key),
      dataLabel: quoteLabel(marks, quote),
      dataN: String(n),
      ariaLabel: `${sourceLine(attribution, speaker)}, quote ${n}`,
    });
  }
  const n = marks.claimNumber.get(key);
  const claim = marks.claims[(n ?? 0) - 1];
  if (!n || !claim) return undefined;
  return button({
    className: ['mark', 'mark-claim', `level-${claimLevel(claim.score)}`, ...(marks.keyClaims.has(claim.id) ? ['mark-key'] : [])],
    popoverTarget: detailId(key),
    dataN: String(n),
    ariaLabel: `Claim ${n}, check-worthiness ${claimLevel(claim.score)}`,
  });
}

/**
 * The button and the word before it, kept on one line (a `white-space: nowrap` span): a label or number alone at
 * the start of a line reads as belonging to the next sentence. The words themselves are unchanged.
 */
function attach(children: Nodes[], mark: Annotation, at: number): void {
  const before = children[at - 1];
  // A claim ending where its quote ends: the quote's label joins the claim's number on the claim's last word.
  if (before && isAnnotation(before)) {
    const tail = before.children[before.children.length - 1];
    if (tail && isAnnotation(tail as Nodes) && (tail as Annotation).data.hProperties.className?.toString() === 'tail') {
      (tail as Annotation).children.push(mark);
      return;
    }
  }
  if (before && before.type === 'text') {
    const m = /\S+$/.exec(before.value);
    if (m && m.index > 0) {
      const word = { ...before, value: m[0] } as Text;
      delete (word as { position?: unknown }).position;
      before.value = before.value.slice(0, m.index);
      children.splice(at, 0, { type: 'annotation', children: [word, mark], data: { hName: 'span', hProperties: { className: ['tail'] } } } as Annotation);
      return;
    }
    if (m) {
      children.splice(at - 1, 1, { type: 'annotation', children: [before, mark], data: { hName: 'span', hProperties: { className: ['tail'] } } } as Annotation);
      return;
    }
  }
  children.splice(at, 0, mark);
}

/** Appends each quote's and claim's button to its last piece (after an enclosing link: no button inside `<a>`). */
export function addMarkButtons(tree: Root, marks: Marks): void {
  const last = new Map<string, { node: Annotation; link: { parent: Parent; node: Nodes } | null }>();
  const walk = (node: Nodes, link: { parent: Parent; node: Nodes } | null, parent: Parent | null) => {
    let inLink = link;
    if (!inLink && node.type === 'link' && parent) inLink = { parent, node };
    if (isAnnotation(node)) {
      const key = keyOf(node);
      if (key) last.set(key, { node, link: inLink });
    }
    if ('children' in node) for (const child of [...(node.children as Nodes[])]) walk(child, inLink, node as Parent);
  };
  walk(tree, null, null);
  // Innermost first: a claim's number is in place (with its word) before the label of the quote around it joins it.
  for (const [key, { node, link }] of [...last].reverse()) {
    const mark = markFor(key, marks);
    if (!mark) continue;
    if (link) {
      const siblings = link.parent.children as Nodes[];
      siblings.splice(siblings.indexOf(link.node) + 1, 0, mark);
    } else {
      attach(node.children as Nodes[], mark, node.children.length);
    }
  }
}


/** Links the first mention of each speaker (by name or alias, whole words) to the speaker's page. */
export function linkFirstMentions(tree: Root, analysis: Analysis): void {
  const forms: { form: string; id: string }[] = [];
  for (const s of analysis.speakers) {
    // Only named speakers have pages; a description ("the agency") is no one's name.
    if (!isNamedSpeaker(s)) continue;
    // Link the name itself, not "Minister Jane Doe": skip aliases that merely put a title around the full name.
    const names = [s.name, ...s.aliases.filter((a) => !(a !== s.name && a.includes(s.name)))];
    for (const form of new Set(names)) if (form.trim().length > 2) forms.push({ form: form.trim(), id: s.id });
  }
  if (forms.length === 0) return;
  forms.sort((a, b) => b.form.length - a.form.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map((f) => escapeRegExp(f.form)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const idOf = new Map(forms.map((f) => [f.form, f.id]));
  const linked = new Set<string>();

  const visit = (parent: Parent) => {
    const children = parent.children as Nodes[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.type === 'link' || child.type === 'linkReference' || child.type === 'heading') continue;
      if (isAnnotation(child) && child.data.hName === 'button') continue;
      if (child.type !== 'text') {
        if ('children' in child) visit(child as Parent);
        continue;
      }
      const pieces: PhrasingContent[] = [];
      let cursor = 0;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(child.value); m; m = pattern.exec(child.value)) {
        const id = idOf.get(m[0]);
        if (!id || linked.has(id)) continue;
        linked.add(id);
        if (m.index > cursor) pieces.push({ type: 'text', value: child.value.slice(cursor, m.index) } as Text);
        pieces.push({
          type: 'link',
          url: `/speakers/${id}/`,
          children: [{ type: 'text', value: m[0] }],
          data: { hProperties: { className: ['mention'] } },
        });
        cursor = m.index + m[0].length;
      }
      if (pieces.length === 0) continue;
      if (cursor < child.value.length) pieces.push({ type: 'text', value: child.value.slice(cursor) } as Text);
      children.splice(i, 1, ...(pieces as Nodes[]));
      i += pieces.length - 1;
    }
  };
  visit(tree);
}
