import { isProse, textLeaves } from './blocks';
import { HAN_OR_KANA_WEIGHT, proseLength, textOf } from './text';
import { visibleCharsUpTo } from './visible-chars';
import { HEADING_TAGS, isBlock } from './walk';

/**
 * A listing page (a home page, a section front, a search, tag or author page) is a run of
 * teaser cards: each a headline that links to another page of the same site, framed with a
 * picture, a kicker, a date or a blurb. What tells it from an article is not its length (a
 * WordPress archive's excerpts are 50 words each) but that its words sit in such cards. An
 * article's own links are inside sentences; a digest's or a deals post's headlines link to other
 * sites; a ranking's items are not links at all.
 */

/** A headline has words: at least this many characters' worth (see `proseLength`). */
export const MIN_HEADLINE_CHARS = 15;
/** A card is short: a headline, a blurb, a date. Longer, it is a section of an article. */
export const MAX_CARD_CHARS = 900;
/** A headline link is at least this share of its line (the block's own inline text): the rest is a kicker or a date. */
export const MIN_HEADLINE_SHARE_OF_LINE = 0.6;

/** Host names of one site: "www.example.com" and "example.com", or "news.example.co.uk" and "example.co.uk". */
export function siteKey(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/^www\d*\./, '').split('.');
  // A two-letter country code after a short second level ("co.uk", "com.br") keeps three labels.
  const keep = labels.length >= 3 && labels.at(-1)!.length === 2 && labels.at(-2)!.length <= 3 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** The address a link goes to, without its fragment, when it is another page of the page's site. */
function sameSiteTarget(a: Element, pageUrl: URL, site: string): string | null {
  const href = a.getAttribute('href');
  if (!href || href.startsWith('#')) return null;
  let target: URL;
  try {
    target = new URL(href, pageUrl);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(target.protocol) || siteKey(target.hostname) !== site) return null;
  target.hash = '';
  const path = target.pathname.replace(/\/+$/, '');
  // The site's home page and the page itself are navigation, not a teaser.
  if (path === '' || (path === pageUrl.pathname.replace(/\/+$/, '') && target.search === pageUrl.search)) return null;
  return target.href;
}

/** The nearest block (or heading) around a link. */
function blockOf(a: Element): Element | null {
  for (let el = a.parentElement; el; el = el.parentElement) if (isBlock(el)) return el;
  return null;
}

/** The block's own line: its text outside the blocks nested in it (a card's headline and date, not its blurb). */
function lineLength(block: Element): number {
  let length = 0;
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) length += (child.nodeValue ?? '').replace(/\s+/g, ' ').length;
      else if (child.nodeType === 1 && !isBlock(child as Element)) walk(child);
    }
  };
  walk(block);
  return length;
}

/**
 * The link reads as a headline: a heading's text, or most of a line of its own (a search
 * result's title above its snippet), not a few words inside a sentence.
 */
function isHeadlineLink(a: Element, text: string, lineLengths: Map<Element, number>): boolean {
  if (proseLength(text) < MIN_HEADLINE_CHARS) return false;
  const block = blockOf(a);
  if (!block) return false;
  if (HEADING_TAGS.has(block.localName) || block.closest('h1, h2, h3, h4, h5, h6')) return true;
  let line = lineLengths.get(block);
  if (line === undefined) lineLengths.set(block, (line = lineLength(block)));
  return text.length >= line * MIN_HEADLINE_SHARE_OF_LINE;
}

/**
 * The attribute that marks the elements of teaser cards in Épure's copy. An attribute rather
 * than a set of nodes: Readability may re-parse the page from its markup between attempts, and
 * renames or unwraps blocks; it keeps attributes. The clean-up steps read them too (a teaser's
 * blurb after "Most read" is no article prose); the sanitizer drops every `data-` attribute, so
 * none reaches what Épure shows or copies.
 */
export const TEASER_MARK = 'data-epure-teaser';

/**
 * Marks the page's teaser cards (`TEASER_MARK` on each element of a card), before Readability
 * rewrites the copy: from each headline link to another page of the same site, the largest
 * ancestor below `root` that holds no other headline's target and stays card-short. Returns how
 * many cards it marked. Marks the page itself set are cleared first: they mean nothing here.
 */
