import { describe, expect, it } from 'vitest';
import { removeShareBars } from '../../src/pipeline/remove-share-bars';
import { articleDraft, PROSE, runStep, textOfRoot, type Lang } from './draft';

const clean = (body: string, lang: Lang) => runStep(removeShareBars, articleDraft(body, lang));

const BARS: [Lang, string, string, string][] = [
  ['fr', '<div class="share"><span>Partager</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">E-mail</a></div>', 'Partager Facebook X E-mail', 'share/fr/partager'],
  ['en', '<ul class="social"><li><a href="#">Share</a></li><li><a href="#">Facebook</a></li><li><a href="#">LinkedIn</a></li></ul>', 'ShareFacebookLinkedIn', 'share/en/share'],
  ['de', '<div><a href="#">Artikel teilen</a> | <a href="#">WhatsApp</a> | <a href="#">Link kopieren</a></div>', 'Artikel teilen | WhatsApp | Link kopieren', 'share/de/teilen'],
  ['es', '<div><button>Compartir</button><a href="#">Facebook</a><a href="#">Copiar enlace</a></div>', 'CompartirFacebookCopiar enlace', 'share/es/compartir'],
  ['it', '<nav><a href="#">Condividi</a> · <a href="#">Telegram</a> · <a href="#">WhatsApp</a></nav>', 'Condividi · Telegram · WhatsApp', 'share/it/condividi'],
];

describe('remove-share-bars', () => {
  it('is named after its file', () => expect(removeShareBars.name).toBe('remove-share-bars'));

  it.each(BARS)('%s: removes the share bar %j', (lang, html, text, rule) => {
    const draft = clean(`<p>${PROSE[lang][0]}</p>${html}<p>${PROSE[lang][1]}</p>`, lang);
    expect(draft.root!.querySelectorAll('a, button')).toHaveLength(0);
    expect(textOfRoot(draft)).toBe(`${PROSE[lang][0]} ${PROSE[lang][1]}`);
    expect(draft.removals).toEqual([{ step: 'remove-share-bars', rule, text }]);
  });

  it('removes a lone share link', () => {
    const draft = clean(`<p>${PROSE.en[0]}</p><p><a href="mailto:?subject=x">Email</a></p>`, 'en');
    expect(textOfRoot(draft)).not.toContain('Email');
  });

  it.each([
    ['en', 'Facebook said it would appeal the ruling.'],
    ['en', 'X marks the spot'],
    ['en', 'Shares in Apple fell 3% on Monday.'],
    ['fr', 'Partager les richesses est une priorité, dit-il.'],
    ['de', 'Teilen ist wichtig, sagte die Ministerin.'],
    ['es', 'Compartir piso es cada vez más común entre jóvenes.'],
    ['it', 'La stampa locale ha dato la notizia'],
  ] as [Lang, string][])('%s: keeps the sentence %j', (lang, sentence) => {
    const draft = clean(`<p>${PROSE[lang][0]}</p><p>${sentence}</p>`, lang);
    expect(textOfRoot(draft)).toContain(sentence);
    expect(draft.removals).toEqual([]);
  });

  it('keeps a lone word that is not a link or button ("Email" as a table label or a heading)', () => {
    const draft = clean(`<p>${PROSE.en[0]}</p><h3>Email</h3><p>${PROSE.en[1]}</p>`, 'en');
    expect(textOfRoot(draft)).toContain('Email');
  });

  it('keeps captions and tables that name a network', () => {
    const draft = clean(
      `<figure><img src="/a.jpg" alt=""><figcaption>Facebook</figcaption></figure><table><tr><td>WhatsApp</td><td>Telegram</td></tr></table>`,
      'en',
    );
    expect(textOfRoot(draft)).toContain('Facebook');
    expect(textOfRoot(draft)).toContain('WhatsApp');
  });

  it('keeps a network name that is a link inside a sentence', () => {
    const draft = clean(`<p>The council posted the plan on <a href="https://www.facebook.com/council">Facebook</a> on Monday, and residents have until Friday to comment on it.</p>`, 'en');
    expect(textOfRoot(draft)).toContain('posted the plan on Facebook on Monday');
  });

  it('removes a share label phrase whose buttons are gone, and keeps a lone word that is no button', () => {
    const label = clean(`${PROSE.de.map((p) => `<p>${p}</p>`).join('')}<div><hr><p>Den Artikel mit anderen teilen/diskutieren:</p><hr></div>`, 'de');
    expect(textOfRoot(label)).toBe(PROSE.de.join(' '));
    expect(label.removals[0]).toMatchObject({ step: 'remove-share-bars', rule: 'share/de/teilen' });
    const word = clean(`<p>${PROSE.de[0]}</p><p>Teilen</p><p>${PROSE.de[1]}</p>`, 'de');
    expect(textOfRoot(word)).toContain('Teilen');
  });
});
