import type { Draft, Removal, Step } from '../article';
import { hasMedia, isProse, proseAround, shortElements, textLeaves } from '../dom/blocks';
import { excerptOf, linkDensity, textOf } from '../dom/text';
import { takeOut } from '../dom/take-out';
import { isTeaser } from '../dom/teasers';
import { HEADING_TAGS } from '../dom/walk';
import { rulesOfKind } from '../rules/registry';
import { firstMatch } from '../rules/match';
import type { ClutterRule } from '../rules/rule';

/** Section titles are short ("Sur le même thème", "Most read"). */
export const MAX_SECTION_TITLE_CHARS = 80;
/** A tail of link lines, dates and labels after the last paragraph: link leaves at least this dense. */
export const TAIL_LINK_DENSITY = 0.5;
/** Short lines (dates, categories, "play_circle") ride along in a link tail. */
export const TAIL_SHORT_LINE_CHARS = 40;

/**
 * Drops the sections after the article that are not the article: related, same topic, latest
 * news, most read, tags, "about" boxes, comments. A section opens with a heading in the page's
 * language and is judged from the end of the article backwards: it goes, with all that follows
 * it, only when no article prose follows it. A subheading that happens to read "Related
 * research" but is followed by more paragraphs stays (fixture `section-then-prose`).
 * Afterwards a tail of link lines with no paragraph after it goes too, and a heading that ends
 * the article with nothing under it (its map, form or list was never the article's).
 */
export const removeTrailingSections: Step = {
  name: 'remove-trailing-sections',
  run(draft) {
    return removeEmptyLastHeading(removeLinkTail(removeTitledSections(draft)));
  },
};

interface Section {
  heading: Element;
  /** The outermost element that starts with the heading: where the cut begins. */
  start: Element;
  rule: ClutterRule;
}

/** The trailing-heading and comments rules of a language, as one list made once (the matcher remembers per list). */
function sectionTitleRules(lang: string | null): readonly ClutterRule[] {
  const trailing = rulesOfKind('trailing-heading', lang);
  let rules = sectionTitles.get(trailing);
  if (!rules) sectionTitles.set(trailing, (rules = Object.freeze([...trailing, ...rulesOfKind('comments', lang)])));
  return rules;
}

/** Keyed by the trailing-heading list: one per language, and one for pages of no known language. */
const sectionTitles = new WeakMap<readonly ClutterRule[], readonly ClutterRule[]>();

function removeTitledSections(draft: Draft): Draft {
  const root = draft.root;
  if (!root) return draft;
  // A comment counter used as a heading ("Comentarios (5)") opens the comments section.
  const rules = sectionTitleRules(draft.meta.lang);
  const sections: Section[] = [];
  for (const { el, text } of shortElements(root, MAX_SECTION_TITLE_CHARS)) {
    // The text first: most short blocks match no rule, and a regex costs less than a DOM query.
    const rule = firstMatch(rules, text);
    if (!rule || el.closest('figcaption, table, pre, li')) continue;
    if (!HEADING_TAGS.has(el.localName) && linkDensity(el, text.length) > 0.9 && !isHeadingLike(el)) continue;
    if (sections.some((s) => s.heading.contains(el))) continue;
    sections.push({ heading: el, start: sectionStart(el, root, text), rule });
  }
  const removals: Removal[] = [];
  // From the last section backwards: teaser text inside a later section never protects an earlier one.
  for (let i = sections.length - 1; i >= 0; i--) {
    const { start, rule } = sections[i]!;
    if (!root.contains(start)) continue;
    // A heading above all the prose ("Aktuelles" over a news item, a "Commentaires" counter in the
    // byline row) opens the article, not a section after it (corpus: feuerwehrverband.de).
    if (proseFollows(start, root) || !proseAround(start, root).before) continue;
    const cut = [start, ...followingNodes(start, root)];
    const text = cut.map((n) => textOf(n)).filter(Boolean).join(' ');
    removals.push(takeOut({ step: 'remove-trailing-sections', rule: rule.id, text: excerptOf(text) }, ...cut));
  }
  return removals.length ? { ...draft, removals: [...draft.removals, ...removals] } : draft;
}

/** A non-heading element styled as a title: all its text is bold or it is a lone short line. */
function isHeadingLike(el: Element): boolean {
  const strong = el.querySelector('strong, b');
  return !!strong && textOf(strong) === textOf(el);
}

