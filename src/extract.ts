import type { Article, Draft, ExtractOptions, ExtractResult, Removal, StepFailure } from './article';
import { copyPage, DEFAULT_MAX_ELEMENTS, pageBaseUrl } from './pipeline/copy-page';
import { findArticle } from './pipeline/find-article';
import { STEPS } from './pipeline/index';
import { MAX_TEXT_CHARS } from './pipeline/limit-text-size';
import { countWords, readingMinutes } from './render/count-words';
import { toMarkdown } from './render/to-markdown';
import { toText } from './render/to-text';
import { markPlaces, restoreRemovals } from './restore';
import { ruleTextMatches, textRulesOf } from './rules/site-rule-lines';
import { forgetMatches } from './rules/match';
import { sanitizeToBody, serializeChildren, windowOf } from './safe-html';
import { oneLine } from './dom/text';

const DEFAULT_OPTIONS: Required<ExtractOptions> = {
  force: false,
  strict: false,
  maxElements: DEFAULT_MAX_ELEMENTS,
  siteRuleLines: [],
  ownsSource: false,
  markupChars: Number.POSITIVE_INFINITY,
  maxTextChars: MAX_TEXT_CHARS,
};

/** Per-step timings of the last run, for benchmarks ("which step dominated"). */
export interface StepTiming {
  step: string;
  ms: number;
}

/**
 * Épure's engine: the clean article of `source`, a page at `url`. Works on a copy (the page is
 * never changed), runs the same on a browser page, a DOMParser document and jsdom, and never
 * throws: every failure comes back as `{ ok: false, reason, message }`.
 */
export function extract(source: Document, url: string, options: ExtractOptions = {}, timings?: StepTiming[]): ExtractResult {
  try {
    const slices = run(source, url, options, timings);
    let next = slices.next();
    while (!next.done) next = slices.next();
    return next.value;
  } catch (error) {
    return failed(error);
  }
}

/** Steps in a run: the copy, each pipeline step, then sanitizing and rendering. */
export const SLICE_COUNT = STEPS.length + 2;
/** A slice of work longer than this hands the thread back to the browser before the next one. */
export const SLICE_BUDGET_MS = 40;

/**
 * The same run as `extract`, in slices: between steps, once a slice has held the thread for
 * `SLICE_BUDGET_MS`, it yields to the browser, so that the reader paints its progress and stays
 * responsive on a heavy page, and reports `onProgress(done, SLICE_COUNT)`. Quick pages run
 * without yielding, as fast as `extract`.
 */
export async function extractInSlices(
  source: Document,
  url: string,
  options: ExtractOptions = {},
  onProgress?: (done: number, total: number) => void,
  budgetMs = SLICE_BUDGET_MS,
): Promise<ExtractResult> {
  try {
    const slices = run(source, url, options);
    let done = 0;
    let sliceStart = now();
    let next = slices.next();
    while (!next.done) {
      done++;
      if (now() - sliceStart >= budgetMs) {
        onProgress?.(done, SLICE_COUNT);
        await yieldToBrowser();
        sliceStart = now();
      }
      next = slices.next();
    }
    return next.value;
  } catch (error) {
    return failed(error);
  }
}

/** A macrotask without the 4 ms clamp of nested `setTimeout`, so the browser may paint. */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function failed(error: unknown): ExtractResult {
  return { ok: false, reason: 'error', message: `Épure could not clean this page: ${error instanceof Error ? error.message : String(error)}` };
}

/** The run, as a generator that pauses after each slice (see `extractInSlices`). */
function* run(source: Document, url: string, options: ExtractOptions, timings?: StepTiming[]): Generator<void, ExtractResult, void> {
  if (!source || typeof source !== 'object' || (source as Node).nodeType !== 9) {
    return { ok: false, reason: 'bad-input', message: 'Épure needs a web page (an HTML document) to clean.' };
  }
  const pageUrl = normaliseUrl(url);
  if (!pageUrl) return { ok: false, reason: 'bad-input', message: `"${String(url)}" is not a valid page address.` };
  const opts: Required<ExtractOptions> = { ...DEFAULT_OPTIONS, ...stripUndefined(options) };
  // A new page: the rules' remembered answers about the last one are of no use here.
  forgetMatches();

  const clock = timings ? now : null;
  let started = clock?.() ?? 0;
  // The base URL is read before the copy is made: a source Épure owns loses its <base> in copyPage.
  const baseUrl = pageBaseUrl(source, pageUrl);
  const copy = copyPage(source, pageUrl, opts.maxElements, opts.ownsSource, baseUrl);
  if (isFailure(copy)) return copy;
  if (clock) timings!.push({ step: 'copy-page', ms: clock() - started });
  yield;

  let draft: Draft = {
    source,
    url: pageUrl,
    baseUrl,
    options: opts,
    doc: copy,
    root: null,
    meta: { title: null, byline: null, siteName: null, publishedTime: null, lang: null, excerpt: null, leadImage: null, markedAuthor: null, declaredKind: null, hasPasswordField: false, dir: null },
    removals: [],
  };
  for (const step of STEPS) {
    started = clock?.() ?? 0;
    const outcome = step.run(draft);
    if (clock) timings!.push({ step: step.name, ms: clock() - started });
    if (isFailure(outcome)) return { ...outcome, removals: draft.removals };
    draft = outcome;
    yield;
  }
  return finish(draft, source, timings);
}

