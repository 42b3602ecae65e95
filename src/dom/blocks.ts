import { normaliseText } from '../rules/rule';
import { HEADING_TAGS, isBlock } from './walk';
import { linkDensity, oneLine, proseLength, textOf } from './text';
import { untilChanged, visibleCharCounts } from './visible-chars';

/** A paragraph of at least this many characters, mostly not links, is article prose. */
export const PROSE_MIN_CHARS = 120;
export const PROSE_MAX_LINK_DENSITY = 0.3;

/** A short element and its normalised text: a candidate label. */
export interface ShortElement {
  el: Element;
  text: string;
}

/**
 * The longest label any step looks for (a consent notice, see `remove-consent-notices`): the
 * candidates up to this length are found once per article and shared by every step until the
 * article changes. A step that looked for longer ones would find its own on every call, a walk
 * of the whole article: the consent step did, at 800 against 700 here, and was the costliest
 * clean-up step (`tests/dom/blocks.test.ts` now checks every step's limit against this one).
 */
export const LONGEST_LABEL_CHARS = 800;

/**
 * Elements under `root` whose own text is short enough to be a label, in document order,
 * outermost first, with their normalised text. Skips elements removed meanwhile, so a step may
 * remove what it is given as it goes.
 */
export function* shortElements(root: Element, maxChars: number): Generator<ShortElement> {
  const candidates =
    maxChars <= LONGEST_LABEL_CHARS ? untilChanged(root, 'short-elements', (r) => findShortElements(r, LONGEST_LABEL_CHARS)) : findShortElements(root, maxChars);
  for (const candidate of candidates) {
    if (candidate.text.length <= maxChars && root.contains(candidate.el)) yield candidate;
  }
}

/** Reads the raw text length first, so long blocks cost no normalisation. */
function findShortElements(root: Element, maxChars: number): ShortElement[] {
  // Counted once, before any removal: a removal only shortens the removed block's ancestors,
  // which come before it in document order and have been visited already.
  const visible = visibleCharCounts(root);
  const ownText = new Map<Element, boolean>();
  const found: ShortElement[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    // Twice the limit: NFC may merge a letter and its combining accent into one character.
    const count = visible.get(el) ?? 0;
    if (count === 0 || count > maxChars * 2) continue;
    const text = normaliseText(el.textContent ?? '');
    if (text.length === 0 || text.length > maxChars) continue;
    // An inline element is a label only when its parent is a row of items, not a sentence: a
    // link to "Reuters" inside "Comme le souligne Reuters, Meta…" is part of the sentence.
    const parent = el.parentElement;
    if (!isBlock(el) && parent && parent !== root) {
      let sentence = ownText.get(parent);
      if (sentence === undefined) ownText.set(parent, (sentence = hasOwnText(parent)));
      if (sentence) continue;
    }
    found.push({ el, text });
  }
  return found;
}

/** True when the element holds media a reader would miss (images, video, tables). */
export function hasMedia(el: Element): boolean {
  return el.matches('img, picture, video, audio, table, iframe') || !!el.querySelector('img, picture, video, audio, table, iframe');
}

/** Extra text a wrapper may hold beside its label in one block: a title, a button, no sentence. */
export const MAX_WRAPPER_EXTRA_BLOCK_CHARS = 80;

/**
 * Climbs from `el` to the outermost ancestor below `root` whose text is at most `slack`
 * characters longer: the wrapper a site puts around a label ("Newsletter" + the invitation,
 * an ad slot around "Advertisement") goes with it. It never climbs into an ancestor that adds a
 * sentence-long block of its own (a standfirst next to an author box stays).
 */
