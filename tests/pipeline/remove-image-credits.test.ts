import { describe, expect, it } from 'vitest';
import { removeImageCredits } from '../../src/pipeline/remove-image-credits';
import { articleDraft, PROSE, runStep, textOfRoot, type Lang } from './draft';

const clean = (body: string, lang: Lang | 'ko' | 'ja') => runStep(removeImageCredits, articleDraft(body, lang));

const CREDITS: [Lang, string, string][] = [
  ['de', 'Foto: dpa', 'image-credit/de/foto'],
  ['fr', '© Reuters', 'image-credit/*/copyright'],
  ['fr', 'Crédit photo : Jean Dupont', 'image-credit/fr/credit-photo'],
  ['en', 'Photo: Jane Doe/Agency', 'image-credit/en/photo-credit'],
  ['en', '(Getty Images)', 'image-credit/*/agency'],
  ['es', 'Foto: EFE', 'image-credit/es/foto'],
  ['it', 'Foto: ANSA', 'image-credit/it/foto'],
];

const IMG = '<img src="https://img.example/a.jpg" alt="A">';

describe('remove-image-credits', () => {
  it('is named after its file', () => expect(removeImageCredits.name).toBe('remove-image-credits'));

  it.each(CREDITS)('%s: removes the standalone credit line %j under an image', (lang, credit, rule) => {
    const draft = clean(`<p>${PROSE[lang][0]}</p><figure>${IMG}</figure><p class="credit">${credit}</p><p>${PROSE[lang][1]}</p>`, lang);
    expect(textOfRoot(draft)).toBe(`${PROSE[lang][0]} ${PROSE[lang][1]}`);
    expect(draft.root!.querySelector('img')).not.toBeNull();
    expect(draft.removals).toEqual([{ step: 'remove-image-credits', rule, text: credit }]);
  });

  it.each(CREDITS)('%s: removes the credit %j next to an image in the same wrapper, keeping the image', (lang, credit) => {
    const draft = clean(`<p>${PROSE[lang][0]}</p><div class="media">${IMG}<span class="credit">${credit}</span></div><p>${PROSE[lang][1]}</p>`, lang);
    expect(textOfRoot(draft)).not.toContain(credit);
    expect(draft.root!.querySelector('img')).not.toBeNull();
  });

  it('keeps the image of a figure whose caption is only a credit', () => {
    const draft = clean(`<p>${PROSE.it[0]}</p><figure>${IMG}<figcaption>Foto: ANSA</figcaption></figure><p>${PROSE.it[1]}</p>`, 'it');
    expect(draft.root!.querySelector('img')).not.toBeNull();
  });

  it('drops a credit that is its own element in a caption and keeps the caption words', () => {
    const draft = clean(`<figure>${IMG}<figcaption>Die Baustelle am Stadtpark im Februar. <span class="credit">Foto: dpa</span></figcaption></figure><p>${PROSE.de[0]}</p>`, 'de');
    expect(draft.root!.querySelector('figcaption')?.textContent?.trim()).toBe('Die Baustelle am Stadtpark im Februar.');
    expect(draft.root!.querySelector('img')).not.toBeNull();
    expect(draft.removals).toEqual([{ step: 'remove-image-credits', rule: 'image-credit/de/foto', text: 'Foto: dpa' }]);
  });

  it.each([
    ['de', 'Polizisten sichern den Tatort in Berlin.', ' Foto: Paul Zinken/dpa', 'image-credit/de/foto'],
    ['es', 'Agentes de la Guardia Civil en el lugar del suceso.', ' Foto: EFE', 'image-credit/es/foto'],
    ['it', 'I soccorritori al lavoro a Genova.', ' Foto: ANSA', 'image-credit/it/foto'],
    ['fr', 'Mark Zuckerberg lors d’une conférence à Menlo Park.', ' © Action Press / Bestimage', 'image-credit/*/copyright'],
    ['de', 'Erdölpumpen im Abendrot.', ' Bild: <a href="https://stock.example/1">TebNad/Shutterstock.com</a>', 'image-credit/de/foto'],
  ] as [Lang, string, string, string][])('%s: cuts the credit after the caption\'s last sentence, and keeps its words %j', (lang, words, credit, rule) => {
    const draft = clean(`<figure>${IMG}<figcaption>${words}${credit}</figcaption></figure><p>${PROSE[lang][0]}</p>`, lang);
    expect(draft.root!.querySelector('figcaption')?.textContent).toBe(words);
    expect(draft.root!.querySelector('figcaption a')).toBeNull();
    expect(draft.removals.map((r) => r.rule)).toEqual([rule]);
  });

  it.each([
    ['de', 'Die AFP-Fotografin Jane Doe am Tatort in Berlin, wo sie seit Jahren arbeitet.'],
    ['en', 'Photographers from Reuters and AFP wait outside the court. They were there all day.'],
  ] as [Lang, string][])('%s: keeps a caption whose last sentence only names an agency %j', (lang, caption) => {
    const draft = clean(`<figure>${IMG}<figcaption>${caption}</figcaption></figure><p>${PROSE[lang][0]}</p>`, lang);
    expect(draft.root!.querySelector('figcaption')?.textContent).toBe(caption);
    expect(draft.removals).toEqual([]);
  });

  it('cuts the credit that ends a line under a picture that is no <figcaption>', () => {
    const golf = clean(
      `<div><a href="/big.jpg"><div><picture>${IMG}</picture></div></a><p>Lee Elder war mit golferischem Talent gesegnet. | © Augusta National/Getty Images</p></div><p>${PROSE.de[0]}</p>`,
      'de',
    );
    expect(golf.root!.textContent).toContain('Lee Elder war mit golferischem Talent gesegnet.');
    expect(golf.root!.textContent).not.toContain('Getty');
    const hermelin = clean(`<p><span><span><a href="/h.jpg">${IMG}</a></span><span>Das Hermelin ist im Winter gut getarnt.&nbsp;(mlharing / iStock.com)</span></span></p><p>${PROSE.de[0]}</p>`, 'de');
    expect(hermelin.root!.textContent).toContain('Das Hermelin ist im Winter gut getarnt.');
    expect(hermelin.root!.textContent).not.toContain('iStock');
  });

  it.each([
    ['en', 'Firefighters battle the blaze in Los Angeles on Tuesday.', ' (Getty Images)', 'image-credit/*/agency'],
    ['en', 'One of the protesters on stage.', ' (Photo: Just Stop Oil/PA Wire)', 'image-credit/en/photo-credit'],
    ['de', 'Polizisten sichern den Tatort in Berlin.', ' (Foto: Paul Zinken/dpa)', 'image-credit/de/foto'],
    ['fr', 'Les pompiers à Marseille, mardi.', ' (AFP)', 'image-credit/*/agency'],
  ] as [Lang, string, string, string][])('%s: cuts the bracketed credit that ends a caption, and keeps its words %j', (lang, words, credit, rule) => {
    const draft = clean(`<figure>${IMG}<figcaption>${words}${credit}</figcaption></figure><p>${PROSE[lang][0]}</p>`, lang);
    expect(draft.root!.querySelector('figcaption')?.textContent).toBe(words);
    expect(draft.removals).toEqual([{ step: 'remove-image-credits', rule, text: credit.trim() }]);
  });

  it('cuts the credits Korean and Japanese captions end with', () => {
    const ko = clean(`<figure>${IMG}<figcaption>이재명 대통령 당선인이 인사하고 있다. [사진 출처 = 연합뉴스]</figcaption></figure><p>${PROSE.en[0]}</p>`, 'ko');
    expect(ko.root!.querySelector('figcaption')?.textContent).toBe('이재명 대통령 당선인이 인사하고 있다.');
    const ja = clean(`<figure>${IMG}<figcaption>３日、ソウルの国会前で警備に当たる警察官ら＝ＡＰ</figcaption></figure><p>${PROSE.en[0]}</p>`, 'ja');
    expect(ja.root!.querySelector('figcaption')?.textContent).toBe('３日、ソウルの国会前で警備に当たる警察官ら');
  });

  it.each([
    ['de', 'Fotos zeigen, wie sich das Feuer ausbreitete.'],
    ['en', 'AFP reported that the minister resigned.'],
    ['en', 'Credit card debt rose 5% in 2024.'],
    ['es', 'Las fotos del accidente se difundieron en redes sociales.'],
    ['it', "Le foto dell'incidente hanno fatto il giro del web."],
    ['fr', 'Les photos publiées par le ministère montrent l’ampleur des dégâts.'],
  ] as [Lang, string][])('%s: keeps the sentence %j', (lang, sentence) => {
    const draft = clean(`<p>${PROSE[lang][0]}</p><p>${sentence}</p>`, lang);
    expect(textOfRoot(draft)).toContain(sentence);
    expect(draft.removals).toEqual([]);
  });

  it('keeps a reporter named Reuters in a sentence: the inline link is part of it', () => {
    const sentence = 'Comme le souligne <a href="https://www.reuters.com/">Reuters</a>, Meta prévoit de dépenser 62 milliards.';
    const draft = clean(`<p>${sentence}</p>`, 'fr');
    expect(textOfRoot(draft)).toBe('Comme le souligne Reuters, Meta prévoit de dépenser 62 milliards.');
  });
});
