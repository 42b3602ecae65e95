/**
 * Reading in the tab, as people who love Firefox Reader View expect: "Reader in this tab" shows
 * the clean article in place of the page, Back, Escape or "Close" return to the page; the reader
 * survives a reload and the closing of the page it was read from; the toolbar leads with reading
 * (look first, exports in one menu) and nothing of it is cut off on a narrow screen.
 */
import { expect, it, beforeAll, afterAll } from 'vitest';
import {
  chooseExport,
  describeE2E,
  hasFixture,
  launch,
  loadCase,
  openTab,
  openView,
  screenshot,
  startServer,
  textOf,
  waitForState,
  type Browser,
  type ChromeGlobal,
  type PageServer,
} from './harness';

const SLUG = ['en-news', 'fr-seed-semantic'].find(hasFixture)!;

function normalise(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

describeE2E('reading in the tab', () => {
  let browser: Browser;
  let server: PageServer;

  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('"Reader in this tab" replaces the page with the clean article; reload keeps it; Escape goes back to the page', async () => {
    const expected = loadCase(SLUG);
    const url = server.fixtureUrl(SLUG);
    const { page: tab, tabId } = await openTab(browser, url);
    const popup = await openView(browser, 'popup', tabId);
    const title = normalise((await textOf(popup, '#article-title')) ?? '');
    expect(title).toBe(normalise(expected.title));
    await popup.click('#read-here');
    await tab.waitForURL(/\/reader\.html\?read=/, { timeout: 15_000 });
    expect(await waitForState(tab)).toBe('article');
    expect(normalise((await textOf(tab, '#article-title')) ?? '')).toBe(title);
    // The site's name is the way to the original, and "Close" is there.
    expect(await tab.getAttribute('#article-site', 'href')).toBe(url);
    expect(await tab.isVisible('#close-reader')).toBe(true);
    expect(await tab.isVisible('#read-here'), 'no "Reader in this tab" in the tab reader').toBe(false);
    await screenshot(tab, `read-in-tab-${SLUG}`, { fullPage: false });

    await tab.reload();
    expect(await waitForState(tab), 'the reader survives a reload').toBe('article');
    expect(normalise((await textOf(tab, '#article-title')) ?? '')).toBe(title);

    await tab.keyboard.press('Escape');
    await tab.waitForURL(url, { timeout: 15_000 });
    expect(await tab.evaluate(() => document.title.length > 0)).toBe(true);
    await popup.close();
    await tab.close();
  });

  it('with "The toolbar button: shows the reader in the tab" chosen, the click cleans the page in place; Back returns', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('body[data-ready="true"]');
    await options.selectOption('#toolbar-click', 'reader-tab');
    const sw = await browser.worker();
    // The browser opens no popup any more: the click reaches the background.
    await expect.poll(() => sw.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.action.getPopup({})), { timeout: 10_000 }).toBe('');

    const url = `${server.fixtureUrl(SLUG)}?toolbar`;
    const { page: tab, tabId } = await openTab(browser, url);
    // What the click does (automation cannot click the toolbar button).
    await sw.evaluate((id) => (globalThis as unknown as ChromeGlobal).epureTest!.readerInTab(id), tabId);
    await tab.waitForURL(/\/reader\.html\?read=/, { timeout: 20_000 });
    expect(await waitForState(tab)).toBe('article');
    expect(normalise((await textOf(tab, '#article-title')) ?? '')).toBe(normalise(loadCase(SLUG).title));
    await screenshot(tab, 'toolbar-reader-in-tab', { fullPage: false });
    await tab.reload();
    expect(await waitForState(tab), 'a reload shows the kept article').toBe('article');
    await tab.goBack();
    await tab.waitForURL(url, { timeout: 15_000 });

    // Back to the popup: the button opens it again.
    await options.selectOption('#toolbar-click', 'popup');
    await expect.poll(() => sw.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.action.getPopup({})), { timeout: 10_000 }).toMatch(/\/popup\.html$/);
    await options.close();
    await tab.close();
  });

  it('"Close" in the tab reader returns to the page, and Back from the page shows the reader again', async () => {
    const url = server.fixtureUrl(SLUG);
    const { page: tab, tabId } = await openTab(browser, url);
    const popup = await openView(browser, 'popup', tabId);
    await popup.click('#read-here');
    await tab.waitForURL(/\/reader\.html\?read=/, { timeout: 15_000 });
    await waitForState(tab);
    await tab.click('#close-reader');
    await tab.waitForURL(url, { timeout: 15_000 });
    await tab.goForward();
    await tab.waitForURL(/\/reader\.html\?read=/, { timeout: 15_000 });
    expect(await waitForState(tab)).toBe('article');
    await popup.close();
    await tab.close();
  });

  it('"Open in new tab" keeps the article: the new tab survives the page\'s closing and a reload', async () => {
    const { page: source, tabId } = await openTab(browser, `${server.fixtureUrl(SLUG)}?source`);
    const popup = await openView(browser, 'popup', tabId);
    const title = normalise((await textOf(popup, '#article-title')) ?? '');
    const [reader] = await Promise.all([browser.context.waitForEvent('page', { timeout: 15_000 }), chooseExport(popup, '#open-in-tab')]);
    await reader.waitForURL(/\/reader\.html\?read=/, { timeout: 15_000 });
    await source.close();
    await reader.reload();
    expect(await waitForState(reader)).toBe('article');
    expect(normalise((await textOf(reader, '#article-title')) ?? '')).toBe(title);
    await reader.close();
    await popup.close();
  });

  it('the copy menu opens from the keyboard (and with Alt+Shift+C) and closes with Escape, focus back on its button', async () => {
    const { page: tab, tabId } = await openTab(browser, `${server.fixtureUrl(SLUG)}?menu`);
    const popup = await openView(browser, 'popup', tabId);
    expect(await popup.isVisible('#copy-text'), 'exports wait in the menu').toBe(false);
    await popup.focus('#export-toggle');
    await popup.keyboard.press('ArrowDown');
    expect(await popup.isVisible('#copy-text')).toBe(true);
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('copy-text');
    await popup.keyboard.press('ArrowDown');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('copy-markdown');
    await popup.keyboard.press('Escape');
    expect(await popup.isVisible('#copy-text')).toBe(false);
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('export-toggle');
    // Its shortcut, from anywhere in the reader, and shown where the user looks for it.
    await popup.focus('#article-title');
    await popup.keyboard.press('Alt+Shift+KeyC');
    expect(await popup.isVisible('#copy-text')).toBe(true);
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('copy-text');
    expect(await popup.textContent('.export-shortcut')).toContain('Alt+Shift+C');
    expect(await popup.getAttribute('#export-toggle', 'title')).toContain('Alt+Shift+C');
    await popup.keyboard.press('Escape');
    await popup.close();
    await tab.close();
  });

  for (const width of [320, 360, 400]) {
    it(`at ${width} px, every control of the tab reader's toolbar is on screen`, async () => {
      const { page: tab, tabId } = await openTab(browser, `${server.fixtureUrl(SLUG)}?w${width}`);
      const reader = await openView(browser, 'reader', tabId);
      await reader.setViewportSize({ width, height: 700 });
      await reader.click('#export-toggle');
      const outside = await reader.evaluate((viewport) => {
        const controls = Array.from(document.querySelectorAll<HTMLElement>('.bar button, .bar select'));
        return controls
          .filter((control) => control.getClientRects().length > 0)
          .map((control) => ({ id: control.id || control.className, box: control.getBoundingClientRect() }))
          .filter(({ box }) => box.left < 0 || box.right > viewport + 0.5 || box.width === 0)
          .map(({ id, box }) => `${id}: ${Math.round(box.left)}..${Math.round(box.right)}`);
      }, width);
      expect(outside, `controls cut off at ${width} px`).toEqual([]);
      if (width === 320) await screenshot(reader, 'reader-320-menu-open', { fullPage: false });
      await reader.close();
      await tab.close();
    });
  }
});
