import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, EXACT_COUNT_MAX_CHARS, readingMinutes, WORDS_PER_MINUTE } from '../../src/render/count-words';

describe('countWords', () => {
  it.each([
    ['en', 'The city council voted on Tuesday night.', 7],
    ['fr', "Le conseil municipal a voté mardi soir, à l'unanimité.", 9],
    ['de', 'Der Stadtrat hat am Dienstagabend beschlossen.', 6],
    ['es', 'El ayuntamiento aprobó el martes la reforma.', 7],
    ['it', 'Il consiglio comunale ha approvato martedì sera.', 7],
  ])('counts words of a %s sentence as a reader would', (lang, text, words) => {
    expect(countWords(text, lang)).toBe(words);
  });

  it('does not count punctuation, dashes or numbers separators as words', () => {
    expect(countWords('« Oui ! » — dit-il… (2025)', 'fr')).toBe(countWords('Oui dit il 2025', 'fr'));
    expect(countWords(' , . ; — … ', 'en')).toBe(0);
  });

  it('counts across paragraphs and line breaks', () => {
    expect(countWords('One two.\n\nThree four.\nFive.', 'en')).toBe(5);
  });

  it('accepts a missing or malformed language', () => {
    expect(countWords('Drei kleine Wörter', null)).toBe(3);
    expect(countWords('Drei kleine Wörter', 'not a locale!!')).toBe(3);
  });

  it('returns 0 for empty text', () => {
    expect(countWords('', 'en')).toBe(0);
  });

  // Spaced scripts are counted by a regular expression, not the segmenter: they must agree
  // (but for ICU's "__", a word of underscores alone, left out).
  const segmented = (text: string) => Array.from(new Intl.Segmenter('en', { granularity: 'word' }).segment(text)).filter((s) => s.isWordLike).length;

  it('agrees with Unicode word boundaries on apostrophes, numbers, hyphens and joiners', () => {
    for (const text of ["l'eau l’eau", 'U.S. www.example.org', '3,5 % de 10.000 €', 'dit-il e-mail', '1:30 ½ ² ¼script', 'a\u00adb tekst\u200c\u200cprzeczytaj', '_ __init__ C++ #tag @user', 'Ⅻ Ελλάδα Москва עברית العربية हिन्दी 한국어']) {
      expect(countWords(text, null), text).toBe(segmented(text));
    }
  });

  it('agrees with Unicode word boundaries on any mix of letters, digits and punctuation', () => {
    const piece = fc.constantFrom('a', 'é', 'e\u0301', 'Ж', '7', '½', ' ', '\n', '\u00a0', "'", '’', '.', ',', ';', ':', '-', '—', '(', '»', '…', '!', '\u00ad', '\u200c');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(countWords(text, 'fr')).toBe(segmented(text));
      }),
      { numRuns: 500 },
    );
  });

  it('segments scripts written without spaces', () => {
    expect(countWords('東京都は火曜日に新しい計画を発表した。', 'ja')).toBe(Array.from(new Intl.Segmenter('ja', { granularity: 'word' }).segment('東京都は火曜日に新しい計画を発表した。')).filter((s) => s.isWordLike).length);
    expect(countWords('東京都は火曜日に新しい計画を発表した。', 'ja')).toBeGreaterThan(3);
  });
});

describe('readingMinutes', () => {
  it('is at least one minute, even for a few words', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(20)).toBe(1);
  });

  it('grows with the length at about 230 words a minute', () => {
    expect(WORDS_PER_MINUTE).toBeGreaterThanOrEqual(200);
    expect(WORDS_PER_MINUTE).toBeLessThanOrEqual(250);
    expect(readingMinutes(WORDS_PER_MINUTE * 5)).toBe(5);
    expect(readingMinutes(1000)).toBe(4);
    expect(readingMinutes(2300)).toBe(10);
  });
});

describe('countWords on book-length text', () => {
  it('scales the count of a sample, within 1 % of the exact count', () => {
    const sentence = 'The council approved the tram line after a long debate, and the works start in spring. ';
    const text = sentence.repeat(5000); // 450,000 characters, 80,000 words
    expect(text.length).toBeGreaterThan(EXACT_COUNT_MAX_CHARS);
    expect(Math.abs(countWords(text, 'en') - 80_000)).toBeLessThan(800);
  });
});