/** DOMPurify runs last, then every output is rendered from the sanitized fragment. */
function finish(draft: Draft, source: Document, timings?: StepTiming[]): ExtractResult {
  if (!draft.root) return { ok: false, reason: 'not-an-article', message: 'This page does not look like an article.' };
  // Nothing but clutter: a page cleaned anyway shows what Readability found instead of nothing.
  if (draft.found && !hasWords(draft.root)) draft = { ...draft, root: draft.found, removals: draft.removals.filter((r) => PREPARING_STEPS.has(r.step)) };
  const root = draft.root!;
  const win = windowOf(source) ?? windowOf(draft.doc);
  if (!win) return { ok: false, reason: 'error', message: 'No window to sanitize the article with.' };
  let started = timings ? now() : 0;
  const lap = (step: string) => {
    if (!timings) return;
    const at = now();
    timings.push({ step, ms: at - started });
    started = at;
  };
  // The sanitized article, in the body of DOMPurify's inert document: moving it into another
  // document would adopt every node once more, for nothing.
  // Where each taken-out block was, marked so that its place survives sanitizing (Restore).
  const places = markPlaces(draft.removals, root);
  const holder = sanitizeToBody(root, win);
  const restorable = places.take(holder, win);
  lap('sanitize');
  const text = guarded(() => toText(holder), () => oneLine(holder.textContent ?? ''));
  lap('render-text');
  // Everything Readability found was clutter (a consent wall, an app's "enable JavaScript"): nothing to show.
  if (!hasWords(text)) return { ok: false, reason: 'not-an-article', message: 'This page has no article text.', removals: draft.removals };
  const title = draft.meta.title ?? '';
  const lang = draft.meta.lang;
  const wordCount = countWords(text, lang);
  const leadImage = draft.meta.leadImage ?? firstImage(holder);
  const html = serializeChildren(holder);
  lap('render-html');
  // Markdown is made on first use (copy or download as Markdown, the CLI), not for every reading.
  let markdown: string | null = null;
  const markdownOf = () => (markdown ??= toMarkdown(holder, { title, url: draft.url, byline: draft.meta.byline, siteName: draft.meta.siteName, publishedTime: draft.meta.publishedTime }));
  const article: Article = {
    title,
    byline: draft.meta.byline,
    siteName: draft.meta.siteName,
    publishedTime: draft.meta.publishedTime,
    lang,
    dir: draft.meta.dir,
    excerpt: draft.meta.excerpt,
    leadImage,
    url: draft.url,
    html,
    text,
    get markdown() {
      return markdownOf();
    },
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    short: draft.short ?? false,
    removals: draft.removals satisfies Removal[],
    restorable,
    ...(draft.declined?.length ? { declinedRules: draft.declined } : {}),
  };
  // The user's `keep: <words>` rules for the site: what they name is put back where it was.
  const keep = textRulesOf(draft.options.siteRuleLines, 'keep-text');
  if (!keep.length) return asResult(article);
  const kept = article.removals.flatMap((removal: Removal, i: number) => (keep.some((pattern) => ruleTextMatches(pattern, removal.text)) ? [i] : []));
  return asResult(kept.length ? guardedRestore(article, kept, win) : article);
}

/** `article` as a result, its `markdown` still made on first use (a spread would make it now). */
function asResult(article: Article): ExtractResult {
  const result: Record<string, unknown> = { ok: true };
  for (const key of Object.keys(article)) if (key !== 'markdown') result[key] = article[key as keyof Article];
  Object.defineProperty(result, 'markdown', { get: () => article.markdown, enumerable: true });
  return result as ExtractResult;
}

/** The article with the kept removals back; the article as cleaned if putting them back fails. */
function guardedRestore(article: Article, ids: number[], win: Window & typeof globalThis): Article {
  try {
    return restoreRemovals(article, ids, win);
  } catch {
    return article;
  }
}

/** A renderer's output, or its plain fallback when the renderer throws: one format never costs the others. */
function guarded(render: () => string, fallback: () => string): string {
  try {
    return render();
  } catch {
    return fallback();
  }
}

/** The steps before Readability: what they removed (hidden elements, the user's rules) stays removed in a fallback. */
const PREPARING_STEPS: ReadonlySet<string> = new Set(STEPS.slice(0, STEPS.indexOf(findArticle)).map((step) => step.name));

function hasWords(textOrNode: string | Node): boolean {
  return /[\p{L}\p{N}]/u.test(typeof textOrNode === 'string' ? textOrNode : (textOrNode.textContent ?? ''));
}

function firstImage(holder: Element): string | null {
  const src = holder.querySelector('img[src]')?.getAttribute('src');
  return src && /^https?:/i.test(src) ? src : null;
}

function normaliseUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}

function isFailure(value: unknown): value is StepFailure {
  return !!value && typeof value === 'object' && (value as StepFailure).ok === false;
}

function stripUndefined<T extends object>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

