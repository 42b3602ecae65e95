/**
 * Auto-clean in Firefox, the way a user meets it: "Always clean <site>" in the popup registers the
 * auto-clean content script for that site (Firefox's `scripting.registerContentScripts`); the
 * next load of one of its articles shows the clean article over the page, and the toolbar badge
 * says so. Firefox lets the user take a site's access back at any time (about:addons →
 * Permissions): Épure notices, drops the site, unregisters the script and clears the badge.
 *
 * Firefox runs Épure's background as an event page and puts it to sleep when idle (after 30 s;
 * here after 2 s): the page load and the revocation below each reach a sleeping background,
 * which proves Firefox wakes it for the content script's message and for `permissions.onRemoved`.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  backgroundState,
  describeFirefox,
  hasFixture,
  inExtension,
  launchFirefox,
  loadCase,
  normalise,
  openTab,
  openView,
  overlayState,
  revokeHostPermission,
  screenshot,
  startServer,
  waitUntil,
  type ExtensionGlobal,
  type Firefox,
  type PageServer,
} from './harness';

const SLUG = ['en-news', 'fr-seed-semantic'].find(hasFixture)!;
const SITE = 'http://127.0.0.1';
const PATTERN = 'http://127.0.0.1/*';
const SCRIPT_ID = 'epure-auto-clean';
/** How long Firefox lets the background idle before it stops it (Firefox's default: 30 s). */
const IDLE_MS = 2000;

interface Seen {
  sites: string[];
  scripts: { id: string; matches?: string[] }[];
  badge: string;
  granted: string[];
}

describeFirefox('auto-clean in Firefox', () => {
  let firefox: Firefox;
  let server: PageServer;
  let article: Page;
  let tabId: number;

  /** Épure's state as the background keeps it: chosen sites, registered scripts, the tab's badge, granted origins. */
  const seen = (): Promise<Seen> =>
    inExtension(
      firefox,
      async ({ tabId }: { tabId: number }) => {
        const { browser } = globalThis as unknown as ExtensionGlobal;
        const stored = async (area: 'sync' | 'local') => (await browser.storage[area].get('settings')).settings as { sites?: string[]; savedAt?: number } | undefined;
        const [sync, local] = [await stored('sync'), await stored('local')];
        const newest = (sync?.savedAt ?? 0) >= (local?.savedAt ?? 0) ? sync : local;
        return {
          sites: newest?.sites ?? [],
          scripts: (await browser.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches })),
          badge: await browser.action.getBadgeText({ tabId }),
          granted: (await browser.permissions.getAll()).origins ?? [],
        };
      },
      { tabId },
    );

  beforeAll(async () => {
    server = await startServer();
    firefox = await launchFirefox({ prefs: { 'extensions.background.idle.timeout': IDLE_MS } });
    ({ page: article, tabId } = await openTab(firefox, server.fixtureUrl(SLUG)));
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('before the user asks, nothing is registered and the page is left alone', async () => {
    const now = await seen();
    expect(now.sites).toEqual([]);
    expect(now.scripts).toEqual([]);
    expect((await overlayState(firefox, tabId)).shown).toBe(false);
  });

  it('"Always clean 127.0.0.1" in the popup registers the content script for that site', async () => {
    const popup = await openView(firefox, 'popup', tabId);
    await popup.waitForSelector('#site-bar:not([hidden]) #auto-clean[aria-checked="false"]', { timeout: 10_000 });
    await popup.click('#auto-clean');
    await popup.waitForSelector('#auto-clean[aria-checked="true"]', { timeout: 10_000 });
    const now = await waitUntil(seen, (s) => s.scripts.length > 0, 'the auto-clean script to be registered');
    expect(now.sites).toEqual([SITE]);
    expect(now.scripts).toEqual([{ id: SCRIPT_ID, matches: [PATTERN] }]);
    await popup.close();
  });

  it('the article, loaded again, shows cleaned over the page; the badge says so', async () => {
    const expected = loadCase(SLUG);
    await waitUntil(() => backgroundState(firefox), (state) => state === 'stopped', 'the background to sleep');
    await article.reload({ waitUntil: 'load' });
    const overlay = await waitUntil(() => overlayState(firefox, tabId), (o) => o.shown, 'the overlay to show');
    const text = normalise(overlay.text);
    expect(text).toContain(normalise(expected.title));
    expect(expected.keep.filter((s) => !text.includes(normalise(s))), 'story snippets missing from the overlay').toEqual([]);
    expect(expected.drop.filter((s) => text.includes(normalise(s))), 'clutter snippets in the overlay').toEqual([]);
    expect(overlay.focused, 'the focus starts on "Show original"').toBe('show-original');
    const now = await waitUntil(seen, (s) => s.badge !== '', 'the badge');
    expect(now.badge.length).toBeGreaterThan(0);
    await screenshot(article, `firefox-auto-clean-${SLUG}`);
  });

  it('Escape closes the overlay and gives the page back', async () => {
    await article.bringToFront();
    await article.keyboard.press('Escape');
    const overlay = await waitUntil(() => overlayState(firefox, tabId), (o) => !o.shown, 'the overlay to close');
    expect(overlay.runs).toBe(1);
    expect(await article.evaluate(() => !!document.querySelector('epure-reader')), 'the overlay element is gone').toBe(false);
  });

  it('the user revokes the site in about:addons: Épure drops it, unregisters the script, clears the badge', async () => {
    await waitUntil(() => backgroundState(firefox), (state) => state === 'stopped', 'the background to sleep');
    await revokeHostPermission(firefox, PATTERN);
    const now = await waitUntil(seen, (s) => s.scripts.length === 0 && s.sites.length === 0 && s.badge === '', 'Épure to notice the revocation');
    expect(now.granted).not.toContain(PATTERN);
    expect(now.badge).toBe('');
    await article.reload({ waitUntil: 'load' });
    // Give a wrongly registered script the time it would take to show.
    await new Promise((done) => setTimeout(done, 1500));
    expect((await overlayState(firefox, tabId)).shown).toBe(false);
  });
});