export function markTeasers(root: Element, pageUrl: string): number {
  clearTeaserMarks(root);
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return 0;
  }
  const site = siteKey(page.hostname);
  const headlines = new Map<Element, string>();
  // Measured once per block: the links of one long line (a works list, a tag cloud) share it,
  // and measuring it for each of them cost seconds on such a page (corpus: archive-of-our-own).
  const lineLengths = new Map<Element, number>();
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    // Whether it reads as a headline first: most of a page's links (its menus, its "Share") are
    // too short for one, and reading a text costs less than resolving an address.
    if (!isHeadlineLink(a, textOf(a), lineLengths)) continue;
    const target = sameSiteTarget(a, page, site);
    if (target) headlines.set(a, target);
  }
  if (headlines.size === 0) return 0;
  // Only the headlines' ancestors are asked, and only whether they stay card-short: counted as
  // far as it takes to tell, once each, rather than every element of the page.
  const cardChars = new Map<Element, number>();
  const visibleChars = (el: Element): number => {
    let count = cardChars.get(el);
    if (count === undefined) cardChars.set(el, (count = visibleCharsUpTo(el, MAX_CARD_CHARS)));
    return count;
  };
  const targetsIn = (el: Element): Set<string> => {
    const targets = new Set<string>();
    for (const a of Array.from(el.querySelectorAll('a[href]'))) {
      const target = headlines.get(a);
      if (target) targets.add(target);
    }
    return targets;
  };
  const cards = new Set<Element>();
  for (const [a, target] of headlines) {
    let card: Element = a;
    for (let parent = a.parentElement; parent && parent !== root; parent = parent.parentElement) {
      if (!isCardShort(parent, visibleChars(parent)) || hasOwnHeading(parent, headlines)) break;
      const targets = targetsIn(parent);
      if (targets.size > 1 || !targets.has(target)) break;
      card = parent;
    }
    cards.add(card);
  }
  for (const card of cards) {
    card.setAttribute(TEASER_MARK, '');
    for (const el of Array.from(card.querySelectorAll('*'))) el.setAttribute(TEASER_MARK, '');
  }
  return cards.size;
}

/** Removes every teaser mark under `root` (and on it), so that none reaches the article. */
export function clearTeaserMarks(root: Element): void {
  root.removeAttribute(TEASER_MARK);
  for (const el of Array.from(root.querySelectorAll(`[${TEASER_MARK}]`))) el.removeAttribute(TEASER_MARK);
}

/** Longer than this, a heading that links nowhere is a title, not a card's kicker ("On Tech", "Ensayo invitado"). */
export const MAX_CARD_KICKER_CHARS = 40;

/**
 * A title that is not a headline link: an article's own `<h1>`, or a heading too long for a
 * kicker. No card holds one (the photo of the day below its section link: fixture
 * `keep-photo-caption-es`).
 */
function hasOwnHeading(el: Element, headlines: ReadonlyMap<Element, string>): boolean {
  for (const heading of Array.from(el.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    if (Array.from(heading.querySelectorAll('a[href]')).some((a) => headlines.has(a))) continue;
    if (heading.localName === 'h1' || textOf(heading).length > MAX_CARD_KICKER_CHARS) return true;
  }
  return false;
}

/** At most `MAX_CARD_CHARS` characters' worth: 900 letters, or 300 Japanese characters. */
function isCardShort(el: Element, visibleChars: number): boolean {
  if (visibleChars > MAX_CARD_CHARS) return false;
  return visibleChars * HAN_OR_KANA_WEIGHT <= MAX_CARD_CHARS || proseLength(textOf(el)) <= MAX_CARD_CHARS;
}

/** Inside a teaser card of the page (see `markTeasers`): a blurb, not the article's prose. */
export const isTeaser = (el: Element | null): boolean => !!el?.closest(`[${TEASER_MARK}]`);

/** Share of the text under `root` (characters other than whitespace) that is teaser text (see `markTeasers`). */
export function teaserShare(root: Element): number {
  let total = 0;
  let teaser = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const chars = (node.nodeValue ?? '').replace(/\s+/g, '').length;
    total += chars;
    if (chars && isTeaser(node.parentElement)) teaser += chars;
  }
  return total ? teaser / total : 0;
}

/** The prose under `root` outside the teasers, in Latin characters' worth (see `proseLength`): an article's own paragraphs. */
export function proseOutsideTeasers(root: Element): number {
  let prose = 0;
  for (const leaf of textLeaves(root)) {
    const text = textOf(leaf);
    if (!isTeaser(leaf) && isProse(leaf, text)) prose += proseLength(text);
  }
  return prose;
}
