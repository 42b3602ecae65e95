import { describe, expect, it } from 'vitest';
import { removePromoLinks } from '../../src/pipeline/remove-promo-links';
import { articleDraft, PROSE, runStep, textOfRoot, type Lang } from './draft';

const clean = (body: string, lang: Lang) => runStep(removePromoLinks, articleDraft(body, lang));

const PROMOS: [Lang, string, string, string][] = [
  ['fr', '<p><strong>&gt;&gt; Les milliardaires portent les mêmes vêtements tous les jours &lt;&lt;</strong></p>', '>> Les milliardaires portent les mêmes vêtements tous les jours <<', 'promo-link/*/wrapped'],
  ['fr', '<p>» À LIRE AUSSI : <a href="/tech/zuckerberg-ring.html">Mark Zuckerberg prêt à combattre Elon Musk sur le ring</a></p>', '» À LIRE AUSSI : Mark Zuckerberg prêt à combattre Elon Musk sur le ring', 'promo-link/fr/lire-aussi'],
  ['en', '<p>Read more: <a href="/local/bridge.html">Harbour bridge repairs to close two lanes until June</a></p>', 'Read more: Harbour bridge repairs to close two lanes until June', 'promo-link/en/read-more'],
  ['en', '<p><strong>RELATED:</strong> <a href="/local/fares.html">Council votes to freeze transit fares for 2025</a></p>', 'RELATED: Council votes to freeze transit fares for 2025', 'promo-link/en/related'],
  ['de', '<p><strong>Lesen Sie auch:</strong> <a href="/wirtschaft/gaspreis.html">Stadtwerke Lindhagen senken Gaspreis zum ersten Mal</a></p>', 'Lesen Sie auch: Stadtwerke Lindhagen senken Gaspreis zum ersten Mal', 'promo-link/de/lesen-sie-auch'],
  ['de', '<p>Auch interessant: <a href="/foerderung.html">Förderung für Wärmepumpen: So viele Anträge</a></p>', 'Auch interessant: Förderung für Wärmepumpen: So viele Anträge', 'promo-link/de/auch-interessant'],
  ['es', '<p><b>Te puede interesar:</b> <a href="/alquiler.html">Los pueblos que pagan parte del alquiler a las familias con hijos</a></p>', 'Te puede interesar: Los pueblos que pagan parte del alquiler a las familias con hijos', 'promo-link/es/lee-tambien'],
  ['es', '<p>Lee también: <a href="/plazas.html">Educación convoca 40 plazas de maestro para escuelas rurales</a></p>', 'Lee también: Educación convoca 40 plazas de maestro para escuelas rurales', 'promo-link/es/lee-tambien'],
  ['it', '<p><strong>Leggi anche:</strong> <a href="/battelli.html">Battelli elettrici sul lago, la Regione stanzia i primi fondi</a></p>', 'Leggi anche: Battelli elettrici sul lago, la Regione stanzia i primi fondi', 'promo-link/it/leggi-anche'],
];

describe('remove-promo-links', () => {
  it('is named after its file', () => expect(removePromoLinks.name).toBe('remove-promo-links'));

  it.each(PROMOS)('%s: removes the promo line %j', (lang, html, text, rule) => {
    const draft = clean(`<p>${PROSE[lang][0]}</p>${html}<p>${PROSE[lang][1]}</p>`, lang);
    const after = textOfRoot(draft);
    expect(after).not.toContain(text.slice(text.length - 25));
    expect(after).toContain(PROSE[lang][0]);
    expect(after).toContain(PROSE[lang][1]);
    expect(draft.removals).toEqual([{ step: 'remove-promo-links', rule, text }]);
  });

  it('takes the short link list that follows a lone lead-in', () => {
    const draft = clean(
      `<p>${PROSE.fr[0]}</p><p><strong>À lire aussi</strong></p><ul><li><a href="/a">Après Kaos, Netflix annule une autre série</a></li><li><a href="/b">Les lunettes connectées arrivent en France</a></li></ul><p>${PROSE.fr[1]}</p>`,
      'fr',
    );
    const after = textOfRoot(draft);
    expect(after).not.toContain('À lire aussi');
    expect(after).not.toContain('Netflix annule');
    expect(after).not.toContain('lunettes connectées');
    expect(after).toContain(PROSE.fr[1]);
  });

  it('keeps a long paragraph of prose that starts with "Read more about…"', () => {
    const prose =
      'Read more about this in our report on regional media, which found the same pattern in local news: small publishers who built a loyal email list now earn more from a single weekly sponsor than from all of their display banners combined.';
    const draft = clean(`<p>${PROSE.en[0]}</p><p>${prose}</p>`, 'en');
    expect(textOfRoot(draft)).toContain(prose);
    expect(draft.removals).toEqual([]);
  });

  it('keeps a long unlinked paragraph even when it opens with a lead-in', () => {
    const prose =
      "Lesen Sie auch die Stellungnahme der Bürgerinitiative, die der Redaktion vorliegt: Darin heißt es, das Projekt sei zu teuer, zu laut und an der falschen Stelle geplant, und die Stadt habe die Anwohner viel zu spät informiert.";
    expect(prose.length).toBeGreaterThan(200);
    const draft = clean(`<p>${PROSE.de[0]}</p><p>${prose}</p>`, 'de');
    expect(textOfRoot(draft)).toContain(prose);
  });

  it.each([
    ['en', 'Read more books, the doctor told her.'],
    ['de', 'Lesen Sie die Packungsbeilage sorgfältig.'],
    ['de', 'Mehr dazu sagte er nicht.'],
    ['es', 'Leer tampoco es fácil para muchos niños.'],
    ['it', 'Leggi e decreti sono stati pubblicati in Gazzetta.'],
    ['fr', "Sur le même sujet, le ministre n'a pas souhaité s'exprimer."],
    ['de', '»Wir schaffen das«, sagte die Bürgermeisterin.'],
  ] as [Lang, string][])('%s: keeps the sentence %j', (lang, sentence) => {
    const draft = clean(`<p>${PROSE[lang][0]}</p><p>${sentence}</p><p>${PROSE[lang][1]}</p>`, lang);
    expect(textOfRoot(draft)).toContain(sentence);
    expect(draft.removals).toEqual([]);
  });

  it('keeps a paragraph that only links to more reading inside a sentence', () => {
    const sentence = `${PROSE.en[2]} <a href="/report.html">Read more</a> in the full report.`;
    const draft = clean(`<p>${sentence}</p>`, 'en');
    expect(textOfRoot(draft)).toContain('Read more in the full report.');
  });
});
