import { normaliseText } from '../rules/rule';

/** Normalised visible text of a node (whitespace collapsed, trimmed). */
export function textOf(node: Node): string {
  return normaliseText(node.textContent ?? '');
}

/**
 * `text` on one line: every run of white space one space, trimmed. For the page's own strings
 * (a title, a byline, an alt text) that markup may break over lines; `normaliseText` also makes
 * the text NFC, which rules need and display does not.
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Share of a node's text that sits inside links, 0…1 (0 for an empty node). Callers that hold
 * the node's text already pass its length.
 */
export function linkDensity(el: Element, total = textOf(el).length): number {
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += textOf(a).length;
  return Math.min(1, linked / total);
}

/** Cuts a removed text down to what a person needs to recognise it in the "Removed" list. */
export function excerptOf(text: string, max = 160): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Han, kana and Hangul: scripts that say in one character what a Latin script says in several. */
const DENSE_SCRIPT = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
const HAN_OR_KANA = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;
const HANGUL = /[\uac00-\ud7af]/gu;
/**
 * How many Latin-script characters one character of a dense script is worth: a Chinese word is
 * one or two characters where an English one is five or six letters and a space; a Korean word
 * is spaced, but its syllables pack two or three letters each.
 */
export const HAN_OR_KANA_WEIGHT = 3;
export const HANGUL_WEIGHT = 1.5;

/**
 * The length of a text in Latin-script characters' worth, for the thresholds that tell prose
 * from labels: "400 characters of prose" is a short paragraph in French and a whole short
 * article in Japanese (most of the corpus's short Japanese and Korean articles were refused).
 */
export function proseLength(text: string): number {
  if (!DENSE_SCRIPT.test(text)) return text.length;
  const hanOrKana = text.match(HAN_OR_KANA)?.length ?? 0;
  const hangul = text.match(HANGUL)?.length ?? 0;
  return text.length + hanOrKana * (HAN_OR_KANA_WEIGHT - 1) + hangul * (HANGUL_WEIGHT - 1);
}
