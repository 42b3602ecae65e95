import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { toText } from '../../src/render/to-text';

/** A sanitized-article-like holder built from HTML (what `extract` passes to `toText`). */
function holder(html: string): Element {
  const doc = new JSDOM(`<!doctype html><body><div id="h">${html}</div></body>`).window.document;
  return doc.getElementById('h')!;
}

describe('toText', () => {
  it('separates paragraphs with one blank line and collapses whitespace inside them', () => {
    const text = toText(holder('<p>Le conseil   municipal\n a voté.</p>\n\n<p>Les travaux  commencent.</p><h2>Calendrier</h2><p>Dix-huit mois.</p>'));
    expect(text).toBe('Le conseil municipal a voté.\n\nLes travaux commencent.\n\nCalendrier\n\nDix-huit mois.');
  });

  it('adds no title and no leading or trailing blank lines', () => {
    const text = toText(holder('<div><div><p>Einziger Absatz.</p></div></div>'));
    expect(text).toBe('Einziger Absatz.');
  });

  it('keeps inline elements inside their paragraph', () => {
    expect(toText(holder('<p>La <strong>piscina</strong> riapre <a href="/x">sabato</a>, <em>finalmente</em>.</p>'))).toBe('La piscina riapre sabato, finalmente.');
  });

  it('turns <br> into a line break within a paragraph', () => {
    expect(toText(holder('<p>Calle Mayor 1<br>28013 Madrid</p>'))).toBe('Calle Mayor 1\n28013 Madrid');
  });

  it('prefixes list items with "- " and ordered items with their number', () => {
    const text = toText(holder('<ul><li>Pommes</li><li>Poires</li></ul><ol><li>Erstens</li><li>Zweitens</li></ol>'));
    expect(text).toBe('- Pommes\n\n- Poires\n\n1. Erstens\n\n2. Zweitens');
  });

  it('separates table cells with a tab, one row per paragraph', () => {
    const text = toText(holder('<table><tr><th>Año</th><th>Alumnos</th></tr><tr><td>2024</td><td>11</td></tr></table>'));
    expect(text).toBe('Año\tAlumnos\n\n2024\t11');
  });

  it('keeps the lines and indentation of <pre>', () => {
    const text = toText(holder('<p>Code:</p><pre><code>if (x) {\n  return 1;\n}</code></pre><p>Fin.</p>'));
    expect(text).toBe('Code:\n\nif (x) {\n  return 1;\n}\n\nFin.');
  });

  it('skips images, scripts and styles', () => {
    const text = toText(holder('<p>Avant</p><figure><img src="/a.jpg" alt="Alt text"><figcaption>La piscine</figcaption></figure><script>alert(1)</script><style>p{}</style><p>Après</p>'));
    expect(text).toBe('Avant\n\nLa piscine\n\nAprès');
  });

  it('returns an empty string for an empty article', () => {
    expect(toText(holder('<div> </div>'))).toBe('');
  });

  it('works on a document fragment', () => {
    const doc = new JSDOM('').window.document;
    const fragment = doc.createDocumentFragment();
    const p1 = doc.createElement('p');
    p1.textContent = 'One';
    const p2 = doc.createElement('p');
    p2.textContent = 'Two';
    fragment.append(p1, p2);
    expect(toText(fragment)).toBe('One\n\nTwo');
  });

  it('for a copy, marks quotes "> " (nested too) and gives images their alt text, unless a caption says it', () => {
    const html =
      '<p>Avant.</p><blockquote><p>Une citation.</p><blockquote><p>Dans une autre.</p></blockquote></blockquote>' +
      '<p><img src="a.jpg" alt="Le port au matin"> Le port.</p>' +
      '<figure><img src="b.jpg" alt="Même chose"><figcaption>La digue.</figcaption></figure><p><img src="c.jpg" alt=""></p>';
    expect(toText(holder(html), { forCopy: true })).toBe(
      'Avant.\n\n> Une citation.\n\n> > Dans une autre.\n\n[Le port au matin] Le port.\n\nLa digue.',
    );
    // The engine's text (word counts, the benchmarks) stays plain.
    expect(toText(holder(html))).toBe('Avant.\n\nUne citation.\n\nDans une autre.\n\nLe port.\n\nLa digue.');
  });
});
