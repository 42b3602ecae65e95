import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/article';
import { findArticle, MIN_ARTICLE_CHARS } from '../../src/pipeline/find-article';
import { articlePage, isFailure, LANGS, PROSE, throughStep } from './draft';

/** A news home page: a grid of teaser cards, each a linked headline and a one-line teaser. */
function homePage(): string {
  const cards = Array.from(
    { length: 24 },
    (_, i) => `<article class="card"><h2><a href="/news/${i}.html">Headline number ${i} about the city council and its many projects this year</a></h2><p><a href="/news/${i}.html">Read the story of headline number ${i} in full on our website today</a></p></article>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><title>City News – Home</title></head><body><header><nav><a href="/">Home</a> <a href="/local/">Local</a></nav></header><main>${cards}</main><footer><p>© City News</p></footer></body></html>`;
}

const SHORT_PAGE = `<!doctype html><html lang="fr"><head><title>Brève</title></head><body><main><h1>Brève</h1><p>La piscine rouvrira lundi à 9 heures.</p></main></body></html>`;

function asDraft(outcome: ReturnType<typeof throughStep>): Draft {
  if (isFailure(outcome)) throw new Error(`expected an article, got ${outcome.reason}`);
  return outcome;
}

describe('find-article', () => {
  it('is named after its file', () => expect(findArticle.name).toBe('find-article'));

  it.each(LANGS)('finds the article of a real %s page, without the page chrome', (lang) => {
    const draft = asDraft(throughStep(articlePage(lang), findArticle));
    const text = draft.root!.textContent ?? '';
    for (const p of PROSE[lang]) expect(text).toContain(p);
    expect(text).not.toContain('Footer');
    expect(draft.meta.title).toBe(`Article ${lang}`);
    expect(draft.meta.lang).toBe(lang);
    expect(draft.meta.dir).toBe(null);
  });

  it('refuses a home page of links as not-an-article, with a message in words', () => {
    const outcome = throughStep(homePage(), findArticle);
    expect(outcome).toMatchObject({ ok: false, reason: 'not-an-article' });
    expect((outcome as { message: string }).message).toMatch(/lists other pages.*not an article/);
  });

  it('shows a short page the user asked for, saying it is short', () => {
    const draft = asDraft(throughStep(SHORT_PAGE, findArticle));
    expect(draft.root!.textContent).toContain('La piscine rouvrira lundi à 9 heures.');
    expect(draft.short).toBe(true);
  });

  it('refuses a short page under the strict check (auto-clean)', () => {
    expect(throughStep(SHORT_PAGE, findArticle, { options: { strict: true } })).toMatchObject({ ok: false, reason: 'not-an-article' });
  });

  it('with force ("Clean anyway"), still cleans a short page', () => {
    const draft = asDraft(throughStep(SHORT_PAGE, findArticle, { options: { force: true } }));
    expect(draft.root!.textContent).toContain('La piscine rouvrira lundi à 9 heures.');
    expect(draft.root!.textContent!.trim().length).toBeLessThan(MIN_ARTICLE_CHARS);
  });

  it('with force, still gives the home page a body to read', () => {
    const draft = asDraft(throughStep(homePage(), findArticle, { options: { force: true } }));
    expect(draft.root!.textContent).toContain('Headline number');
  });

  it('refuses an empty page even with force', () => {
    const outcome = throughStep('<!doctype html><html><head><title>Empty</title></head><body><div></div></body></html>', findArticle, { options: { force: true } });
    expect(outcome).toMatchObject({ ok: false, reason: 'not-an-article' });
  });

  it('keeps the byline collected earlier and takes right-to-left direction from the page', () => {
    const html = articlePage('en', '', '<meta name="author" content="Jane Smith">').replace('<html lang="en">', '<html lang="en" dir="rtl">');
    const draft = asDraft(throughStep(html, findArticle));
    expect(draft.meta.byline).toBe('Jane Smith');
    expect(draft.meta.dir).toBe('rtl');
  });

  it('falls back on the author the markup names when neither the meta tags nor Readability give one', () => {
    // Readability drops header.entry-header as an unlikely candidate before it reads the byline in it.
    const header = '<header class="entry-header"><h1>Headline</h1><address class="vcard"><a href="/author/jane" rel="author">Jane Smith</a></address></header>';
    const html = articlePage('en').replace('<body>', `<body>${header}`);
    expect(asDraft(throughStep(html, findArticle)).meta.byline).toBe('Jane Smith');
    const withMeta = articlePage('en', '', '<meta name="author" content="John Roe">').replace('<body>', `<body>${header}`);
    expect(asDraft(throughStep(withMeta, findArticle)).meta.byline).toBe('John Roe');
  });

  it('prefers the author the markup names to a "byline" Readability found that is a date', () => {
    const header = '<header class="entry-header"><h1>Headline</h1><a href="/author/jane" rel="author">Jane Smith</a></header>';
    const dated = articlePage('en').replace('<body>', `<body>${header}<p class="byline">Sunday, Feb 1, 2015 11:57 AM UTC</p>`);
    expect(asDraft(throughStep(dated, findArticle)).meta.byline).toBe('Jane Smith');
    // Without a marked author, Readability's find stays.
    const unmarked = articlePage('en').replace('<body>', '<body><p class="byline">By John Roe, 2015</p>');
    expect(asDraft(throughStep(unmarked, findArticle)).meta.byline).toBe('By John Roe, 2015');
  });

  it('works on the copy: the live page keeps its navigation and footer', () => {
    const outcome = asDraft(throughStep(articlePage('de'), findArticle));
    expect(outcome.source.querySelector('footer')).not.toBeNull();
    expect(outcome.root!.ownerDocument).toBe(outcome.doc);
  });
});
