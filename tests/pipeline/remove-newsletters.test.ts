import { describe, expect, it } from 'vitest';
import { removeNewsletters } from '../../src/pipeline/remove-newsletters';
import { articleDraft, PROSE, runStep, textOfRoot, type Lang } from './draft';

const clean = (body: string, lang: Lang) => runStep(removeNewsletters, articleDraft(body, lang));

const BOXES: [Lang, string, string, string][] = [
  [
    'fr',
    '<div class="nl"><p>Inscrivez-vous à notre newsletter</p><p>Recevez chaque matin l’essentiel de l’actualité.</p><button>Je m’inscris</button></div>',
    'Inscrivez-vous à notre newsletter',
    'newsletter/fr/inscrivez-vous',
  ],
  [
    'en',
    '<aside><h3>Sign up for our morning newsletter</h3><label>Email address</label><p>By signing up you agree to our Terms of Use.</p></aside>',
    'Sign up for our morning newsletter',
    'newsletter/en/sign-up',
  ],
  [
    'de',
    '<div><strong>Newsletter abonnieren</strong><p>Die wichtigsten Nachrichten aus der Region jeden Morgen.</p><a href="/nl">Jetzt anmelden</a></div>',
    'Newsletter abonnieren',
    'newsletter/de/newsletter-abonnieren',
  ],
  [
    'es',
    '<section><p>Suscríbete a nuestro boletín</p><p>Recibe cada mañana en tu correo las noticias de la provincia.</p><button>Quiero recibirlo</button></section>',
    'Suscríbete a nuestro boletín',
    'newsletter/es/suscribete',
  ],
  [
    'it',
    '<div><h4>Iscriviti alla newsletter</h4><p>Ogni sera le notizie del lago e delle valli.</p></div>',
    'Iscriviti alla newsletter',
    'newsletter/it/iscriviti',
  ],
];

describe('remove-newsletters', () => {
  it('is named after its file', () => expect(removeNewsletters.name).toBe('remove-newsletters'));

  it.each(BOXES)('%s: removes the whole sign-up box', (lang, html, opening, rule) => {
    const draft = clean(`<p>${PROSE[lang][0]}</p>${html}<p>${PROSE[lang][1]}</p>`, lang);
    expect(textOfRoot(draft)).toBe(`${PROSE[lang][0]} ${PROSE[lang][1]}`);
    expect(draft.removals).toHaveLength(1);
    expect(draft.removals[0]).toMatchObject({ step: 'remove-newsletters', rule });
    expect(draft.removals[0]!.text.startsWith(opening)).toBe(true);
  });

  it.each([
    ['en', 'The company launched a newsletter for investors last year.'],
    ['en', 'The ferry operator sends weekly updates to the 9,000 commuters subscribed to its service newsletter.'],
    ['fr', "L'entreprise a lancé une newsletter pour ses investisseurs l'an dernier."],
    ['fr', 'Inscrivez-vous sur les listes électorales avant le 3 mai.'],
    ['de', 'Wer den Newsletter abonnieren will, muss künftig zahlen.'],
    ['es', 'La empresa lanzó un boletín para inversores el año pasado.'],
    ['it', "L'azienda ha lanciato una newsletter per gli investitori l'anno scorso."],
  ] as [Lang, string][])('%s: keeps the sentence %j', (lang, sentence) => {
    const draft = clean(`<p>${PROSE[lang][0]}</p><p>${sentence}</p>`, lang);
    expect(textOfRoot(draft)).toContain(sentence);
    expect(draft.removals).toEqual([]);
  });

  it('keeps a long paragraph that happens to open like an invitation', () => {
    const prose = `Abonnez-vous à la newsletter de la mairie, conseille le maire aux habitants inquiets : c'est là que seront publiés chaque semaine les horaires du bassin provisoire. ${PROSE.fr[1]} ${PROSE.fr[2]}`;
    expect(prose.length).toBeGreaterThan(400);
    const draft = clean(`<p>${PROSE.fr[0]}</p><p>${prose}</p>`, 'fr');
    expect(textOfRoot(draft)).toContain(prose);
  });

  it('removes a membership pitch inside a list item, and keeps the item\'s own sentence', () => {
    const draft = runStep(removeNewsletters, articleDraft(`<p>${PROSE.de[0]}</p><ul><li>Die Pubertät geht auch wieder vorbei: Mach dir keine Sorgen! <p>Werden Sie Mitglied bei <br><strong>for me </strong>und erhalten Sie exklusive Angebote! </p></li></ul>`, 'de'));
    expect(textOfRoot(draft)).toContain('Mach dir keine Sorgen!');
    expect(textOfRoot(draft)).not.toContain('Mitglied');
  });
});
