import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseInert, sanitizeToFragment, sanitizeToString, serializeChildren, setSanitizedHtml, windowOf } from '../../src/safe-html';

const dom = new JSDOM('<!doctype html><html><body><div id="target"></div></body></html>', { url: 'https://reader.example/' });
const win = dom.window as unknown as Window & typeof globalThis;
const clean = (html: string) => sanitizeToString(html, win);

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('safe-html', () => {
  it.each([
    ['script', '<script>alert(1)</script>'],
    ['style', '<style>body{display:none}</style>'],
    ['link', '<link rel="stylesheet" href="https://evil.example/x.css">'],
    ['meta', '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
    ['base', '<base href="https://evil.example/">'],
    ['iframe', '<iframe src="https://evil.example/"></iframe>'],
    ['frame', '<frameset><frame src="https://evil.example/"></frameset>'],
    ['object', '<object data="https://evil.example/x.swf"></object>'],
    ['embed', '<embed src="https://evil.example/x.swf">'],
    ['form', '<form action="https://evil.example/"><input name="q"><button>Go</button><select><option>1</option></select><textarea>t</textarea></form>'],
    ['input', '<input type="text" value="x">'],
    ['button', '<button>Click</button>'],
    ['noscript', '<noscript><p>No JS</p></noscript>'],
    ['template', '<template><p>T</p></template>'],
    ['dialog', '<dialog open>Modal</dialog>'],
    ['svg', '<svg onload="alert(1)"><circle r="1"></circle></svg>'],
    ['math', '<math><mi>x</mi></math>'],
  ])('strips <%s>', (tag, html) => {
    const out = clean(`<p>Avant</p>${html}<p>Après</p>`).toLowerCase();
    expect(out).not.toContain(`<${tag}`);
    expect(out).toContain('<p>avant</p>');
    expect(out).toContain('<p>après</p>');
  });

  it.each([
    ['onclick', '<p onclick="alert(1)">Text</p>'],
    ['onerror', '<img src="/x.jpg" onerror="alert(1)">'],
    ['onmouseover', '<a href="/x" onmouseover="alert(1)">Link</a>'],
    ['style', '<p style="position:fixed;top:0">Text</p>'],
    ['srcdoc', '<div srcdoc="<script>alert(1)</script>">Text</div>'],
    ['ping', '<a href="/x" ping="https://tracker.example/">Link</a>'],
    ['data-track', '<p data-track="id-42">Text</p>'],
    ['formaction', '<p formaction="javascript:alert(1)">Text</p>'],
  ])('strips the %s attribute', (attr, html) => {
    expect(clean(html).toLowerCase()).not.toContain(`${attr}=`);
  });

  it('removes javascript: and vbscript: addresses', () => {
    const out = clean('<a href="javascript:alert(1)">A</a><a href=" JaVaScRiPt:alert(1)">B</a><a href="vbscript:msgbox(1)">C</a><img src="javascript:alert(1)">');
    expect(out.toLowerCase()).not.toMatch(/javascript:|vbscript:/);
    expect(out).toContain('A');
  });

  it('keeps a data:image/png image', () => {
    const out = clean(`<img src="${PNG}" alt="Pixel">`);
    expect(out).toContain(`src="${PNG}"`);
  });

  it('removes data:text/html and data:image/svg+xml addresses', () => {
    const out = clean(
      '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Open</a><img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" alt="Svg">',
    );
    expect(out.toLowerCase()).not.toContain('data:text/html');
    expect(out.toLowerCase()).not.toContain('data:image/svg+xml');
    expect(out).toContain('Open');
  });

  it('opens links in a new tab without handing over the window or the referrer', () => {
    const doc = new JSDOM(`<body>${clean('<a href="https://news.example/x" target="_self" rel="opener">Link</a><p target="_blank">P</p>')}</body>`).window.document;
    const a = doc.querySelector('a')!;
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(doc.querySelector('p')!.hasAttribute('target')).toBe(false);
  });

  it('keeps the article markup a reader needs', () => {
    const html =
      '<h2>Titre</h2><p><strong>Gras</strong> <em>italique</em> <a href="https://news.example/">lien</a></p><figure><img src="https://img.example/a.jpg" alt="A"><figcaption>Légende</figcaption></figure><table><caption>C</caption><tr><th>A</th><td>1</td></tr></table><pre><code>x = 1</code></pre><blockquote>Citation</blockquote><ul><li>Un</li></ul>';
    const out = clean(html);
    for (const tag of ['<h2>', '<strong>', '<em>', '<a ', '<figure>', '<img ', '<figcaption>', '<table>', '<caption>', '<th>', '<pre>', '<code>', '<blockquote>', '<li>']) {
      expect(out).toContain(tag);
    }
  });

  it('sanitizes a node as well as a string, into a fragment', () => {
    const source = new JSDOM('<body><div id="a"><p onclick="x()">Bonjour</p><script>alert(1)</script></div></body>').window.document;
    const fragment = sanitizeToFragment(source.getElementById('a')!, win);
    expect(fragment.nodeType).toBe(11);
    const out = serializeChildren(fragment);
    expect(out).toContain('Bonjour');
    expect(out).not.toContain('onclick');
    expect(out).not.toContain('<script');
    // The source node is left alone.
    expect(source.querySelector('script')).not.toBeNull();
  });

  it('setSanitizedHtml sanitizes again at the sink', () => {
    const target = dom.window.document.getElementById('target')!;
    target.append(dom.window.document.createElement('span'));
    setSanitizedHtml(target, '<p>Texto</p><img src="x" onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">j</a><iframe src="https://evil.example"></iframe>');
    expect(target.querySelector('span')).toBeNull();
    expect(target.querySelector('p')!.textContent).toBe('Texto');
    expect(target.querySelector('script, iframe')).toBeNull();
    expect(target.querySelector('img')!.hasAttribute('onerror')).toBe(false);
    expect(target.querySelector('a')!.hasAttribute('href')).toBe(false);
  });

  it('creates no Trusted Types policy, which a site\'s CSP would report to the site', () => {
    const { window } = new JSDOM('<!doctype html><body></body>');
    const created: string[] = [];
    // What Chromium gives the on-page reader: a window with trustedTypes.
    Object.defineProperty(window, 'trustedTypes', {
      value: {
        createPolicy(name: string, rules: { createHTML(s: string): string }) {
          created.push(name);
          return { createHTML: rules.createHTML, createScriptURL: (s: string) => s };
        },
      },
    });
    const win = window as unknown as Window & typeof globalThis;
    const target = window.document.createElement('div');
    setSanitizedHtml(target, '<p>Article <img src="x" onerror="alert(1)"></p>');
    expect(target.querySelector('img')?.hasAttribute('onerror')).toBe(false);
    expect(sanitizeToString('<b>ok</b>', win)).toBe('<b>ok</b>');
    expect(created).toEqual([]);
  });

  it('windowOf finds the window of a jsdom document', () => {
    expect(windowOf(dom.window.document)).toBe(dom.window);
  });

  it('parseInert neither runs scripts nor loads anything, and keeps the markup for the caller', () => {
    const fragment = parseInert(dom.window.document, '<img src="https://img.example/a.jpg" onerror="globalThis.__hit = 1"><script>globalThis.__hit = 2</script>');
    expect(fragment.querySelector('img')!.getAttribute('src')).toBe('https://img.example/a.jpg');
    expect((globalThis as { __hit?: number }).__hit).toBeUndefined();
    expect((dom.window as unknown as { __hit?: number }).__hit).toBeUndefined();
  });
});
