/**
 * The serialised page, changed so that parsing it in a Chromium extension page raises no
 * Content Security Policy report.
 *
 * The reader parses the page with `DOMParser` in its own page, whose CSP has `style-src 'self'`
 * and `script-src 'self'`. Chromium checks every inline `style` attribute, `on…` handler and
 * `<style>` element of the parsed copy against that policy, though none can ever apply or run
 * in an inert document, and reports each one: a console error, a `securitypolicyviolation`
 * event, a source location, about 0.3 ms apiece. The median corpus page took 6.1–6.3 ms to
 * parse there, and one with 1,142 inline styles and handlers 126–143 ms, against 4–5 ms once
 * they are renamed (`npm run bench`, part 5; docs/performance.md). Firefox does not check
 * an inert copy: parsing costs the same in its extension pages as on the web.
 *
 * So, before parsing, start tags' `style` and `on…` attributes are renamed (`style` becomes
 * `data-epure-style`, which `remove-hidden` reads; DOMPurify drops every `data-` attribute) and
 * `<style>` elements, which never hold article text, are dropped. On every page (`rename:
 * false` where no CSP checks the copy) the elements `drop-non-content` would remove first thing
 * are not parsed at all: `<style>`, `<script>` but JSON-LD, and icons' `<svg>` (see `svgEnd`);
 * not parsing them took the parse from 6.2 to 4.9 ms a page on average (`npm run bench`).
 * The scan follows the HTML tokenizer's states (tags, attributes and their quoted or bare
 * values, end tags' attributes, comments, raw text, the script states), so a `style=` in text,
 * a comment, an attribute's value or a script keeps its name. What is raw text is the tree
 * builder's decision, which the scan only approximates by tag name: hence nothing is dropped
 * after the first element where that may differ (`STOPS_DROPPING`), nor where the text on its
 * two sides could run together into markup. Inside <svg> and <math>, at worst an attribute is
 * not renamed (and is reported, as before) or one in a comment is. For what `outerHTML`
 * serialises, the parser's reading of the result is its reading of the page with those
 * attributes renamed and those elements gone (`tests/engine/inert-markup.test.ts` checks it
 * against jsdom's parser).
 */

/** What a renamed attribute's name starts with. */
const RENAMED_PREFIX = 'data-epure-';
/** The name `style` attributes take in the copy. */
export const STYLE_ATTRIBUTE_IN_COPY = `${RENAMED_PREFIX}style`;

/** Elements whose content the tokenizer reads as text, up to their end tag (`plaintext`: to the end). */
const RAW_TEXT = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title', 'plaintext']);
/**
 * Whether a <style>'s content is raw text is the tree builder's decision: inside <svg> and
 * <math> it is not, and in a <frameset> and in some template contents the tag is ignored and
 * its content read as markup. From the first of these on, nothing is dropped: a <style> is then
 * reported, as before, and nothing else can be lost. (An <svg> whose end is certain is dropped
 * whole instead, see `svgEnd`; a <select> only keeps its own <style>s, see `inSelect`.)
 */
const STOPS_DROPPING = new Set(['svg', 'math', 'frameset', 'template']);

