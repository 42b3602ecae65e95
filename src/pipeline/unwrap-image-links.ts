import type { Step } from '../article';
import { withoutHash } from '../dom/url';

/** What a link around a picture opens when it is the site's lightbox: the picture itself. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

/**
 * Takes the link off a picture that only opens the site's lightbox: a link whose whole content
 * is the picture (no words of its own) and that leads to the same page with an anchor
 * (`#lightbox-2`, `#`), to a script, or to the picture's own file. In the reader those links
 * lead out of the article to a viewer that is not there; the picture stays. A picture that
 * links to another page (a video, an article) keeps its link.
 */
export const unwrapImageLinks: Step = {
  name: 'unwrap-image-links',
  run(draft) {
    const root = draft.root;
    if (!root) return draft;
    const page = withoutHash(draft.baseUrl);
    for (const link of Array.from(root.querySelectorAll('a'))) {
      if (!link.querySelector('img, picture') || /\S/.test(link.textContent ?? '')) continue;
      if (!opensLightbox(link.getAttribute('href') ?? '', draft.baseUrl, page)) continue;
      link.replaceWith(...Array.from(link.childNodes));
    }
    return draft;
  },
};

function opensLightbox(href: string, base: string, page: string | null): boolean {
  const raw = href.trim();
  if (raw === '' || raw.startsWith('#') || /^javascript:/i.test(raw)) return true;
  try {
    const url = new URL(raw, base);
    if (url.hash && withoutHash(url.href) === page) return true;
    return IMAGE_FILE.test(url.pathname);
  } catch {
    return false;
  }
}
