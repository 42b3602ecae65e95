import type { PageMetadata, Step } from '../article';
import { normaliseText } from '../rules/rule';

/** schema.org types whose JSON-LD describes an article page. */
const ARTICLE_TYPE = /Article|BlogPosting|NewsArticle|Report|Posting|WebPage/;
/**
 * schema.org types that say the page is an article, a recipe or a how-to: something to read
 * (`declaredKind`). Unlike `ARTICLE_TYPE`, not WebPage: every page of some sites is one.
 */
const READABLE_TYPE = /^(?:\w*Article|\w*Posting|Report|Review|Recipe|HowTo|Question|QAPage)$/;
/** schema.org types of pages that list other pages: section fronts, archives, search results, profiles, a blog's home. */
const LISTING_TYPE = /^(?:CollectionPage|SearchResultsPage|ProfilePage|Blog)$/;

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
    const blocks = jsonLdBlocks(doc);
    const ld = readJsonLd(blocks);
    const ldTypes = jsonLdTypes(blocks);
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
      declaredKind: declaredKindOf(ldTypes),
      hasPasswordField: !!doc.querySelector('input[type="password" i]'),
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

/**
 * Article when the JSON-LD names an article type, listing when it names only listing types (see
 * `PageMetadata.declaredKind`). Not `og:type`: themes set "article" on archives and app shells too.
 */
function declaredKindOf(ldTypes: ReadonlySet<string>): PageMetadata['declaredKind'] {
  const types = [...ldTypes];
  if (types.some((type) => READABLE_TYPE.test(type))) return 'article';
  return types.some((type) => LISTING_TYPE.test(type)) ? 'listing' : null;
}

/** Every `@type` the page's JSON-LD names, through arrays, `@graph` and `mainEntity`, a few levels deep. */
function jsonLdTypes(blocks: readonly unknown[]): Set<string> {
  const types = new Set<string>();
  const visit = (data: unknown, depth: number): void => {
    if (depth > 4 || !data || typeof data !== 'object') return;
    if (Array.isArray(data)) {
      for (const item of data) visit(item, depth + 1);
      return;
    }
    const obj = data as JsonObject;
    for (const type of ([] as unknown[]).concat(obj['@type'] ?? [])) if (typeof type === 'string') types.add(type.replace(/^.*[/#:]/, ''));
    visit(obj['@graph'], depth + 1);
    visit(obj.mainEntity, depth + 1);
  };
  for (const data of blocks) visit(data, 0);
  return types;
}

/** The parsed JSON-LD blocks of the page; one that does not parse is skipped. */
function jsonLdBlocks(doc: Document): unknown[] {
  const blocks: unknown[] = [];
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      blocks.push(JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')));
    } catch {
      continue;
    }
  }
  return blocks;
}

/** The first JSON-LD object that describes an article, looking through arrays and `@graph`. */
function readJsonLd(blocks: readonly unknown[]): JsonObject | null {
  for (const data of blocks) {
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
