/**
 * Putting removed blocks back where they were ("Restore" in the reader's removed list, and the
 * per-site "Always keep" rules).
 *
 * Readability and Defuddle drop what they judge clutter and keep nothing of it. Épure's steps
 * take a block out instead (`src/dom/take-out.ts`): a marker stays where it was. When the engine
 * finishes, `markPlaces` turns each marker into an empty `<span id>` that survives DOMPurify; the
 * sanitized article is serialised once with the marks (`Restorable.marked`), then the marks leave
 * it, so the article's HTML, text and Markdown are exactly what they are without Restore.
 * `restoreRemovals` parses the marked HTML again, puts the chosen blocks in place of their marks,
 * drops the others, and renders text and Markdown from that tree, as `extract` does, so every
 * copy made afterwards holds them.
 *
 * Everything here is HTML through DOMPurify: the blocks are sanitized when recorded, and again
 * when parsed back (`sanitizeToFragment`), and the reader's sink sanitizes once more.
 */
import type { Article, Removal, Restorable } from './article';
import { heldParts } from './dom/take-out';
import { oneLine } from './dom/text';
import { removeNamedBlocks } from './pipeline/apply-site-text-rules';
import { removeLine, ruleTextMatches, textRulesOf } from './rules/site-rule-lines';
import { countWords, readingMinutes } from './render/count-words';
import { toMarkdown, type MarkdownHead } from './render/to-markdown';
import { toText } from './render/to-text';
import { sanitizeToBody, sanitizeToFragment, serializeChildren } from './safe-html';

type Win = Window & typeof globalThis;

/** The head of the Markdown (title, source line): one definition for `extract` and for a restored article. */
export function markdownHeadOf(article: Pick<Article, 'title' | 'url' | 'byline' | 'siteName' | 'publishedTime'>): MarkdownHead {
  return { title: article.title, url: article.url, byline: article.byline, siteName: article.siteName, publishedTime: article.publishedTime };
}

/** Marks placed in the article before sanitizing; `take` reads them after. */
export interface Places {
  /** Serialises `holder` (the sanitized article) with its marks, removes them; undefined when nothing can go back. */
  take(holder: Element, win: Win): Restorable | undefined;
}

/**
 * Before sanitizing: every marker `takeOut` left (in the article, or inside another block taken
 * out later) becomes `<span id="<nonce>-<removal>-<part>">`. The nonce keeps a page's own ids
 * from passing for marks.
 */
export function markPlaces(removals: readonly Removal[], root: Element): Places {
  const nonce = `epure-${Math.random().toString(36).slice(2, 10)}`;
  let marked = false;
  removals.forEach((removal, i) => {
    heldParts(removal).forEach(({ marker }, k) => {
      if (!marker.parentNode) return;
      const span = (marker.ownerDocument ?? root.ownerDocument).createElement('span');
      span.id = `${nonce}-${i}-${k}`;
      marker.parentNode.replaceChild(span, marker);
      marked = true;
    });
  });
  return {
    take(holder, win) {
      if (!marked) return undefined;
      const html = serializeChildren(holder);
      for (const span of marksIn(holder, nonce)) span.remove();
      const parts = removals.map((removal) => {
        const held = heldParts(removal);
        if (!held.length) return null;
        return held.map(({ node }) => serializeChildren(sanitizeToBody(node, win)));
      });
      return parts.some(Boolean) ? { nonce, marked: html, parts } : undefined;
    },
  };
}

/** Which removals of `article` Restore can put back: those with a place in the article. */
export function canRestore(article: Pick<Article, 'restorable'>, index: number): boolean {
  return !!article.restorable?.parts[index]?.some((html) => html.trim());
}

/**
 * The article with the removals numbered `ids` (indexes into `article.removals`) back in place,
 * and its text, Markdown and word count made again from that. Call it on the article the engine
 * gave, each time with the ids chosen now: with none, that article comes back as it was (its own
 * HTML, not a parse of it). A block that sat inside another removed block comes back inside it when
 * that one is restored too; alone, it comes back where that one was.
 */
export function restoreRemovals(article: Article, ids: Iterable<number>, win: Win): Article {
  const restorable = article.restorable;
  const chosen = [...new Set(ids)].filter((i) => canRestore(article, i)).sort((a, b) => a - b);
  if (!restorable) return article;
  // Nothing chosen on an article with nothing back: that article itself, not a parse of it.
  if (!chosen.length && !article.restored?.length) return { ...withoutMarkdownGetter(article), restored: [] };
  const { nonce, parts } = restorable;
  const body = win.document.createElement('div');
  body.append(sanitizeToFragment(restorable.marked, win));
  const chosenSet = new Set(chosen);
  // Each mark in turn: a chosen block's parts take its place (and bring their own marks, handled
  // in a later round); any other mark goes, leaving what was inside it... nothing: marks are empty.
  // A block nested in an unchosen one still comes back: its mark sits in that block's HTML, so it
  // is put where the outer block's mark was.
  const pending = new Map<string, string>();
  for (const i of chosen) parts[i]?.forEach((html, k) => pending.set(`${i}-${k}`, html));
  const nestedOf = (html: string) => sanitizeToFragment(html, win);
  for (let round = 0; round < 50; round++) {
    const marks = marksIn(body, nonce);
    if (!marks.length) break;
    for (const mark of marks) {
      const key = mark.id.slice(nonce.length + 1);
      const removal = Number(key.split('-')[0]);
      const html = pending.get(key);
      if (html !== undefined && chosenSet.has(removal)) {
        pending.delete(key);
        mark.replaceWith(nestedOf(html));
      } else if (html === undefined && hasChosenInside(key, parts, chosenSet, nonce)) {
        // An unchosen outer block holding chosen ones: only their marks come in, in its place.
        const holder = nestedOf(parts[removal]?.[Number(key.split('-')[1])] ?? '');
        mark.replaceWith(...marksIn(holder, nonce));
      } else {
        mark.remove();
      }
    }
  }

  return articleFrom(body, article, { restored: chosen });
}

