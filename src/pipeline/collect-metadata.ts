import type { PageMetadata, Step } from '../article';
import { normaliseText } from '../rules/rule';

/** schema.org types whose JSON-LD describes an article page. */
const ARTICLE_TYPE = /Article|BlogPosting|NewsArticle|Report|Posting|WebPage/;

type JsonObject = Record<string, unknown>;

/**
 * Reads the page's metadata before Readability rewrites the copy: Open Graph and other meta
 * tags, then JSON-LD. Readability finds title, byline and the rest too; these values fill what
 * it misses and give the lead image, which Readability does not report.
 */
export const collectMetadata: Step = {
  name: 'collect-metadata',
  run(draft) {
    const doc = draft.doc;
    // One pass over the <meta> tags (case-insensitive attribute selectors are slow in jsdom).
    const tags = new Map<string, string>();
    for (const el of Array.from(doc.getElementsByTagName('meta'))) {
      const content = normaliseText(el.getAttribute('content') ?? '');
      if (!content) continue;
      for (const attr of ['property', 'name', 'itemprop']) {
        const key = el.getAttribute(attr)?.trim().toLowerCase();
        if (key && !tags.has(key)) tags.set(key, content);
      }
    }
    const meta = (...keys: string[]): string | null => {
      for (const key of keys) {
        const value = tags.get(key.toLowerCase());
        if (value) return value;
      }
      return null;
    };
    const ld = readJsonLd(doc);
    const ldAuthor = namesOf(ld?.author);
    const ldImage = imageOf(ld?.image);
    const metaAuthor = meta('author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator');
    const collected: PageMetadata = {
      title: meta('og:title', 'twitter:title') ?? stringOf(ld?.headline) ?? (normaliseText(doc.title) || null),
      byline: ldAuthor ?? (metaAuthor && !/^https?:/i.test(metaAuthor) ? metaAuthor : null),
      siteName: meta('og:site_name', 'application-name') ?? namesOf(ld?.publisher),
      publishedTime:
        meta('article:published_time', 'datePublished', 'pubdate', 'publish-date', 'date', 'dc.date', 'sailthru.date', 'parsely-pub-date') ??
        stringOf(ld?.datePublished) ??
        (doc.querySelector('time[datetime]')?.getAttribute('datetime') || null),
      lang: langOf(doc) ?? meta('og:locale')?.replace('_', '-') ?? null,
      excerpt: meta('og:description', 'description', 'twitter:description') ?? stringOf(ld?.description),
      leadImage: absolute(meta('og:image', 'og:image:url', 'twitter:image', 'twitter:image:src') ?? ldImage ?? doc.querySelector('link[rel="image_src"]')?.getAttribute('href') ?? null, draft.baseUrl),
      markedAuthor: markedAuthorOf(doc),
    };
    return { ...draft, meta: { ...draft.meta, ...collected } };
  },
};

/** Longer than this, an "author" element is a bio or a list, not a name. */
const MAX_AUTHOR_CHARS = 100;

/** The first `rel="author"` link or `itemprop="author"` element naming a person (see `PageMetadata.markedAuthor`). */
function markedAuthorOf(doc: Document): string | null {
  for (const marked of Array.from(doc.querySelectorAll('a[rel~="author" i], [itemprop~="author"]'))) {
    // A `<meta itemprop="author">` has no text: the next one may.
    const name = normaliseText((marked.querySelector('[itemprop~="name"]') ?? marked).textContent ?? '');
    if (name) return name.length <= MAX_AUTHOR_CHARS ? name : null;
  }
  return null;
}

function langOf(doc: Document): string | null {
  const lang = doc.documentElement.getAttribute('lang') ?? doc.documentElement.getAttribute('xml:lang');
  if (lang && lang.trim()) return lang.trim();
  return doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')?.split(',')[0]?.trim() || null;
}

/** The first JSON-LD object that describes an article, looking through arrays and `@graph`. */
export function readJsonLd(doc: Document): JsonObject | null {
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    const found = findArticle(data, 0);
    if (found) return found;
  }
  return null;
}

function findArticle(data: unknown, depth: number): JsonObject | null {
  if (depth > 4 || !data || typeof data !== 'object') return null;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const obj = data as JsonObject;
  const type = ([] as unknown[]).concat(obj['@type'] ?? []).join(' ');
  if (ARTICLE_TYPE.test(type) && (obj.headline || obj.datePublished || obj.author)) return obj;
  return findArticle(obj['@graph'], depth + 1);
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && normaliseText(value) ? normaliseText(value) : null;
}

function namesOf(value: unknown): string | null {
  const names = ([] as unknown[])
    .concat(value ?? [])
    .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? (v as JsonObject).name : null))
    .filter((v): v is string => typeof v === 'string' && !!normaliseText(v) && !/^https?:/i.test(v))
    .map(normaliseText);
  return names.length ? names.join(', ') : null;
}

function imageOf(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object') return stringOf((first as JsonObject).url) ?? stringOf((first as JsonObject).contentUrl);
  return null;
}

function absolute(url: string | null, base: string): string | null {
  if (!url) return null;
  try {
    const resolved = new URL(url, base);
    return /^https?:$/.test(resolved.protocol) ? resolved.href : null;
  } catch {
    return null;
  }
}
