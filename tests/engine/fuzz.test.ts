import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { loadPage } from '../../scripts/lib/jsdom-page';

/**
 * Random and mutated HTML through the whole engine: it never throws, and whatever it returns is
 * sanitized (no script, handler, dangerous URL or forbidden element in the HTML it would show).
 */
const TAGS = ['p', 'div', 'span', 'a', 'form', 'input', 'img', 'script', 'iframe', 'svg', 'math', 'style', 'base', 'meta', 'table', 'td', 'noscript', 'template', 'h2', 'ul', 'li', 'object', 'embed', 'frameset'];
const ATTRS = ['name="parentNode"', 'name="body"', 'id="getAttribute"', 'onerror="alert(1)"', 'onload="alert(1)"', 'href="javascript:alert(1)"', 'src="data:text/html,<script>alert(1)</script>"', 'style="display:none"', 'hidden', 'data-src="/x.jpg"', 'href="/rel"', 'src="x"', 'srcset="a.jpg 1x, b.jpg 2x"'];
const WORDS = ['Advertisement', 'La suite après la publicité', 'Read more:', '>>', '<<', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.', 'Anzeige', 'Related', '&amp;', '&lt;script&gt;', '<!--', '-->', '<![CDATA[', ']]>', '</p>', '<p>'];

const element: fc.Memo<string> = fc.memo((depth) =>
  fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(...WORDS),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.subarray(ATTRS, { maxLength: 3 }), fc.array(depth > 4 ? fc.constantFrom(...WORDS) : element(), { maxLength: 4 }))
      .map(([tag, attrs, children]) => `<${tag} ${attrs.join(' ')}>${children.join('')}</${tag}>`),
  ),
);

const page = fc.tuple(fc.array(element(), { minLength: 1, maxLength: 8 }), fc.boolean()).map(
  ([parts, withArticle]) =>
    `<!doctype html><html lang="en"><head><title>Fuzz</title></head><body>${parts.join('')}${
      withArticle ? `<article>${'<p>A real paragraph of article prose that is long enough to be read as the article body by the engine and by Readability.</p>'.repeat(5)}</article>` : ''
    }</body></html>`,
);

/** Mutations of a real fixture: cut it anywhere, or splice random markup into it. */
const mutated = fc.tuple(fc.nat(), fc.nat(), element()).map(([cut, at, insert]) => {
  const base = `<!doctype html><html><body><article><h1>T</h1>${'<p>Prose paragraph with enough words to make an article out of this page, for the engine.</p>'.repeat(6)}<p>Advertisement</p></article></body></html>`;
  const truncated = base.slice(0, (cut % base.length) + 1);
  const pos = at % (truncated.length + 1);
  return truncated.slice(0, pos) + insert + truncated.slice(pos);
});

function assertSafe(html: string): void {
  const doc = new JSDOM(`<body>${html}`).window.document;
  expect(doc.querySelector('script, style, iframe, object, embed, form, input, base, meta, link, frame, frameset, template, svg, math')).toBeNull();
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      expect(attr.name.startsWith('on'), `${el.localName} ${attr.name}`).toBe(false);
      if (['href', 'src', 'srcset', 'action', 'formaction', 'poster'].includes(attr.name)) {
        expect(attr.value).not.toMatch(/^\s*(?:javascript|vbscript|data:text\/html)/i);
      }
    }
  }
}

describe('fuzz: random and mutated HTML', () => {
  for (const [name, arbitrary] of [['random pages', page], ['mutated article', mutated]] as const) {
    it(`${name}: never throws, always sanitized`, () => {
      fc.assert(
        fc.property(arbitrary, fc.boolean(), (html, force) => {
          const dom = loadPage(html, 'https://fuzz.example/a.html');
          let result;
          try {
            result = extract(dom.window.document, 'https://fuzz.example/a.html', { force });
          } finally {
            dom.window.close();
          }
          expect(['boolean']).toContain(typeof result.ok);
          if (result.ok) {
            assertSafe(result.html);
            // No link to a script URL, and no raw tag but the autolinked source URL.
            expect(result.markdown).not.toMatch(/\]\(\s*(?:javascript|vbscript|data:text\/html)/i);
            expect(result.markdown).not.toMatch(/(?:^|[^\\])<(?!https?:\/\/)[a-z!/?]/im);
          } else {
            expect(['not-an-article', 'too-large', 'bad-input', 'error']).toContain(result.reason);
            expect(result.reason).not.toBe('error');
          }
        }),
        { numRuns: 60, seed: 20261128 },
      );
    });
  }
});
