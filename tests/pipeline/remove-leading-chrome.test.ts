import { describe, expect, it } from 'vitest';
import { removeLeadingChrome } from '../../src/pipeline/remove-leading-chrome';
import { articleDraft, paragraphs, PROSE, runStep, textOfRoot, type Lang } from './draft';

const clean = (body: string, lang: Lang) => runStep(removeLeadingChrome, articleDraft(body, lang));

describe('remove-leading-chrome', () => {
  it('is named after its file', () => expect(removeLeadingChrome.name).toBe('remove-leading-chrome'));

  it('removes a breadcrumb list before the first paragraph', () => {
    const draft = clean(`<ol class="breadcrumb"><li><a href="/">Accueil</a></li><li><a href="/sport/">Sport</a></li></ol>${paragraphs('fr')}`, 'fr');
    expect(textOfRoot(draft)).toBe(PROSE.fr.join(' '));
    expect(draft.removals).toEqual([
      { step: 'remove-leading-chrome', rule: 'leading-link-line', text: 'Accueil' },
      { step: 'remove-leading-chrome', rule: 'leading-link-line', text: 'Sport' },
    ]);
  });

  it.each([
    ['de', '<div class="kicker"><a href="/wirtschaft/">Wirtschaft</a></div>', 'Wirtschaft'],
    ['es', '<p><a href="/internacional/">Internacional</a></p>', 'Internacional'],
    ['it', '<div><span><a href="/cronaca/">Cronaca</a></span></div>', 'Cronaca'],
  ] as [Lang, string, string][])('%s: removes a category link line above the article', (lang, html, text) => {
    const draft = clean(`${html}${paragraphs(lang)}`, lang);
    expect(textOfRoot(draft)).toBe(PROSE[lang].join(' '));
    expect(draft.removals).toEqual([{ step: 'remove-leading-chrome', rule: 'leading-link-line', text }]);
  });

  it.each([
    ['fr', '<p><a href="/">Accueil</a> › <a href="/tech/">Tech</a></p>'],
    ['it', '<div><a href="/cronaca/">Cronaca</a> <a href="/cronaca/lago/">Lago</a></div>'],
  ] as [Lang, string][])('%s: removes a short one-line breadcrumb with separators', (lang, html) => {
    const draft = clean(`${html}${paragraphs(lang)}`, lang);
    expect(textOfRoot(draft)).toBe(PROSE[lang].join(' '));
  });

  it('removes a section kicker that is not a link', () => {
    const draft = clean(`<div class="kicker">Sociedad</div>${paragraphs('es')}`, 'es');
    expect(textOfRoot(draft)).toBe(PROSE.es.join(' '));
    expect(draft.removals).toEqual([{ step: 'remove-leading-chrome', rule: 'kicker', text: 'Sociedad' }]);
  });

  it('keeps a short subheading above the first paragraph', () => {
    const draft = clean(`<h2>Der Plan</h2>${paragraphs('de')}`, 'de');
    expect(textOfRoot(draft)).toContain('Der Plan');
  });

  it.each([
    ['en', '<div><a href="/">Home</a> / <a href="/local/">Local</a> / <a href="/local/transport/">Transport</a></div>'],
    ['de', '<p><a href="/">Startseite</a> › <a href="/region/">Region</a> › <a href="/region/lindhagen/">Lindhagen</a></p>'],
  ] as [Lang, string][])('%s: removes a longer one-line breadcrumb with separators', (lang, html) => {
    const draft = clean(`${html}${paragraphs(lang)}`, lang);
    expect(textOfRoot(draft)).toBe(PROSE[lang].join(' '));
  });

  it('keeps the standfirst above the first paragraph', () => {
    const standfirst = 'Quatre millions pour la piscine Jean-Moulin.';
    const draft = clean(`<p><a href="/sport/">Sport</a></p><p class="chapo"><strong>${standfirst}</strong></p>${paragraphs('fr')}`, 'fr');
    expect(textOfRoot(draft)).toBe(`${standfirst} ${PROSE.fr.join(' ')}`);
  });

  it('keeps a short standfirst that holds a link among its words', () => {
    const standfirst = 'Der Stadtrat stimmt dem <a href="/plan">Sanierungsplan</a> zu.';
    const draft = clean(`<p>${standfirst}</p>${paragraphs('de')}`, 'de');
    expect(textOfRoot(draft)).toContain('Der Stadtrat stimmt dem Sanierungsplan zu.');
  });

  it('keeps a captioned figure above the text, even when the caption is a link', () => {
    const draft = clean(`<figure><img src="/a.jpg" alt=""><figcaption><a href="/galeria">Galería</a></figcaption></figure>${paragraphs('es')}`, 'es');
    expect(textOfRoot(draft)).toContain('Galería');
  });

  it('looks at nothing after the first paragraph of prose', () => {
    const draft = clean(`<p>${PROSE.en[0]}</p><p><a href="/local/">Local</a></p><p>${PROSE.en[1]}</p>`, 'en');
    expect(textOfRoot(draft)).toContain('Local');
    expect(draft.removals).toEqual([]);
  });

  it('keeps a long linked line above the article (not navigation)', () => {
    const long = 'Read the council’s full report on the library rebuilding plan and its budget';
    const draft = clean(`<p><a href="/report">${long}</a></p>${paragraphs('en')}`, 'en');
    expect(textOfRoot(draft)).toContain(long);
  });
});
