import { describe, expect, it } from 'vitest';
import { removeTrailingSections } from '../../src/pipeline/remove-trailing-sections';
import { articleDraft, paragraphs, PROSE, runStep, textOfRoot, type Lang } from './draft';

const clean = (body: string, lang: Lang) => runStep(removeTrailingSections, articleDraft(body, lang));

const links = (...titles: string[]) => `<ul>${titles.map((t, i) => `<li><a href="/story-${i}.html">${t}</a></li>`).join('')}</ul>`;

const SECTIONS: [Lang, string, string, string[]][] = [
  ['fr', 'Sur le même thème', 'trailing-heading/fr/sur-le-meme-theme', ['Après Kaos, Netflix annule une autre série', 'Un week-end glacial attendu sur la moitié nord du pays']],
  ['fr', 'Dernières actualités', 'trailing-heading/fr/les-plus-lus', ['Delphine Wespiser révèle ce qui a été terrible à supporter', 'La réforme des retraites en cinq points']],
  ['en', 'Related', 'trailing-heading/en/related', ['First look at the redesigned downtown ferry terminal', 'Council votes to freeze transit fares for 2025']],
  ['en', 'Most read', 'trailing-heading/en/most-read', ['Gulls clinch playoff spot with overtime win', 'Public library scraps late fees after two-year pilot']],
  ['de', 'Meistgelesen', 'trailing-heading/de/meistgelesen', ['Umleitung an der Elbbrücke', 'Hafen meldet Rekord beim Containerumschlag']],
  ['de', 'Das könnte Sie auch interessieren', 'trailing-heading/de/das-koennte-sie-interessieren', ['Hafenfest 2025: Das ist das Programm', 'Neue Regeln für E-Autos']],
  ['es', 'Noticias relacionadas', 'trailing-heading/es/relacionados', ['Un colegio rural cierra por falta de alumnos', 'El precio del aceite de oliva baja por tercer mes']],
  ['es', 'Lo más leído', 'trailing-heading/es/lo-mas-leido', ['El precio del aceite de oliva baja por tercer mes consecutivo', 'Detenido el presunto autor']],
  ['it', 'Articoli correlati', 'trailing-heading/it/articoli-correlati', ['Fenice, arrivata la nuova caldaia: il varo slitta', 'Sciopero dei treni venerdì']],
  ['it', 'I più letti', 'trailing-heading/it/piu-letti', ['Frana sulla provinciale, strada chiusa fino a lunedì', 'Turismo sul lago, presenze in crescita']],
];

