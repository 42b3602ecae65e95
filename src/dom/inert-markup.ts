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
 * `<style>` elements, which never hold article text, are dropped. The scan follows the HTML
 * tokenizer's states (tags, attributes and their quoted or bare values, end tags' attributes,
 * comments, raw text, the script states), so a `style=` in text, a comment, an attribute's
 * value or a script keeps its name. What is raw text is the tree builder's decision, which the
 * scan only approximates by tag name: hence no <style> is dropped after the first element
 * where that may differ (`STOPS_DROPPING`), nor where the text on its two sides could run
 * together into markup. Inside <svg> and <math>, at worst an attribute is not renamed (and is
 * reported, as before) or one in a comment is. For what `outerHTML` serialises, the parser's
 * reading of the result is its reading of the page with those attributes renamed and those
 * <style>s gone (`tests/engine/inert-markup.test.ts` checks it against jsdom's parser).
 */

/** What a renamed attribute's name starts with. */
const RENAMED_PREFIX = 'data-epure-';
/** The name `style` attributes take in the copy. */
export const STYLE_ATTRIBUTE_IN_COPY = `${RENAMED_PREFIX}style`;

/** Elements whose content the tokenizer reads as text, up to their end tag (`plaintext`: to the end). */
const RAW_TEXT = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title', 'plaintext']);
/**
 * Whether a <style>'s content is raw text is the tree builder's decision: inside <svg> and
 * <math> it is not, and in a <frameset>, in some template contents and in older browsers'
 * <select> the tag is ignored and its content read as markup. From the first of these on, no
 * <style> is dropped: one is then reported, as before, and nothing else can be lost.
 */
const STOPS_DROPPING = new Set(['svg', 'math', 'frameset', 'template', 'select']);

export function inertMarkup(html: string): string {
  // A page with none of these is left as it is (the test is cheap next to the scan).
  if (!/[\s/"'](?:style|on[a-z])|<style/i.test(html)) return html;
  const length = html.length;
  // The copy is built by concatenation: V8 joins the pieces once, when the parser reads it.
  let copy = '';
  let copied = 0;
  let at = 0;
  // From the first of these on, a <style> may not be raw text (see `STOPS_DROPPING`).
  let dropping = true;

  /**
   * Reads a tag's attributes from `cursor` as the tokenizer does (a quoted `>` does not end a
   * tag), renaming the checked ones when `renames`; returns where its `>` is, or the end.
   */
  const readAttributes = (cursor: number, renames: boolean): number => {
    for (;;) {
      let code = html.charCodeAt(cursor);
      while (isBlank(code) || code === 0x2f /* / */) code = html.charCodeAt(++cursor);
      if (cursor >= length || code === 0x3e /* > */) return cursor;
      const name = cursor;
      // A name may start with `=`; it ends at a blank, `/`, `>` or `=`.
      for (code = html.charCodeAt(++cursor); cursor < length && !endsName(code) && code !== 0x3d; ) code = html.charCodeAt(++cursor);
      if (renames && isChecked(html, name, cursor)) {
        copy += html.slice(copied, name) + RENAMED_PREFIX + html.slice(name, cursor).toLowerCase();
        copied = cursor;
      }
      let value = cursor;
      while (isBlank(html.charCodeAt(value))) value++;
      if (html.charCodeAt(value) !== 0x3d /* = */) {
        cursor = value;
        continue;
      }
      do code = html.charCodeAt(++value);
      while (isBlank(code));
      if (code === 0x22 /* " */ || code === 0x27 /* ' */) {
        const close = html.indexOf(code === 0x22 ? '"' : "'", value + 1);
        cursor = close === -1 ? length : close + 1;
      } else {
        while (value < length && !isBlank(code) && code !== 0x3e) code = html.charCodeAt(++value);
        cursor = value;
      }
    }
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
    if (!endTag && STOPS_DROPPING.has(element)) dropping = false;
    // Only where the text before cannot run on into the text after: `a<<style>…</style>img`
    // must not become an <img>, nor `&not<style>…</style>in;` the entity `&notin;`.
    const drops = !endTag && element === 'style' && dropping && (open === 0 || isBlank(html.charCodeAt(open - 1)) || html.charCodeAt(open - 1) === 0x3e);
    // End tags' attributes are never applied, nor those of a dropped <style>.
    at = readAttributes(nameEnd, !endTag && !drops) + 1;
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
