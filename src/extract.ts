import type { Draft, ExtractOptions, ExtractResult, Removal, StepFailure } from './article';
import { copyPage, DEFAULT_MAX_ELEMENTS, pageBaseUrl } from './pipeline/copy-page';
import { STEPS } from './pipeline/index';
import { countWords, readingMinutes } from './render/count-words';
import { toMarkdown } from './render/to-markdown';
import { toText } from './render/to-text';
import { sanitizeToFragment, serializeChildren, windowOf } from './safe-html';

const DEFAULT_OPTIONS: Required<ExtractOptions> = {
  force: false,
  maxElements: DEFAULT_MAX_ELEMENTS,
  extraSelectors: [],
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
    return run(source, url, options, timings);
  } catch (error) {
    return { ok: false, reason: 'error', message: `Épure could not clean this page: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function run(source: Document, url: string, options: ExtractOptions, timings?: StepTiming[]): ExtractResult {
  if (!source || typeof source !== 'object' || (source as Node).nodeType !== 9) {
    return { ok: false, reason: 'bad-input', message: 'Épure needs a web page (an HTML document) to clean.' };
  }
  const pageUrl = normaliseUrl(url);
  if (!pageUrl) return { ok: false, reason: 'bad-input', message: `"${String(url)}" is not a valid page address.` };
  const opts: Required<ExtractOptions> = { ...DEFAULT_OPTIONS, ...stripUndefined(options) };

  const clock = timings ? now : null;
  let started = clock?.() ?? 0;
  const copy = copyPage(source, pageUrl, opts.maxElements);
  if (isFailure(copy)) return copy;
  if (clock) timings!.push({ step: 'copy-page', ms: clock() - started });

  let draft: Draft = {
    source,
    url: pageUrl,
    baseUrl: pageBaseUrl(source, pageUrl),
    options: opts,
    doc: copy,
    root: null,
    meta: { title: null, byline: null, siteName: null, publishedTime: null, lang: null, excerpt: null, leadImage: null, dir: null },
    removals: [],
  };
  for (const step of STEPS) {
    started = clock?.() ?? 0;
    const outcome = step.run(draft);
    if (clock) timings!.push({ step: step.name, ms: clock() - started });
    if (isFailure(outcome)) return { ...outcome, removals: draft.removals };
    draft = outcome;
  }
  started = clock?.() ?? 0;
  const result = finish(draft, source);
  if (clock) timings!.push({ step: 'sanitize-and-render', ms: clock() - started });
  return result;
}

/** DOMPurify runs last, then every output is rendered from the sanitized fragment. */
function finish(draft: Draft, source: Document): ExtractResult {
  const root = draft.root;
  if (!root) return { ok: false, reason: 'not-an-article', message: 'This page does not look like an article.' };
  const win = windowOf(source) ?? windowOf(draft.doc);
  if (!win) return { ok: false, reason: 'error', message: 'No window to sanitize the article with.' };
  const fragment = sanitizeToFragment(root, win);
  const holder = win.document.createElement('div');
  holder.append(fragment);
  const text = toText(holder);
  const title = draft.meta.title ?? '';
  const lang = draft.meta.lang;
  const wordCount = countWords(text, lang);
  const leadImage = draft.meta.leadImage ?? firstImage(holder);
  return {
    ok: true,
    title,
    byline: draft.meta.byline,
    siteName: draft.meta.siteName,
    publishedTime: draft.meta.publishedTime,
    lang,
    dir: draft.meta.dir,
    excerpt: draft.meta.excerpt,
    leadImage,
    url: draft.url,
    html: serializeChildren(holder),
    text,
    markdown: toMarkdown(holder, { title, url: draft.url, byline: draft.meta.byline }),
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    removals: draft.removals satisfies Removal[],
  };
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

