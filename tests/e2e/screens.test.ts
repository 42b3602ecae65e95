/**
 * The reader as a user sees it: the popup (at the one size the browser gives it) and the tab
 * reader (wide and at 320 px), light and dark, with Chromium's own UI in English and in French.
 * Each screen is saved (test-results/screenshots/screen-<view>-<width>-<theme>-<locale>.png) and
 * checked for what a user would notice at once: the article is there, the toolbar speaks the
 * browser's language, the page never scrolls sideways, the dark theme is dark. The states
 * without an article are said in the browser's language too, with no English in French.
 */
import { expect, it, beforeAll, afterAll } from 'vitest';
import { readMessages } from '../ui/messages';
import { bigPage, describeE2E, hasFixture, launch, openTab, openView, popupSized, screenshot, startServer, waitForState, type Browser, type PageServer } from './harness';

/** The article each locale's user reads: a French page in French, an English one in English. */
const ARTICLE: Record<string, string> = { en: 'en-news', fr: 'fr-seed-semantic' };
const THEMES = ['light', 'dark'] as const;

for (const locale of ['en', 'fr'] as const) {
  describeE2E(`the reader's screens, browser in ${locale}`, () => {
    let browser: Browser;
    let server: PageServer;
    const messages = readMessages(locale);
    const slug = ARTICLE[locale]!;

    beforeAll(async () => {
      server = await startServer();
      browser = await launch({ locale });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('each state is said in the browser’s language, its ways forward too, with no English in French', async () => {
      const en = readMessages('en');
      const english = Object.entries(en)
        .filter(([key, entry]) => messages[key] && messages[key]!.message !== entry.message && !/\$/.test(entry.message) && entry.message.length >= 6)
        .map(([, entry]) => entry.message);
      const cases: [string, () => Promise<string>, string][] = [
        ['not-an-article', async () => `reader.html?tab=${(await openTab(browser, server.fixtureUrl('home-page'))).tabId}`, 'state_not_an_article'],
        ['too-large', async () => `reader.html?tab=${(await openTab(browser, server.addPage('/huge', bigPage()))).tabId}`, 'state_too_large'],
        ['tab-gone', async () => 'reader.html?tab=999999', 'state_tab_gone'],
      ];
      for (const [state, open, key] of cases) {
        const page = await browser.context.newPage();
        await page.goto(`chrome-extension://${browser.extensionId}/${await open()}`);
        expect(await waitForState(page)).toBe(state);
        expect((await page.textContent('#state-message'))?.trim()).toBe(messages[key]!.message);
        const shown = await page.evaluate(() =>
          Array.from(document.querySelectorAll<HTMLElement>('#state-message, #state button, #state a, .bar, #state-details summary'))
            .filter((el) => el.getClientRects().length > 0)
            .map((el) => el.innerText)
            .join('\n'),
        );
        if (locale !== 'en') expect(english.filter((m) => shown.includes(m)), shown).toEqual([]);
        await screenshot(page, `state-${state}-${locale}`, { fullPage: false });
        await page.close();
      }
    });

    for (const view of ['popup', 'reader'] as const) {
      it(`${view}: ${view === 'popup' ? 'at its size' : 'wide and at 320 px'}, light and dark`, async () => {
        if (!hasFixture(slug)) throw new Error(`fixture ${slug} is missing`);
        const { page: tab, tabId } = await openTab(browser, `${server.fixtureUrl(slug)}?${view}`);
        const page = await openView(browser, view, tabId, false);
        expect(await waitForState(page)).toBe('article');
        expect(await page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${locale}`));
        // The toolbar is in the browser's language, word for word from that locale's messages.
        expect((await page.textContent('[data-i18n="exportMenu"]'))?.trim()).toBe(messages.exportMenu!.message);
        expect((await page.textContent('.look-toggle-text'))?.trim()).toBe(messages.lookToggle!.message);
        // The browser sizes a popup to its page (460 px wide, at most 800×600): it has one size.
        // The tab reader is read at any width: wide, and at a phone's 320 px.
        for (const width of view === 'popup' ? [null] : [1280, 320]) {
          if (width === null) await popupSized(page);
          else await page.setViewportSize({ width, height: 800 });
          for (const theme of THEMES) {
            await page.emulateMedia({ colorScheme: theme });
            // The reader follows the system's theme (the default "Same as system") when told of the change.
            await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme, { timeout: 5_000 });
            const seen = await page.evaluate(() => ({
              sideways: document.documentElement.scrollWidth - window.innerWidth,
              background: getComputedStyle(document.body).backgroundColor,
            }));
            expect(seen.sideways, `${view} ${width ?? 'popup'} ${theme}: scrolls sideways`).toBeLessThanOrEqual(1);
            const [r, g, b] = (seen.background.match(/\d+/g) ?? []).map(Number);
            const light = (r! + g! + b!) / 3 > 128;
            expect(light, `${view} ${theme}: background ${seen.background}`).toBe(theme === 'light');
            const name = `screen-${view}-${width ?? 'popup'}-${theme}-${locale}`;
            await screenshot(page, name, { fullPage: false });
          }
        }
        await page.close();
        await tab.close();
      });
    }
  });
}
