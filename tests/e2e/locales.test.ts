/**
 * Épure's UI in every language it cleans, as a user of that language sees it: Chromium started in
 * that language (`--lang`), for each locale besides English and French (tests/e2e/screens.test.ts
 * covers those two). For each: the popup and the tab reader at 320 px (every control on screen,
 * its label whole, not clipped: the longest label of each control fits), the states without an
 * article, the options page and the welcome page, with no English message shown. Screens are
 * saved as test-results/screenshots/locale-<view>-<locale>.png.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readMessages } from '../ui/messages';
import type { Page } from 'playwright-core';
import { bigPage, describeE2E, launch, openTab, openView, popupSized, screenshot, startServer, waitForState, type Browser, type PageServer } from './harness';

/** Chromium's locale name for each messages folder. */
const LOCALES: [folder: string, chromium: string][] = [
  ['de', 'de'],
  ['es', 'es'],
  ['it', 'it'],
  ['nl', 'nl'],
  ['pl', 'pl'],
  ['pt_BR', 'pt-BR'],
  ['pt_PT', 'pt-PT'],
];

const en = readMessages('en');

/** English sentences (two words or more) a locale says otherwise: none may show in that locale. */
function englishOnly(folder: string): string[] {
  const messages = readMessages(folder);
  return Object.entries(en)
    .filter(([key, entry]) => messages[key] && messages[key]!.message !== entry.message && !/\$/.test(entry.message))
    .map(([, entry]) => entry.message)
    .filter((message) => (message.match(/\p{L}{3,}/gu) ?? []).length >= 2);
}

/** What the user can read on the page: visible text, labels and tooltips of visible controls. */
async function visibleWords(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.body.innerText, document.title];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder]'))) {
      if (el.getClientRects().length === 0) continue;
      parts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '', el.getAttribute('placeholder') ?? '');
    }
    return parts.join('\n');
  });
}

/** Controls of `selector` that leave the viewport, or whose label does not fit in them. */
async function clippedControls(page: Page, selector: string, width: number): Promise<string[]> {
  return page.evaluate(
    ({ selector, width }) =>
      Array.from(document.querySelectorAll<HTMLElement>(selector))
        .filter((el) => el.getClientRects().length > 0)
        .flatMap((el) => {
          const box = el.getBoundingClientRect();
          const name = `${el.id || el.className} "${el.innerText.trim()}"`;
          const problems: string[] = [];
          if (box.left < -0.5 || box.right > width + 0.5) problems.push(`${name}: ${Math.round(box.left)}..${Math.round(box.right)} of ${width}`);
          // The label is cut (ellipsis or hidden overflow) when its content is wider than its box.
          if (el.scrollWidth > el.clientWidth + 1) problems.push(`${name}: label ${el.scrollWidth} px in ${el.clientWidth} px`);
          return problems;
        }),
    { selector, width },
  );
}

for (const [folder, locale] of LOCALES) {
  describeE2E(`the UI in ${locale}`, () => {
    let browser: Browser;
    let server: PageServer;
    const messages = readMessages(folder);
    const english = englishOnly(folder);
    const noEnglish = (shown: string, where: string) => expect(english.filter((m) => shown.includes(m)), `${where}:\n${shown}`).toEqual([]);

    beforeAll(async () => {
      server = await startServer();
      browser = await launch({ locale });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('the popup and the tab reader speak it, and every control and its label fit at 320 px', async () => {
      const { page: tab, tabId } = await openTab(browser, server.fixtureUrl('en-news'));
      const popup = await openView(browser, 'popup', tabId, false);
      expect(await waitForState(popup)).toBe('article');
      await popupSized(popup);
      // The browser's own tag ("es-ES") when it is in the messages' language: dates keep its region.
      expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${messages.messagesLocale!.message}\\b`));
      expect((await popup.textContent('[data-i18n="exportMenu"]'))?.trim()).toBe(messages.exportMenu!.message);
      noEnglish(await visibleWords(popup), 'popup');
      await screenshot(popup, `locale-popup-${locale}`, { fullPage: false });
      await popup.close();

      const reader = await openView(browser, 'reader', tabId);
      await reader.setViewportSize({ width: 320, height: 700 });
      noEnglish(await visibleWords(reader), 'reader');
      // The toolbar, then the copy menu open, then the look panel open: each control whole.
      expect(await clippedControls(reader, '.bar button, .bar select, .bar a', 320), 'toolbar').toEqual([]);
      await reader.click('#export-toggle');
      expect(await clippedControls(reader, '.bar button, [role="menuitem"]', 320), 'copy menu').toEqual([]);
      await screenshot(reader, `locale-reader-320-menu-${locale}`, { fullPage: false });
      await reader.keyboard.press('Escape');
      await reader.click('.look-toggle');
      expect(await clippedControls(reader, '.look-panel button, .look-panel select, .look-panel label', 320), 'look panel').toEqual([]);
      noEnglish(await visibleWords(reader), 'look panel');
      await screenshot(reader, `locale-reader-320-look-${locale}`, { fullPage: false });
      // The removed list, opened: its heading counts in the language's plural form.
      await reader.keyboard.press('Escape');
      await reader.close();
      await tab.close();
    });

    it('each state is said in it, with its ways forward, and no English', async () => {
      const cases: [string, () => Promise<string>, string][] = [
        ['not-an-article', async () => `reader.html?tab=${(await openTab(browser, server.fixtureUrl('home-page'))).tabId}`, 'state_not_an_article'],
        ['too-large', async () => `reader.html?tab=${(await openTab(browser, server.addPage('/huge', bigPage()))).tabId}`, 'state_too_large'],
        ['tab-gone', async () => 'reader.html?tab=999999', 'state_tab_gone'],
      ];
      for (const [state, open, key] of cases) {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width: 320, height: 700 });
        await page.goto(`chrome-extension://${browser.extensionId}/${await open()}`);
        expect(await waitForState(page)).toBe(state);
        expect((await page.textContent('#state-message'))?.trim()).toBe(messages[key]!.message);
        noEnglish(await visibleWords(page), state);
        expect(await clippedControls(page, '#state button, #state a', 320), state).toEqual([]);
        await page.close();
      }
    });

    it('the options page and the welcome page speak it', async () => {
      for (const name of ['options', 'welcome']) {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width: 900, height: 900 });
        await page.goto(`chrome-extension://${browser.extensionId}/${name}.html`);
        await page.waitForLoadState('load');
        // The page's module sets its language and words once it runs (the HTML says "en" until then).
        const tag = messages.messagesLocale!.message;
        await page.waitForFunction((t) => document.documentElement.lang.startsWith(t), tag, { timeout: 5_000 }).catch(() => undefined);
        expect(await page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${messages.messagesLocale!.message}\\b`));
        noEnglish(await visibleWords(page), name);
        await screenshot(page, `locale-${name}-${locale}`, { fullPage: true });
        await page.close();
      }
    });
  });
}
