import { describe, expect, it } from 'vitest';
import { removeAdLabels } from '../../src/pipeline/remove-ad-labels';
import { articleDraft, linesOf, PROSE, runStep, textOfRoot, type Lang } from './draft';

function clean(body: string, lang: string | null) {
  return runStep(removeAdLabels, articleDraft(body, lang ?? 'xx', { meta: { lang } }));
}

const BLOCK_LABELS: [Lang, string, string][] = [
  ['fr', 'La suite après la publicité', 'ad-label/fr/suite-apres-publicite'],
  ['fr', 'Publicité', 'ad-label/fr/publicite'],
  ['en', 'Advertisement', 'ad-label/*/advertisement'],
  ['en', 'Story continues below advertisement', 'ad-label/en/continues-below'],
  ['de', 'Anzeige', 'ad-label/de/anzeige'],
  ['de', 'Weiter nach der Anzeige', 'ad-label/de/weiter-nach-der-anzeige'],
  ['es', 'Publicidad', 'ad-label/es/publicidad'],
  ['es', 'Sigue leyendo después de la publicidad', 'ad-label/es/sigue-leyendo'],
  ['it', 'Pubblicità', 'ad-label/it/pubblicita'],
  ['it', 'Continua a leggere dopo la pubblicità', 'ad-label/it/continua-dopo-la-pubblicita'],
];

