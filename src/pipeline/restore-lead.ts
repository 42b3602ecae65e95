import type { Step } from '../article';
import { textOf } from '../dom/text';

/**
 * Puts back the standfirst and lead figure that `capture-lead` saw above the body when
 * Readability left them out: at the top of the article, standfirst first.
 */
export const restoreLead: Step = {
  name: 'restore-lead',
  run(draft) {
    const root = draft.root;
    if (!root || !draft.lead) return draft;
    const text = textOf(root);
    const { standfirst, figure } = draft.lead;
    const restored: Element[] = [];
    if (standfirst && !text.includes(textOf(standfirst))) restored.push(asParagraph(standfirst));
    if (figure) {
      const src = figure.querySelector('img')?.getAttribute('src');
      const caption = figure.querySelector('figcaption');
      const imageThere = !!src && Array.from(root.querySelectorAll('img')).some((img) => img.getAttribute('src') === src);
      const captionThere = !caption || text.includes(textOf(caption));
      if (!imageThere || !captionThere) {
        // The image is there without its caption: the restored figure replaces it.
        if (imageThere) Array.from(root.querySelectorAll('img')).find((img) => img.getAttribute('src') === src)?.closest('figure')?.remove();
        restored.push(figure);
      }
    }
    if (restored.length) root.prepend(...restored.map((el) => root.ownerDocument.importNode(el, true)));
    return draft;
  },
};

/** The standfirst keeps its words and inline markup, as a paragraph. */
function asParagraph(el: Element): Element {
  if (el.localName === 'p') return el;
  const p = el.ownerDocument.createElement('p');
  p.append(...Array.from(el.cloneNode(true).childNodes));
  return p;
}
