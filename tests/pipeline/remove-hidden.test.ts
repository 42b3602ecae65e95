import { describe, expect, it } from 'vitest';
import { inertMarkup } from '../../src/dom/inert-markup';
import { removeHidden } from '../../src/pipeline/remove-hidden';
import { draftOf, PROSE, runStep, textOfRoot } from './draft';

function clean(body: string, lang = 'en') {
  return runStep(removeHidden, draftOf(`<!doctype html><html lang="${lang}"><body><div id="article">${body}</div></body></html>`, { lang }));
}

describe('remove-hidden', () => {
  it('is named after its file', () => expect(removeHidden.name).toBe('remove-hidden'));

  it('removes elements with the hidden attribute and records it', () => {
    const draft = clean(`<p>${PROSE.en[0]}</p><div hidden><p>Sign in to continue reading</p></div>`);
    expect(textOfRoot(draft)).not.toContain('Sign in to continue reading');
    expect(textOfRoot(draft)).toContain(PROSE.en[0]);
    expect(draft.removals).toEqual([{ step: 'remove-hidden', rule: 'hidden-attribute', text: 'Sign in to continue reading' }]);
  });

  it('removes aria-hidden text (screen-reader duplicates, collapsed menus)', () => {
    const draft = clean(`<p>${PROSE.fr[0]}</p><nav aria-hidden="true">Accueil Politique Sport</nav>`, 'fr');
    expect(textOfRoot(draft)).not.toContain('Accueil Politique Sport');
    expect(draft.removals).toEqual([{ step: 'remove-hidden', rule: 'aria-hidden', text: 'Accueil Politique Sport' }]);
  });

  it('removes inline display:none and visibility:hidden, with or without !important', () => {
    const draft = clean(
      `<p>${PROSE.de[0]}</p>
       <div style="display:none">Jetzt Abo abschließen</div>
       <div style="color: red; display: none !important;">Cookie-Einstellungen</div>
       <span style="visibility: hidden">Versteckter Hinweis</span>`,
      'de',
    );
    const text = textOfRoot(draft);
    for (const gone of ['Jetzt Abo abschließen', 'Cookie-Einstellungen', 'Versteckter Hinweis']) expect(text).not.toContain(gone);
    expect(text).toContain(PROSE.de[0]);
    expect(draft.removals.map((r) => [r.rule, r.text])).toEqual([
      ['inline-style', 'Jetzt Abo abschließen'],
      ['inline-style', 'Cookie-Einstellungen'],
      ['inline-style', 'Versteckter Hinweis'],
    ]);
  });

  it("reads the inline style of the reader's copy, where `style` is renamed before parsing (dom/inert-markup)", () => {
    const draft = clean(
      inertMarkup(`<p>${PROSE.es[0]}</p><div style="display: none">Inicia sesión para seguir leyendo</div><p style="color: gray">${PROSE.es[1]}</p>`),
      'es',
    );
    expect(textOfRoot(draft)).not.toContain('Inicia sesión');
    expect(textOfRoot(draft)).toContain(PROSE.es[1]);
    expect(draft.removals.map((r) => [r.rule, r.text])).toEqual([['inline-style', 'Inicia sesión para seguir leyendo']]);
  });

  it('removes a closed cookie <dialog> and templates', () => {
    const draft = clean(`<p>${PROSE.es[0]}</p><dialog><p>Aceptar cookies</p></dialog><template><p>Plantilla</p></template>`, 'es');
    expect(textOfRoot(draft)).not.toContain('Aceptar cookies');
    expect(draft.doc.querySelector('template')).toBeNull();
    expect(textOfRoot(draft)).toContain(PROSE.es[0]);
  });

  it('keeps visible content: other inline styles, aria-hidden="false", an open dialog', () => {
    const draft = clean(
      `<p style="display:block; color:#333">${PROSE.it[0]}</p>
       <p style="font-weight: bold">${PROSE.it[1]}</p>
       <p aria-hidden="false">${PROSE.it[2]}</p>
       <dialog open><p>Finestra aperta</p></dialog>`,
      'it',
    );
    const text = textOfRoot(draft);
    for (const p of PROSE.it) expect(text).toContain(p);
    expect(text).toContain('Finestra aperta');
    expect(draft.removals).toEqual([]);
  });

  it('keeps a decorative aria-hidden wrapper around a lead image', () => {
    const draft = clean(`<div aria-hidden="true"><img src="https://img.example/lead.jpg" alt=""></div><p>${PROSE.en[1]}</p>`);
    expect(draft.doc.querySelector('img[src="https://img.example/lead.jpg"]')).not.toBeNull();
    expect(draft.removals).toEqual([]);
  });

  it('does not mistake a property ending in "display" for display:none', () => {
    const draft = clean(`<p style="font-display:none">${PROSE.en[2]}</p>`);
    expect(textOfRoot(draft)).toContain(PROSE.en[2]);
  });

  it('never touches the live page', () => {
    const draft = clean(`<p>${PROSE.en[0]}</p><div hidden>Hidden</div>`);
    expect(draft.source.querySelector('[hidden]')).not.toBeNull();
  });
});
