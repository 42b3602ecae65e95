/**
 * The clean article on cluttered pages, as the user reads it in the popup and in the full-tab
 * reader: the story is there, the clutter is not, the removed list tells what went, links open in
 * a new tab, and the reader shows reading progress.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeE2E,
  findE2EBuild,
  hasFixture,
  launch,
  loadCase,
  openTab,
  openView,
  screenshot,
  startServer,
  textOf,
  type Browser,
  type PageServer,
  type View,
  viewUrl,
  waitForState,
  chooseExport,
} from './harness';

const SLUGS = ['fr-seed-semantic', 'fr-seed-hashed', 'en-news', 'de-news'].filter(hasFixture);
const VIEWS: View[] = ['popup', 'reader'];

/** The text a reader sees, whitespace-normalised the way the fixtures' snippets are written. */
function normalise(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

async function bodyText(page: Page): Promise<string> {
  return normalise((await textOf(page, '#article-body')) ?? '');
}

describeE2E('reader on cluttered pages', () => {
  let browser: Browser;
  let server: PageServer;
  const tabs = new Map<string, number>();

  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
    for (const slug of SLUGS) tabs.set(slug, (await openTab(browser, server.fixtureUrl(slug))).tabId);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const slug of SLUGS) {
    for (const view of VIEWS) {
      it(`${slug} in the ${view}: the story stays, the clutter goes`, async () => {
        const expected = loadCase(slug);
        const page = await openView(browser, view, tabs.get(slug)!);
        expect(await page.evaluate(() => document.body.dataset.state)).toBe('article');
        expect(normalise((await textOf(page, '#article-title')) ?? '')).toBe(normalise(expected.title));
        expect(await page.getAttribute('#article', 'lang')).toMatch(new RegExp(`^${expected.lang}\\b`, 'i'));
        expect(await page.getAttribute('#article', 'dir')).toMatch(/^(ltr|auto)$/);
        const body = await bodyText(page);
        const missing = expected.keep.filter((s) => !body.includes(normalise(s)));
        const leaked = expected.drop.filter((s) => body.includes(normalise(s)));
        expect(missing, 'story snippets missing from #article-body').toEqual([]);
        expect(leaked, 'clutter snippets still in #article-body').toEqual([]);
        expect(await page.isVisible('#article-body')).toBe(true);
        const minutes = normalise((await textOf(page, '#article-reading-time')) ?? '');
        expect(minutes, 'the reading time shows a number of minutes').toMatch(/\d/);
        await page.close();
      });
    }
  }

  it('the removed list says how much went, and names the ad label', async () => {
    const page = await openView(browser, 'popup', tabs.get('fr-seed-semantic')!);
    const summary = normalise((await textOf(page, '#removed summary')) ?? '');
    const count = Number(/(\d+)/.exec(summary)?.[1] ?? NaN);
    const items = await page.$$eval('#removed li', (lis) => lis.map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim()));
    // The heading counts what the page showed; repeats are one line ("… ×3"), what the page
    // hid is folded into one line of its own, not counted.
    const listed = items.reduce((n, item) => n + Number(/ ×(\d+)/.exec(item)?.[1] ?? 1), 0);
    expect(count, `summary "${summary}" counts the items`).toBe(listed);
    expect(count).toBeGreaterThan(0);
    expect(items.some((item) => item.includes('La suite après la publicité'))).toBe(true);
    // Closed by default; opening it shows the items.
    expect(await page.isVisible('#removed li')).toBe(false);
    await page.click('#removed summary');
    expect(await page.isVisible('#removed li')).toBe(true);
    await screenshot(page, 'popup-removed-list', { selector: '#removed' });
    await page.close();
  });

  it('links in the article open in a new tab', async () => {
    for (const view of VIEWS) {
      const page = await openView(browser, view, tabs.get('fr-seed-semantic')!);
      const links = await page.$$eval('#article-body a[href]', (as) =>
        as.map((a) => ({ href: a.getAttribute('href') ?? '', target: a.getAttribute('target'), rel: a.getAttribute('rel') ?? '' })),
      );
      expect(links.length, 'the sample article has links').toBeGreaterThan(0);
      for (const link of links) {
        expect(link.target, `${link.href} opens in a new tab`).toBe('_blank');
        expect(link.rel, `${link.href} has rel=noopener`).toMatch(/noopener|noreferrer/);
        expect(link.href, 'links are absolute (they point at the original site)').toMatch(/^https?:/);
      }
      await page.close();
    }
  });

  it('"Open in tab" in the popup opens the full-tab reader on the same article', async () => {
    const popup = await openView(browser, 'popup', tabs.get('en-news')!);
    const title = normalise((await textOf(popup, '#article-title')) ?? '');
    const [reader] = await Promise.all([browser.context.waitForEvent('page', { timeout: 15_000 }), chooseExport(popup, '#open-in-tab')]);
    await reader.waitForLoadState();
    expect(new URL(reader.url()).pathname).toBe('/reader.html');
    await waitForState(reader);
    expect(await reader.evaluate(() => document.body.dataset.state)).toBe('article');
    expect(normalise((await textOf(reader, '#article-title')) ?? '')).toBe(title);
    await reader.close();
    await popup.close().catch(() => undefined); // a real popup closes itself here
  });

  it('the popup and the full-tab reader fetch their first script and the engine from their head, and the reader takes the first script\'s answers', async () => {
    // The engine's chunk: the one that holds Readability (method names survive minification).
    const chunks = join(findE2EBuild(), 'chunks');
    const engine = readdirSync(chunks).find((file) => readFileSync(join(chunks, file), 'utf8').includes('_grabArticle'));
    expect(engine).toBeTruthy();
    for (const view of VIEWS) {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      const initiators: string[] = [];
      const firstScript: string[] = [];
      cdp.on('Network.requestWillBeSent', (event: { request: { url: string }; initiator: { type: string } }) => {
        if (event.request.url.endsWith(`/chunks/${engine}`)) initiators.push(event.initiator.type);
        if (event.request.url.endsWith('/reader-start.js')) firstScript.push(event.initiator.type);
      });
      await cdp.send('Network.enable');
      await page.goto(viewUrl(browser, view, tabs.get('en-news')!));
      await waitForState(page);
      expect(await page.evaluate(() => document.body.dataset.state)).toBe('article');
      // Requested once, by the page's `<link rel="modulepreload">` as the parser met it ("parser"),
      // never later by a script ("script").
      expect(initiators, view).toEqual(['parser']);
      // The first script (src/reader/early-start.ts) came from the head too and ran under the page's
      // CSP, asking for the tab and the settings; the reader then took its answers instead of
      // asking again.
      expect(firstScript, view).toEqual(['parser']);
      const marks = await page.evaluate(() => ['epure:early-start', 'epure:early-taken'].map((name) => performance.getEntriesByName(name).length));
      expect(marks, view).toEqual([1, 1]);
      await page.close();
    }
  });

  it('the full-tab reader shows reading progress as the user scrolls', async () => {
    const page = await openView(browser, 'reader', tabs.get('fr-seed-semantic')!);
    await page.setViewportSize({ width: 1000, height: 500 });
    expect(await page.getAttribute('#progress', 'role')).toBe('progressbar');
    const start = Number(await page.getAttribute('#progress', 'aria-valuenow'));
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(() => {
      const bar = document.querySelector('#progress');
      const max = Number(bar?.getAttribute('aria-valuemax') ?? 100) || 100;
      return Number(bar?.getAttribute('aria-valuenow')) >= 0.95 * max;
    });
    const end = Number(await page.getAttribute('#progress', 'aria-valuenow'));
    expect(end).toBeGreaterThan(start);
    await page.close();
  });
});
