/** Small, total URL helpers shared by the engine and the article view: never throw. */

/** A page's host as people name the site ("lemonde.fr" for www.lemonde.fr), or null. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The address without its `#fragment` (to tell whether a link stays on the page), or null. */
export function withoutHash(url: string): string | null {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return null;
  }
}
