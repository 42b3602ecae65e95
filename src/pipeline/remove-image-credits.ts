import type { Draft, Removal, Step } from '../article';
import { hasMedia } from '../dom/blocks';
import { excerptOf, textOf } from '../dom/text';
import { holdCutText, isMarker, takeOut } from '../dom/take-out';
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

/** The image-credit rule a text reads as, as it stands or out of its brackets ("(Foto: ABr)"). */
function creditRule(rules: readonly ClutterRule[], text: string): ClutterRule | null {
  return firstMatch(rules, text) ?? firstMatch(rules, text.replace(/^\((.*)\)$/, '$1'));
}

function removeCaptionCredits(draft: Draft): Draft {
  const root = draft.root;
  if (!root) return draft;
  const rules = rulesOfKind('image-credit', draft.meta.lang);
  const removals: Removal[] = [];
  // A line under a picture that is not marked as a caption ("<a><img></a><p>Caption | © AFP</p>")
  // loses a credit that ends it too; it is never removed whole here (the block step did that).
  for (const line of captionLines(root)) {
    const tail = trailingCredit(line, rules);
    if (tail) removals.push(tail);
  }
  for (const caption of Array.from(root.querySelectorAll('figcaption'))) {
    const captionText = textOf(caption);
    const captionLength = captionText.length;
    // A caption that is only a credit ("(Foto: ABr)") is no caption: it goes, the picture stays.
    const whole = captionLength <= MAX_CREDIT_CHARS ? creditRule(rules, captionText) : null;
    if (whole) {
      removals.push(takeOut({ step: 'remove-image-credits', rule: whole.id, text: excerptOf(captionText) }, caption));
      continue;
    }
    const tail = trailingCredit(caption, rules);
    if (tail) removals.push(tail);
    for (const part of creditCandidates(caption)) {
      const text = normaliseText(part.textContent ?? '');
      if (!text || text.length > MAX_CREDIT_CHARS || captionLength - text.length < MIN_CAPTION_CHARS) continue;
      const rule = creditRule(rules, text);
      if (!rule) continue;
      removals.push(takeOut({ step: 'remove-image-credits', rule: rule.id, text: excerptOf(text) }, part));
    }
  }
  return removals.length ? { ...draft, removals: [...draft.removals, ...removals] } : draft;
}

/**
 * A credit that ends a caption's last line: in brackets or after "=" ("(Photo: Just Stop Oil/PA
 * Wire)", "[사진 출처 = 연합뉴스]", "＝ＡＰ", "（潟沼義樹撮影）"), or after the caption's last
 * sentence or a bar ("… im Abendrot. Bild: TebNad/Shutterstock.com", "… gesegnet. | © Augusta
 * National/Getty Images"). It is cut from the caption, whose words stay, when an image-credit
 * rule reads it as a credit. Full-width letters are read as their ASCII forms.
 */
const BRACKETED_CREDIT = /\s*(?:[([（［【]([^()[\]（）［］【】]{2,200})[)\]）］】]|[=＝]\s*([^=＝]{1,30}))\s*$/u;
/** Where a caption's last sentence ends, or a bar sets a credit apart: the credit may follow. */
const CREDIT_BREAK = /[.!?…](?:\s|\u00a0)+|\s*[|·•](?:\s|\u00a0)*/gu;
const MAX_TRAILING_CREDIT_CHARS = 100;

function trailingCredit(caption: Element, rules: readonly ClutterRule[]): Removal | null {
  const raw = caption.textContent ?? '';
  const total = textOf(caption).length;
  for (const cut of creditCuts(raw)) {
    const credit = normaliseText(cut.credit.normalize('NFKC'));
    if (!credit || credit.length > MAX_TRAILING_CREDIT_CHARS) continue;
    const rule = creditRule(rules, credit);
    if (!rule || total - normaliseText(raw.slice(cut.from)).length < MIN_CAPTION_CHARS) continue;
    cutTextFrom(caption, cut.from);
    // The credit's words come back at the end of the caption, as text (its markup is gone).
    return holdCutText({ step: 'remove-image-credits', rule: rule.id, text: excerptOf(normaliseText(raw.slice(cut.from))) }, caption, raw.slice(cut.from));
  }
  return null;
}

/** The places a trailing credit may start in `raw`, each with the credit's text. */
function* creditCuts(raw: string): Generator<{ from: number; credit: string }> {
  const bracketed = BRACKETED_CREDIT.exec(raw);
  if (bracketed) yield { from: bracketed.index, credit: bracketed[1] ?? bracketed[2] ?? '' };
  // From the last break back: "Foto: A. Müller" breaks after "A." too, and only the longer cut reads as a credit.
  const breaks = Array.from(raw.trimEnd().matchAll(CREDIT_BREAK)).reverse();
  for (const match of breaks) {
    const credit = raw.slice(match.index + match[0].length);
    if (normaliseText(credit).length > MAX_TRAILING_CREDIT_CHARS) return;
    // A sentence's full stop stays with the caption; a bar goes with the credit.
    yield { from: /^[.!?…]/.test(match[0]) ? match.index + 1 : match.index, credit };
  }
}

/** Removes the text of `el` from offset `from` of its `textContent` on, and the elements it empties. */
function cutTextFrom(el: Element, from: number): void {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let offset = 0;
  const emptied: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    const end = offset + value.length;
    if (end > from) {
      const keep = Math.max(0, from - offset);
      node.nodeValue = value.slice(0, keep);
      if (keep === 0) emptied.push(node);
    }
    offset = end;
  }
  for (const node of emptied) {
    let top: Node = node;
    while (top.parentNode && top.parentNode !== el && !hasMedia(top.parentNode as Element) && !normaliseText(top.parentNode.textContent ?? '')) top = top.parentNode;
    top.parentNode?.removeChild(top);
  }
}

/** Short lines right under (or beside) a picture that are not `<figcaption>`s: captions in all but name. */
function captionLines(root: Element): Element[] {
  const lines: Element[] = [];
  for (const img of Array.from(root.querySelectorAll('img'))) {
    if (img.closest('figure, figcaption')) continue;
    // The picture's own box (a link, a span, a div around it), then the line after that box.
    let box: Element = img;
    while (box.parentElement && box.parentElement !== root && !normaliseText(box.parentElement.textContent ?? '') ) box = box.parentElement;
    const line = box.nextElementSibling;
    if (!line || line.closest('figcaption') || hasMedia(line)) continue;
    const length = textOf(line).length;
    if (length > 0 && length <= MAX_CAPTION_LINE_CHARS && !line.querySelector('p, div, ul, ol, table')) lines.push(line);
  }
  return lines;
}
const MAX_CAPTION_LINE_CHARS = 300;

/** Child elements of a caption, and text after its last `<br>`: where sites put the credit. */
function creditCandidates(caption: Element): Node[] {
  const parts: Node[] = Array.from(caption.querySelectorAll('span, small, em, i, cite, p, div, b, strong')).filter(
    (el) => !el.querySelector('span, small, em, i, cite, p, div'),
  );
  // Not the marker a trailing credit cut just now left at the end (see `holdCutText`).
  let last = caption.lastChild;
  while (last && isMarker(last)) last = last.previousSibling;
  if (last && last.nodeType === 3 && last.previousSibling?.nodeName.toLowerCase() === 'br') parts.push(last);
  return parts;
}
