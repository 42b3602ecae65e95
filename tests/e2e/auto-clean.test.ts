/**
 * Auto-clean in real Chromium, the way a user meets it: "Always clean <site>" in the popup turns
 * it on for the site (the badge says "A"); the next load of one of its articles shows the clean
 * article over the page, in a closed shadow root the page cannot reach, with "Show original"
 * focused (Enter or Escape closes it); in-site navigation through the history API runs it again,
 * and a page there that is not an article is left alone without a console error; turning the
 * switch off stops it on the next load.
 *
 * The e2e build already holds http://127.0.0.1/* (the toolbar click cannot be automated), so the
 * permission prompt never shows; revoking a permission is covered by tests/auto-clean/*.test.ts.
 */
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeE2E,
  launch,
  loadCase,
  openTab,
  openView,
  screenshot,
  startServer,
  type Browser,
  type PageServer,
} from './harness';

const SLUG = 'fr-seed-semantic';
const SITE = 'http://127.0.0.1';
const PATTERN = 'http://127.0.0.1/*';

interface OverlayState {
  shown: boolean;
  text: string;
  focused: string | null;
  runs: number;
  theme: string | null;
  font: string | null;
}

/** What the service worker sees: chosen sites, the registered script's matches, a tab's badge. */
interface Seen {
  sites: string[];
  matches: string[] | null;
  badge: string;
}

interface SwChrome {
  chrome: {
    tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
    storage: { sync: { get(k: string): Promise<Record<string, unknown>> }; local: { get(k: string): Promise<Record<string, unknown>> } };
    scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
  };
}

/** Prose long enough for the engine to call it an article. */
function paragraphs(topic: string, count = 6): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `<p>${topic}, part ${i + 1}: the council met again on Tuesday evening and spent most of the meeting on the question of the old bridge, which has been closed to lorries since the spring floods. Residents who spoke asked for a date, and the engineers promised a report before the end of the month.</p>`,
  ).join('\n');
}

/**
 * A single-page site: its own script renders the page for the address (article one, article
 * two, or a home page of links), "Next" and "Home" navigate with pushState, back/forward with
 * popstate. Nothing is reloaded.
 */