describe('remove-ad-labels', () => {
  it('is named after its file', () => expect(removeAdLabels.name).toBe('remove-ad-labels'));

  it.each(BLOCK_LABELS)('%s: removes the ad slot labelled "%s", with its empty frame', (lang, label, rule) => {
    const draft = clean(`<p>${PROSE[lang][0]}</p><div class="slot"><p class="label">${label}</p><div class="frame"></div></div><p>${PROSE[lang][1]}</p>`, lang);
    expect(textOfRoot(draft)).not.toContain(label);
    expect(draft.root!.querySelector('.slot')).toBeNull();
    expect(textOfRoot(draft)).toContain(PROSE[lang][0]);
    expect(textOfRoot(draft)).toContain(PROSE[lang][1]);
    expect(draft.removals).toEqual([{ step: 'remove-ad-labels', rule, text: label }]);
  });

  it('removes the English "Advertisement" label on a page in another language', () => {
    const draft = clean(`<p>${PROSE.it[0]}</p><aside>ADVERTISEMENT</aside><p>${PROSE.it[1]}</p>`, 'it');
    expect(textOfRoot(draft)).not.toContain('ADVERTISEMENT');
    expect(draft.removals.map((r) => r.rule)).toEqual(['ad-label/*/advertisement']);
  });

  it('applies every language when the page does not say its language', () => {
    const draft = clean(`<p>${PROSE.de[0]}</p><div>Anzeige</div><p>${PROSE.de[1]}</p>`, null);
    expect(textOfRoot(draft)).not.toContain('Anzeige');
  });

  it('removes an ad slot holding only a tracking pixel', () => {
    const draft = clean(`<p>${PROSE.fr[0]}</p><div class="pub"><span>Publicité</span><img src="https://ads.example/px.gif" width="1" height="1" alt=""></div>`, 'fr');
    expect(draft.root!.querySelector('.pub')).toBeNull();
  });

  it('removes a <br>-separated "ADVERTISEMENT" run inside a paragraph and keeps the rest of it', () => {
    const draft = clean(`<div class="story-text">${PROSE.en[0]}<br><br>ADVERTISEMENT<br><br>${PROSE.en[1]}</div>`, 'en');
    const text = textOfRoot(draft);
    expect(text).not.toContain('ADVERTISEMENT');
    expect(text).toContain(PROSE.en[0]);
    expect(text).toContain(PROSE.en[1]);
    expect(draft.root!.querySelectorAll('br').length).toBeGreaterThan(0);
    expect(draft.removals).toEqual([{ step: 'remove-ad-labels', rule: 'ad-label/*/advertisement', text: 'ADVERTISEMENT' }]);
  });

  it.each([
    ['de', 'Anzeige'],
    ['es', 'Publicidad'],
    ['it', 'Pubblicità'],
    ['fr', 'La suite après la publicité'],
  ] as [Lang, string][])('%s: removes a "%s" run between line breaks', (lang, label) => {
    const draft = clean(`<p>${PROSE[lang][0]}<br>${label}<br>${PROSE[lang][1]}</p>`, lang);
    expect(linesOf(draft).join(' ')).not.toContain(label);
    expect(textOfRoot(draft)).toContain(PROSE[lang][0]);
    expect(textOfRoot(draft)).toContain(PROSE[lang][1]);
  });

  it.each([
    ['en', 'Advertisement budgets have a habit of following attention, and for most of the past decade attention meant social feeds and video platforms.'],
    ['en', 'Advertising revenue fell 5% this quarter.'],
    ['fr', 'La publicité en ligne représente 40 % du marché.'],
    ['de', 'Die Anzeige wurde bei der Polizei erstattet.'],
    ['de', 'Anzeige gegen Unbekannt erstattet'],
    ['es', 'La publicidad institucional creció un 12 % este año.'],
    ['it', 'La pubblicità online vale il 40% del mercato.'],
  ] as [Lang, string][])('%s: keeps a sentence that mentions advertising: "%s"', (lang, sentence) => {
    const draft = clean(`<p>${PROSE[lang][0]}</p><p>${sentence}</p>`, lang);
    expect(textOfRoot(draft)).toContain(sentence);
    expect(draft.removals).toEqual([]);
  });

  it('keeps a <br> run that is a sentence about advertising', () => {
    const line = 'Die Anzeige wurde bei der Polizei erstattet.';
    const draft = clean(`<p>${PROSE.de[0]}<br>${line}<br>${PROSE.de[1]}</p>`, 'de');
    expect(textOfRoot(draft)).toContain(line);
  });

  it('keeps a caption, even one that reads like a label (PROTECTED)', () => {
    const draft = clean(`<p>${PROSE.fr[0]}</p><figure><img src="https://img.example/affiche.jpg" alt=""><figcaption>Publicité</figcaption></figure>`, 'fr');
    expect(draft.root!.querySelector('figcaption')?.textContent).toBe('Publicité');
    expect(draft.root!.querySelector('img')).not.toBeNull();
  });

  it('keeps a table cell that reads like a label', () => {
    const draft = clean(`<table><tr><th>Poste</th><th>Montant</th></tr><tr><td>Publicité</td><td>2 M€</td></tr></table>`, 'fr');
    expect(textOfRoot(draft)).toContain('Publicité');
  });

  it('keeps an image in an ad-labelled wrapper, dropping only the label', () => {
    const draft = clean(`<div><p>Anzeige</p><img src="https://img.example/foto.jpg" alt="Foto"></div><p>${PROSE.de[0]}</p>`, 'de');
    expect(draft.root!.querySelector('img')).not.toBeNull();
    expect(textOfRoot(draft)).not.toContain('Anzeige');
  });

  it('removes an ad slot whose label sits over a linked banner, and keeps a labelled photo that links nowhere', () => {
    const slot = clean(`<p>${PROSE.pl[0]}</p><figure><a href="https://shop.example/p/1"><img src="https://shop.example/b.jpg" alt="Reklama"></a><figcaption>Reklama</figcaption></figure><p>${PROSE.pl[1]}</p>`, 'pl');
    expect(slot.root!.querySelector('img')).toBeNull();
    expect(textOfRoot(slot)).toBe(PROSE.pl.slice(0, 2).join(' '));
    const photo = clean(`<p>${PROSE.de[0]}</p><div><p>Anzeige</p><img src="https://example.de/foto.jpg" alt=""></div><p>${PROSE.de[1]}</p>`, 'de');
    expect(photo.root!.querySelector('img')).not.toBeNull();
  });
});
