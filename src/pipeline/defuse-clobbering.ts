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

export const defuseClobbering: Step = {
  name: 'defuse-clobbering',
  run(draft) {
    const doc = draft.doc;
    // Pristine probes: an empty form and an empty document show which names are DOM properties.
    const formProbe = doc.createElement('form');
    const docProbe = platformGet<DOMImplementation>(doc, 'implementation').createHTMLDocument('');
    const html = platformGet<Element>(doc, 'documentElement');
    // Only an identifier can name a property: "main-content" or "story 1" never shadow one.
    const shadows = (value: string) => IDENTIFIER.test(value) && (value in formProbe || value in docProbe);
    // Element's own methods, looked up once past any clobbering and called on each element.
    const getAttribute = platformMethod<(name: string) => string | null>(html, 'getAttribute');
    const removeAttribute = platformMethod<(name: string) => void>(html, 'removeAttribute');
    const setAttribute = platformMethod<(name: string, value: string) => void>(html, 'setAttribute');
    for (const el of Array.from(platformCall<NodeListOf<Element>>(html, 'querySelectorAll', '[name],[id]'))) {
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
