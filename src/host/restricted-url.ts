/**
 * Pages the browser does not let extensions read, whatever permission they hold: browser
 * pages, the extension stores, source views, and local files without "Allow access to file
 * URLs". Knowing them up front lets the reader say so in words instead of failing; when the
 * URL is unknown (no `tabs` permission) the error of `scripting.executeScript` is classified by
 * `classifyInjectionError` instead.
 */

/**
 * Schemes no extension may script. `file:` is not here: it works once the user allows file
 * access, and the injection error tells the two cases apart. Chrome's PDF viewer is a
 * `chrome-extension:` page, so it is covered too.
 */
const RESTRICTED_SCHEMES = new Set([
  'about:', 'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:',
  'edge:', 'brave:', 'opera:', 'vivaldi:', 'moz-extension:', 'resource:', 'view-source:',
  'javascript:', 'jar:',
]);

/** The stores: Chrome's old and new web store, Edge add-ons, and Mozilla's add-ons site. */
const RESTRICTED_HOSTS: readonly { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
  { host: 'accounts-static.cdn.mozilla.net' },
  { host: 'accounts.firefox.com' },
];

/** True when the browser will refuse to run Épure's content script on `url`. */
export function isRestrictedUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (RESTRICTED_SCHEMES.has(parsed.protocol)) return true;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.toLowerCase();
  return RESTRICTED_HOSTS.some(
    (r) => host === r.host && (!r.path || parsed.pathname === r.path || parsed.pathname.startsWith(`${r.path}/`)),
  );
}

export type InjectionFailure = 'restricted' | 'tab-gone' | 'error';

/**
 * Maps the error `scripting.executeScript` rejects with to what the user is told.
 * Chrome: "No tab with id: 12.", "Cannot access a chrome:// URL", "Cannot access contents of
 * url …", "The extensions gallery cannot be scripted.", "Frame with ID 0 is showing error page".
 * Firefox: "Invalid tab ID: 12", "Missing host permission for the tab".
 */
export function classifyInjectionError(error: unknown): InjectionFailure {
  const message = error instanceof Error ? error.message : String(error ?? '');
  if (/no tab with id|invalid tab id|tab not found|no such tab/i.test(message)) return 'tab-gone';
  if (
    /cannot access|cannot be scripted|missing host permission|must request permission|permission to access|showing error page|extensions gallery|file:\/\/|not allowed|restricted/i.test(
      message,
    )
  ) {
    return 'restricted';
  }
  return 'error';
}
