import browser, { type Runtime } from 'webextension-polyfill';

/** The welcome page's address (`entrypoints/welcome/`). */
export const WELCOME_PAGE = '/welcome.html';

/**
 * Opens the welcome page once, when Épure is installed (not on an update, nor when the browser
 * is updated): pin the button, the shortcut, "Always clean this site", what stays private.
 * Returns the address opened, or null.
 */
export async function welcomeOnInstall(details: Pick<Runtime.OnInstalledDetailsType, 'reason' | 'temporary'>): Promise<string | null> {
  if (details.reason !== 'install') return null;
  const url = browser.runtime.getURL(WELCOME_PAGE);
  await browser.tabs.create({ url });
  return url;
}
