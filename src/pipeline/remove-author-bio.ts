import type { Draft, Removal, Step } from '../article';
import { isProse, proseAround, textLeaves } from '../dom/blocks';
import { excerptOf, textOf } from '../dom/text';
import { takeOut } from '../dom/take-out';
import { removeMatchingBlocks } from './remove-matching-blocks';

/** An author box is a name, a role and a few sentences of biography. */
export const MAX_BIO_CHARS = 700;
export const MAX_BYLINE_CHARS = 160;
/** Paths of author pages across languages: /author/, /auteur/, /autor/, /redaktion/ … */
const AUTHOR_PATH = /\/(?:authors?|auteurs?|autor(?:en|es|as|e|i)?|redac(?:teur|trice|tion)|redakt(?:eur|ion)|journalist(?:e|es|s)?|giornalist[ai]|periodistas?|profiles?|profil|people|staff|team|equipe|firmas|firme|column(?:ist|ists)?|contributors?|writers?|medewerkers?)\/[^/?#]+/i;

/**
 * Drops author bio boxes and the byline/dateline lines Readability leaves in the body; the byline
 * and date live on in the article's metadata. Three signals, each guarded by length:
 * a bio sentence in the page's language ("Jane Smith is a reporter…"), a short block framing a
 * link to an author page, and a whole line that is a byline or a date.
 */
export const removeAuthorBio: Step = {
  name: 'remove-author-bio',
  run(draft) {
    let next = removeMatchingBlocks(draft, {
      step: 'remove-author-bio',
      kind: 'author-bio',
      maxChars: MAX_BIO_CHARS,
      wrapperSlack: 200,
      // A bio box stands above or below the article: "Patricia Evangelista ist Journalistin…"
      // between two paragraphs is the article's own sentence about her (corpus: fundus DerFreitag).
      accept: (el) => {
        const { before, after } = proseAround(el, draft.root!);
        return !(before && after);
      },
    });
    next = removeAuthorBoxes(next);
    next = removeMatchingBlocks(next, { step: 'remove-author-bio', kind: 'byline', maxChars: MAX_BYLINE_CHARS, wrapperSlack: 40 });
    next = removeMatchingBlocks(next, { step: 'remove-author-bio', kind: 'dateline', maxChars: MAX_BYLINE_CHARS, wrapperSlack: 40 });
    return removeBylineBlocks(next);
  },
};

function removeAuthorBoxes(draft: Draft): Draft {
  const root = draft.root;
  if (!root) return draft;
  const removals: Removal[] = [];
  let byline = draft.meta.byline;
  // The address as written is tried first: most links name no author, and need no URL parsing.
  const isAuthorPage = (href: string) => AUTHOR_PATH.test(href) && AUTHOR_PATH.test(pathOf(href));
  const links = Array.from(root.querySelectorAll('a[href], [rel~="author"]')).filter(
    (a) => a.matches('[rel~="author"]') || isAuthorPage(a.getAttribute('href') ?? ''),
  );
  for (const link of links) {
    if (!root.contains(link)) continue;
    // "As our colleague <a href=/author/…>Jane Smith</a> reported…": a sentence, not a box.
    const block = link.parentElement?.closest('p, li, blockquote, td');
    if (block && root.contains(block) && isProse(block)) continue;
    const name = textOf(link);
    // The box: the largest ancestor that is still short, has no heading, and does not hold the
    // page's own description (the standfirst often sits right after the author box).
    let box: Element = link;
    for (let parent = link.parentElement; parent && parent !== root; parent = parent.parentElement) {
      const text = textOf(parent);
      if (text.length > MAX_BIO_CHARS || parent.querySelectorAll('p').length > 3) break;
      if (parent.querySelector('h1, h2, h3, h4, h5, h6') || holdsExcerpt(text, draft.meta.excerpt)) break;
      box = parent;
    }
    // An avatar-only box has no text: name it by the image's alt text.
    const boxText = textOf(box) || (box.querySelector('img')?.getAttribute('alt') ?? '').trim();
    if (box === link && !name) continue;
    removals.push(takeOut({ step: 'remove-author-bio', rule: 'author-bio/*/author-page-link', text: excerptOf(boxText) }, box));
    if (!byline && name && name.length <= 80) byline = name;
  }
  if (!removals.length) return draft;
  return { ...draft, meta: { ...draft.meta, byline }, removals: [...draft.removals, ...removals] };
}

function pathOf(href: string): string {
  try {
    return new URL(href, 'https://x.invalid/').pathname;
  } catch {
    return '';
  }
}

/** Whether `text` contains the page's description (its first 60 characters, which sites cut). */
export function holdsExcerpt(text: string, excerpt: string | null): boolean {
  if (!excerpt) return false;
  const head = excerpt.replace(/(?:\.{3}|…)$/, '').slice(0, 60).trim();
  return head.length >= 20 && text.includes(head);
}

/** Words that are a date: digits with separators, or a month name in our languages. */
const DATE_LIKE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}\b|\b(?:jan|feb|fév|fev|mar|mär|apr|avr|abr|may|mai|mag|maj|jun|juin|giu|jul|juil|lug|aug|août|ago|sep|set|okt|oct|ott|nov|dec|déc|dez|dic|gen|ene|janv|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru)[\p{L}.]*\s+\d{4}\b/iu;

/**
 * Above the first paragraph, a short line that names the article's author (the metadata byline)
 * or is only a date is the byline block: it goes, its content lives on in the metadata. The
 * standfirst (the page's description) belongs to the same header: the byline and the date that
 * sites put after it ("Daniel Aragón", "25/04/2026 Actualizado a las 15:10h.") go too. A line
 * whose words all sit in `<time>` elements is a date whatever its wording.
 */
function removeBylineBlocks(draft: Draft): Draft {
  const root = draft.root;
  if (!root) return draft;
  const removals: Removal[] = [];
  const authors = (draft.meta.byline ?? '').split(/\s*(?:,|&|\band\b|\bet\b|\bund\b|\by\b|\be\b)\s*/).filter((n) => n.length >= 4);
  for (const leaf of textLeaves(root)) {
    const text = textOf(leaf);
    if (holdsExcerpt(text, draft.meta.excerpt)) continue;
    if (isProse(leaf, text)) break;
    if (leaf.closest('figure, figcaption, table')) continue;
    if (text.length > MAX_BYLINE_CHARS) continue;
    const namesAuthor = authors.some((name) => text.includes(name));
    const onlyDate = isMarkedDate(leaf, text) || (DATE_LIKE.test(text) && text.replace(DATE_LIKE, '').replace(/[\d\s.,:/|·•–—-]|\b[hH]\b/g, '').length <= 12);
    if (!namesAuthor && !onlyDate) continue;
    // A name in a long line is a sentence about the author, not a byline.
    if (namesAuthor && text.length > authors.join(' ').length + 80) continue;
    removals.push(takeOut({ step: 'remove-author-bio', rule: namesAuthor ? 'byline/*/names-author' : 'dateline/*/date-only', text: excerptOf(text) }, leaf));
  }
  return removals.length ? { ...draft, removals: [...draft.removals, ...removals] } : draft;
}

/** The markup says the line is a date: every word of it sits in a `<time>` element. */
function isMarkedDate(leaf: Element, text: string): boolean {
  const times = leaf.localName === 'time' ? [leaf] : Array.from(leaf.querySelectorAll('time'));
  return times.length > 0 && times.map((time) => textOf(time)).join(' ').length >= text.length;
}