export function climbWrapper(el: Element, root: Element, text: string, slack: number): Element {
  let target = el;
  for (let parent = target.parentElement; parent && parent !== root; parent = parent.parentElement) {
    const parentText = textOf(parent);
    if (parentText.length > text.length + slack || hasMedia(parent) !== hasMedia(target)) break;
    // Words of the parent's own, beside its children (a list item's sentence): not a frame.
    if (ownTextLength(parent) > MAX_WRAPPER_OWN_TEXT_CHARS) break;
    const current = target;
    const addsSentence = Array.from(parent.children).some(
      (child) => child !== current && !child.contains(current) && textOf(child).length > MAX_WRAPPER_EXTRA_BLOCK_CHARS,
    );
    if (addsSentence) break;
    target = parent;
  }
  return target;
}

/** A wrapper's own words beside its children: a caption word or a bullet, never a sentence. */
const MAX_WRAPPER_OWN_TEXT_CHARS = 30;

function ownTextLength(el: Element): number {
  let length = 0;
  for (const node of Array.from(el.childNodes)) if (node.nodeType === 3) length += oneLine(node.nodeValue ?? '').length;
  return length;
}

/**
 * A paragraph-like block that is real article prose: long enough (in Latin characters' worth, see
 * `proseLength`: 40 Japanese characters are a sentence) and mostly not links.
 */
export function isProse(el: Element, text = textOf(el)): boolean {
  if (HEADING_TAGS.has(el.localName)) return false;
  // The weighting only matters below the threshold: a long text is prose-long in any script.
  const longEnough = text.length >= PROSE_MIN_CHARS || proseLength(text) >= PROSE_MIN_CHARS;
  return longEnough && linkDensity(el, text.length) < PROSE_MAX_LINK_DENSITY;
}

const BLOCK_SELECTOR = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, figcaption, figure, dt, dd, td, th, tr, div, section, aside, header, footer, article, main, nav, ul, ol, dl, table, details, summary, address';

const INLINE_SELECTOR = 'a, span, time, strong, b, em, i, small, label, cite, abbr';

/**
 * The separate lines a reader sees, in document order: block elements with text that contain no
 * other block with text (paragraphs, list items, labels), and inline elements with text that
 * stand alone between blocks (a section link "Sociedad" above the headline).
 */
export function textLeaves(root: Element): readonly Element[] {
  return untilChanged(root, 'text-leaves', findTextLeaves);
}

function findTextLeaves(root: Element): Element[] {
  const blocks = Array.from(root.querySelectorAll(BLOCK_SELECTOR));
  const containsTextBlock = new Set<Element>([root]);
  const visible = visibleCharCounts(root);
  const hasText = (el: Element) => (visible.get(el) ?? 0) > 0;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const el = blocks[i]!;
    if (!hasText(el)) continue;
    for (let a = el.parentElement; a && a !== root && !containsTextBlock.has(a); a = a.parentElement) containsTextBlock.add(a);
  }
  const leaves: Element[] = [];
  for (const el of Array.from(root.querySelectorAll(`${BLOCK_SELECTOR}, ${INLINE_SELECTOR}`))) {
    const parent = el.parentElement;
    const isInline = el.matches(INLINE_SELECTOR);
    if (isInline ? !(parent && containsTextBlock.has(parent)) : containsTextBlock.has(el)) continue;
    if (hasText(el)) leaves.push(el);
  }
  return leaves;
}

/** True when an element has words of its own, outside its child elements (a sentence, not a row). */
export function hasOwnText(el: Element): boolean {
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3 && /[\p{L}\p{N}]/u.test(child.textContent ?? '')) return true;
  }
  return false;
}

/**
 * Whether article prose (see `isProse`) stands before `el` and after it under `root`, in
 * document order: what tells a block inside the article from one above or below it.
 */
export function proseAround(el: Element, root: Element): { before: boolean; after: boolean } {
  let before = false;
  let after = false;
  for (const leaf of textLeaves(root)) {
    if (leaf === el || el.contains(leaf) || leaf.contains(el)) continue;
    const follows = (el.compareDocumentPosition(leaf) & 4) /* DOCUMENT_POSITION_FOLLOWING */ !== 0;
    if ((follows ? after : before) || !isProse(leaf)) continue;
    if (follows) after = true;
    else before = true;
    if (before && after) break;
  }
  return { before, after };
}
