import type { Step } from '../article';
import { linkDensity } from '../dom/text';
import { removeMatchingBlocks } from './remove-matching-blocks';

/** A tag line is a label and a handful of keywords. */
export const MAX_TAG_LINE_CHARS = 300;
/** The longest keyword of a tag list written as plain text ("Tags: Energy, Transport, Port Ellery"). */
export const MAX_TAG_CHARS = 40;

/**
 * Drops tag and keyword lines ("Tags: Energy, Transport", "Mots-clés : Budget · Sénat",
 * "Schlagwörter: Energiewende"): a label, then keywords that are links or short items between
 * separators. "Topics raised at the meeting included parking…" is a sentence, and stays.
 */
export const removeTagLists: Step = {
  name: 'remove-tag-lists',
  run(draft) {
    return removeMatchingBlocks(draft, {
      step: 'remove-tag-lists',
      kind: 'tags',
      maxChars: MAX_TAG_LINE_CHARS,
      wrapperSlack: 20,
      accept: (el, text) => linkDensity(el, text.length) >= 0.5 || isKeywordList(text),
    });
  },
};

/** After the label: short items between commas, bullets or bars, and no sentence. */
function isKeywordList(text: string): boolean {
  const rest = text.replace(/^[^:：]*[:：]\s*/, '');
  if (rest === text || /[.!?]\s/.test(rest)) return false;
  return rest.split(/\s*[,;|·•/]\s*|\s+-\s+/).every((item) => item.length > 0 && item.length <= MAX_TAG_CHARS);
}
