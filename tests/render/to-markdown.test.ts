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
  it('starts with the title as a heading, then a line naming the source in no language: site (linked), byline, date', () => {
    const md = toMarkdown(holder('<p>Le conseil municipal a voté.</p>'), { ...HEAD, siteName: 'Le Journal', publishedTime: '2025-01-28T18:07:00+01:00' });
    expect(md).toBe('# Piscine Jean-Moulin : les travaux démarrent\n\n[Le Journal](https://news.example/a.html) · Marie Dupont · 2025-01-28\n\nLe conseil municipal a voté.\n');
    expect(md).not.toMatch(/Source:|By:/);
  });

  it('names the host when the site has no name, leaves out what is missing, keeps the title on one line', () => {
    const md = toMarkdown(holder('<p>Text.</p>'), { title: '  Library\n  to be rebuilt ', url: 'https://www.news.example/b', byline: null });
    expect(md.split('\n').slice(0, 3)).toEqual(['# Library to be rebuilt', '', '[news.example](https://www.news.example/b)']);
  });

  it('puts a byline and a site name that span lines on the source line, never as an indented code block', () => {
    const md = toMarkdown(holder('<p>Text.</p>'), { ...HEAD, siteName: 'Institut\n   für Forschung', byline: 'Dr.\n\n            Nino\n\n            Jordan' });
    expect(md.split('\n')[2]).toBe('[Institut für Forschung](https://news.example/a.html) · Dr. Nino Jordan');
    expect(md).not.toMatch(/^ {4}/m);
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
    const h = holder('<p>Premier paragraphe.</p><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>');
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

describe('Markdown a person would write', () => {
  const body = (md: string) => md.split('\n').slice(4).join('\n');

  it('writes the contents of a table that lays the page out, not the table', () => {
    const layout =
      '<table><tr><td><img src="https://img.example/corner.gif" alt=""></td><td><p>Ein Märchen für jeden Tag.</p></td></tr>' +
      '<tr><td><table><tr><td><p>Die Katze und die Maus.</p></td></tr></table></td><td></td></tr></table>' +
      '<table role="presentation"><tr><td><p>Dieser Abschnitt ist unvollständig.</p></td><td><p>Hilf mit.</p></td></tr><tr><td>a</td><td>b</td></tr></table>';
    const md = body(toMarkdown(holder(layout), HEAD));
    expect(md).not.toMatch(/<|\|/);
    expect(md).toContain('Ein Märchen für jeden Tag.\n\nDie Katze und die Maus.');
    expect(md).toContain('Dieser Abschnitt ist unvollständig.\n\nHilf mit.');
  });

  it('keeps a data table a table, even a small one whose cells hold paragraphs, when it has a header', () => {
    const md = body(toMarkdown(holder('<table><tr><th>Jahr</th><th>Bilanz</th></tr><tr><td><p>2024</p></td><td><p>Gut</p></td></tr></table>'), HEAD));
    expect(md).toMatch(/^<table>/);
  });

  it('keeps a data table whole when a layout table holds it', () => {
    const md = body(toMarkdown(holder('<table><tr><td><b>Sommer</b></td></tr><tr><td><table><tr><th>Zeit</th><th>Ort</th></tr><tr><td>8:10</td><td>Am Fluss</td></tr></table></td></tr></table>'), HEAD));
    expect(md).toBe('**Sommer**\n\n| Zeit | Ort |\n| --- | --- |\n| 8:10 | Am Fluss |\n');
  });

  it('puts a picture of a <picture> on its own line, never indented, its caption in italics under it', () => {
    const md = toMarkdown(
      holder(
        '<p>Avant.</p><figure>\n        <div>\n          <picture>\n            <source srcset="https://img.example/a.webp" type="image/webp"> \n            <img src="https://img.example/a.jpg" alt="Le port">\n          </picture>\n        </div>\n        <figcaption>\n          Le port au matin.\n        </figcaption>\n      </figure><p>Après.</p>',
      ),
      HEAD,
    );
    expect(body(md)).toBe('Avant.\n\n![Le port](https://img.example/a.jpg)\n\n*Le port au matin.*\n\nAprès.\n');
  });

  it('shifts the headings so that the title is the only "#"', () => {
    const md = toMarkdown(holder('<h1>Partie</h1><p>a</p><h2>Sous-partie</h2><p>b</p>'), HEAD);
    expect(md.match(/^# /gm)).toHaveLength(1);
    expect(md).toContain('\n## Partie\n');
    expect(md).toContain('\n### Sous-partie\n');
  });

  it('writes a table whose cells hold blocks as a plain HTML table, without the page’s classes', () => {
    const md = toMarkdown(
      holder('<table class="wikitable" style="width:100%"><tbody><tr><th colspan="2" class="x">Résultats</th></tr><tr><td><p>Lyon</p><p>2–1</p></td><td>Nice</td></tr></tbody></table>'),
      HEAD,
    );
    expect(body(md)).toBe('<table><tbody><tr><th colspan="2">Résultats</th></tr><tr><td><p>Lyon</p><p>2–1</p></td><td>Nice</td></tr></tbody></table>\n');
    expect(md).not.toContain('joplin');
  });

  it('writes footnotes as Markdown footnotes, their ways back left out', () => {
    const md = toMarkdown(
      holder(
        '<p>Le port<sup><a href="https://news.example/a.html#fn1" id="r1">1</a></sup> rouvre<sup><a href="#fn2">2</a></sup>.</p>' +
          '<ol class="notes"><li id="fn1">Selon la mairie. <a href="https://news.example/a.html#r1">↩</a></li><li id="fn2"><p>Voir <a href="https://other.example/x">ici</a>.</p></li></ol>',
      ),
      HEAD,
    );
    expect(body(md)).toBe('Le port[^1] rouvre[^2].\n\n[^1]: Selon la mairie.\n[^2]: Voir [ici](https://other.example/x).\n');
  });

  it('keeps the notes where the page has them, under its heading, numbered as the page numbers them, without "^ a b"', () => {
    const md = toMarkdown(
      holder(
        '<table class="infobox"><tr><th>Population</th><td>5 Mio.<sup id="cite_ref-pop_2-0"><a href="#cite_note-pop-2">[2]</a></sup></td></tr></table>' +
          '<p>Die Stadt<sup id="cite_ref-a_1-0"><a href="#cite_note-a-1">[1]</a></sup> wächst<sup id="cite_ref-pop_2-1"><a href="#cite_note-pop-2">[2]</a></sup>.</p>' +
          '<h2>Einzelnachweise</h2><ol class="references"><li id="cite_note-a-1"><span class="mw-cite-backlink"><a href="#cite_ref-a_1-0">^</a></span> <span>Amt für Statistik.</span></li>' +
          '<li id="cite_note-pop-2"><span class="mw-cite-backlink">^ <a href="#cite_ref-pop_2-0"><sup><i><b>a</b></i></sup></a> <a href="#cite_ref-pop_2-1"><sup><i><b>b</b></i></sup></a></span> <span>Zensus 2022.</span></li></ol>' +
          '<h2>Weblinks</h2><ul><li><a href="https://stadt.example/">Website der Stadt</a></li></ul>',
      ),
      HEAD,
    );
    expect(body(md)).toContain('Die Stadt[^1] wächst[^2].\n\n## Einzelnachweise\n\n[^1]: Amt für Statistik.\n[^2]: Zensus 2022.\n\n## Weblinks\n\n- [Website der Stadt](https://stadt.example/)\n');
    expect(md).toContain('5 Mio.[^2]');
  });

  it('fences code with the language the page names, and keeps links to the article’s own parts in-page', () => {
    const md = toMarkdown(
      holder('<p>Voir <a href="https://news.example/a.html#code">le code</a> et <a href="https://news.example/b.html">un autre article</a>.</p><pre class="lang-python" id="code"><code>print("ok")\n</code></pre>'),
      HEAD,
    );
    expect(body(md)).toBe('Voir [le code](#code) et [un autre article](https://news.example/b.html).\n\n```python\nprint("ok")\n```\n');
  });

  it('leaves no trailing blanks and at most one blank line; a line break is a backslash', () => {
    const md = toMarkdown(holder('<p>Ligne un<br>ligne deux</p><div><br></div><div> </div><p>Fin.</p>'), HEAD);
    expect(md).not.toMatch(/[ \t]$/m);
    expect(md).not.toMatch(/\n\n\n/);
    expect(body(md)).toBe('Ligne un\\\nligne deux\n\nFin.\n');
  });
});

describe('lists and quotes', () => {
  it('keeps nested lists and quotes, with markers as people type them', () => {
    const md = toMarkdown(holder('<ul><li>Pain<ul><li>Farine</li><li>Eau</li></ul></li><li>Sel</li></ul><ol start="3"><li>Trois</li><li>Quatre</li></ol><blockquote><p>Une citation.</p></blockquote>'), HEAD);
    expect(md.split('\n').slice(4).join('\n')).toBe('- Pain\n  - Farine\n  - Eau\n- Sel\n\n3. Trois\n4. Quatre\n\n> Une citation.\n');
  });
});
