import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { visibleCharCounts, visibleCharsUpTo } from '../../src/dom/visible-chars';
import { normaliseText } from '../../src/rules/rule';

const bodyOf = (html: string) => new JSDOM(`<!doctype html><body>${html}`).window.document.body;

describe('visibleCharCounts', () => {
  it('counts the characters other than whitespace in each element, nested ones included', () => {
    const body = bodyOf('<div id="a">  Hi <span id="b">there\u00a0\u200b you</span><!-- not text --></div><p id="c"> \n\t </p>');
    const counts = visibleCharCounts(body);
    expect(counts.get(body.querySelector('#a')!)).toBe('Hithereyou'.length);
    expect(counts.get(body.querySelector('#b')!)).toBe('thereyou'.length);
    expect(counts.get(body.querySelector('#c')!)).toBe(0);
    expect(counts.get(body)).toBe('Hithereyou'.length);
  });

  it('is 0 exactly when the normalised text is empty, and never more than its length', () => {
    const piece = fc.constantFrom('a', 'é', 'e\u0301', ' ', '\n', '\u00a0', '\u200b', '\u2003', '\ufeff', '<b>', '</b>', '<p>', '</p>', '<i>x</i>', '<br>');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const body = bodyOf(`<div>${pieces.join('')}</div>`);
        const counts = visibleCharCounts(body);
        for (const el of [body, ...Array.from(body.querySelectorAll('*'))]) {
          const raw = (el.textContent ?? '').replace(/[\s\u00a0\u200b\u202f\ufeff]+/g, ' ').trim();
          const count = counts.get(el)!;
          expect(count === 0).toBe(normaliseText(el.textContent ?? '') === '');
          expect(count).toBeLessThanOrEqual(raw.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('visibleCharsUpTo', () => {
  it('is the count of visibleCharCounts up to the limit, and limit + 1 past it', () => {
    const piece = fc.constantFrom('ab', 'é', ' ', '\n', '\u00a0', '\u200b', '<b>', '</b>', '<p>', '</p>', '<i>xyz</i>', '<br>', '<![CDATA[q]]>');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 0, max: 30 }), (pieces, limit) => {
        const body = bodyOf(`<div>${pieces.join('')}</div>`);
        const counts = visibleCharCounts(body);
        for (const el of [body, ...Array.from(body.querySelectorAll('*'))]) {
          const count = counts.get(el)!;
          expect(visibleCharsUpTo(el, limit)).toBe(count > limit ? limit + 1 : count);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('visibleCharCounts between steps', () => {
  it('answers from its cache until the article changes, then counts afresh', async () => {
    const body = bodyOf('<div id="a"><p id="p">Advertisement</p><p id="q">Real words here</p></div>');
    const first = visibleCharCounts(body);
    expect(visibleCharCounts(body)).toBe(first);
    body.querySelector('#p')!.remove();
    const afterRemoval = visibleCharCounts(body);
    expect(afterRemoval).not.toBe(first);
    expect(afterRemoval.get(body.querySelector('#a')!)).toBe('Realwordshere'.length);
    // A change seen only by the observer's callback (a slice boundary) counts too.
    body.querySelector('#q')!.firstChild!.textContent = 'Short';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(visibleCharCounts(body).get(body)).toBe(5);
  });
});
