import { describe, expect, it } from 'vitest';
import { escapeHtml, htmlOf, plainTextOf } from '../../src/render/copy-formats';
import { formatDate, formatReadingTime } from '../../src/shared/format';
import { isEpureMessage, isMenuItemId, isSerialisedPage } from '../../src/messaging';
import { getMessageFor } from './messages';

describe('clipboard formats', () => {
  it('plain text starts with the title', () => {
    expect(plainTextOf({ title: '  Un   titre ', text: 'Premier.\n\nSecond.' })).toBe('Un titre\n\nPremier.\n\nSecond.');
    expect(plainTextOf({ title: '', text: 'Body' })).toBe('Body');
  });

  it('HTML escapes the title and keeps lang and dir', () => {
    const html = htmlOf({ title: 'A <b> & "c"', html: '<p>x</p>', lang: 'ar', dir: 'rtl', url: 'about:blank', siteName: null, byline: null });
    expect(html).toBe('<article lang="ar" dir="rtl">\n<h1>A &lt;b&gt; &amp; &quot;c&quot;</h1>\n<p>x</p>\n</article>');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });

  it('HTML names its source under the title: the site linked to the page, and the byline', () => {
    const html = htmlOf({ title: 'Titre', html: '<p>x</p>', lang: 'fr', dir: null, url: 'https://www.exemple.fr/a?b=1&c=2', siteName: 'Le <Site>', byline: 'Marie Dupont' });
    expect(html).toContain('<h1>Titre</h1>\n<p><a href="https://www.exemple.fr/a?b=1&amp;c=2">Le &lt;Site&gt;</a> · Marie Dupont</p>\n<p>x</p>');
    // No site name: the host stands for it.
    expect(htmlOf({ title: 'T', html: '', lang: null, dir: null, url: 'https://www.exemple.fr/a', siteName: null, byline: null })).toContain('>exemple.fr</a></p>');
  });
});

describe('formatting', () => {
  it('dates in the UI language, nothing for an unusable date', () => {
    expect(formatDate('2025-01-28T18:07:00+01:00', 'fr')).toBe('28 janvier 2025');
    expect(formatDate('2025-01-28T12:00:00Z', 'en')).toBe('January 28, 2025');
    expect(formatDate('il y a 3 heures', 'fr')).toBeNull();
    expect(formatDate(null, 'en')).toBeNull();
  });

  it('reading time in words', () => {
    expect(formatReadingTime(5, getMessageFor('en'))).toBe('5 min read');
    expect(formatReadingTime(0, getMessageFor('fr'))).toBe('1 min de lecture');
  });
});

describe('messaging guards', () => {
  const page = { tooLarge: false, url: 'https://a.example/', html: '<p>x</p>', lang: null, title: 'x' } as const;

  it('recognises the content script result', () => {
    expect(isSerialisedPage(page)).toBe(true);
    expect(isSerialisedPage({ tooLarge: true, url: 'https://a.example/', elementCount: 70000 })).toBe(true);
    expect(isSerialisedPage({ url: 'x' })).toBe(false);
    expect(isSerialisedPage(null)).toBe(false);
  });

  it('accepts only well-formed offscreen requests with a known item', () => {
    expect(isEpureMessage({ target: 'offscreen', type: 'clean-and-copy', menuItemId: 'copy-clean-text', page, siteRuleLines: [], frontMatter: false })).toBe(true);
    // Every field is required: a request without the front-matter choice is not one of ours.
    expect(isEpureMessage({ target: 'offscreen', type: 'clean-and-copy', menuItemId: 'copy-clean-text', page, siteRuleLines: [] })).toBe(false);
    expect(isEpureMessage({ target: 'offscreen', type: 'clean-and-copy', menuItemId: 'rm -rf', page })).toBe(false);
    expect(isEpureMessage({ target: 'background', type: 'clean-and-copy', menuItemId: 'copy-clean-text', page })).toBe(false);
    expect(isMenuItemId('copy-clean-markdown')).toBe(true);
  });
});
