/** Words a minute of an adult reading on screen (the usual 200–250 range). */
export const WORDS_PER_MINUTE = 230;

/**
 * Above this many characters the words of a sample this long are counted and scaled to the whole
 * text: segmenting a book-length page word by word takes longer than cleaning it, and a reading
 * time needs no exact count.
 */
export const EXACT_COUNT_MAX_CHARS = 100_000;

/** Counts words the way a reader would, across scripts (Intl.Segmenter where available). */
export function countWords(text: string, lang: string | null): number {
  if (text.length > EXACT_COUNT_MAX_CHARS) {
    const sample = text.slice(0, EXACT_COUNT_MAX_CHARS);
    return Math.round(exactCount(sample, lang) * (text.length / sample.length));
  }
  return exactCount(text, lang);
}

function exactCount(text: string, lang: string | null): number {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Segmenter) {
    let locale: string | undefined;
    try {
      locale = lang ? Intl.getCanonicalLocales(lang)[0] : undefined;
    } catch {
      locale = undefined;
    }
    let count = 0;
    for (const segment of new Segmenter(locale, { granularity: 'word' }).segment(text)) if (segment.isWordLike) count++;
    return count;
  }
  return text.split(/\s+/).filter(Boolean).length;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