/**
 * Climbs while the ancestor's text starts with the heading's: the section's wrapper. Never into
 * one that holds article prose besides the section: a share bar's "Partager cet article" opening
 * the article's own body is not the title of all that follows (fixture `clutter-boxes-fr`).
 */
function sectionStart(heading: Element, root: Element, headingText: string): Element {
  let start = heading;
  for (let parent = heading.parentElement; parent && parent !== root; parent = parent.parentElement) {
    if (!textOf(parent).startsWith(headingText)) break;
    const current = start;
    const holdsProse = Array.from(parent.querySelectorAll('p, blockquote, table, pre')).some((el) => !current.contains(el) && isArticleBlock(el));
    if (holdsProse) break;
    start = parent;
  }
  return start;
}

/**
 * True when article prose comes after the heading that `start` opens. If `start` wraps its
 * section, the section is its subtree and only what follows it counts. If it is a bare heading,
 * its section runs to the next heading of the same or a higher level: teaser text nested in the
 * section's cards does not count, but a paragraph standing beside the heading does (the heading
 * is then the article's own subheading, even when it reads "Latest" or "Related").
 */
function proseFollows(start: Element, root: Element): boolean {
  const bareLevel = HEADING_TAGS.has(start.localName) ? Number(start.localName[1]) : null;
  let inSection = bareLevel !== null;
  for (const node of followingNodes(start, root)) {
    for (const el of [node, ...Array.from(node.querySelectorAll('*'))]) {
      if (inSection && HEADING_TAGS.has(el.localName) && Number(el.localName[1]) <= bareLevel!) inSection = false;
      if (!isArticleBlock(el)) continue;
      if (!inSection || el.parentElement === start.parentElement) return true;
    }
  }
  return false;
}

/** Paragraph prose, a table or a code block: what only the article itself contains (a teaser's blurb is not). */
function isArticleBlock(el: Element): boolean {
  const tag = el.localName;
  if (isTeaser(el)) return false;
  if (tag === 'table' || tag === 'pre') return true;
  return (tag === 'p' || tag === 'blockquote') && isProse(el);
}

/** Every element after `start` in document order within `root`, as the highest such subtrees. */
function followingNodes(start: Element, root: Element): Element[] {
  const nodes: Element[] = [];
  for (let el: Element | null = start; el && el !== root; el = el.parentElement) {
    for (let sib = el.nextElementSibling; sib; sib = sib.nextElementSibling) nodes.push(sib);
  }
  return nodes;
}

/** Removes the tail of link lines (and the dates and labels among them) after the last paragraph. */
function removeLinkTail(draft: Draft): Draft {
  const root = draft.root;
  if (!root) return draft;
  const leaves = textLeaves(root);
  let cutFrom = leaves.length;
  let linkChars = 0;
  for (let i = leaves.length - 1; i >= 0; i--) {
    const leaf = leaves[i]!;
    if (leaf.closest('figure, table, pre, blockquote')) break;
    const text = textOf(leaf);
    const density = linkDensity(leaf, text.length);
    if (density >= TAIL_LINK_DENSITY) linkChars += text.length * density;
    else if (text.length > TAIL_SHORT_LINE_CHARS) break;
    cutFrom = i;
  }
  const tail = leaves.slice(cutFrom);
  if (tail.length < 2 || linkChars < 20) return draft;
  const text = tail.map((l) => textOf(l)).join(' ');
  return { ...draft, removals: [...draft.removals, takeOut({ step: 'remove-trailing-sections', rule: 'link-tail', text: excerptOf(text) }, ...tail)] };
}

/** The article's last heading, when nothing follows it (no text, no picture): a section's empty title. */
function removeEmptyLastHeading(draft: Draft): Draft {
  const root = draft.root;
  if (!root) return draft;
  const headings = root.querySelectorAll('h1, h2, h3, h4, h5, h6');
  const last = headings[headings.length - 1];
  if (!last || !proseAround(last, root).before) return draft;
  for (const node of followingNodes(last, root)) if (textOf(node) || hasMedia(node)) return draft;
  const text = textOf(last);
  return { ...draft, removals: [...draft.removals, takeOut({ step: 'remove-trailing-sections', rule: 'heading-without-section', text: excerptOf(text) }, last)] };
}