export function inertMarkup(html: string, { rename = true }: { rename?: boolean } = {}): string {
  // A page with none of these is left as it is (the test is cheap next to the scan).
  if (!(rename ? /[\s/"'](?:style|on[a-z])|<s(?:tyle|cript|vg)/i : /<s(?:tyle|cript|vg)/i).test(html)) return html;
  const length = html.length;
  // The copy is built by concatenation: V8 joins the pieces once, when the parser reads it.
  let copy = '';
  let copied = 0;
  let at = 0;
  // From the first of these on, a <style> may not be raw text (see `STOPS_DROPPING`).
  let dropping = true;
  // Inside a <select>, where older parsers ignore a <style> tag and read its content as text
  // (a <script> is a script there too); a <select> ends at its end tag, or sooner (so, at worst,
  // a <style> after it is kept).
  let inSelect = false;

  // The `type` of the start tag last read (its first one, as the parser keeps), or null.
  let typeValue: string | null = null;
  let typeSeen = false;
  let renaming = false;
  // One visitor for every tag (not a closure per tag): renames when `renaming`, notes the `type`.
  const visit: AttributeVisitor = (name, nameEnd, value, valueEnd) => {
    if (renaming && isChecked(html, name, nameEnd)) {
      copy += html.slice(copied, name) + RENAMED_PREFIX + html.slice(name, nameEnd).toLowerCase();
      copied = nameEnd;
    }
    if (!typeSeen && nameEnd - name === 4 && html.slice(name, nameEnd).toLowerCase() === 'type') {
      typeSeen = true;
      if (value !== -1) typeValue = html.slice(value, valueEnd);
    }
  };
  /** `readTag`, renaming the checked attributes when `renames`: where the tag's `>` is, or the end. */
  const readAttributes = (cursor: number, renames: boolean): number => {
    typeValue = null;
    typeSeen = false;
    renaming = renames;
    return readTag(html, cursor, visit);
  };

  while (at < length) {
    const open = html.indexOf('<', at);
    if (open === -1) break;
    const next = html.charCodeAt(open + 1);
    if (next === 0x21 /* ! */) {
      at = html.startsWith('<!--', open) ? commentEnd(html, open + 4) : endOf(html, open + 2);
      continue;
    }
    const endTag = next === 0x2f; /* / */
    const nameStart = open + (endTag ? 2 : 1);
    if (!isAsciiLetter(html.charCodeAt(nameStart))) {
      // `</>` is dropped, `</ …>` and `<?…>` are bogus comments; any other `<` is text.
      at = endTag || next === 0x3f /* ? */ ? endOf(html, open + 2) : open + 1;
      continue;
    }
    let nameEnd = nameStart + 1;
    while (nameEnd < length && !endsName(html.charCodeAt(nameEnd))) nameEnd++;
    const element = nameEnd - nameStart <= 9 ? html.slice(nameStart, nameEnd).toLowerCase() : '';
    // Only where the text before cannot run on into the text after: `a<<style>…</style>img`
    // must not become an <img>, nor `&not<style>…</style>in;` the entity `&notin;`.
    const joinsNothing = open === 0 || isBlank(html.charCodeAt(open - 1)) || html.charCodeAt(open - 1) === 0x3e;
    if (element === 'select') inSelect = !endTag;
    if (!endTag && element === 'svg' && dropping && !inSelect && joinsNothing) {
      // An icon: dropped whole, as `drop-non-content` would, when its end is certain.
      const end = svgEnd(html, readTag(html, nameEnd));
      if (end !== -1) {
        copy += html.slice(copied, open);
        copied = at = end;
        continue;
      }
    }
    if (!endTag && STOPS_DROPPING.has(element)) dropping = false;
    const mayDrop = !endTag && ((element === 'style' && !inSelect) || element === 'script') && dropping && joinsNothing;
    // End tags' attributes are never applied, nor those of a dropped element.
    at = readAttributes(nameEnd, rename && !endTag && !mayDrop) + 1;
    // A script stays when its type may be JSON (JSON-LD: the metadata `collect-metadata` reads).
    const drops = mayDrop && (element === 'style' || !typeValue || !/json|&/i.test(typeValue));
    if (mayDrop && !drops && rename) {
      // Kept after all: its attributes are read again, renaming this time.
      readAttributes(nameEnd, true);
    }
    if (endTag || !RAW_TEXT.has(element)) continue;
    const close = element === 'plaintext' ? length : element === 'script' ? scriptEnd(html, at) : endTagAt(html, element, at);
    // The end tag's own attributes (never applied, but quoted `>`s count) end at its `>`.
    at = close === length ? length : readAttributes(close + 2 + element.length, false) + 1;
    if (drops) {
      copy += html.slice(copied, open);
      copied = Math.min(at, length);
    }
  }
  return copied === 0 ? html : copy + html.slice(copied);
}

/**
 * Start tags that end foreign content ("breakout" in the tree builder's rules), and those
 * whose content the tree builder reads as HTML inside an <svg> (integration points, which may
 * hold raw text): with one of them in an <svg>, where it ends is the tree builder's decision.
 */
const LEAVES_SVG = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta',
  'nobr', 'ol', 'p', 'pre', 'ruby', 's', 'small', 'span', 'strong', 'strike', 'sub', 'sup',
  'table', 'tt', 'u', 'ul', 'var', 'font', 'foreignobject', 'desc', 'svg', 'math',
]);

/**
 * Just past the `</svg>` that ends an <svg> whose start tag's `>` is at `gt`, or -1 when that
 * is not certain: a self-closing or unterminated start tag, a CDATA section, a nested <svg>, a
 * tag of `LEAVES_SVG`, an end tag `</p>` or `</br>` (which also leave it), or a <title> with
 * markup in it. What is left is what icons are made of (paths, groups, uses, a plain title),
 * where every tag up to `</svg>` is an SVG element and nothing is raw text.
 */
const SVG_TOKEN = /<(\/?)([a-zA-Z][^\t\n\f\r />]*)|<!--|<!|<\/(?![a-zA-Z])|<\?/g;

function svgEnd(html: string, gt: number): number {
  const length = html.length;
  if (gt >= length || html.charCodeAt(gt - 1) === 0x2f /* / */) return -1;
  const tag = SVG_TOKEN;
  tag.lastIndex = gt + 1;
  for (let token = tag.exec(html); token; token = tag.exec(html)) {
    const text = token[0];
    if (text === '<!--') {
      tag.lastIndex = commentEnd(html, token.index + 4);
      continue;
    }
    if (text === '<!') {
      if (html.startsWith('[CDATA[', token.index + 2)) return -1;
      tag.lastIndex = endOf(html, token.index + 2);
      continue;
    }
    if (token[2] === undefined) {
      // `</>`, `</ …>` and `<?…>`: bogus comments up to the next `>`.
      tag.lastIndex = endOf(html, token.index + 2);
      continue;
    }
    const name = token[2].toLowerCase();
    const endTag = token[1] === '/';
    if (endTag ? name === 'p' || name === 'br' : LEAVES_SVG.has(name)) return -1;
    const close = readTag(html, token.index + text.length);
    if (close >= length) return -1;
    if (endTag && name === 'svg') return close + 1;
    if (!endTag && name === 'title') {
      // A plain title: its text, then its end tag.
      const next = html.indexOf('<', close + 1);
      if (next === -1 || !/^<\/title[\t\n\f\r />]/i.test(html.slice(next, next + 8))) return -1;
    }
    tag.lastIndex = close + 1;
  }
  return -1;
}

/** Where an attribute's name is, and its value (`value` -1 when it has none; quotes left out). */
type AttributeVisitor = (name: number, nameEnd: number, value: number, valueEnd: number) => void;

/**
 * Reads a tag's attributes from `cursor` as the tokenizer does (a quoted `>` does not end a
 * tag), showing each to `visit`; returns where the tag's `>` is, or the end.
 */
function readTag(html: string, cursor: number, visit?: AttributeVisitor): number {
  const length = html.length;
  for (;;) {
    let code = html.charCodeAt(cursor);
    while (isBlank(code) || code === 0x2f /* / */) code = html.charCodeAt(++cursor);
    if (cursor >= length || code === 0x3e /* > */) return cursor;
    const name = cursor;
    // A name may start with `=`; it ends at a blank, `/`, `>` or `=`.
    for (code = html.charCodeAt(++cursor); cursor < length && !endsName(code) && code !== 0x3d; ) code = html.charCodeAt(++cursor);
    const nameEnd = cursor;
    let value = cursor;
    while (isBlank(html.charCodeAt(value))) value++;
    if (html.charCodeAt(value) !== 0x3d /* = */) {
      visit?.(name, nameEnd, -1, -1);
      cursor = value;
      continue;
    }
    do code = html.charCodeAt(++value);
    while (isBlank(code));
    if (code === 0x22 /* " */ || code === 0x27 /* ' */) {
      const close = html.indexOf(code === 0x22 ? '"' : "'", value + 1);
      cursor = close === -1 ? length : close + 1;
      visit?.(name, nameEnd, value + 1, close === -1 ? length : close);
    } else {
      const start = value;
      while (value < length && !isBlank(code) && code !== 0x3e) code = html.charCodeAt(++value);
      cursor = value;
      visit?.(name, nameEnd, start, value);
    }
  }
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0c || code === 0x0d;
}

/** A tag's name ends at a blank, `/` or `>`. */
function endsName(code: number): boolean {
  return isBlank(code) || code === 0x2f || code === 0x3e;
}

function isAsciiLetter(code: number): boolean {
  return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
}

/** `style`, or `on` and a letter (an event handler's name), in any case. */
function isChecked(html: string, start: number, end: number): boolean {
  const first = html.charCodeAt(start) | 0x20;
  if (first === 0x73 /* s */) return end - start === 5 && html.slice(start, end).toLowerCase() === 'style';
  return first === 0x6f /* o */ && end - start > 2 && (html.charCodeAt(start + 1) | 0x20) === 0x6e /* n */ && isAsciiLetter(html.charCodeAt(start + 2));
}

/** Just past the next `>` from `from`, or the end. */
function endOf(html: string, from: number): number {
  const found = html.indexOf('>', from);
  return found === -1 ? html.length : found + 1;
}

/** Just past a comment whose text starts at `from`: `-->`, `--!>`, or the abrupt `<!-->` and `<!--->`. */
function commentEnd(html: string, from: number): number {
  if (html.startsWith('>', from)) return from + 1;
  if (html.startsWith('->', from)) return from + 2;
  const dashes = html.indexOf('--', from);
  for (let at = dashes; at !== -1; at = html.indexOf('--', at + 1)) {
    if (html.startsWith('-->', at)) return at + 3;
    if (html.startsWith('--!>', at)) return at + 4;
  }
  return html.length;
}

/** Where `</name` followed by a blank, `/` or `>` starts, any case, from `from`; else the end. */
function endTagAt(html: string, name: string, from: number): number {
  let pattern = END_TAGS.get(name);
  if (!pattern) END_TAGS.set(name, (pattern = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'ig')));
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? html.length;
}

const END_TAGS = new Map<string, RegExp>();

const SCRIPT_TOKEN = /<\/script[\t\n\f\r />]|<!--|-->|<script[\t\n\f\r />]/gi;

/**
 * Where a script's end tag starts, following the tokenizer's script states: inside `<!--`, a
 * `<script` nests, and its `</script>` does not end the outer script.
 */
function scriptEnd(html: string, from: number): number {
  let escaped = false;
  let doubleEscaped = false;
  SCRIPT_TOKEN.lastIndex = from;
  for (let token = SCRIPT_TOKEN.exec(html); token; token = SCRIPT_TOKEN.exec(html)) {
    const text = token[0].toLowerCase();
    if (text.startsWith('</script')) {
      if (!doubleEscaped) return token.index;
      doubleEscaped = false;
    } else if (text === '<!--') {
      if (!escaped) escaped = true;
      // `<!--` then `-->` may share dashes ("<!-->"): the tokenizer reads them as one.
      SCRIPT_TOKEN.lastIndex = token.index + 2;
    } else if (text === '-->') {
      if (escaped) escaped = doubleEscaped = false;
    } else if (escaped) {
      doubleEscaped = true;
    }
  }
  return html.length;
}
