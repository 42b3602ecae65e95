import { Readability } from '@mozilla/readability';
import type { Draft, Step, StepFailure } from '../article';
import { isProse, textLeaves } from '../dom/blocks';
import { markTeasers, proseOutsideTeasers, teaserShare } from '../dom/teasers';
import { linkDensity, oneLine, proseLength, textOf } from '../dom/text';
import { firstMatch } from '../rules/match';
import { rulesOfKind } from '../rules/registry';
import { articleLanguage } from '../rules/text-language';
import { withFastPaths } from './readability-fast-paths';
import { withoutNamedParts } from '../dom/clean-title';
import { hostOf } from '../dom/url';

// ── The strict check (auto-clean): an article with paragraphs ──

/** Below this many characters' worth of text (see `proseLength`), what Readability found is short. */
export const MIN_ARTICLE_CHARS = 250;
/** A "content" block that is mostly links is a list of teasers (a home page), not an article. */
export const MAX_ARTICLE_LINK_DENSITY = 0.5;
/**
 * An article has paragraphs: at least this many characters' worth in prose blocks (see
 * `isProse`), making up at least `MIN_PROSE_SHARE` of its text. A home page's teaser grid has
 * none, even when each card is an `<article>` (fixture `home-page`); a div-soup article without a
 * single `<p>` passes (Readability's own `isProbablyReaderable` says no to it).
 */
export const MIN_PROSE_CHARS = 400;
export const MIN_PROSE_SHARE = 0.3;

// ── What is not an article, even when the user asks ──

/**
 * A listing: most of what Readability found is teaser text (see `markTeasers`) and it has under
 * this much prose of its own. A paywalled article with its "most read" lists has its free part
 * and its JSON-LD; a digest's headlines link to other sites.
 */
export const LISTING_TEASER_SHARE = 0.6;
export const LISTING_MAX_OWN_PROSE = 400;
/** A link list (a blogroll, a sitemap, useful links): links this dense and no paragraph at all. */
export const LINK_LIST_DENSITY = 0.35;
export const LINK_LIST_MAX_PROSE = 100;
/**
 * A log-in page: a password field, and a log-in title or not one paragraph of prose. A video
 * page whose log-in dialog Readability took along keeps its description (corpus: zdf.de).
 */
export const LOG_IN_MAX_PROSE = 120;

/**
 * Path segments and query keys of listing pages in the languages Épure cleans: tag, topic,
 * author, category, archive and search pages ("/thema/", "/auteur/", "/etiqueta/", "?q=").
 */
const LISTING_PATH =
  /\/(?:tags?|tagi|topics?|themen?|thema|schlagw(?:o|ö)rter|schlagwort|stichw(?:o|ö)rter|mots?-cl(?:e|é)s?|sujets?|etiquetas?|temas?|argomenti|onderwerpen?|tematy?|authors?|autor(?:en|es|as|zy|ki)?|auteurs?|autore|autori|category|categories|categorie|cat(?:e|é)gories?|kategorien?|kategori[ae]|categorias?|rubriques?|rubrik|ressort|search|suche|recherche|buscar|busca|busqueda|pesquisa|cerca|ricerca|zoeken|szukaj|wyszukiwanie|archives?|archiv|archivio|archief|archiwum)(?:\/|$)/i;
const SEARCH_QUERY = /[?&](?:q|s|query|search|suche|buscar|k|keywords?|term)=[^&]/i;

/** What Readability found, and why (not) an article: the reasons `not-an-article` names. */
type NotArticleReason = 'listing' | 'link-list' | 'log-in' | 'error-page' | 'nothing';

const REASON_MESSAGE: Record<NotArticleReason | 'short', string> = {
  listing: 'This page lists other pages (a home page, a section, a search, tag or author page): it is not an article.',
  'link-list': 'This page is a list of links, not an article.',
  'log-in': 'This is a log-in page, not an article.',
  'error-page': 'This is an error page ("page not found"), not an article.',
  nothing: 'This page has no article text.',
  short: 'This page has too little running text to be cleaned automatically.',
};

/**
 * Runs Readability on the copy and keeps its article element (no serialise/parse round trip).
 *
 * When the user asks, whatever real text Readability finds is shown, short or not (a brief, a
 * list, a results table: `short` says so); only pages without an article stop here with
 * `not-an-article`: listings (teaser cards), link lists, log-in and error pages, and pages with
 * no text at all. With `strict` (auto-clean) a short result is refused too. `force` ("Clean
 * anyway") skips both checks; a page without a word still has nothing to show.
 */
