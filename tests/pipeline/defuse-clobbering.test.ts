import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { defuseClobbering } from '../../src/pipeline/defuse-clobbering';
import { pageOf } from '../helpers/fixtures';
import { draftOf, PAGE_URL, paragraphs, PROSE, runStep } from './draft';

const CLOBBERING = `
<form id="search"><input name="parentNode"><input name="nextSibling"><input name="email" type="email"></form>
<img name="body" src="/logo.png" alt="Logo">
<form name="getElementsByTagName"><input name="q"></form>`;

describe('defuse-clobbering', () => {
  it('is named after its file', () => expect(defuseClobbering.name).toBe('defuse-clobbering'));

  it('renames names that shadow DOM properties to data-epure-name, keeping the value', () => {
    const draft = runStep(defuseClobbering, draftOf(`<!doctype html><html><body>${CLOBBERING}<div id="article"><p>Text</p></div></body></html>`));
    const inputs = Array.from(draft.doc.querySelectorAll('#search input'));
    expect(inputs.map((i) => i.getAttribute('name'))).toEqual([null, null, 'email']);
    expect(inputs.map((i) => i.getAttribute('data-epure-name'))).toEqual(['parentNode', 'nextSibling', null]);
    const img = draft.doc.querySelector('img')!;
    expect(img.hasAttribute('name')).toBe(false);
    expect(img.getAttribute('data-epure-name')).toBe('body');
    expect(draft.doc.querySelector('form[data-epure-name="getElementsByTagName"]')).not.toBeNull();
  });

  it('afterwards the copy answers DOM properties with DOM values, not page elements', () => {
    const draft = runStep(defuseClobbering, draftOf(`<!doctype html><html><body>${CLOBBERING}<div id="article"><p>Text</p></div></body></html>`));
    const form = draft.doc.querySelector('#search') as HTMLFormElement;
    expect(form.parentNode).toBe(draft.doc.body);
    expect(draft.doc.body.localName).toBe('body');
    expect(typeof draft.doc.getElementsByTagName).toBe('function');
  });

  it('renames clobbering ids too', () => {
    const draft = runStep(defuseClobbering, draftOf('<!doctype html><html><body><form><input id="firstChild"></form><div id="article"><p>Text</p></div></body></html>'));
    const input = draft.doc.querySelector('input')!;
    expect(input.hasAttribute('id')).toBe(false);
    expect(input.getAttribute('data-epure-id')).toBe('firstChild');
  });

  it('leaves ordinary names and ids alone', () => {
    const draft = runStep(
      defuseClobbering,
      draftOf('<!doctype html><html><body><div id="article"><a name="chapitre-2" id="kapitel-2">Kapitel</a><input name="email"></div></body></html>'),
    );
    const a = draft.doc.querySelector('a')!;
    expect(a.getAttribute('name')).toBe('chapitre-2');
    expect(a.getAttribute('id')).toBe('kapitel-2');
    expect(draft.doc.querySelector('input')!.getAttribute('name')).toBe('email');
    expect(draft.doc.getElementById('article')).not.toBeNull();
  });

  it('leaves the ids of elements that cannot shadow a property as they are (a heading "title", a div "body")', () => {
    const draft = runStep(
      defuseClobbering,
      draftOf('<!doctype html><html><body><div id="article"><h2 id="title">Title</h2><div id="body"><p id="parentNode">Text</p></div></div></body></html>'),
    );
    expect(['title', 'body', 'parentNode'].map((id) => draft.doc.getElementById(id)?.localName)).toEqual(['h2', 'div', 'p']);
    expect(draft.doc.querySelector('[data-epure-id]')).toBeNull();
    expect(draft.doc.body.localName).toBe('body');
  });

  it('never touches the live page', () => {
    const draft = draftOf(`<!doctype html><html><body>${CLOBBERING}<div id="article"><p>Text</p></div></body></html>`);
    runStep(defuseClobbering, draft);
    expect(draft.source.querySelector('img')!.getAttribute('name')).toBe('body');
    expect(draft.source.querySelectorAll('input[name="parentNode"]')).toHaveLength(1);
  });

  it('lets Readability return the article of a page full of clobbering forms (it used to loop forever)', () => {
    const page = pageOf(
      `<!doctype html><html lang="en"><head><title>Library to be rebuilt</title></head><body>${CLOBBERING}
      <article><h1>Library to be rebuilt</h1>${paragraphs('en')}
      <form><input name="parentNode"><input name="nextSibling"></form></article></body></html>`,
      PAGE_URL,
    );
    const result = extract(page, PAGE_URL);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const p of PROSE.en) expect(result.text).toContain(p);
  });
});
