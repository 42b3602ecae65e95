/**
 * The one shared vocabulary of Épure: what the engine takes, what it gives back, and what it
 * records along the way. Every runtime (background, content script, popup, reader, CLI) speaks
 * in these types.
 */

/** Why something was removed: the step that removed it, the rule id, and the text it had. */
export interface Removal {
  step: string;
  rule: string;
  text: string;
}

/**
 * What Restore needs (`src/restore.ts`): the article's HTML with an empty mark where each removed
 * block was (`<span id="<nonce>-<removal>-<part>">`), and each block's own sanitized HTML (which
 * holds the marks of blocks taken out of it before it went). The article's `html` has no mark.
 */
export interface Restorable {
  nonce: string;
  marked: string;
  /** For each of `removals`: the HTML of its parts, or null (nothing to put back in the article). */
  parts: (string[] | null)[];
}

/** What a finished, sanitized article looks like to every consumer. */
export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImage: string | null;
  url: string;
  /** Sanitized HTML of the article body (DOMPurify ran last). */
  html: string;
  /** Plain text of the body, paragraphs separated by a blank line, without the title. */
  text: string;
  /** Markdown: `# Title`, the source URL and byline, then the body. */
  markdown: string;
  wordCount: number;
  readingMinutes: number;
  /**
   * What Readability found is a real block of text but not much of an article: short, or with
   * little running prose (a brief, a list, a results table). Shown when the user asks (the reader
   * says "Short article"); auto-clean, which nobody asked for, leaves such a page alone.
   */
  short: boolean;
  removals: Removal[];
  /**
   * Where each removal was and what it was, for Restore; absent when nothing can go back (what
   * went before Readability ran: hidden elements, site rules, has no place in the article).
   */
  restorable?: Restorable;
  /** Set on an article with removals put back (`restoreRemovals`): their indexes in `removals`. */
  restored?: number[];
  /**
   * The site's rule lines Épure did not apply because they would take most of the article
   * (`MAX_RULE_SHARE`): the reader says so, naming the rule.
   */
  declinedRules?: string[];
}

export type FailureReason = 'not-an-article' | 'too-large' | 'bad-input' | 'error';

export type ExtractResult =
  | ({ ok: true } & Article)
  | { ok: false; reason: FailureReason; message: string; removals?: Removal[] };

export interface ExtractOptions {
  /** Clean even when the page does not look like an article ("Clean anyway"). */
  force?: boolean;
  /**
   * Refuse a `short` result too. Auto-clean sets it: it covers a page nobody asked to clean, so
   * it only does so where the article is unmistakable. When the user asks, a short article is shown.
   */
  strict?: boolean;
  /** Upper bound on elements in the page; above it the result is `too-large`. */
  maxElements?: number;
  /**
   * The user's rules for the page's site, as lines (`src/rules/site-rule-lines.ts`): CSS
   * selectors of elements to remove, `remove: <words>` and `keep: <words>`. Data only.
   */
  siteRuleLines?: readonly string[];
  /**
   * The source is a document made for Épure alone (the reader's `DOMParser` parse of the
   * serialised page), so the engine works on it directly instead of copying it a second time.
   * Never set it for a live page.
   */
  ownsSource?: boolean;
  /**
   * The length of the markup `source` was parsed from, when known (the reader's serialised
   * page). A page's text is never longer than its markup, so below the text limit the engine
   * need not count it (see `limit-text-size`).
   */
  markupChars?: number;
  /**
   * Upper bound on the page's text, in characters; above it the result is `too-large`
   * (`limit-text-size`). "Clean anyway" lifts it, with `maxElements`.
   */
  maxTextChars?: number;
}

/** Metadata gathered from the page before Readability rewrites the copy. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  leadImage: string | null;
  /**
   * The name the page's markup gives its author: the first `rel="author"` link, or
   * `itemprop="author"` element (its `itemprop="name"` part when it has one). The byline of last
   * resort, when neither the meta tags nor Readability name one.
   */
  markedAuthor: string | null;
  /**
   * What the page's JSON-LD says it is: `article` when it names an article type (NewsArticle,
   * BlogPosting, Recipe …), `listing` when it names only listing types (CollectionPage,
   * SearchResultsPage, ProfilePage, Blog); else null.
   */
  declaredKind: 'article' | 'listing' | null;
  /** The page holds a password field: a log-in page, when the text around it is short. */
  hasPasswordField: boolean;
}

/**
 * The work in progress that flows through the pipeline. `doc` is Épure's own copy of the page:
 * steps may change it freely; the live page (`source`) is never touched.
 */
export interface Draft {
  readonly source: Document;
  readonly url: string;
  /** What the page's relative URLs resolve against: its `<base href>` when http(s), else `url`. */
  readonly baseUrl: string;
  readonly options: Readonly<Required<ExtractOptions>>;
  doc: Document;
  /** The article body once Readability found it; every clean-up step works inside it. */
  root: Element | null;
  /** Result fields Readability reports (title, byline, dir …), merged with `meta`. */
  meta: PageMetadata & { dir: 'ltr' | 'rtl' | null };
  removals: Removal[];
  /**
   * Copies of the standfirst and lead figure found between the headline and the first
   * paragraph before Readability ran: Readability often leaves them out (see `restore-lead`).
   */
  lead?: { standfirst: Element | null; figure: Element | null };
  /** Set by `find-article`: what Readability found fails the strict check (see `Article.short`). */
  short?: boolean;
  /** Rule lines of the site's not applied: they would take most of the article (`Article.declinedRules`). */
  declined?: string[];
  /**
   * With `force` only: what Readability found, before the clean-up. A page the user cleans anyway
   * whose every line reads as clutter (a home page's link list) shows this rather than nothing.
   */
  found?: Element;
}

/** A step either hands the draft on or stops the pipeline with a failure the user can read. */
export type StepFailure = { ok: false; reason: FailureReason; message: string };
export type StepOutcome = Draft | StepFailure;

export interface Step {
  /** Kebab-case name, equal to the step's file name; appears in every `Removal` it records. */
  readonly name: string;
  run(draft: Draft): StepOutcome;
}
