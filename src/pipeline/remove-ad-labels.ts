import type { Draft, Removal, Step } from '../article';
import { hasMedia } from '../dom/blocks';
import { excerptOf } from '../dom/text';
import { takeOut } from '../dom/take-out';
import { rulesOfKind } from '../rules/registry';
import { firstMatch } from '../rules/match';
import { normaliseText } from '../rules/rule';
import { removeMatchingBlocks } from './remove-matching-blocks';

/** An ad-break label is a few words; anything longer is a sentence about advertising. */
export const MAX_AD_LABEL_CHARS = 80;

/**
 * Drops ad-break labels ("La suite après la publicité", "Advertisement", "Anzeige"): whole
 * blocks whose entire text is a label, and short runs between `<br>`s inside a paragraph.
 * A paragraph that merely mentions advertising stays (fixture `ad-word-in-prose`).
 */
export const removeAdLabels: Step = {
  name: 'remove-ad-labels',
  run(draft) {
    const afterBlocks = removeMatchingBlocks(draft, {
      step: 'remove-ad-labels',
      kind: 'ad-label',
      maxChars: MAX_AD_LABEL_CHARS,
      wrapperSlack: 0,
      // An ad slot may carry a tracking pixel, or be the label over a linked banner (every
      // picture in it is a link, and it has no words but the label); any other picture stays.
      allowMedia: true,
      accept: (el) => !hasMedia(el) || !!el.querySelector('img[width="1"], img[height="1"]') || isLinkedBanner(el),
    });
    return removeLabelRuns(afterBlocks);
  },
};

/** Removes label runs inside paragraphs that use `<br>` as line breaks. */
function removeLabelRuns(draft: Draft): Draft {
  const root = draft.root;
  if (!root) return draft;
  const rules = rulesOfKind('ad-label', draft.meta.lang);
  const removals: Removal[] = [];
  const parents = new Set(Array.from(root.querySelectorAll('br'), (br) => br.parentElement).filter((p): p is HTMLElement => !!p));
  for (const parent of parents) {
    for (const run of runsBetweenBreaks(parent)) {
      const text = normaliseText(run.nodes.map((n) => n.textContent ?? '').join(''));
      if (!text || text.length > MAX_AD_LABEL_CHARS) continue;
      const rule = firstMatch(rules, text);
      if (!rule) continue;
      removals.push(takeOut({ step: 'remove-ad-labels', rule: rule.id, text: excerptOf(text) }, ...run.nodes, run.breakAfter));
    }
  }
  return removals.length ? { ...draft, removals: [...draft.removals, ...removals] } : draft;
}

interface Run {
  nodes: ChildNode[];
  breakAfter: Element | null;
}

/** Splits a parent's children at `<br>`s; runs holding block elements are left alone. */
function runsBetweenBreaks(parent: Element): Run[] {
  const runs: Run[] = [];
  let current: ChildNode[] = [];
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === 1 && (child as Element).localName === 'br') {
      runs.push({ nodes: current, breakAfter: child as Element });
      current = [];
    } else {
      current.push(child);
    }
  }
  runs.push({ nodes: current, breakAfter: null });
  // Only a paragraph split into several runs counts; a single run is the whole block's business.
  if (runs.filter((r) => normaliseText(r.nodes.map((n) => n.textContent ?? '').join(''))).length < 2) return [];
  return runs.filter((r) => !r.nodes.some((n) => n.nodeType === 1 && /^(?:p|div|ul|ol|table|figure|img|picture)$/.test((n as Element).localName)));
}

/** Every picture in `el` is inside a link, and there is no video, table or frame: a banner. */
function isLinkedBanner(el: Element): boolean {
  if (el.querySelector('video, audio, table, iframe')) return false;
  const pictures = Array.from(el.querySelectorAll('img'));
  return pictures.length > 0 && pictures.every((img) => !!img.closest('a[href]'));
}
