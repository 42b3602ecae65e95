/**
 * The reader's reading details in real Firefox (ESR), as in tests/e2e/figures-links.test.ts for
 * Chromium: captions small and muted under their picture, a failed picture's caption gone,
 * superscripts that keep the line height, footnotes and section links that jump within the
 * reader. Then Firefox with its UI in French (Debian's langpack, `firefox-esr-l10n-fr`): every
 * state the reader can be in, and the welcome page, speak French only.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bigPage } from '../e2e/harness';
import { figureLook, inPageLinks, onScreen } from '../e2e/reading-checks';
import { READING_PAGE, serveReadingPage } from '../e2e/reading-page';
import { readMessages } from '../ui/messages';
import {
  describeFirefox,
  launchFirefox,
  openBrowserPage,
  openExtensionPage,
  openTab,
  openView,
  screenshot,
  startServer,
  textOf,
  waitForState,
  waitUntil,
  type Firefox,
  type PageServer,
} from './harness';

describeFirefox('figures and in-page links in the reader (Firefox)', () => {
  let firefox: Firefox;
  let server: PageServer;
  let url: string;

  beforeAll(async () => {
    server = await startServer();
    url = serveReadingPage(server);
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('captions are small and muted under their picture; a failed picture takes its caption; superscripts keep the line height', async () => {
    const { page: tab, tabId } = await openTab(firefox, url);
    const reader = await openView(firefox, 'reader', tabId);
    await waitUntil(() => reader.evaluate(() => Array.from(document.images).every((img) => img.complete)), Boolean, 'the pictures to load');
    const look = await reader.evaluate(figureLook, { caption: READING_PAGE.caption, broken: READING_PAGE.brokenCaption });
    expect(look.captionShown).toBe(true);
    expect(look.captionDisplay).not.toBe('list-item');
    expect(look.listItems).toBe(0);
    expect(look.captionSize).toBeLessThan(look.textSize);
    expect(look.captionColour).not.toBe(look.textColour);
    expect(look.captionBelowImage).toBe(true);
    expect(look.brokenCaptionShown, 'the caption of a picture that failed stays').toBe(false);
    expect(Math.abs(look.supLine - look.plainLine), 'a superscript pushes its line apart').toBeLessThanOrEqual(1);
    await screenshot(reader, 'figures-firefox');
    await reader.close();
    await tab.close();
  });

  it('footnotes and links to the article’s sections jump within the reader, and back', async () => {
    const { page: tab, tabId } = await openTab(firefox, `${url}?links`);
    const reader = await openView(firefox, 'reader', tabId);
    const links = await reader.evaluate(inPageLinks);
    expect(links.find((l) => l.text === '1')).toMatchObject({ href: '#fn1', target: null });
    expect(links.find((l) => l.text === 'further down')?.href).toBe('#traffic');
    const pagesBefore = (await firefox.browser.pages()).length;
    const readerPath = (await reader.evaluate(() => location.pathname + location.search));

    await reader.click('a[href="#fn1"]');
    await waitUntil(() => reader.evaluate(onScreen, 'fn1'), (seen) => seen.visible, 'the note to come into view');
    await reader.click('a[href="#ref1"]');
    await waitUntil(() => reader.evaluate(onScreen, 'ref1'), (seen) => seen.visible, 'the text to come back into view');
    await reader.click('a[href="#traffic"]');
    await waitUntil(() => reader.evaluate(onScreen, 'traffic'), (seen) => seen.visible, 'the section to come into view');
    expect(await reader.evaluate(() => location.pathname + location.search), 'still the reader').toBe(readerPath);
    expect((await firefox.browser.pages()).length, 'no new tab opened').toBe(pagesBefore);
    await reader.close();
    await tab.close();
  });
});

describeFirefox('Firefox in French: the reader’s states and the welcome page', () => {
  let firefox: Firefox;
  let server: PageServer;
  const en = readMessages('en');
  const fr = readMessages('fr');
  // English messages a French page must never show (those French writes the same, like "Markdown", aside).
  const english = Object.entries(en)
    .filter(([key, entry]) => fr[key] && fr[key]!.message !== entry.message && !/\$/.test(entry.message) && entry.message.length >= 6)
    .map(([, entry]) => entry.message);

  /** The visible text of `selectors`, and the English messages found in it. */
  async function englishIn(page: Awaited<ReturnType<typeof openExtensionPage>>, selector: string): Promise<{ text: string; english: string[] }> {
    const text = await page.evaluate((s: string) => {
      const shown = Array.from(document.querySelectorAll<HTMLElement>(s)).filter((el) => el.getClientRects().length > 0 && !el.closest('[hidden]'));
      return shown.map((el) => el.innerText).join('\n');
    }, selector);
    return { text, english: english.filter((message) => text.includes(message)) };
  }

  beforeAll(async () => {
    server = await startServer();
    firefox = await launchFirefox({ prefs: { 'intl.locale.requested': 'fr' } });
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('runs with its UI in French (the langpack is installed)', async () => {
    const page = await openExtensionPage(firefox, 'options.html');
    // The page's module sets its language once it runs (the HTML says "en" until then).
    await waitUntil(() => page.evaluate(() => document.documentElement.lang), (lang) => lang.startsWith('fr'), 'the options page to say its language', 5_000).catch(() => undefined);
    expect(await page.evaluate(() => document.documentElement.lang), 'Firefox has no French UI: apt-get install -y firefox-esr-l10n-fr').toMatch(/^fr/);
    expect(await textOf(page, 'h1')).toBe(fr.optionsTitle!.message);
    await page.close();
  });

  const STATES: [string, (server: PageServer, firefox: Firefox) => Promise<string>, string][] = [
    ['not-an-article', async (s, f) => `popup.html?tab=${(await openTab(f, s.fixtureUrl('home-page'))).tabId}`, 'state_not_an_article'],
    ['too-large', async (s, f) => `reader.html?tab=${(await openTab(f, s.addPage('/huge', bigPage()))).tabId}`, 'state_too_large'],
    ['restricted', async (_s, f) => `popup.html?tab=${(await openBrowserPage(f, 'about:robots')).tabId}`, 'state_restricted'],
    ['tab-gone', async () => 'reader.html?tab=999999', 'state_tab_gone'],
  ];
  for (const [state, open, key] of STATES) {
    it(`${state}: said in French, with its ways forward in French, and no English`, async () => {
      const page = await openExtensionPage(firefox, await open(server, firefox));
      expect(await waitForState(page)).toBe(state);
      expect(await textOf(page, '#state-message')).toBe(fr[key]!.message);
      const seen = await englishIn(page, '#state-message, #state button, #state a, .bar, #state-details summary');
      expect(seen.english, seen.text).toEqual([]);
      await screenshot(page, `state-${state}-fr-firefox`);
      await page.close();
    });
  }

  it('the welcome page is in French, with no English', async () => {
    const page = await openExtensionPage(firefox, 'welcome.html');
    await waitUntil(() => textOf(page, 'h1'), (title) => title === fr.welcomeTitle!.message, 'the French title');
    const seen = await englishIn(page, 'main');
    expect(seen.text.length).toBeGreaterThan(200);
    expect(seen.english, seen.text).toEqual([]);
    await screenshot(page, 'welcome-fr-firefox');
    await page.close();
  });
});