export const findArticle: Step = {
  name: 'find-article',
  run(draft) {
    const body = draft.doc.body ?? draft.doc.documentElement;
    // Read before Readability rewrites the copy.
    const pageTeaserShare = body && markTeasers(body, draft.url) > 0 ? teaserShare(body) : 0;
    const h1 = draft.doc.querySelector('h1');
    const firstHeading = h1 ? textOf(h1) : '';
    const parsed = withFastPaths(
      new Readability<Element>(draft.doc, {
        serializer: (node) => node as Element,
        maxElemsToParse: draft.options.maxElements,
        charThreshold: 500,
      }),
    ).parse();
    const root = parsed?.content ?? null;
    const text = root ? textOf(root) : '';
    if (!root || !/[\p{L}\p{N}]/u.test(text)) return notAnArticle('nothing');
    const short = !passesStrictCheck(root, text);
    if (!draft.options.force) {
      const title = parsed?.title?.trim() || draft.meta.title || '';
      const reason = notArticleReason(draft, root, text, short, pageTeaserShare, [title, firstHeading]);
      if (reason) return notAnArticle(reason);
      if (draft.options.strict && short) return notAnArticle('short');
    }
    const dir = parsed?.dir === 'rtl' || parsed?.dir === 'ltr' ? parsed.dir : null;
    // On one line: a byline read from markup can span lines ("Dr.\n\n  Nino\n  Jordan"), which
    // the reader would show as is and Markdown would read as an indented code block.
    const byline = oneLine(draft.meta.byline ?? bylineOf(parsed?.byline?.trim() || null, draft.meta.markedAuthor) ?? '') || null;
    const siteName = draft.meta.siteName ?? (parsed?.siteName?.trim() || null);
    const title = titleOf(parsed?.title?.trim() || null, draft.meta.title, firstHeading);
    return {
      ...draft,
      root,
      short,
      found: draft.options.force ? (root.cloneNode(true) as Element) : undefined,
      meta: {
        ...draft.meta,
        // Without the site's or the author's name tacked on: the reader shows both on their own.
        title: title && withoutNamedParts(title, [siteName, byline, hostOf(draft.url)]),
        byline,
        siteName,
        publishedTime: draft.meta.publishedTime ?? (parsed?.publishedTime?.trim() || null),
        excerpt: draft.meta.excerpt ?? (parsed?.excerpt?.trim() || null),
        // The page's word for it, unless the article's own words say otherwise (see `articleLanguage`).
        lang: articleLanguage(draft.meta.lang ?? (parsed?.lang?.trim() || null), text),
        dir,
      },
    };
  },
};

/**
 * Why what Readability found is not an article, or null when it is one (however short). The
 * page's JSON-LD naming an article type outweighs the teaser signals: a paywalled article is its
 * free part and the site's lists around it (corpus: topagrar.com), and a recipe has many cards.
 */
function notArticleReason(
  draft: Draft,
  root: Element,
  text: string,
  short: boolean,
  pageTeaserShare: number,
  titles: readonly string[],
): NotArticleReason | null {
  const declaredArticle = draft.meta.declaredKind === 'article';
  const ownProse = proseOutsideTeasers(root);
  if (!declaredArticle) {
    if (draft.meta.hasPasswordField && (ownProse < LOG_IN_MAX_PROSE || titlesMatch('log-in', titles, draft.meta.lang))) return 'log-in';
    if (teaserShare(root) >= LISTING_TEASER_SHARE && ownProse < LISTING_MAX_OWN_PROSE) return 'listing';
    // A page of teasers where Readability found a short text (a topic page's introduction, an
    // author's bio) is a listing when its address or its JSON-LD says so.
    if (short && pageTeaserShare >= LISTING_TEASER_SHARE && looksLikeListingPage(draft)) return 'listing';
    if (ownProse < LINK_LIST_MAX_PROSE && linkDensity(root, text.length) >= LINK_LIST_DENSITY) return 'link-list';
  }
  if (short && titlesMatch('error-page', titles, draft.meta.lang)) return 'error-page';
  return null;
}

/** The page says it lists others: its JSON-LD, its path ("/tag/…") or a search query. */
function looksLikeListingPage(draft: Draft): boolean {
  if (draft.meta.declaredKind === 'listing') return true;
  try {
    const url = new URL(draft.url);
    return LISTING_PATH.test(url.pathname) || SEARCH_QUERY.test(url.search);
  } catch {
    return false;
  }
}

/** The page's title (each part between separators: "Page not found | Site") or its first heading is one of `kind`'s. */
function titlesMatch(kind: 'error-page' | 'log-in', titles: readonly string[], lang: string | null): boolean {
  const rules = rulesOfKind(kind, lang);
  return titles.some((title) => title.split(/ [|–—·•:»/] | - /).some((part) => !!part.trim() && firstMatch(rules, part.trim()) !== null));
}

/**
 * Readability's title, unless the page's own headline (its first `<h1>`) is the title its
 * metadata gives: Readability cuts a title at its colon ("Techbriefing dinsdag 19 november:
 * accu-eis voor telefoons…" became its first half; fixture `keep-digest-nl`).
 */
function titleOf(found: string | null, meta: string | null, headline: string): string | null {
  const same = (a: string, b: string) => oneLine(a).toLowerCase() === oneLine(b).toLowerCase();
  if (meta && headline && same(meta, headline) && !(found && same(found, headline))) return meta;
  return found || meta;
}

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

function notAnArticle(reason: NotArticleReason | 'short'): StepFailure {
  return { ok: false, reason: 'not-an-article', message: REASON_MESSAGE[reason] };
}

/** Long enough, not mostly links, and with paragraphs of prose (see `MIN_PROSE_CHARS`). */
function passesStrictCheck(root: Element, text: string): boolean {
  const weighted = proseLength(text);
  if (weighted < MIN_ARTICLE_CHARS || linkDensity(root, text.length) > MAX_ARTICLE_LINK_DENSITY) return false;
  // The first paragraphs usually settle it: the count stops once it reaches both minimums.
  let proseChars = 0;
  for (const leaf of textLeaves(root)) {
    const leafText = textOf(leaf);
    if (!isProse(leaf, leafText)) continue;
    proseChars += proseLength(leafText);
    if (proseChars >= MIN_PROSE_CHARS && proseChars / weighted >= MIN_PROSE_SHARE) return true;
  }
  return false;
}
