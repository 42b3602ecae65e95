import type { Step } from '../article';
import { hostOf } from '../dom/url';

/**
 * Replaces embedded players (iframes, video, embed, object) with a plain link to what they
 * showed: the reader never runs a third-party frame, yet the reader can still open the video.
 */
export const embedsToLinks: Step = {
  name: 'embeds-to-links',
  run(draft) {
    const root = draft.root;
    if (!root) return draft;
    const doc = root.ownerDocument;
    for (const embed of Array.from(root.querySelectorAll('iframe, video, embed, object, audio'))) {
      const raw = embed.getAttribute('src') ?? embed.getAttribute('data') ?? embed.getAttribute('data-src') ?? embed.querySelector('source[src]')?.getAttribute('src') ?? '';
      const href = httpUrl(raw, draft.baseUrl);
      if (!href) {
        embed.remove();
        continue;
      }
      const paragraph = doc.createElement('p');
      const link = doc.createElement('a');
      link.setAttribute('href', href);
      const label = embed.getAttribute('title')?.trim();
      link.textContent = label ? `▶ ${label}` : `▶ ${hostOf(href) ?? href}`;
      paragraph.append(link);
      embed.replaceWith(paragraph);
    }
    return draft;
  },
};

function httpUrl(raw: string, base: string): string | null {
  if (!raw.trim()) return null;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
