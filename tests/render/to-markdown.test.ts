import { JSDOM } from 'jsdom';
import TurndownService from 'turndown';
import { describe, expect, it, vi } from 'vitest';
import { toMarkdown } from '../../src/render/to-markdown';

function holder(html: string): Element {
  const doc = new JSDOM(`<!doctype html><body><div id="h">${html}</div></body>`, { url: 'https://news.example/a.html' }).window.document;
  return doc.getElementById('h')!;
}

const HEAD = { title: 'Piscine Jean-Moulin : les travaux démarrent', url: 'https://news.example/a.html', byline: 'Marie Dupont' };

describe('toMarkdown', () => {
  it('starts with the title as a heading, then the source and the byline', () => {
    const md = toMarkdown(holder('<p>Le conseil municipal a voté.</p>'), HEAD);
    expect(md).toBe('# Piscine Jean-Moulin : les travaux démarrent\n\nSource: <https://news.example/a.html>  \nBy: Marie Dupont\n\nLe conseil municipal a voté.\n');
  });

  it('leaves the byline out when there is none, and keeps the title on one line', () => {
    const md = toMarkdown(holder('<p>Text.</p>'), { title: '  Library\n  to be rebuilt ', url: 'https://news.example/b', byline: null });
    expect(md.split('\n').slice(0, 3)).toEqual(['# Library to be rebuilt', '', 'Source: <https://news.example/b>']);
    expect(md).not.toContain('By:');
  });

  it('keeps headings, emphasis, links and lists', () => {
    const md = toMarkdown(
      holder('<h2>Kalender</h2><p>Die <strong>Arbeiten</strong> beginnen <em>im Frühjahr</em>, siehe <a href="https://stadt.example/plan">Plan</a>.</p><ul><li>Eins</li><li>Zwei</li></ul>'),
      HEAD,
    );
    expect(md).toContain('## Kalender');
    expect(md).toContain('Die **Arbeiten** beginnen *im Frühjahr*, siehe [Plan](https://stadt.example/plan).');
    expect(md).toMatch(/^- {1,3}Eins$/m);
    expect(md).toMatch(/^- {1,3}Zwei$/m);
  });

  it('keeps tables as GFM pipe tables', () => {
    const md = toMarkdown(
      holder('<table><thead><tr><th>Año</th><th>Alumnos</th></tr></thead><tbody><tr><td>2013</td><td>0</td></tr><tr><td>2025</td><td>11</td></tr></tbody></table>'),
      HEAD,
    );
    const rows = md
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
    expect(rows).toEqual([
      ['Año', 'Alumnos'],
      ['---', '---'],
      ['2013', '0'],
      ['2025', '11'],
    ]);
  });

  it('keeps code blocks fenced, with their lines', () => {
    const md = toMarkdown(holder('<pre><code>const x = 1;\nif (x) {\n  go();\n}</code></pre>'), HEAD);
    expect(md).toContain('```\nconst x = 1;\nif (x) {\n  go();\n}\n```');
  });

  it('keeps images with their alt text and puts the caption on its own line in italics', () => {
    const md = toMarkdown(holder('<figure><img src="https://img.example/piscina.jpg" alt="La piscina"><figcaption>La piscina nel 1975</figcaption></figure>'), HEAD);
    expect(md).toContain('![La piscina](https://img.example/piscina.jpg)');
    expect(md).toMatch(/^\*La piscina nel 1975\*$/m);
  });

  it('escapes Markdown characters in prose so they are not read as syntax', () => {
    const md = toMarkdown(holder('<p>1. Not a list, *not emphasis*</p>'), HEAD);
    expect(md).toContain('1\\. Not a list, \\*not emphasis\\*');
  });

  it('strikes through deleted text', () => {
    expect(toMarkdown(holder('<p>Prix : <del>10 €</del> 8 €</p>'), HEAD)).toContain('~10 €~');
  });

  it('keeps the words of table rows left outside any table, instead of failing', () => {
    const div = new JSDOM('<body><div></div></body>').window.document.querySelector('div')!;
    const row = div.ownerDocument.createElement('tr');
    const cell = div.ownerDocument.createElement('td');
    cell.textContent = 'Tarif réduit : 3 €';
    row.append(cell);
    div.append(row);
    expect(toMarkdown(div, HEAD)).toContain('Tarif réduit : 3 €');
  });

  it('escapes "<" so text that reads like a tag stays text', () => {
    expect(toMarkdown(holder('<p>Le code &lt;script&gt; était visible.</p>'), HEAD)).toContain('Le code \\<script> était visible.');
  });
});

describe('toMarkdown never throws', () => {
  it('reads a results table whose row holds text outside its cells (the GFM plugin threw on it)', () => {
    const h = holder('<table><tr><th>Team</th><th>Pts</th></tr><tr><td>Ajax</td><td>12</td></tr></table>');
    const row = h.querySelectorAll('tr')[1]!;
    row.insertBefore(h.ownerDocument.createTextNode('1.'), row.firstChild);
    const md = toMarkdown(h, HEAD);
    expect(md).toMatch(/\| Team +\| Pts +\|/);
    expect(md).toMatch(/\| 1\. +\| Ajax +\| 12 +\|/);
  });

  it('falls back to the rows as text, then to the plain text, when Turndown fails', () => {
    const h = holder('<p>Premier paragraphe.</p><table><tr><td>a</td><td>b</td></tr></table>');
    const spy = vi.spyOn(TurndownService.prototype, 'turndown').mockImplementationOnce(() => {
      throw new TypeError('node.getAttribute is not a function');
    });
    expect(toMarkdown(h, HEAD)).toContain('Premier paragraphe.\n\na | b');
    spy.mockImplementation(() => {
      throw new TypeError('broken');
    });
    try {
      const md = toMarkdown(h, HEAD);
      expect(md).toContain('Premier paragraphe.');
      expect(md).toContain('a\tb');
    } finally {
      spy.mockRestore();
    }
  });
});
