import { describe, expect, it } from 'vitest';
import { removeAuthorBio } from '../../src/pipeline/remove-author-bio';
import { articleDraft, PROSE, runStep, textOfRoot, type Lang } from './draft';

const clean = (body: string, lang: Lang, byline: string | null = null) => runStep(removeAuthorBio, articleDraft(body, lang, { meta: { byline } }));

const BIOS: [Lang, string, string][] = [
  ['en', 'Jane Smith is a senior reporter covering transport, housing and city hall.', 'author-bio/en/name-is-a-reporter'],
  ['fr', 'Mathis Ferrut est journaliste télé, people et télé-réalité.', 'author-bio/fr/nom-est-journaliste'],
  ['fr', 'Passionné par le monde des médias depuis son plus jeune âge, la télévision n’a aucun secret pour lui.', 'author-bio/fr/passionne-depuis'],
  ['de', 'Anna Schmidt ist Redakteurin im Ressort Wirtschaft.', 'author-bio/de/name-ist-redakteur'],
  ['es', 'Lucía Pérez es periodista especializada en despoblación y mundo rural.', 'author-bio/es/nombre-es-periodista'],
  ['it', 'Marco Bianchi è giornalista professionista e segue da dieci anni la cronaca del lago.', 'author-bio/it/nome-e-giornalista'],
];

