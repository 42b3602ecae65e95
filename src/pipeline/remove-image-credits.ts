import type { Draft, Removal, Step } from '../article';
import { excerptOf, textOf } from '../dom/text';
import { rulesOfKind } from '../rules/registry';
import { firstMatch } from '../rules/match';
import { normaliseText } from '../rules/rule';
import { removeMatchingBlocks } from './remove-matching-blocks';

export const MAX_CREDIT_CHARS = 120;
/** A caption keeps at least this much of its own text once its credit line is gone. */
export const MIN_CAPTION_CHARS = 15;

/**
 * Drops image credit lines ("Photo: AFP", "© Reuters", "Foto: dpa", "Bildquelle: …"): a
 * standalone line under an image, and a credit that is its own element (or its own line after a
 * `<br>`) inside a caption, while the caption's words stay. A credit glued into the caption's
 * sentence is part of the caption and stays.
 */
export const removeImageCredits: Step = {
  name: 'remove-image-credits',
  run(draft) {
    const afterBlocks = removeMatchingBlocks(draft, {
      step: 'remove-image-credits',
      kind: 'image-credit',
      maxChars: MAX_CREDIT_CHARS,
      wrapperSlack: 0,
    });
    return removeCaptionCredits(afterBlocks);
  },
};

function removeCaptionCredits(draft: Draft): Draft {
  const root = draft.root;
  if (!root) return draft;
  const rules = rulesOfKind('image-credit', draft.meta.lang);
  const removals: Removal[] = [];
  for (const caption of Array.from(root.querySelectorAll('figcaption'))) {
    const captionLength = textOf(caption).length;
    for (const part of creditCandidates(caption)) {
      const text = normaliseText(part.textContent ?? '');
      const unwrapped = text.replace(/^\((.*)\)$/, '$1');
      if (!text || text.length > MAX_CREDIT_CHARS || captionLength - text.length < MIN_CAPTION_CHARS) continue;
      const rule = firstMatch(rules, text) ?? firstMatch(rules, unwrapped);
      if (!rule) continue;
      part.parentNode?.removeChild(part);
      removals.push({ step: 'remove-image-credits', rule: rule.id, text: excerptOf(text) });
    }
  }
  return removals.length ? { ...draft, removals: [...draft.removals, ...removals] } : draft;
}

/** Child elements of a caption, and text after its last `<br>`: where sites put the credit. */
function creditCandidates(caption: Element): Node[] {
  const parts: Node[] = Array.from(caption.querySelectorAll('span, small, em, i, cite, p, div, b, strong')).filter(
    (el) => !el.querySelector('span, small, em, i, cite, p, div'),
  );
  const last = caption.lastChild;
  if (last && last.nodeType === 3 && last.previousSibling?.nodeName.toLowerCase() === 'br') parts.push(last);
  return parts;
}
