import type { Removal } from '../article';

/**
 * Taking a block out of the article so that the reader can put it back where it was ("Restore"
 * in the removed list). A step that removes a block of the article calls `takeOut` instead of
 * `remove()`: the block leaves an empty comment in its place (a marker), and both are tied to
 * the step's `Removal`. Comments are invisible to what the later steps read (`textContent` of
 * elements, `children`, selectors), so they judge the same tree as before. When the engine
 * finishes (`src/restore.ts`), each marker becomes a position in the sanitized article, and each
 * block its sanitized HTML.
 *
 * The ties live in a WeakMap keyed by the `Removal` object rather than on it: a `Removal` stays
 * plain data (`{ step, rule, text }`) that messaging, storage and the golden files carry as is.
 */

/** One removed node and the marker it left. */
export interface HeldPart {
  node: Node;
  marker: Comment;
}

const held = new WeakMap<Removal, HeldPart[]>();
const markers = new WeakSet<Comment>();

/**
 * Takes `nodes` out of the tree, each leaving a marker, and ties them to `removal`; returns
 * `removal`. A node inside one taken before it (the wrapper and its label) goes with that one;
 * a node out of any tree is skipped.
 */
export function takeOut<R extends Removal>(removal: R, ...nodes: (Node | null | undefined)[]): R {
  const parts = held.get(removal) ?? [];
  for (const node of nodes) {
    if (!node?.parentNode || parts.some((part) => part.node.contains(node))) continue;
    const marker = markerFor(node);
    node.parentNode.replaceChild(marker, node);
    parts.push({ node, marker });
  }
  if (parts.length) held.set(removal, parts);
  return removal;
}

/**
 * Ties text cut from the end of `parent` (a caption's trailing credit) to `removal`: a marker at
 * the end of `parent` holds it, to come back as text.
 */
export function holdCutText<R extends Removal>(removal: R, parent: Element, text: string): R {
  if (!text) return removal;
  const marker = markerFor(parent);
  parent.append(marker);
  held.set(removal, [...(held.get(removal) ?? []), { node: parent.ownerDocument.createTextNode(text), marker }]);
  return removal;
}

/** What `removal` took out, with its markers; empty for a removal that cannot go back. */
export function heldParts(removal: Removal): readonly HeldPart[] {
  return held.get(removal) ?? [];
}

/** Whether `node` is a marker `takeOut` left. */
export function isMarker(node: Node): node is Comment {
  return node.nodeType === 8 && markers.has(node as Comment);
}

/**
 * The markers inside `el`: a step that drops an element without recording it (an emptied
 * wrapper) puts them in its place, so that what was taken out of it still has a place.
 */
export function markersIn(el: Element): Comment[] {
  const found: Comment[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 128 /* NodeFilter.SHOW_COMMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (isMarker(node)) found.push(node);
  return found;
}

function markerFor(node: Node): Comment {
  const marker = (node.ownerDocument ?? (node as Document)).createComment('');
  markers.add(marker);
  return marker;
}
