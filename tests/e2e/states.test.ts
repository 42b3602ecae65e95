/**
 * Every state the popup and the full-tab reader can show, reached the way a user reaches it:
 * a home page, a browser page, a huge page, a closed tab, a page that breaks extraction.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  bigPage,
  clickAndSettle,
  describeE2E,
  launch,
  openTab,
  openView,
  popupSized,
  screenshot,
  textOf,
  waitForState,
  type Browser,
  type PageServer,
  startServer,
  type View,
} from './harness';

const VIEWS: View[] = ['popup', 'reader'];

/** A page whose own script removes its root element: reading it fails, a real extraction error. */
const BROKEN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Broken</title></head>
<body><p>This page removes itself.</p><script>document.documentElement.remove();</script></body></html>`;

const GOOD_PAGE = (n: number) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Recovered article</title></head>
<body><article><h1>Recovered article</h1>
${Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} of the recovered story, long enough to read as prose: the council met on Tuesday and voted, after a long debate about budgets and ferries, to keep the night service running for another ${n + i} months.</p>`).join('\n')}
</article></body></html>`;

describeE2E('states', () => {
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

  /** The state explains itself in words the user can see; a picture of it goes to the screenshots. */
  async function expectMessage(page: Page): Promise<string> {
    const message = (await textOf(page, '#state-message'))?.trim() ?? '';
    expect(message.length, 'a state explains itself in #state-message').toBeGreaterThan(10);
    expect(await page.isVisible('#state-message')).toBe(true);
    const state = await page.evaluate(() => document.body.dataset.state);
    const view = new URL(page.url()).pathname.replace(/^\/|\.html$/g, '');
    if (view === 'popup') await popupSized(page);
    await screenshot(page, `state-${state}-${view}`, { fullPage: false });
    return message;
  }

  it('a home page is not an article, and "Clean anyway" still shows one', async () => {
    const { page: tab, tabId } = await openTab(browser, server.fixtureUrl('home-page'));
    for (const view of VIEWS) {
      const page = await openView(browser, view, tabId);
      expect(await waitForState(page)).toBe('not-an-article');
      await expectMessage(page);
      expect(await page.isVisible('#clean-anyway')).toBe(true);
      expect(await clickAndSettle(page, '#clean-anyway')).toBe('article');
      expect((await textOf(page, '#article-body'))?.trim().length ?? 0).toBeGreaterThan(50);
      expect(await page.isVisible('#article-body')).toBe(true);
      await page.close();
    }
    await tab.close();
  });

  it('a browser page (chrome://version) is restricted', async () => {
    const { page: tab, tabId } = await openTab(browser, 'chrome://version');
    for (const view of VIEWS) {
      const page = await openView(browser, view, tabId);
      expect(await waitForState(page)).toBe('restricted');
      await expectMessage(page);
      expect(await page.isVisible('#article-body')).toBe(false);
      await page.close();
    }
    await tab.close();
  });

  it('a page with more than 60,000 elements is too large', async () => {
    const url = server.addPage('/huge.html', bigPage(61_000));
    const { page: tab, tabId } = await openTab(browser, url);
    for (const view of VIEWS) {
      const page = await openView(browser, view, tabId);
      expect(await waitForState(page)).toBe('too-large');
      await expectMessage(page);
      await page.close();
    }
    await tab.close();
  });

  it('"Clean anyway" on a too-large page reads and cleans it without limits, and shows the article', async () => {
    const story = Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i + 1} of a very long report on the harbour works, told at length with the figures the council gave.</p>`).join('');
    const padding = '<i>·</i>'.repeat(61_000);
    const url = server.addPage('/huge-story.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour works report</title></head><body><article><h1>Harbour works report</h1>${story}</article><footer hidden>${padding}</footer></body></html>`);
    const { page: tab, tabId } = await openTab(browser, url);
    const page = await openView(browser, 'reader', tabId);
    expect(await waitForState(page)).toBe('too-large');
    expect(await page.isVisible('#clean-anyway')).toBe(true);
    expect(await page.isVisible('#open-page')).toBe(true);
    expect(await page.getAttribute('#open-page', 'href')).toBe(url);
    expect(await clickAndSettle(page, '#clean-anyway', 60_000)).toBe('article');
    expect(await textOf(page, '#article-body')).toContain('Paragraph 12 of a very long report');
    await page.close();
    await tab.close();
  });

  it('a tab that does not exist, or was closed, is gone', async () => {
    for (const view of VIEWS) {
      const page = await openView(browser, view, 999_999);
      expect(await waitForState(page)).toBe('tab-gone');
      await expectMessage(page);
      await page.close();
    }
    const { page: tab, tabId } = await openTab(browser, server.fixtureUrl('en-news'));
    await tab.close();
    const page = await openView(browser, 'popup', tabId);
    expect(await waitForState(page)).toBe('tab-gone');
    await page.close();
  });

  it('with no article, the full-tab reader shows no reading progress', async () => {
    const page = await openView(browser, 'reader', 999_999);
    expect(await waitForState(page)).toBe('tab-gone');
    const progress = await page.evaluate(() => {
      const bar = document.querySelector<HTMLElement>('#progress');
      if (!bar || bar.hidden || getComputedStyle(bar).display === 'none' || getComputedStyle(bar).visibility === 'hidden') return 0;
      return Number(bar.getAttribute('aria-valuenow') ?? 0);
    });
    expect(progress, 'a full progress bar over an error message reads as "finished reading"').toBe(0);
    await page.close();
  });

  it('a page that breaks extraction shows an error, and "Try again" recovers once the page is fixed', async () => {
    for (const [n, view] of VIEWS.entries()) {
      const path = `/broken-${view}.html`;
      const url = server.addPage(path, BROKEN_PAGE);
      const { page: tab, tabId } = await openTab(browser, url);
      const page = await openView(browser, view, tabId);
      expect(await waitForState(page)).toBe('error');
      await expectMessage(page);
      expect(await page.isVisible('#try-again')).toBe(true);

      // Still broken: trying again lands in the error state again.
      expect(await clickAndSettle(page, '#try-again')).toBe('error');

      // The page gets fixed (reloaded with good content): trying again shows the article.
      server.addPage(path, GOOD_PAGE(n));
      await tab.reload({ waitUntil: 'load' });
      await page.bringToFront();
      expect(await clickAndSettle(page, '#try-again')).toBe('article');
      expect(await textOf(page, '#article-title')).toContain('Recovered article');
      expect(await textOf(page, '#article-body')).toContain('Paragraph 3 of the recovered story');
      await page.close();
      await tab.close();
    }
  });
});
