import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { inertMarkup, STYLE_ATTRIBUTE_IN_COPY } from '../../src/dom/inert-markup';
import { listFixtures } from '../helpers/fixtures';

/** The attributes Chromium checks against an extension page's CSP as it parses: they are renamed. */
const CHECKED = /^(?:style$|on[a-z])/;

/** Elements from which on `inertMarkup` drops nothing (its `STOPS_DROPPING`; an <svg> only when it cannot tell where the <svg> ends). */
const STOPS_DROPPING = ['math', 'frameset', 'template'];
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** What `inertMarkup` drops: a <style>, a <script> whose type cannot be JSON (JSON-LD stays). */
const isDropped = (el: Element, inSelect: boolean) =>
  el.namespaceURI === HTML_NS && ((el.localName === 'style' && !inSelect) || (el.localName === 'script' && !/json|&/i.test(el.getAttribute('type') ?? '')));
/** An <svg> in HTML, which `inertMarkup` drops whole when it can tell where it ends (see `svgs`). */
const isSvg = (el: Element) => el.localName === 'svg' && el.parentElement?.namespaceURI === HTML_NS;
/** What `inertMarkup` cannot see the end of: an <svg> with HTML integration points, a nested <svg> or <math>, a <title> with markup. */
const isIntricateSvg = (svg: Element) =>
  !!svg.querySelector('foreignObject, desc, svg, math') || Array.from(svg.querySelectorAll('title')).some((title) => title.childElementCount > 0);

/**
 * A parsed document as a string, attributes in order. With `changed`, what `inertMarkup` must
 * give: with `renamed`, the checked attributes renamed (a name the element already has is
 * dropped, as the parser drops a repeated attribute), and each HTML <style> and non-JSON
 * <script> that comes before any of `STOPS_DROPPING` gone (the markup given here has a blank or
 * a tag before each of them).
 */
function canonical(html: string, changed: boolean, renamed = changed, svgs: 'dropped' | 'stop' = 'dropped'): string {
  // jsdom's complaints about the random pages' CSS are not what is tested: a silent console.
  const { window } = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const doc = window.document;
  const out: string[] = [];
  let dropping = true;
  let inSelect = false;
  const text = (value: string) => {
    // Text on either side of a dropped element is one text node once it is gone.
    const last = out.length - 1;
    if (out[last]?.startsWith('"')) out[last] = JSON.stringify(JSON.parse(out[last]!) + value);
    else out.push(JSON.stringify(value));
  };
  const walk = (node: Node) => {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (changed && dropping && !inSelect && isSvg(el) && svgs === 'dropped' && !isIntricateSvg(el)) return;
      if (STOPS_DROPPING.includes(el.localName) || isSvg(el)) dropping = false;
      if (changed && dropping && isDropped(el, inSelect)) return;
      if (el.localName === 'select') inSelect = true;
      const names = new Set<string>();
      const attributes: string[] = [];
      for (const { name, value } of Array.from(el.attributes)) {
        const shown = renamed && CHECKED.test(name) ? `data-epure-${name}` : name;
        if (names.has(shown)) continue;
        names.add(shown);
        attributes.push(`${shown}=${JSON.stringify(value)}`);
      }
      out.push(`<${el.tagName} ${attributes.join(' ')}>`);
      for (const child of Array.from((el as HTMLTemplateElement).content?.childNodes ?? el.childNodes)) walk(child);
      out.push(`</${el.tagName}>`);
      if (el.localName === 'select') inSelect = false;
      return;
    }
    // Without a leading <style> to open it, blanks and comments before <head> are not put in
    // it (nor in <html>); they never show.
    const inHead = node.parentNode === doc.head || node.parentNode === doc.documentElement;
    if (node.nodeType === 3 && !(inHead && !node.nodeValue!.trim())) text(node.nodeValue!);
    else if (node.nodeType === 8 && !inHead) out.push(`<!--${node.nodeValue}-->`);
  };
  walk(doc.documentElement);
  window.close();
  return out.join('');
}

/** The parser's reading of the changed markup is the parser's reading of the page, changed. */
function expectSameAsParser(html: string): void {
  expect(canonical(inertMarkup(html), false)).toBe(canonical(html, true));
  expect(canonical(inertMarkup(html, { rename: false }), false)).toBe(canonical(html, true, false));
}

