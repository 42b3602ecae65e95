/**
 * First run: installing Épure opens a welcome page, in the UI's language (pin the button, the
 * shortcut, what "Always clean this site" asks for, what stays private), reachable again from
 * the options page; an update opens nothing. The popup names the shortcut that opens it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeE2E, hasFixture, launch, openTab, openView, screenshot, startServer, type Browser, type ChromeGlobal, type PageServer } from './harness';

/**
 * The shortcut as the browser has it, or, where it has none, words saying where to choose one:
 * Chromium gives an unpacked extension (this test build) no suggested keys, so both are checked
 * against what the browser itself reports.
 */
async function expectShortcutShown(browser: Browser, page: Page): Promise<void> {
  const sw = await browser.worker();
  const actual = await sw.evaluate(async () => {
    const commands = await (globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } }).chrome.commands.getAll();
    return commands.find((c) => c.name === '_execute_action')?.shortcut ?? '';
  });
  if (actual) {
    await page.waitForSelector('[data-shortcut-some]:not([hidden]) kbd', { timeout: 10_000 });
    expect(await page.textContent('[data-shortcut-some]:not([hidden]) kbd')).toBe(actual);
  } else {
    await page.waitForSelector('[data-shortcut-none]:not([hidden])', { timeout: 10_000 });
    expect(await page.textContent('[data-shortcut-none]:not([hidden])')).toMatch(/No keyboard shortcut is set/);
    expect(await page.isVisible('[data-shortcut-some]')).toBe(false);
  }
}

describeE2E('first run', () => {
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

  it('on install, the welcome page opens with the shortcut; on update, nothing opens', async () => {
    const sw = await browser.worker();
    const [welcome, opened] = await Promise.all([
      browser.context.waitForEvent('page', { timeout: 15_000 }),
      sw.evaluate(() => (globalThis as unknown as ChromeGlobal).epureTest!.welcomeOnInstall('install')),
    ]);
    expect(opened).toMatch(/\/welcome\.html$/);
    await welcome.waitForLoadState();
    const text = (await welcome.textContent('main')) ?? '';
    expect(text).toContain('Pin the button');
    expect(text).toContain('Always clean this site');
    expect(text).toContain('sends nothing anywhere');
    await expectShortcutShown(browser, welcome);
    await screenshot(welcome, 'welcome-en', { fullPage: false });
    await welcome.close();
    expect(await sw.evaluate(() => (globalThis as unknown as ChromeGlobal).epureTest!.welcomeOnInstall('update'))).toBeNull();
  });

  it('the options page links to the welcome page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    expect(await page.getAttribute('#open-welcome', 'href')).toBe('/welcome.html');
    await page.close();
  });

  it('the popup names the shortcut that opens it', async () => {
    const slug = ['en-news', 'fr-seed-semantic'].find(hasFixture)!;
    const { page: tab, tabId } = await openTab(browser, server.fixtureUrl(slug));
    const popup = await openView(browser, 'popup', tabId);
    await expectShortcutShown(browser, popup);
    await popup.close();
    await tab.close();
  });
});
