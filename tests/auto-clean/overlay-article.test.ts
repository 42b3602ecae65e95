// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overlayArticleOf } from '../../src/host/overlay-article';
import { cleanPage } from '../../src/host/clean-page';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const page = (slug: string) => {
  const { url } = JSON.parse(readFileSync(join(FIXTURES, slug, 'case.json'), 'utf8')) as { url: string };
  return { tooLarge: false as const, url, html: readFileSync(join(FIXTURES, slug, 'source.html'), 'utf8'), lang: null, title: '' };
};

describe('auto-clean keeps the strict check', () => {
  it('leaves a short page alone (a results table), which the reader shows when the user asks', () => {
    const brief = page('keep-results-table-de');
    expect(overlayArticleOf(brief, [])).toEqual({ ok: false, reason: 'not-an-article' });
    const asked = cleanPage(brief);
    expect(asked).toMatchObject({ ok: true, short: true });
  });

  it('covers a full article', () => {
    const article = overlayArticleOf(page('fr-seed-semantic'), []);
    expect(article.ok).toBe(true);
  });

  it('never covers a home page', () => {
    expect(overlayArticleOf(page('not-article-home-fr'), [])).toEqual({ ok: false, reason: 'not-an-article' });
  });
});
