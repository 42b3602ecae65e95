import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectLang, normaliseWs, scoreCase, scoreGold, shingles, summarise, summariseGold, wordTokens } from '../scripts/lib/score';

const doc = (html: string) => new JSDOM(html).window.document;

describe('normaliseWs', () => {
  it('collapses every whitespace run, no-break spaces included, and trims', () => {
    expect(normaliseWs('  a \n\n b\t\tc\u00a0 d  ')).toBe('a b c d');
    expect(normaliseWs('')).toBe('');
  });
});

describe('scoreCase', () => {
  it('counts found "with" snippets as TP, missing as FN; found "without" as FP, missing as TN', () => {
    const text = 'Title\nThe first paragraph.\n\nThe second\nparagraph.\n\nRelated: more news';
    const score = scoreCase(text, ['first paragraph', 'The second paragraph.', 'absent text'], ['Related: more news', 'Newsletter']);
    expect(score).toMatchObject({ tp: 2, fn: 1, fp: 1, tn: 1 });
    expect(score.missed).toEqual(['absent text']);
    expect(score.leaked).toEqual(['Related: more news']);
  });

  it('normalises whitespace in the snippets too, and is case-sensitive', () => {
    expect(scoreCase('a  b c', ['a\nb  c', 'A B C'], [])).toMatchObject({ tp: 1, fn: 1 });
  });

  it('scores empty text (a failed page) as all FN and TN', () => {
    expect(scoreCase('', ['x', 'y'], ['z'])).toMatchObject({ tp: 0, fn: 2, fp: 0, tn: 1 });
  });
});

describe('summarise', () => {
  it('sums pages and derives P, R, F1, accuracy and the kept/removed shares', () => {
    const s = summarise([
      { tp: 3, fn: 1, fp: 1, tn: 3 },
      { tp: 3, fn: 1, fp: 1, tn: 0 },
    ]);
    expect(s).toMatchObject({ tp: 6, fn: 2, fp: 2, tn: 3 });
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.75);
    expect(s.f1).toBeCloseTo(0.75);
    expect(s.accuracy).toBeCloseTo(9 / 13);
    expect(s.withKept).toBeCloseTo(0.75);
    expect(s.withoutRemoved).toBeCloseTo(0.6);
  });

  it('accepts a single page and gives 0 rather than NaN when undefined', () => {
    const s = summarise({ tp: 0, fn: 0, fp: 0, tn: 0 });
    expect([s.precision, s.recall, s.f1, s.accuracy, s.withoutRemoved]).toEqual([0, 0, 0, 0, 0]);
    expect(summarise([]).f1).toBe(0);
  });
});

describe('detectLang', () => {
  it('takes the primary subtag of <html lang>, lowercased', () => {
    expect(detectLang(doc('<html lang="de-DE"><body><p>The cat and the dog.</p></body></html>'))).toBe('de');
    expect(detectLang(doc('<html lang="EN_us"><body></body></html>'))).toBe('en');
  });

  it('falls back to a stop-word vote over the visible text', () => {
    expect(detectLang(doc('<body><p>Die Katze ist nicht auf dem Tisch und der Hund auch nicht.</p></body>'))).toBe('de');
    expect(detectLang(doc('<html lang=""><body><p>Le chat est sur la table avec une souris qui ne bouge pas.</p></body></html>'))).toBe('fr');
    expect(detectLang(doc('<body><p>The cat is on the table, and it was asleep.</p></body>'))).toBe('en');
    expect(detectLang(doc('<body><p>Kot nie jest na stole, ale już śpi.</p></body>'))).toBe('pl');
    expect(detectLang(doc('<body><p>Het is niet een kat maar ook een hond.</p></body>'))).toBe('nl');
  });

  it('ignores script and style text', () => {
    const page = '<body><script>var the = "the and the of the to the";</script><style>/* the the the */</style><p>Der Hund und die Katze.</p></body>';
    expect(detectLang(doc(page))).toBe('de');
  });

  it('says "und" on a tie or without any stop word', () => {
    expect(detectLang(doc('<body><p>12345 — ★★★</p></body>'))).toBe('und');
    expect(detectLang(doc('<body><p>the und</p></body>'))).toBe('und');
    expect(detectLang(doc('<html><body></body></html>'))).toBe('und');
  });
});

describe('gold-text scoring (shingles)', () => {
  it('splits words as Python\'s \\w+ does: letters, digits, marks and underscore, any script', () => {
    expect(wordTokens("L'été 2025, c'est_ça — 東京都は")).toEqual(['L', 'été', '2025', 'c', 'est_ça', '東京都は']);
  });

  it('counts 4-token shingles with multiplicity, and a short text as one shingle', () => {
    expect([...shingles('a b c d e').entries()]).toEqual([['a b c d', 1], ['b c d e', 1]]);
    expect([...shingles('a b').entries()]).toEqual([['a b', 1]]);
    expect(shingles('').size).toBe(0);
  });

  it('normalises tp/fp/fn of a page to sum to one', () => {
    const s = scoreGold('a b c d e x', 'a b c d e f');
    // gold: abcd bcde cdef; prediction: abcd bcde cdex
    expect(s.tp).toBeCloseTo(2 / 4);
    expect(s.fp).toBeCloseTo(1 / 4);
    expect(s.fn).toBeCloseTo(1 / 4);
  });

  it('averages precision over pages that said something and recall over every page: a refusal scores 0 recall', () => {
    const perfect = scoreGold('one two three four five', 'one two three four five');
    const refused = scoreGold('', 'one two three four five');
    const s = summariseGold([perfect, refused]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBeCloseTo(2 / 3);
  });
});
