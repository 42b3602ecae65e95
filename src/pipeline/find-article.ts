import { Readability } from '@mozilla/readability';
import type { Step } from '../article';
import { isProse, textLeaves } from '../dom/blocks';
import { linkDensity, textOf } from '../dom/text';
import { withFastPaths } from './readability-fast-paths';

/** Below this many characters of text, what Readability found is not an article. */
export const MIN_ARTICLE_CHARS = 250;
/** A "content" block that is mostly links is a list of teasers (a home page), not an article. */
export const MAX_ARTICLE_LINK_DENSITY = 0.5;
/**
 * An article has paragraphs: at least this many characters in prose blocks (see `isProse`),
 * making up at least `MIN_PROSE_SHARE` of its text. A home page's teaser grid has none, even
 * when each card is an `<article>` (fixture `home-page`); a div-soup article without a single
 * `<p>` passes (Readability's own `isProbablyReaderable` says no to it).
 */
export const MIN_PROSE_CHARS = 400;
export const MIN_PROSE_SHARE = 0.3;

/**
 * Runs Readability on the copy and keeps its article element (no serialise/parse round trip).
 * Without `force`, pages that do not look like articles (home pages, link lists) stop here with
 * `not-an-article`; the reader then offers "Clean anyway", which sets `force`.
 */
export const findArticle: Step = {
  name: 'find-article',
  run(draft) {
    const parsed = withFastPaths(
      new Readability<Element>(draft.doc, {
        serializer: (node) => node as Element,
        maxElemsToParse: draft.options.maxElements,
        charThreshold: 500,
      }),
    ).parse();
    const root = parsed?.content ?? null;
    const textLength = root ? textOf(root).length : 0;
    if (!root || textLength === 0 || (!draft.options.force && textLength < MIN_ARTICLE_CHARS)) {
      return notAnArticle();
    }
    if (!draft.options.force && !looksLikeArticle(root, textLength)) return notAnArticle();
    const dir = parsed?.dir === 'rtl' || parsed?.dir === 'ltr' ? parsed.dir : null;
    return {
      ...draft,
      root,
      meta: {
        ...draft.meta,
        title: parsed?.title?.trim() || draft.meta.title,
        byline: draft.meta.byline ?? bylineOf(parsed?.byline?.trim() || null, draft.meta.markedAuthor),
        siteName: draft.meta.siteName ?? (parsed?.siteName?.trim() || null),
        publishedTime: draft.meta.publishedTime ?? (parsed?.publishedTime?.trim() || null),
        excerpt: draft.meta.excerpt ?? (parsed?.excerpt?.trim() || null),
        lang: draft.meta.lang ?? (parsed?.lang?.trim() || null),
        dir,
      },
    };
  },
};

/** A year or a time of day: what a date has and a person's name has not. */
const DATE_LIKE = /\b(?:1[89]|20)\d{2}\b|\b\d{1,2}:\d{2}\b/;

/**
 * Readability's byline, unless it is missing or reads like a date ("Sunday, Feb 1, 2015 11:57
 * AM UTC": it takes any short element with "byline" in its class) while the markup names the
 * author (`PageMetadata.markedAuthor`).
 */
function bylineOf(found: string | null, marked: string | null): string | null {
  if (!found) return marked;
  return marked && DATE_LIKE.test(found) ? marked : found;
}

function notAnArticle() {
  return {
    ok: false as const,
    reason: 'not-an-article' as const,
    message: 'This page does not look like an article.',
  };
}

function looksLikeArticle(root: Element, textLength: number): boolean {
  if (linkDensity(root, textLength) > MAX_ARTICLE_LINK_DENSITY) return false;
  // The first paragraphs usually settle it: the count stops once it reaches both minimums.
  let proseChars = 0;
  for (const leaf of textLeaves(root)) {
    const text = textOf(leaf);
    if (!isProse(leaf, text)) continue;
    proseChars += text.length;
    if (proseChars >= MIN_PROSE_CHARS && proseChars / textLength >= MIN_PROSE_SHARE) return true;
  }
  return false;
}
