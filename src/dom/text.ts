import { normaliseText } from '../rules/rule';

/** Normalised visible text of a node (whitespace collapsed, trimmed). */
export function textOf(node: Node): string {
  return normaliseText(node.textContent ?? '');
}

/**
 * Share of a node's text that sits inside links, 0…1 (0 for an empty node). Callers that hold
 * the node's text already pass its length.
 */
export function linkDensity(el: Element, total = textOf(el).length): number {
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += textOf(a).length;
  return Math.min(1, linked / total);
}

/** Cuts a removed text down to what a person needs to recognise it in the "Removed" list. */
export function excerptOf(text: string, max = 160): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
