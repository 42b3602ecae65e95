import type { Draft, Removal, Step } from '../article';
import { excerptOf, textOf } from '../dom/text';
import { rulesOfKind } from '../rules/registry';
import { firstMatch } from '../rules/match';
import { normaliseText, type ClutterRule } from '../rules/rule';
import { removeMatchingBlocks } from './remove-matching-blocks';

export const MAX_CREDIT_CHARS = 120;
/** A caption keeps at least this much of its own text once its credit line is gone. */
export const MIN_CAPTION_CHARS = 15;

/**
 * Drops image credit lines ("Photo: AFP", "© Reuters", "Foto: dpa", "Bildquelle: …"): a
 * standalone line under an image, and a credit that is its own element (or its own line after a
 * `<br>`) inside a caption, while the caption's words stay, and a caption that is only a credit.
 * A credit glued into the caption's sentence is part of the caption and stays.
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
    const captionText = textOf(caption);
    const captionLength = captionText.length;
    // A caption that is only a credit ("(Foto: ABr)") is no caption: it goes, the picture stays.
    const whole = captionLength <= MAX_CREDIT_CHARS ? (firstMatch(rules, captionText) ?? firstMatch(rules, captionText.replace(/^\((.*)\)$/, '$1'))) : null;
    if (whole) {
      caption.remove();
      removals.push({ step: 'remove-image-credits', rule: whole.id, text: excerptOf(captionText) });
      continue;
    }
    const tail = trailingCredit(caption, rules);
    if (tail) removals.push(tail);
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

/**
 * A credit in brackets, or after "=", that ends a caption's last line: "(Photo: Just Stop
 * Oil/PA Wire)", "[사진 출처 = 연합뉴스]", "＝ＡＰ", "（潟沼義樹撮影）". It is cut from the caption's text,
 * whose words stay. Full-width letters are read as their ASCII forms.
 */
const TRAILING_CREDIT = /\s*(?:[([（［【]([^()[\]（）［］【】]{2,80})[)\]）］】]|[=＝]\s*([^=＝]{1,30}))\s*$/u;

function trailingCredit(caption: Element, rules: readonly ClutterRule[]): Removal | null {
  const walker = caption.ownerDocument.createTreeWalker(caption, 4 /* NodeFilter.SHOW_TEXT */);
  let last: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (/\S/.test(node.nodeValue ?? '')) last = node as Text;
  if (!last) return null;
  const value = last.nodeValue ?? '';
  const match = TRAILING_CREDIT.exec(value);
  if (!match) return null;
  const credit = normaliseText((match[1] ?? match[2] ?? '').normalize('NFKC'));
  const rule = firstMatch(rules, credit);
  const rest = textOf(caption).length - match[0].trim().length;
  if (!rule || rest < MIN_CAPTION_CHARS) return null;
  last.nodeValue = value.slice(0, match.index);
  return { step: 'remove-image-credits', rule: rule.id, text: excerptOf(match[0].trim()) };
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
