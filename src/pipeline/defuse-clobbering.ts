import type { Step } from '../article';
import { platformCall, platformGet, platformMethod } from '../dom/walk';

/**
 * Renames `name`/`id` values that shadow DOM properties in the copy, so that neither Readability
 * nor our own steps read a page element where they expect a DOM property.
 *
 * `<form><input name="parentNode"></form>` makes Readability 0.6.0 loop forever (its walk
 * follows `node.parentNode`, which the input answers); `<img name="body">` shadows
 * `document.body`. The values are kept as `data-epure-name`/`data-epure-id` so nothing is lost.
 * Fixture: `hostile`.
 */
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The only elements whose name or id become properties of another object (HTML's named
 * properties): a document's embeds, forms, iframes, images and objects, and a form's controls
 * and images. A heading's id "title" or a div's id "body" shadows nothing, and stays as it is
 * (in-page links to it keep working in the clean article).
 */
const CLOBBERING_TAGS = new Set(['button', 'embed', 'fieldset', 'form', 'iframe', 'img', 'input', 'object', 'output', 'select', 'textarea']);

export const defuseClobbering: Step = {
  name: 'defuse-clobbering',
  run(draft) {
    const doc = draft.doc;
    const properties = propertiesOf(doc);
    const html = platformGet<Element>(doc, 'documentElement');
    // Only an identifier can name a property: "main-content" or "story 1" never shadow one.
    const shadows = (value: string) => IDENTIFIER.test(value) && properties.has(value);
    // Element's own methods, looked up once past any clobbering and called on each element.
    const getAttribute = platformMethod<(name: string) => string | null>(html, 'getAttribute');
    const removeAttribute = platformMethod<(name: string) => void>(html, 'removeAttribute');
    const setAttribute = platformMethod<(name: string, value: string) => void>(html, 'setAttribute');
    for (const el of Array.from(platformCall<NodeListOf<Element>>(html, 'querySelectorAll', '[name],[id]'))) {
      // A tag test in a set costs less than a selector of 22 alternatives matched on every element.
      if (!CLOBBERING_TAGS.has(el.localName)) continue;
      for (const attr of ['name', 'id'] as const) {
        const value = getAttribute.call(el, attr);
        if (value !== null && shadows(value)) {
          removeAttribute.call(el, attr);
          setAttribute.call(el, `data-epure-${attr}`, value);
        }
      }
    }
    return draft;
  },
};

const propertySets = new WeakMap<object, ReadonlySet<string>>();

/**
 * The names of a form's and a document's properties, own and inherited, read once per kind of
 * document (its prototype, which no page element can shadow) from pristine probes: an empty
 * form and an empty document. A set answers faster than `in` on a DOM object, which asks the
 * object's named-property handler first.
 */
function propertiesOf(doc: Document): ReadonlySet<string> {
  const kind = Object.getPrototypeOf(doc) as object;
  let names = propertySets.get(kind);
  if (!names) {
    const docProbe = platformGet<DOMImplementation>(doc, 'implementation').createHTMLDocument('');
    const found = new Set<string>();
    for (const probe of [docProbe.createElement('form'), docProbe]) {
      for (let obj: object | null = probe; obj; obj = Object.getPrototypeOf(obj) as object | null) {
        for (const name of Object.getOwnPropertyNames(obj)) found.add(name);
      }
    }
    propertySets.set(kind, (names = found));
  }
  return names;
}
