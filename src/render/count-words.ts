/** Words a minute of an adult reading on screen (the usual 200–250 range). */
export const WORDS_PER_MINUTE = 230;

/** Counts words the way a reader would, across scripts (Intl.Segmenter where available). */
export function countWords(text: string, lang: string | null): number {
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