const SPA = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Town News</title></head>
<body><nav><button id="next" type="button">Next story</button> <button id="home" type="button">Home</button></nav>
<main id="main"></main>
<script>
const pages = {
  '/spa/one': '<article><h1>Bridge repairs to start in May</h1>${paragraphs('Bridge repairs').replace(/\n/g, '')}</article>',
  '/spa/two': '<article><h1>Library opens on Sundays</h1>${paragraphs('Library hours').replace(/\n/g, '')}</article>',
  '/spa/home': '<ul>' + Array.from({ length: 30 }, (_, i) => '<li><a href="/spa/story-' + i + '">Story ' + i + '</a></li>').join('') + '</ul>',
};
function render() {
  document.getElementById('main').innerHTML = pages[location.pathname] || pages['/spa/home'];
  document.title = document.querySelector('h1') ? document.querySelector('h1').textContent : 'Town News';
}
function go(path) { history.pushState({}, '', path); render(); }
document.getElementById('next').addEventListener('click', () => go('/spa/two'));
document.getElementById('home').addEventListener('click', () => go('/spa/home'));
addEventListener('popstate', render);
render();
</script></body></html>`;

function normalise(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

describeE2E('auto-clean', () => {
  let browser: Browser;
  let server: PageServer;
  let page: Page;
  let tabId: number;
  const expected = loadCase(SLUG);

  const seen = async (): Promise<Seen> => {
    const sw = await browser.worker();
    return sw.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as SwChrome;
      const read = async (area: 'sync' | 'local') => (await chrome.storage[area].get('settings')).settings as { sites?: string[]; savedAt?: number } | undefined;
      const [sync, local] = [await read('sync'), await read('local')];
      const newest = (sync?.savedAt ?? 0) >= (local?.savedAt ?? 0) ? sync : local;
      const script = (await chrome.scripting.getRegisteredContentScripts()).find((s) => s.id === 'epure-auto-clean');
      return { sites: newest?.sites ?? [], matches: script?.matches ?? null, badge: await chrome.action.getBadgeText({ tabId: id }) };
    }, tabId);
  };

  /** The overlay's state, asked of the content script (e2e builds answer); null when none runs. */
  const overlay = async (id = tabId): Promise<OverlayState | null> => {
    const sw = await browser.worker();
    return sw.evaluate(async (tab) => {
      const { chrome } = globalThis as unknown as SwChrome;
      try {
        return ((await chrome.tabs.sendMessage(tab, { type: 'e2e:overlay-state' })) as OverlayState | undefined) ?? null;
      } catch {
        return null; // "Receiving end does not exist": no auto-clean script in that tab.
      }
    }, id);
  };

  const waitForOverlay = async (predicate: (s: OverlayState) => boolean, id = tabId): Promise<OverlayState> => {
    let last: OverlayState | null = null;
    await expect
      .poll(async () => {
        last = await overlay(id);
        return !!last && predicate(last);
      }, { timeout: 20_000, interval: 200 })
      .toBe(true);
    return last!;
  };

  beforeAll(async () => {
    server = await startServer();
    server.addPage('/spa/one', SPA);
    server.addPage('/spa/two', SPA);
    server.addPage('/spa/home', SPA);
    browser = await launch();
    ({ page, tabId } = await openTab(browser, server.fixtureUrl(SLUG)));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('before the user asks, nothing is registered and the page is left alone', async () => {
    expect(await seen()).toEqual({ sites: [], matches: null, badge: '' });
    expect(await overlay()).toBeNull();
    expect(await page.evaluate(() => document.querySelector('epure-reader'))).toBeNull();
  });

  it('"Always clean 127.0.0.1" in the popup turns it on: the script is registered for that site only, the badge says A', async () => {
    const popup = await openView(browser, 'popup', tabId);
    expect(await popup.isVisible('#site-bar')).toBe(true);
    expect(await popup.getAttribute('#auto-clean', 'role')).toBe('switch');
    expect(await popup.getAttribute('#auto-clean', 'aria-checked')).toBe('false');
    expect(await popup.textContent('#auto-clean')).toContain('127.0.0.1');
    await popup.click('#auto-clean');
    await popup.waitForFunction(() => document.getElementById('auto-clean')?.getAttribute('aria-checked') === 'true');
    await expect.poll(() => seen(), { timeout: 10_000 }).toEqual({ sites: [SITE], matches: [PATTERN], badge: 'A' });
    await popup.close();
  });

  it('on load, the clean article shows over the page, in a closed shadow root, "Show original" focused', async () => {
    await page.reload({ waitUntil: 'load' });
    const state = await waitForOverlay((s) => s.shown);
    const text = normalise(state.text);
    expect(text).toContain(normalise(expected.title));
    for (const keep of expected.keep) expect(text, keep).toContain(normalise(keep));
    for (const drop of ['La suite après la publicité', 'Sur le même thème', 'Mentions légales', "Vous n'allez pas le croire"]) {
      expect(text, drop).not.toContain(drop);
    }
    expect(state.focused).toBe('show-original');
    // The page's scripts see an empty host whose shadow root they cannot open.
    const fromPage = await page.evaluate(() => {
      const host = document.querySelector('epure-reader');
      return { exists: !!host, shadowRoot: host ? host.shadowRoot : 'absent', text: host?.textContent ?? null, children: host?.childElementCount };
    });
    expect(fromPage).toEqual({ exists: true, shadowRoot: null, text: '', children: 0 });
    await screenshot(page, 'auto-clean-overlay', { fullPage: false });
  });

  it('the reader’s clicks and keys stay inside it: the page’s listeners hear nothing', async () => {
    await page.evaluate(() => {
      const w = window as unknown as { heard: string[] };
      w.heard = [];
      for (const type of ['keydown', 'keyup', 'click']) document.addEventListener(type, () => w.heard.push(type));
    });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect((await overlay())?.focused).toBe('show-original');
    // A click in the middle of the overlay lands in the reader, not on the page, and keeps the focus.
    await page.mouse.click(4, 12); // the bar, beside its words and button
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
    expect((await overlay())?.focused).toBe('reader');
  });

  it('Enter on "Show original" closes it; so does Escape after a reload', async () => {
    await page.keyboard.press('Tab'); // from the reader itself to its first control
    expect((await overlay())?.focused).toBe('show-original');
    await page.keyboard.press('Enter');
    await waitForOverlay((s) => !s.shown);
    expect(await page.evaluate(() => document.querySelector('epure-reader'))).toBeNull();

    await page.reload({ waitUntil: 'load' });
    await waitForOverlay((s) => s.shown);
    await page.keyboard.press('Escape');
    await waitForOverlay((s) => !s.shown);
    expect(await page.evaluate(() => document.querySelector('epure-reader'))).toBeNull();
  });

  it('the overlay wears the reader’s look from storage, and follows a change made in the options page', async () => {
    await page.reload({ waitUntil: 'load' });
    await waitForOverlay((s) => s.shown);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('body[data-ready="true"]');
    await options.selectOption('#look-theme', 'dark');
    await options.selectOption('#look-font', 'mono');
    await waitForOverlay((s) => s.shown && s.theme === 'dark' && s.font === 'mono');
    await page.bringToFront();
    await screenshot(page, 'auto-clean-overlay-dark', { fullPage: false });
    // A fresh load reads it from storage.
    await page.reload({ waitUntil: 'load' });
    await waitForOverlay((s) => s.shown && s.theme === 'dark' && s.font === 'mono');
    await options.selectOption('#look-theme', 'system');
    await options.selectOption('#look-font', 'serif');
    await waitForOverlay((s) => s.theme === 'light' && s.font === 'serif');
    await options.close();
    await page.keyboard.press('Escape');
    await waitForOverlay((s) => !s.shown);
  });

  it('history navigation runs it again; a page there that is not an article is left alone, silently', async () => {
    const spa = await browser.context.newPage();
    const errors: string[] = [];
    spa.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    spa.on('pageerror', (error) => errors.push(error.message));
    await spa.goto(`${server.origin}/spa/one`, { waitUntil: 'load' });
    const spaTab = await (async () => {
      const sw = await browser.worker();
      return sw.evaluate(async (url) => {
        const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } };
        return (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? -1;
      }, `${server.origin}/spa/one`);
    })();
    const first = await waitForOverlay((s) => s.shown, spaTab);
    expect(first.text).toContain('Bridge repairs to start in May');
    expect(first.runs).toBe(1);

    // Close the reader, then the page's own "Next story": new content, pushState, no reload.
    await spa.keyboard.press('Escape');
    await waitForOverlay((s) => !s.shown, spaTab);
    await spa.click('#next');
    expect(spa.url()).toBe(`${server.origin}/spa/two`);
    const second = await waitForOverlay((s) => s.shown && s.runs === 2, spaTab);
    expect(second.text).toContain('Library opens on Sundays');
    expect(second.text).not.toContain('Bridge repairs');

    // "Home" is a list of links: the overlay goes and does not come back.
    await spa.keyboard.press('Escape');
    await spa.click('#home');
    await spa.waitForTimeout(2500);
    expect(await overlay(spaTab)).toMatchObject({ shown: false, runs: 2 });
    expect(await spa.evaluate(() => document.querySelector('epure-reader'))).toBeNull();

    // Back (popstate) to the second story: it is cleaned again.
    await spa.goBack();
    expect(spa.url()).toBe(`${server.origin}/spa/two`);
    const third = await waitForOverlay((s) => s.shown && s.runs === 3, spaTab);
    expect(third.text).toContain('Library opens on Sundays');
    expect(errors).toEqual([]);
    await spa.close();
  });

  it('turning the switch off stops it: no script, no badge, no overlay on the next load', async () => {
    const popup = await openView(browser, 'popup', tabId);
    await popup.waitForFunction(() => document.getElementById('auto-clean')?.getAttribute('aria-checked') === 'true');
    await popup.click('#auto-clean');
    await popup.waitForFunction(() => document.getElementById('auto-clean')?.getAttribute('aria-checked') === 'false');
    await expect.poll(() => seen(), { timeout: 10_000 }).toEqual({ sites: [], matches: null, badge: '' });
    await popup.close();
    await page.reload({ waitUntil: 'load' });
    await page.waitForTimeout(1500);
    expect(await overlay()).toBeNull();
    expect(await page.evaluate(() => document.querySelector('epure-reader'))).toBeNull();
  });
});