describe('inertMarkup', () => {
  it('renames inline styles and event handlers in start tags, whatever their case or quotes', () => {
    const html = '<p STYLE="display:none" onClick=\'go()\' class=a style=b onload>Text</p>';
    expect(inertMarkup(html)).toBe('<p data-epure-style="display:none" data-epure-onclick=\'go()\' class=a data-epure-style=b data-epure-onload>Text</p>');
    expectSameAsParser(html);
  });

  it('drops <style> elements', () => {
    expect(inertMarkup('<head><style media="screen">p > a { color: red }</style></head><p>Kept</p>')).toBe('<head></head><p>Kept</p>');
  });

  it('leaves "style=" alone where it is not an attribute: text, comments, values, scripts, textareas, titles', () => {
    const cases = [
      '<p>Set style="color:red" or onclick="x" on the element.</p>',
      '<!-- <p style="x" onclick="y"> --><p>After</p>',
      '<a title=\'<b style="x">\' href="/">link</a>',
      '<a data-x="a > b style=c">link</a>',
      '<script>document.write(\'<p style="x">\');</script><p>After</p>',
      '<textarea><p style="x"></textarea>',
      '<title>How to use style="…" in a <p onclick="x"> tag</title>',
      '<xmp><b style="x"></b></xmp>',
      '<p class="style onclick" data-style="x">Text</p>',
    ];
    for (const html of cases) {
      expect(inertMarkup(html), html).not.toContain('data-epure-');
      expectSameAsParser(html);
    }
  });

  it('follows the tokenizer where it is unusual', () => {
    const cases = [
      // A quoted ">" does not end a tag, in start and end tags, raw text's end tags too.
      '<a title="1 > 0" style="x">a</a title=">"><p style="y">b</p>',
      '<title></title x="><style>">a<b style="c">kept</b></style>',
      '<style></style a=">"><p style="d">kept</p>',
      // Inside "<!--", a <script> nests: its </script> does not end the outer script.
      '<script><!--<script>x</script><p style="inside"></script><p style="after">b</p>',
      '<script><!-- x --></script><p style="after">b</p>',
      '<script><!--></script><p style="after">b</p>',
      // Abrupt comments, bogus comments, a processing instruction, a lone "<".
      '<!--><p style="a">x</p><!---><p onclick="b">y</p>',
      '<!doctype html><? style="no" ?><p style="yes">1 < 2 <3 </ style="x"></p>',
      // No blank between attributes, "=" starting a name, a bare value with quotes in it.
      '<p class="a"style="b" =c d=e"f style=g>x</p>',
      // The end of the page inside a tag or a value.
      '<p style="unterminated',
      '<p class="x" sty',
      '<p style',
      '<style>never closed',
      // Comments and raw text are not scanned for tags.
      '<noscript><p style="parsed as markup">x</p></noscript>',
      '<template><p style="in a template">x</p><style>a{}</style></template>',
      '<iframe><p style="text"></iframe><noembed><p style="t"></noembed><plaintext><p style="t">',
    ];
    for (const html of cases) expectSameAsParser(html);
  });

  it('drops scripts, but not JSON-LD, whose metadata the engine reads', () => {
    const html = '<head><script src="a.js"></script> <script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><p>Kept</p> <script type=module>go()</script></body>';
    expect(inertMarkup(html, { rename: false })).toBe('<head> <script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><p>Kept</p> </body>');
    expectSameAsParser(html);
  });

  it('drops an icon whole, and goes on dropping after it', () => {
    const html = '<p>Share <svg viewBox="0 0 24 24" aria-hidden="true"><title>Share</title><g><path d="M0 0h24"/></g><style>.a{}</style></svg></p> <style>p{}</style><p>Kept</p>';
    expect(inertMarkup(html)).toBe('<p>Share </p> <p>Kept</p>');
    expectSameAsParser(html);
  });

  it('keeps everything from an <svg> on whose end only the tree builder knows, and from a <math>, <frameset> or <template> on', () => {
    const intricate = [
      '<svg><foreignObject><style>a{}</style></foreignObject></svg>',
      '<svg><desc><style>a{}</style></desc></svg>',
      '<svg><svg><path/></svg><style>a{}</style></svg>',
      '<svg><![CDATA[</svg>]]><style>a{}</style></svg>',
      '<svg><p>leaves the svg</p></svg>',
      '<svg><path/></p><style>a{}</style></svg>',
      '<svg/>',
      '<svg><title><b>markup</b></title></svg>',
      '<svg><path d="never closed">',
    ];
    for (const svg of intricate) {
      const html = `<p>a</p> ${svg} <style>b{}</style><p>c</p>`;
      expect(inertMarkup(html, { rename: false }), html).toBe(`<p>a</p> ${svg} <style>b{}</style><p>c</p>`);
      expect(canonical(inertMarkup(html), false), html).toBe(canonical(html, true, true, 'stop'));
    }
    for (const late of ['<frameset><style><frame></style>', '<template><col><style><!--k--><col></style></template>', '<math><style><mi>x</mi></style></math>']) {
      expect(inertMarkup(late), late).toBe(late);
    }
  });

  it('keeps the <style> elements of a <select>, where older parsers read them as text, and its scripts go', () => {
    const html = '<p>x</p> <select><style><option>kept</option></style> <script>x()</script></select> <style>gone{}</style>';
    expect(inertMarkup(html)).toBe('<p>x</p> <select><style><option>kept</option></style> </select> ');
    expectSameAsParser(html);
  });

  it('keeps a <style> where dropping it would join the text around it into markup', () => {
    for (const html of ['<p>a<<style>x</style>img src=x onerror=alert(1)></p>', '<p>&not<style></style>in;</p>', '<p>&#x3<style></style>C;</p>']) {
      expect(inertMarkup(html), html).toBe(html);
    }
  });

  it('returns the page itself when there is nothing to change', () => {
    const html = '<p class="x">Nothing to rename</p>';
    expect(inertMarkup(html)).toBe(html);
  });

  it('agrees with the parser on random markup', () => {
    const name = fc.constantFrom('style', 'STYLE', 'onclick', 'onLoad', 'on', 'one', 'class', 'data-style', 'title', 'styles', '=x', 'a"b');
    const value = fc.constantFrom('', '=x', '="a"', "='b'", '="a > b"', '="<p style=\'x\'>"', '=c"d', '=\'x"y\'', '=<b>');
    const attribute = fc.tuple(fc.constantFrom(' ', '\n', '/', ''), name, value).map((parts) => parts.join(''));
    const tag = fc.tuple(fc.constantFrom('p', 'div', 'a', 'span', 'td', 'li', 'b'), fc.array(attribute, { maxLength: 4 }), fc.constantFrom('>', '/>', ' >'));
    const piece = fc.oneof(
      tag.map(([t, attributes, end]) => `<${t}${attributes.join('')}${end}`),
      fc.constantFrom('</p>', '</div>', '</a title=">">', 'text', ' style="x" ', '1 < 2', '<!-- <p style=x> -->', '<!-->', '<!doctype html>'),
      // After a word: the body has begun (blanks before it are not put anywhere).
      fc.constantFrom('i <svg viewBox="0 0 1 1"><title>t</title><path d="M0" style="x"/><g onclick=y><use href=#a></use></g></svg>', 'i> <svg><style>.a{}</style><script>1</script></svg>', '<select><style>s{}</style><option>o</option></select>', ' <script>a<b style=x></script>', ' <script><!--<script></script><p style=x></script>', '><script type="application/ld+json">{"a": "<b style=x>"}</script>', ' <script type=module>m</script>', '<textarea><p style=x></textarea>', ' <style>p{}</style>', '<title><b onclick=x></title>', '<noscript><p style=x></noscript>'),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => expectSameAsParser(pieces.join(''))), { numRuns: 300 });
  }, 90_000);

  it('agrees with the parser on every fixture page', () => {
    for (const fixture of listFixtures()) expectSameAsParser(fixture.source.toString('utf8'));
  }, 90_000);

  it('renames `style` to the attribute `remove-hidden` reads', () => {
    const { document } = new JSDOM(inertMarkup('<p style="display:none">x</p>')).window;
    expect(document.querySelector('p')!.getAttribute(STYLE_ATTRIBUTE_IN_COPY)).toBe('display:none');
  });
});