/**
 * The article without the blocks whose text `patterns` name (the reader's "Remove something",
 * before or without saving it as a rule): each goes as the engine's `remove: <words>` rule would
 * take it, and is listed as a removal of the user's. A pattern that names no block removes
 * nothing; one naming a block that holds more than half the article's text (`takesTooMuch`)
 * removes nothing either, and is listed in `declinedRules`.
 */
export function removeBlocks(article: Article, patterns: readonly string[], win: Win): Article {
  if (!patterns.length) return article;
  const body = win.document.createElement('div');
  body.append(sanitizeToFragment(article.html, win));
  const { removals, declined: refused } = removeNamedBlocks(body, patterns, (el, removal) => {
    el.remove();
    return removal;
  });
  // As the engine does: such a rule is not applied, and the reader names it (`declinedRules`).
  const declined = new Set([...(article.declinedRules ?? []), ...refused]);
  const newlyDeclined = declined.size > (article.declinedRules?.length ?? 0);
  if (!removals.length) return newlyDeclined ? Object.assign(withoutMarkdownGetter(article), { declinedRules: [...declined] }) : article;
  return articleFrom(body, article, { removals: [...article.removals, ...removals], ...(newlyDeclined ? { declinedRules: [...declined] } : {}) });
}

/**
 * An article kept from an earlier reading, under the site's rules as they are now: what a
 * `keep:` rule names is back, what a `remove:` rule names is gone (as a fresh cleaning would).
 */
export function applySavedTextRules(article: Article, lines: readonly string[], win: Win): Article {
  const keep = textRulesOf(lines, 'keep-text');
  const remove = textRulesOf(lines, 'remove-text');
  const ids = article.removals.flatMap((removal, i) => (keep.some((pattern) => ruleTextMatches(pattern, removal.text)) ? [i] : []));
  const kept = ids.some((id) => !article.restored?.includes(id)) ? restoreRemovals(article, [...(article.restored ?? []), ...ids], win) : article;
  const applied = new Set(kept.removals.filter((r) => r.step === 'apply-site-text-rules').map((r) => r.rule));
  return removeBlocks(kept, remove.filter((pattern) => !applied.has(removeLine(pattern))), win);
}

/**
 * `article` as `body` now holds it: its HTML, text, word count and reading time made again from
 * that tree, as `extract` makes them, with `changes`, and its Markdown on first use (never
 * spread the result: a spread reads the getter, and would make the Markdown now).
 */
function articleFrom(body: Element, article: Article, changes: Partial<Omit<Article, 'markdown'>>): Article {
  const text = toText(body);
  const wordCount = countWords(text, article.lang);
  let markdown: string | null = null;
  return Object.defineProperty(
    { ...withoutMarkdown(article), html: serializeChildren(body), text, wordCount, readingMinutes: readingMinutes(wordCount), ...changes },
    'markdown',
    { get: () => (markdown ??= toMarkdown(body, markdownHeadOf(article))), enumerable: true, configurable: true },
  ) as Article;
}

/** Whether the part `key` holds, at any depth, the mark of a chosen removal. */
function hasChosenInside(key: string, parts: Restorable['parts'], chosen: ReadonlySet<number>, nonce: string, depth = 0): boolean {
  if (depth > 20) return false;
  const [removal, part] = key.split('-').map(Number) as [number, number];
  const html = parts[removal]?.[part] ?? '';
  for (const m of html.matchAll(new RegExp(`id="${nonce}-(\\d+)-(\\d+)"`, 'g'))) {
    const inner = Number(m[1]);
    if (chosen.has(inner) || hasChosenInside(`${m[1]}-${m[2]}`, parts, chosen, nonce, depth + 1)) return true;
  }
  return false;
}

function marksIn(root: ParentNode, nonce: string): Element[] {
  return Array.from(root.querySelectorAll(`span[id^="${nonce}-"]`));
}

/**
 * The removals a saved keep rule names: by rule id (`ad-label/fr/suite-apres-publicite`), by
 * step, or by the text they had (whitespace-normalised, case-insensitive).
 */
export function removalsMatching(removals: readonly Removal[], keep: { rule?: string; step?: string; text?: string }): number[] {
  const norm = (s: string) => oneLine(s).toLowerCase();
  const text = keep.text === undefined ? undefined : norm(keep.text);
  return removals.flatMap((removal, i) =>
    (keep.rule === undefined || removal.rule === keep.rule) &&
    (keep.step === undefined || removal.step === keep.step) &&
    (text === undefined || norm(removal.text) === text)
      ? [i]
      : [],
  );
}

/** A shallow copy of `article` that keeps its `markdown` lazy. */
function withoutMarkdownGetter(article: Article): Article {
  const copy = withoutMarkdown(article);
  return Object.defineProperty(copy, 'markdown', { get: () => article.markdown, enumerable: true }) as Article;
}

/** The article's fields without evaluating its lazy `markdown` (a copy by spread would render it). */
function withoutMarkdown(article: Article): Omit<Article, 'markdown'> {
  const copy: Partial<Article> = {};
  for (const key of Object.keys(article) as (keyof Article)[]) {
    if (key !== 'markdown') (copy as Record<string, unknown>)[key] = article[key];
  }
  return copy as Omit<Article, 'markdown'>;
}
