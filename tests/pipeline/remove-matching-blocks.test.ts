import { describe, expect, it } from 'vitest';
import { removeMatchingBlocks } from '../../src/pipeline/remove-matching-blocks';
import { articleDraft, PROSE, textOfRoot } from './draft';

/** The shared engine of the label-removing steps, driven here with the ad-label rules. */
const spec = { step: 'test-step', kind: 'ad-label' as const, maxChars: 80, wrapperSlack: 0 };

describe('remove-matching-blocks', () => {
  it('removes a block whose whole text a rule of the page language matches, with the wrapper that only frames it', () => {
    const draft = removeMatchingBlocks(articleDraft(`<p>${PROSE.de[0]}</p><div class="ad"><div><span>Anzeige</span></div></div><p>${PROSE.de[1]}</p>`, 'de'), spec);
    expect(draft.root!.querySelector('.ad')).toBeNull();
    expect(draft.removals).toEqual([{ step: 'test-step', rule: 'ad-label/de/anzeige', text: 'Anzeige' }]);
  });

  it('does not climb into a wrapper that holds a sentence of its own', () => {
    const draft = removeMatchingBlocks(articleDraft(`<div><p>${PROSE.es[0]}</p><p>Publicidad</p></div>`, 'es'), { ...spec, wrapperSlack: 400 });
    expect(textOfRoot(draft)).toBe(PROSE.es[0]);
  });

  it.each([
    ['figcaption', '<figure><img src="/a.jpg" alt=""><figcaption>Publicité</figcaption></figure>'],
    ['table cell', '<table><tr><td>Publicité</td></tr></table>'],
  ])('never removes the figure or table of a %s, which holds the article’s own words', (_label, html) => {
    const draft = removeMatchingBlocks(articleDraft(`<p>${PROSE.fr[0]}</p>${html}`, 'fr'), spec);
    expect(textOfRoot(draft)).toContain('Publicité');
  });

  it.each([
    ['caption', '<table><caption>Publicité</caption><tr><td>1</td></tr></table>'],
    ['pre', '<pre>Publicité</pre>'],
    ['code', '<p><code>Publicité</code> est le nom du champ.</p>'],
  ])('never removes a %s, which holds the article’s own words', (_label, html) => {
    const draft = removeMatchingBlocks(articleDraft(`<p>${PROSE.fr[0]}</p>${html}`, 'fr'), spec);
    expect(textOfRoot(draft)).toContain('Publicité');
    expect(draft.removals).toEqual([]);
  });

  it('keeps a label-like link inside a sentence', () => {
    const draft = removeMatchingBlocks(articleDraft('<p>Le panneau indiquait <a href="/pub">Publicité</a> en lettres rouges.</p>', 'fr'), spec);
    expect(textOfRoot(draft)).toBe('Le panneau indiquait Publicité en lettres rouges.');
  });

  it('returns the same draft when nothing matched', () => {
    const before = articleDraft(`<p>${PROSE.it[0]}</p>`, 'it');
    expect(removeMatchingBlocks(before, spec)).toBe(before);
  });
});