describe('remove-trailing-sections', () => {
  it('is named after its file', () => expect(removeTrailingSections.name).toBe('remove-trailing-sections'));

  it.each(SECTIONS)('%s: removes the "%s" section of links after the article', (lang, heading, rule, titles) => {
    const draft = clean(`${paragraphs(lang)}<h2>${heading}</h2>${links(...titles)}`, lang);
    expect(textOfRoot(draft)).toBe(PROSE[lang].join(' '));
    expect(draft.removals).toHaveLength(1);
    expect(draft.removals[0]).toMatchObject({ step: 'remove-trailing-sections', rule });
    expect(draft.removals[0]!.text.startsWith(heading)).toBe(true);
    expect(draft.removals[0]!.text).toContain(titles[0]);
  });

  it.each([
    ['de', 'Kontakt:', 'Jan Koch<br>Telefon +49 40 49 07 11 06<br><a href="mailto:presse@example.de">presse@example.de</a>'],
    ['en', 'Press contact', 'Jane Doe | Communications<br>tel +44 20 7946 0000 | <a href="mailto:press@example.com">press@example.com</a>'],
    ['fr', 'Contact presse :', 'Marie Dupont<br>01 23 45 67 89'],
  ] as [Lang, string, string][])('%s: removes the contact box "%s" that closes a press release', (lang, heading, box) => {
    const draft = clean(`${paragraphs(lang)}<p>${heading}</p><p>${box}</p>`, lang);
    expect(textOfRoot(draft)).toBe(PROSE[lang].join(' '));
    expect(draft.removals[0]).toMatchObject({ step: 'remove-trailing-sections' });
  });

  it('removes a heading that ends the article with nothing under it, and keeps one with text', () => {
    const empty = clean(`${paragraphs('de')}<p><h2>Die Karte zum Abspeichern: </h2></p>`, 'de');
    expect(textOfRoot(empty)).toBe(PROSE.de.join(' '));
    expect(empty.removals).toEqual([{ step: 'remove-trailing-sections', rule: 'heading-without-section', text: 'Die Karte zum Abspeichern:' }]);
    const withMap = clean(`${paragraphs('de')}<h2>Die Karte</h2><p><img src="https://example.de/karte.png" alt=""></p>`, 'de');
    expect(textOfRoot(withMap)).toContain('Die Karte');
  });

  it('removes a wrapped section and everything after it, several sections at once', () => {
    const draft = clean(
      `${paragraphs('en')}<section class="related"><h3>Related articles</h3>${links('Harbour bridge repairs to close two lanes', 'Gulls clinch playoff spot')}</section>
       <div class="tags"><strong>Tags</strong> <a href="/t/climate">Climate</a> <a href="/t/transit">Transit</a></div>
       <div><h3>Comments</h3><p>Finally! The old boats smell like a bus depot.</p></div>`,
      'en',
    );
    expect(textOfRoot(draft)).toBe(PROSE.en.join(' '));
    expect(draft.removals.length).toBeGreaterThanOrEqual(1);
    for (const r of draft.removals) expect(r.step).toBe('remove-trailing-sections');
  });

  it.each([
    ['en', 'Latest'],
    ['fr', 'Tendances'],
    ['de', 'Aktuelles'],
    ['es', 'Lo último'],
    ['it', 'In evidenza'],
  ] as [Lang, string][])('%s: keeps a subheading "%s" followed by article prose, before another section of the article', (lang, heading) => {
    const draft = clean(`<p>${PROSE[lang][0]}</p><h2>${heading}</h2><p>${PROSE[lang][1]}</p><h2>Calendrier</h2><p>${PROSE[lang][2]}</p>`, lang);
    expect(textOfRoot(draft)).toBe(`${PROSE[lang][0]} ${heading} ${PROSE[lang][1]} Calendrier ${PROSE[lang][2]}`);
    expect(draft.removals).toEqual([]);
  });

  it.each([
    ['en', 'Latest'],
    ['fr', 'Tendances'],
    ['de', 'Aktuelles'],
    ['es', 'Lo último'],
    ['it', 'In evidenza'],
  ] as [Lang, string][])('%s: keeps the last subheading "%s" and the prose paragraphs under it', (lang, heading) => {
    const draft = clean(`<p>${PROSE[lang][0]}</p><h2>${heading}</h2><p>${PROSE[lang][1]}</p><p>${PROSE[lang][2]}</p>`, lang);
    expect(textOfRoot(draft)).toBe(`${PROSE[lang][0]} ${heading} ${PROSE[lang][1]} ${PROSE[lang][2]}`);
  });

  it('keeps a wrapped related box in mid-article when the article goes on after it', () => {
    const draft = clean(
      `<p>${PROSE.en[0]}</p><aside><h3>Related</h3>${links('One story about ferries', 'Another story about ferries')}</aside><p>${PROSE.en[1]}</p><p>${PROSE.en[2]}</p>`,
      'en',
    );
    const text = textOfRoot(draft);
    expect(text).toContain(PROSE.en[1]);
    expect(text).toContain(PROSE.en[2]);
  });

  it('keeps the prose that follows a bare mid-article "Related" heading and its links', () => {
    const draft = clean(
      `<p>${PROSE.en[0]}</p><h2>Related</h2>${links('One story about ferries', 'Another story about ferries')}<p>${PROSE.en[1]}</p><p>${PROSE.en[2]}</p><h2>Related</h2>${links('Trailing one about the harbour', 'Trailing two about the harbour')}`,
      'en',
    );
    const text = textOfRoot(draft);
    expect(text).toContain(PROSE.en[1]);
    expect(text).toContain(PROSE.en[2]);
    expect(text).not.toContain('Trailing one about the harbour');
  });

  it('keeps a heading like "Related" inside a table or a list', () => {
    const draft = clean(`${paragraphs('en')}<table><tr><th>Related</th><td>Yes</td></tr></table><ul><li>Related</li><li>Other</li></ul>`, 'en');
    expect(textOfRoot(draft)).toContain('Related');
  });

  it('removes a tail of link lines after the last paragraph, with the dates among them', () => {
    const draft = clean(
      `${paragraphs('fr')}<p><a href="/a.html">Mark Zuckerberg prêt à combattre Elon Musk sur le ring</a></p><p>7 avril 2024 à 14:00</p><p><a href="/b.html">Les lunettes connectées arrivent en France cet été</a></p><p>play_circle</p>`,
      'fr',
    );
    expect(textOfRoot(draft)).toBe(PROSE.fr.join(' '));
    expect(draft.removals).toHaveLength(1);
    expect(draft.removals[0]).toMatchObject({ step: 'remove-trailing-sections', rule: 'link-tail' });
    expect(draft.removals[0]!.text).toContain('7 avril 2024 à 14:00');
  });

  it('keeps a last paragraph of prose, even with a link in it', () => {
    const last = `Die Abstimmung ist für die Sitzung am 14. April geplant. Alle Unterlagen stehen auf der <a href="https://stadt.example/rat">Seite des Stadtrats</a> bereit.`;
    const draft = clean(`<p>${PROSE.de[0]}</p><p>${PROSE.de[1]}</p><p>${last}</p>`, 'de');
    expect(textOfRoot(draft)).toContain('Alle Unterlagen stehen auf der Seite des Stadtrats bereit.');
    expect(draft.removals).toEqual([]);
  });

  it('keeps a single closing link line (a source or a note), which is not a tail of teasers', () => {
    const draft = clean(`${paragraphs('it')}<p><a href="https://navigazione.example/orari">Orari e biglietti della Navigazione Valtorre</a></p>`, 'it');
    expect(textOfRoot(draft)).toContain('Orari e biglietti della Navigazione Valtorre');
  });

  it('keeps figures, tables and quotes at the end of the article', () => {
    const draft = clean(
      `${paragraphs('es')}<figure><img src="/a.jpg" alt=""><figcaption><a href="/galeria">Galería de fotos</a></figcaption></figure><blockquote><p><a href="/x">Cita enlazada del alcalde</a></p></blockquote>`,
      'es',
    );
    expect(textOfRoot(draft)).toContain('Galería de fotos');
    expect(textOfRoot(draft)).toContain('Cita enlazada del alcalde');
  });
});
