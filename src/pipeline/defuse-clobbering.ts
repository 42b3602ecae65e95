import type { Step } from '../article';
import { platformCall, platformGet } from '../dom/walk';

/**
 * Renames `name`/`id` values that shadow DOM properties in the copy, so that neither Readability
 * nor our own steps read a page element where they expect a DOM property.
 *
 * `<form><input name="parentNode"></form>` makes Readability 0.6.0 loop forever (its walk
 * follows `node.parentNode`, which the input answers); `<img name="body">` shadows
 * `document.body`. The values are kept as `data-epure-name`/`data-epure-id` so nothing is lost.
 * Fixture: `hostile`.
 */
export const defuseClobbering: Step = {
  name: 'defuse-clobbering',
  run(draft) {
    const doc = draft.doc;
    // Pristine probes: an empty form and an empty document show which names are DOM properties.
    const formProbe = doc.createElement('form');
    const docProbe = platformGet<DOMImplementation>(doc, 'implementation').createHTMLDocument('');
    const html = platformGet<Element>(doc, 'documentElement');
    const shadows = (value: string) => value in formProbe || value in docProbe;
    for (const el of Array.from(platformCall<NodeListOf<Element>>(html, 'querySelectorAll', '[name],[id]'))) {
      for (const attr of ['name', 'id'] as const) {
        const value = platformCall<string | null>(el, 'getAttribute', attr);
        if (value !== null && shadows(value)) {
          platformCall(el, 'removeAttribute', attr);
          platformCall(el, 'setAttribute', `data-epure-${attr}`, value);
        }
      }
    }
    return draft;
  },
};
