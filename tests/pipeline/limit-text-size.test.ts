import { describe, expect, it } from 'vitest';
import { limitTextSize, MAX_TEXT_CHARS } from '../../src/pipeline/limit-text-size';
import { draftOf, PROSE } from './draft';

const pageWith = (body: string) => draftOf(`<!doctype html><html lang="en"><body><div id="article">${body}</div></body></html>`, { lang: 'en' });

describe('limit-text-size', () => {
  it('is named after its file', () => expect(limitTextSize.name).toBe('limit-text-size'));

  it('lets an ordinary article through unchanged', () => {
    const draft = pageWith(`<p>${PROSE.en[0]}</p>`);
    expect(limitTextSize.run(draft)).toBe(draft);
  });

  it('refuses a page with more text than Épure cleans at once, saying how much', () => {
    const paragraph = `<p>${'word '.repeat(2000)}</p>`; // 10,000 characters
    const outcome = limitTextSize.run(pageWith(paragraph.repeat(Math.ceil(MAX_TEXT_CHARS / 10_000) + 1)));
    expect(outcome).toMatchObject({ ok: false, reason: 'too-large' });
    expect((outcome as { message: string }).message).toMatch(/2,0\d\d,\d{3} characters of text, more than the 2,000,000/);
  });

  it('counts the text when the markup is longer than the limit, and trusts short markup without counting', () => {
    const paragraph = `<p>${'word '.repeat(2000)}</p>`;
    const html = paragraph.repeat(Math.ceil(MAX_TEXT_CHARS / 10_000) + 1);
    const withMarkup = (markupChars: number) => {
      const draft = pageWith(html);
      return { ...draft, options: { ...draft.options, markupChars } };
    };
    expect(limitTextSize.run(withMarkup(html.length))).toMatchObject({ ok: false, reason: 'too-large' });
    // Markup can never hold more text than its own length: a short one is let through as it is.
    const short = withMarkup(MAX_TEXT_CHARS);
    expect(limitTextSize.run(short)).toBe(short);
  });
});
