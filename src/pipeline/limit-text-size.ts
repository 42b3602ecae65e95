import type { Step } from '../article';

/**
 * Above this much text (scripts and styles already dropped) a page is refused as `too-large`:
 * about 330,000 words, a day of reading. Épure's time grows with the text (Readability alone
 * takes about 2 s on 5 MB in Chromium, see `npm run bench`), and the reader must end with the
 * article or this message within 5 s, on slower machines than ours too.
 */
export const MAX_TEXT_CHARS = 2_000_000;

export const limitTextSize: Step = {
  name: 'limit-text-size',
  run(draft) {
    // Markup shorter than the limit holds less text than the limit: nothing to count.
    const limit = draft.options.maxTextChars;
    if (draft.options.markupChars <= limit) return draft;
    const chars = draft.doc.body?.textContent?.length ?? 0;
    if (chars <= limit) return draft;
    return {
      ok: false,
      reason: 'too-large',
      message: `This page holds ${chars.toLocaleString('en')} characters of text, more than the ${limit.toLocaleString('en')} Épure cleans at once.`,
    };
  },
};
