import type { Draft, Removal } from '../article';
import { climbWrapper, hasMedia, shortElements } from '../dom/blocks';
import { takeOut } from '../dom/take-out';
import { excerptOf, textOf } from '../dom/text';
import { rulesOfKind } from '../rules/registry';
import { firstMatch } from '../rules/match';
import type { ClutterRule, RuleKind } from '../rules/rule';

/** How a step that removes whole labelled blocks decides, as data. */
export interface BlockRemovalSpec {
  step: string;
  kind: RuleKind;
  /** Blocks longer than this are prose, never a label of this kind. */
  maxChars: number;
  /** How much extra text a wrapper may hold and still go with the label (see `climbWrapper`). */
  wrapperSlack: number;
  /** A further guard that protects real content; return false to keep the block. */
  accept?: (el: Element, text: string, rule: ClutterRule) => boolean;
  /**
   * Whether a block holding an image, video or table may go. By default it may not: a credit or
   * label that shares a wrapper with a picture goes alone, the picture stays.
   */
  allowMedia?: boolean;
  /** An element that goes with the removed block (recorded with it), e.g. the list a lead-in opens. */
  alsoRemove?: (target: Element) => Element | null;
  /**
   * Whether a caption's parts may go. By default they may not (a caption's words are the
   * article's); a gallery counter ("Foto 1 van 6") is the caption's only clutter.
   */
  inCaptions?: boolean;
}

/** Elements that hold the article's own words even when short: never removed as a label. */
const PROTECTED = 'figcaption, caption, figcaption *, caption *, pre, pre *, code, table *';
/** The same, where a step may reach into captions (`inCaptions`). */
const PROTECTED_BUT_CAPTIONS = 'pre, pre *, code, table *';

/**
 * Removes every block under the article root whose whole text a rule of `spec.kind` (in the
 * page's language) matches, outermost first, with the wrapper that only frames it.
 */
export function removeMatchingBlocks(draft: Draft, spec: BlockRemovalSpec): Draft {
  const root = draft.root;
  if (!root) return draft;
  const rules = rulesOfKind(spec.kind, draft.meta.lang);
  const removals: Removal[] = [];
  const protectedBlocks = spec.inCaptions ? PROTECTED_BUT_CAPTIONS : PROTECTED;
  for (const { el, text } of shortElements(root, spec.maxChars)) {
    // The text first: most blocks match no rule, and a regex costs less than a DOM query.
    const rule = firstMatch(rules, text);
    if (!rule || el.matches(protectedBlocks) || (!spec.allowMedia && hasMedia(el))) continue;
    if (spec.accept && !spec.accept(el, text, rule)) continue;
    const target = climbWrapper(el, root, text, spec.wrapperSlack);
    const extra = spec.alsoRemove?.(target) ?? null;
    const removedText = [target, extra].map((node) => (node ? textOf(node) : '')).filter(Boolean).join(' ');
    // Taken out, not just removed: the reader can put it back where it was.
    removals.push(takeOut({ step: spec.step, rule: rule.id, text: excerptOf(removedText) }, target, extra));
  }
  return removals.length ? { ...draft, removals: [...draft.removals, ...removals] } : draft;
}
