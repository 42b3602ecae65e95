import type { Step } from '../article';
import { parseInert } from '../safe-html';

/** Attributes lazy-loading scripts keep the real image in, most specific first. */
const LAZY_SRC_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-full-src'];
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];
/** A `src` that is a placeholder, not the picture: tiny data URLs, spacer GIFs, "blank"/"placeholder" names. */
const PLACEHOLDER_SRC = /^data:image\/(?:gif|png|svg\+xml)[;,]|(?:^|[/_.-])(?:blank|spacer|placeholder|pixel|transparent|lazy|loading|grey|gray)[^/]*\.(?:gif|png|svg|jpe?g|webp)(?:$|\?)/i;
const LOOKS_LIKE_IMAGE_URL = /^(?:https?:)?\/\/|^\/|\.(?:jpe?g|png|gif|webp|avif)(?:$|\?)/i;

/**
 * Turns lazy images into real ones, the way the page would after scrolling:
 * `data-src`/`data-original`/`data-srcset` move into `src`/`srcset`, and a `<noscript>` holding
 * an image replaces the placeholder before it. Fixture: `lazy-images`.
 */
export const revealLazyImages: Step = {
  name: 'reveal-lazy-images',
  run(draft) {
    const doc = draft.doc;
    for (const img of Array.from(doc.querySelectorAll('img, source'))) {
      const lazySrc = LAZY_SRC_ATTRIBUTES.map((a) => img.getAttribute(a)).find((v) => v && LOOKS_LIKE_IMAGE_URL.test(v.trim()));
      if (lazySrc) img.setAttribute('src', lazySrc.trim());
      const lazySrcset = LAZY_SRCSET_ATTRIBUTES.map((a) => img.getAttribute(a)).find(Boolean);
      if (lazySrcset) img.setAttribute('srcset', lazySrcset.trim());
      // Only a srcset is real: the placeholder `src` gives way to its largest candidate, so the
      // image also shows where srcset is dropped (copied HTML, Markdown).
      const src = img.getAttribute('src');
      const srcset = img.getAttribute('srcset');
      if (img.localName === 'img' && srcset && (!src || PLACEHOLDER_SRC.test(src))) {
        const largest = largestCandidate(srcset);
        if (largest) img.setAttribute('src', largest);
      }
      if (img.localName === 'img' && img.getAttribute('loading') === 'lazy') img.removeAttribute('loading');
    }
    for (const noscript of Array.from(doc.querySelectorAll('noscript'))) unwrapNoscriptImage(doc, noscript);
    return draft;
  },
};

/**
 * A `<noscript>` with a single image is a lazy-load fallback. In a live page (scripting on) its
 * content is raw text; in a DOMParser document it is elements: handle both.
 */
function unwrapNoscriptImage(doc: Document, noscript: Element): void {
  const markup = noscript.children.length > 0 ? null : (noscript.textContent ?? '');
  if (markup !== null && !/<img\b/i.test(markup)) return;
  const content = markup === null ? noscript : parseInert(doc, markup);
  const images = content.querySelectorAll('img');
  if (images.length !== 1 || (content.textContent ?? '').trim() !== '') return;
  const image = images[0]!;
  if (!image.getAttribute('src')) return;
  const fresh = doc.importNode(image, true);
  const previous = noscript.previousElementSibling;
  const placeholder = previous?.localName === 'img' ? previous : previous?.querySelector(':scope > img:only-child') ?? null;
  if (placeholder && (!placeholder.getAttribute('src') || PLACEHOLDER_SRC.test(placeholder.getAttribute('src') ?? '') || placeholder.getAttribute('src') === fresh.getAttribute('src'))) {
    placeholder.replaceWith(fresh);
    noscript.remove();
  } else {
    noscript.replaceWith(fresh);
  }
}

/** The URL of a srcset's widest (or densest) candidate; the last one when none says. */
function largestCandidate(srcset: string): string | null {
  let best: { url: string; size: number } | null = null;
  for (const candidate of srcset.split(/,\s+/)) {
    const [url, descriptor = ''] = candidate.trim().split(/\s+/);
    if (!url || /^data:/i.test(url)) continue;
    const size = Number.parseFloat(descriptor) || 0;
    if (!best || size >= best.size) best = { url, size };
  }
  return best?.url ?? null;
}