describe('remove-author-bio', () => {
  it('is named after its file', () => expect(removeAuthorBio.name).toBe('remove-author-bio'));

  it.each(BIOS)('%s: removes the bio box %j', (lang, bio, rule) => {
    const draft = clean(`<p>${PROSE[lang][0]}</p><p>${PROSE[lang][1]}</p><div class="author-box"><p>${bio}</p></div>`, lang);
    expect(textOfRoot(draft)).toBe(`${PROSE[lang][0]} ${PROSE[lang][1]}`);
    expect(draft.root!.querySelector('.author-box')).toBeNull();
    expect(draft.removals).toEqual([{ step: 'remove-author-bio', rule, text: bio }]);
  });

  it('removes an "About the author" box with its bio', () => {
    const draft = clean(`<p>${PROSE.en[0]}</p><section><h3>About the author</h3><p>She has covered the harbour for ten years and lives in the old town.</p></section>`, 'en');
    expect(textOfRoot(draft)).toBe(PROSE.en[0]);
  });

  it('removes a box that frames a link to an author page, and takes the byline from it when missing', () => {
    const draft = clean(
      `<div class="signature"><a href="/auteur/marie-dupont">Marie Dupont</a><span>Journaliste sport</span></div><p>${PROSE.fr[0]}</p><p>${PROSE.fr[1]}</p>`,
      'fr',
    );
    expect(textOfRoot(draft)).toBe(`${PROSE.fr[0]} ${PROSE.fr[1]}`);
    expect(draft.meta.byline).toBe('Marie Dupont');
    expect(draft.removals).toEqual([{ step: 'remove-author-bio', rule: 'author-bio/*/author-page-link', text: 'Marie DupontJournaliste sport' }]);
  });

  it.each([
    ['de', '/autoren/max-mustermann/'],
    ['es', '/autor/lucia-fernandez'],
    ['it', '/giornalisti/marco-bianchi'],
    ['en', '/people/jane-smith'],
  ] as [Lang, string][])('%s: recognises the author page %s', (lang, path) => {
    const draft = clean(`<p>${PROSE[lang][0]}</p><p>${PROSE[lang][1]}</p><div><a href="https://news.example${path}">Vorname Nachname</a></div>`, lang);
    expect(textOfRoot(draft)).not.toContain('Vorname Nachname');
  });

  it('recognises rel="author" links', () => {
    const draft = clean(`<div><a rel="author" href="/u/42">Jane Smith</a></div><p>${PROSE.en[0]}</p>`, 'en');
    expect(textOfRoot(draft)).toBe(PROSE.en[0]);
    expect(draft.meta.byline).toBe('Jane Smith');
  });

  it('removes a short line naming the article’s author above the first paragraph (the byline lives on in the metadata)', () => {
    const draft = clean(`<div class="meta"><span>Marie Dupont</span> · <span>Service sport</span></div><p>${PROSE.fr[0]}</p>`, 'fr', 'Marie Dupont');
    expect(textOfRoot(draft)).toBe(PROSE.fr[0]);
  });

  it('removes a line that is only a date above the first paragraph', () => {
    const draft = clean(`<p>17.02.2025, 16:45 Uhr</p><p>${PROSE.de[0]}</p>`, 'de');
    expect(textOfRoot(draft)).toBe(PROSE.de[0]);
  });

  it('looks past the standfirst: the byline and the date below it are the same header', () => {
    const standfirst = 'El nuevo centro atenderá a 14.000 vecinos y aliviará las listas de espera del ambulatorio de la avenida de Soria, saturado desde 2019.';
    const draft = runStep(
      removeAuthorBio,
      articleDraft(`<p>${standfirst}</p><p>Lucía Ferrer Gil</p><p>12/03/2025, 11:42</p><p>${PROSE.es[0]}</p>`, 'es', { meta: { byline: 'Lucía Ferrer Gil', excerpt: standfirst } }),
    );
    expect(textOfRoot(draft)).toBe(`${standfirst} ${PROSE.es[0]}`);
    expect(draft.removals.map((r) => r.rule)).toEqual(['byline/*/names-author', 'dateline/*/date-only']);
  });

  it('takes a line whose words all sit in <time> for a date, whatever they say', () => {
    const draft = clean(`<p><time datetime="2025-03-12T09:15">12/03/2025 <span>Actualizado a las 11:42h.</span></time></p><p>${PROSE.es[0]}</p>`, 'es');
    expect(textOfRoot(draft)).toBe(PROSE.es[0]);
  });

  it('keeps a <time> line between two paragraphs (a live blog’s entry)', () => {
    const draft = clean(`<p>${PROSE.en[0]}</p><p><time datetime="2025-03-12T14:32">14:32 Latest update from the council</time></p><p>${PROSE.en[1]}</p>`, 'en');
    expect(textOfRoot(draft)).toContain('Latest update from the council');
  });

  it('keeps a sentence about the author further down the article', () => {
    const sentence = 'Marie Dupont a elle-même nagé dans ce bassin pendant quinze ans.';
    const draft = clean(`<p>${PROSE.fr[0]}</p><p>${sentence}</p>`, 'fr', 'Marie Dupont');
    expect(textOfRoot(draft)).toContain(sentence);
  });

  it('keeps the byline the page already gave', () => {
    const draft = clean(`<div><a href="/author/john-roe">John Roe</a></div><p>${PROSE.en[0]}</p>`, 'en', 'Jane Smith');
    expect(draft.meta.byline).toBe('Jane Smith');
  });

  it.each([
    ['fr', 'Par Mathis Ferrut | Journaliste télé, people, télé-réalité'],
    ['en', 'By Jane Smith and John Roe'],
    ['de', 'Von Max Mustermann'],
    ['es', 'Por Lucía Fernández'],
    ['it', 'Di Marco Bianchi'],
  ] as [Lang, string][])('%s: removes the byline line %j', (lang, line) => {
    const draft = clean(`<p class="byline">${line}</p><p>${PROSE[lang][0]}</p>`, lang);
    expect(textOfRoot(draft)).toBe(PROSE[lang][0]);
    expect(draft.removals.map((r) => r.rule)).toEqual(['byline/*/by-name']);
  });

  it.each([
    ['fr', 'Publié le 28 janvier 2025 à 18:07'],
    ['en', 'Published 3 hours ago'],
    ['de', 'Veröffentlicht am 12.03.2025'],
    ['es', 'Publicado el 4 de mayo de 2024'],
    ['it', 'Pubblicato il 12 marzo 2024 alle 9:30'],
  ] as [Lang, string][])('%s: removes the dateline line %j', (lang, line) => {
    const draft = clean(`<p><time>${line}</time></p><p>${PROSE[lang][0]}</p>`, lang);
    expect(textOfRoot(draft)).toBe(PROSE[lang][0]);
    expect(draft.removals.map((r) => r.rule)).toEqual(['dateline/*/published-on']);
  });

  it.each([
    ['fr', 'Par ailleurs, le gouvernement a annoncé de nouvelles mesures pour soutenir les entreprises.'],
    ['de', 'Von der Leyen hat am Montag in Brüssel neue Sanktionen gegen Russland angekündigt, die ab Juli gelten.'],
    ['en', 'By the end of the year, the company had doubled its revenue and hired more engineers.'],
    ['en', 'Jane Smith, a reporter at the Times, said the story was accurate.'],
    ['en', 'Published in 1998, the novel sold more than two million copies and was translated into 30 languages worldwide.'],
    ['fr', 'Emmanuel Macron est un président qui divise, selon un sondage publié dimanche.'],
    ['es', 'Pedro Sánchez es el presidente del Gobierno desde 2018.'],
    ['it', 'Giorgia Meloni è la presidente del Consiglio.'],
    ['de', 'Angela Merkel ist eine der bekanntesten Politikerinnen Europas.'],
  ] as [Lang, string][])('%s: keeps the sentence %j', (lang, sentence) => {
    const draft = clean(`<p>${PROSE[lang][0]}</p><p>${sentence}</p>`, lang);
    expect(textOfRoot(draft)).toContain(sentence);
    expect(draft.removals).toEqual([]);
  });

  it('keeps a paragraph of prose that links to a colleague’s author page', () => {
    const sentence = `As our colleague <a href="/author/jane-smith">Jane Smith</a> reported last week, the rebuilding plan had already been delayed twice because of disagreements over the archive.`;
    const draft = clean(`<p>${PROSE.en[0]}</p><p>${sentence}</p><p>${PROSE.en[1]}</p>`, 'en');
    expect(textOfRoot(draft)).toContain('reported last week, the rebuilding plan had already been delayed twice');
  });
});
