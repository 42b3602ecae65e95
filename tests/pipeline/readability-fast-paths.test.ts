import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { hasPredicates, PREDICATES, withFastPaths, type ReadabilityInternals } from '../../src/pipeline/readability-fast-paths';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const docOf = (html: string) => new JSDOM(html, { url: 'https://www.news.example/a' }).window.document;

describe('withFastPaths', () => {
  it('finds the three predicates it replaces in the pinned Readability (an upgrade that renames one fails here)', () => {
    expect(hasPredicates(new Readability(docOf('<p>x</p>')))).toBe(true);
  });

  it('leaves a Readability without those predicates alone', () => {
    const reader = new Readability(docOf('<p>x</p>'));
    const odd = Object.assign(reader, { _isProbablyVisible: undefined });
    expect(withFastPaths(odd)).toBe(odd);
    expect((odd as unknown as Record<string, unknown>)._isValidByline).toBe((Readability.prototype as unknown as ReadabilityInternals)._isValidByline);
  });

  // Pieces of markup that touch every branch of the three predicates.
  const piece = fc.constantFrom(
    '<div>', '<section>', '<p>', '<span>', '</div>', '</section>', '</p>', '</span>', '<br>', '<hr>', ' ', '\n', 'Words', 'Jane Doe',
    '<a rel="author" href="/a">', '</a>', '<span itemprop="author">', '<div class="byline">', '<div id="dateline">',
    '<div style="display:none">', '<div style="visibility: hidden">', '<div style="color:red">', '<div hidden>',
    '<div aria-hidden="true">', '<div aria-hidden="true" class="fallback-image">', '<svg><g aria-hidden="true"></g></svg>',
    'x'.repeat(120),
  );

  it('answers as Readability does, for every element of any tree', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.string({ maxLength: 12 }), (pieces, extra) => {
        const doc = docOf(`<!doctype html><body>${pieces.join('')}</body>`);
        const stock = new Readability(doc) as unknown as ReadabilityInternals;
        const fast = withFastPaths(new Readability(doc)) as unknown as ReadabilityInternals;
        for (const name of PREDICATES) expect(fast[name]).not.toBe(stock[name]);
        for (const el of Array.from(doc.querySelectorAll('*'))) {
          const matchString = `${typeof el.className === 'string' ? el.className : ''} ${el.id} ${extra}`;
          // The same truth value: Readability only tests them (its own may answer '' for false).
          expect(fast._isValidByline(el, matchString)).toBe(!!stock._isValidByline(el, matchString));
          expect(fast._isElementWithoutContent(el)).toBe(!!stock._isElementWithoutContent(el));
          expect(fast._isProbablyVisible(el)).toBe(!!stock._isProbablyVisible(el));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('spares the log line\'s serialisation of the article, and leaves the article element as it was', () => {
    const html = readFileSync(join(FIXTURES, 'en-news', 'source.html'), 'utf8');
    const article = withFastPaths(new Readability<Element>(docOf(html), { serializer: (node) => node as Element })).parse()!.content!;
    expect(Object.getOwnPropertyDescriptor(article, 'innerHTML')).toBeUndefined();
    expect(article.innerHTML).toBe(new Readability(docOf(html)).parse()!.content);
  });

  it('gives the same article, byline and metadata as Readability alone on every fixture', () => {
    const fixtures = readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'source.html')));
    expect(fixtures.length).toBeGreaterThan(10);
    for (const name of fixtures) {
      const html = readFileSync(join(FIXTURES, name, 'source.html'), 'utf8');
      const stock = new Readability(docOf(html)).parse();
      const fast = withFastPaths(new Readability(docOf(html))).parse();
      expect(fast, name).toEqual(stock);
    }
  });
});
