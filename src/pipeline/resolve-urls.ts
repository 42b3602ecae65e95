import type { Step } from '../article';

/** Attributes that hold one URL, by element. Lazy-loading `data-*` sources count too. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  img: ['src', 'data-src', 'data-lazy-src', 'data-original', 'data-url'],
  source: ['src', 'data-src'],
  video: ['src', 'poster', 'data-src', 'data-poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src', 'data-src'],
  embed: ['src'],
  object: ['data'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite'],
  ins: ['cite'],
  link: ['href'],
};
/** Attributes that hold a `srcset` (comma-separated "url descriptor" candidates). */
const SRCSET_ATTRIBUTES = ['srcset', 'data-srcset', 'data-lazy-srcset'];
/** Metadata the engine reads image URLs from. */
const URL_METAS = 'meta[property="og:image"], meta[property="og:image:url"], meta[name="twitter:image"], meta[name="twitter:image:src"], meta[property="twitter:image"]';

/**
 * Makes every URL of the article absolute against the page's own base URL (its `<base href>`,
 * else its address), so links and images work wherever the article is shown: the article and
 * the lead `capture-lead` kept aside, after Readability, which resolved its links and images
 * already (the copy answers `baseURI` with the page's base, see `copyPage`); this step does the
 * rest (lazy `data-*` sources, `cite`, embeds). Resolving only what is kept spares a `new URL`
 * for every link of the page's menus. The engine never relies on a `<base>` element: extension
 * pages run under `base-uri 'none'`, and a DOMParser document's base is the extension's own URL.
 */
export const resolveUrls: Step = {
  name: 'resolve-urls',
  run(draft) {
    for (const scope of [draft.root, draft.lead?.standfirst, draft.lead?.figure]) if (scope) absolutiseUrls(scope, draft.baseUrl);
    return draft;
  },
};

/** Rewrites every relative URL in `scope` (a document, or an element and what it holds) against `base`. */
export function absolutiseUrls(scope: Document | Element, base: string): void {
  const resolve = (value: string): string | null => {
    const trimmed = value.trim();
    if (!trimmed || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return null; // empty or already absolute
    try {
      return new URL(trimmed, base).href;
    } catch {
      return null;
    }
  };
  for (const [tag, attributes] of Object.entries(URL_ATTRIBUTES)) {
    const own = scope.nodeType === 1 && (scope as Element).localName === tag ? [scope as Element] : [];
    for (const el of [...own, ...Array.from(scope.getElementsByTagName(tag))]) {
      for (const name of attributes) {
        const value = el.getAttribute(name);
        const absolute = value === null ? null : resolve(value);
        if (absolute) el.setAttribute(name, absolute);
      }
    }
  }
  for (const el of Array.from(scope.querySelectorAll(SRCSET_ATTRIBUTES.map((a) => `[${a}]`).join(', ')))) {
    for (const name of SRCSET_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value) el.setAttribute(name, resolveSrcset(value, resolve));
    }
  }
  for (const meta of Array.from(scope.querySelectorAll(URL_METAS))) {
    const absolute = resolve(meta.getAttribute('content') ?? '');
    if (absolute) meta.setAttribute('content', absolute);
  }
}

/**
 * "a.jpg 1x, /b.jpg 2x" → absolute URLs, descriptors kept. Follows the HTML srcset grammar: a URL
 * runs to the next whitespace (a trailing comma ends the candidate), descriptors to the next comma.
 */
export function resolveSrcset(srcset: string, resolve: (url: string) => string | null): string {
  const candidates: string[] = [];
  let rest = srcset;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (!rest) break;
    let url = /^\S+/.exec(rest)![0];
    rest = rest.slice(url.length);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const end = rest.indexOf(',');
      descriptor = (end === -1 ? rest : rest.slice(0, end)).trim();
      rest = end === -1 ? '' : rest.slice(end + 1);
    }
    candidates.push([resolve(url) ?? url, descriptor].filter(Boolean).join(' '));
  }
  return candidates.join(', ');
}
