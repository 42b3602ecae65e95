/**
 * What Épure calls a site: an origin without its port, `https://example.com`. It is what the
 * user chooses ("Always clean example.com"), the key of the per-site rules, and what a host
 * permission is asked for (`https://example.com/*`). Ports are left out because match patterns
 * ignore them (Chrome matches every port of a host without one; Firefox accepts none).
 */

/** The site of a page address, or null for anything but an http(s) page. */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (!parsed.hostname) return null;
  return `${parsed.protocol}//${parsed.hostname}`;
}

/** A typed host: `example.com`, `www.example.com`, `localhost`, an IPv4 or IPv6 address. */
const HOST = /^(?:localhost|\[[0-9a-f:.]+\]|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?))$/i;

/**
 * The site the user meant by `input` (what they typed in the options page, or a stored value):
 * `example.com` → `https://example.com`; `http://example.com:8080/news/x` → `http://example.com`.
 * Null when it is not an http(s) address of a real host (a bare word, a wildcard, a space).
 */
export function normaliseSite(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const text = input.trim();
  if (!text || /\s/.test(text) || text.includes('*')) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^:/]+:\d+(?:[/?#]|$)/.test(text) ? text : `https://${text}`;
  const site = siteOf(withScheme);
  if (!site) return null;
  const host = site.slice(site.indexOf('//') + 2);
  return HOST.test(host) ? site : null;
}

/** The host permission (and content-script match pattern) of a site: `https://example.com/*`. */
export function sitePattern(site: string): string {
  return `${site}/*`;
}

/**
 * The site a granted host permission stands for, or null when it is not exactly one site's
 * pattern (`*://*\/*`, `<all_urls>`, `https://*.example.com/*`, a pattern with a path).
 */
export function siteOfPattern(pattern: string): string | null {
  const match = /^(https?):\/\/([^/*]+)\/\*$/.exec(pattern);
  if (!match) return null;
  const site = normaliseSite(`${match[1]}://${match[2]}`);
  return site === `${match[1]}://${match[2]!.toLowerCase()}` ? site : null;
}

/** The host name to show for a site: `https://example.com` → `example.com`. */
export function siteLabel(site: string): string {
  return site.replace(/^https:\/\//, '');
}

/** The user's extra selectors for the page at `url` (its site's entry in `siteRules`). */
export function siteRulesFor(siteRules: Readonly<Record<string, readonly string[]>>, url: string): string[] {
  const site = siteOf(url);
  return site ? [...(siteRules[site] ?? [])] : [];
}
