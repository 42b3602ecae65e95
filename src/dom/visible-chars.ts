/**
 * How many characters other than whitespace each element under `root` (and `root` itself)
 * holds in its text, computed in one pass, children before parents. Steps that look for short
 * labels or for blocks with text ask this instead of building every ancestor's `textContent`,
 * which costs the size of the subtree for each element (quadratic on deep articles).
 *
 * Whitespace is what `normaliseText` collapses: `\s` plus U+200B. So a count of 0 means the
 * element's normalised text is empty, and its normalised text is at least this long (before
 * NFC, which may merge a letter and its accent).
 */
export function visibleCharCounts(root: Element): Map<Element, number> {
  return untilChanged(root, 'visible-chars', countAll);
}

/**
 * `el`'s count of `visibleCharCounts`, or `limit + 1` as soon as it passes `limit`: reads only
 * as much of its text as it takes to tell. For a question asked of a few elements of a whole page
 * ("is this card at most 900 characters?"), where counting every element of the page would cost
 * more than the answers.
 */
export function visibleCharsUpTo(el: Element, limit: number): number {
  let count = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 4 | 8 /* NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    count += countVisible((node as CharacterData).data);
    if (count > limit) return limit + 1;
  }
  return count;
}

/**
 * `compute(root)`, computed once and kept until something under `root` changes. The removal
 * steps ask one after another about the same article (its text counts, its label candidates,
 * its lines) and most remove nothing: a mutation observer on `root` says when the answers are
 * stale. Attribute changes do not count: no fact kept here depends on attributes.
 */
export function untilChanged<T>(root: Element, key: string, compute: (root: Element) => T): T {
  let entry = cache.get(root);
  if (entry && (entry.dirty || entry.observer.takeRecords().length > 0)) {
    entry.facts.clear();
    entry.dirty = false;
  }
  if (entry?.facts.has(key)) return entry.facts.get(key) as T;
  const value = compute(root);
  if (!entry) {
    const Observer = root.ownerDocument.defaultView?.MutationObserver ?? globalThis.MutationObserver;
    if (!Observer) return value;
    const created: CacheEntry = { facts: new Map(), dirty: false, observer: new Observer(() => (created.dirty = true)) };
    created.observer.observe(root, { childList: true, subtree: true, characterData: true });
    cache.set(root, (entry = created));
  }
  entry.facts.set(key, value);
  return value;
}

interface CacheEntry {
  facts: Map<string, unknown>;
  /** Set by the observer's callback, which runs (and empties its records) between slices. */
  dirty: boolean;
  observer: MutationObserver;
}

const cache = new WeakMap<Element, CacheEntry>();

function countAll(root: Element): Map<Element, number> {
  const counts = new Map<Element, number>();
  const elements = [root, ...Array.from(root.querySelectorAll('*'))];
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    let count = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) count += counts.get(child as Element) ?? 0;
      else if (child.nodeType === 3 || child.nodeType === 4) count += countVisible((child as CharacterData).data);
    }
    counts.set(el, count);
  }
  return counts;
}

function countVisible(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) count++;
  return count;
}

/** `\s` as JavaScript defines it, plus U+200B ZERO WIDTH SPACE (see `normaliseText`). */
function isSpace(code: number): boolean {
  if (code > 32 && code < 0xa0) return false;
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
