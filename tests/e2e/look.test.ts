/**
 * The look of the reader (theme, font, size, line height, width, alignment): changes show at
 * once, survive a reload, reach the other view, and are stored in chrome.storage.sync.
 * Also writes the screenshots of the popup and the full-tab reader, light and dark.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeE2E,
  launch,
  openTab,
  openView,
  popupSized,
  screenshot,
  startServer,
  waitForState,
  type Browser,
  type ChromeGlobal,
  type PageServer,
  type View,
} from './harness';

const SLUG = 'fr-seed-semantic';

/** Relative luminance (0 dark … 1 light) of the page's background as the user sees it. */
async function backgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const pick = (el: Element) => getComputedStyle(el).backgroundColor;
    let color = pick(document.body);
    if (/rgba\(0, 0, 0, 0\)|transparent/.test(color)) color = pick(document.documentElement);
    if (/rgba\(0, 0, 0, 0\)|transparent/.test(color)) color = 'rgb(255, 255, 255)';
    const [r, g, b] = (color.match(/[\d.]+/g) ?? ['255', '255', '255']).map(Number);
    return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
  });
}

async function setRange(page: Page, selector: string, value: number): Promise<void> {
  await page.$eval(
    selector,
    (el, v) => {
      const input = el as HTMLInputElement;
      input.value = String(v);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    value,
  );
}

async function openLook(page: Page): Promise<void> {
  if (!(await page.isVisible('#look-panel'))) await page.click('#look-toggle');
  await page.waitForSelector('#look-panel', { state: 'visible' });
}

async function storedSettings(page: Page): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeGlobal;
    const sync = (await chrome.storage.sync.get('settings')).settings as Record<string, unknown> | undefined;
    return sync ?? ((await chrome.storage.local.get('settings')).settings as Record<string, unknown> | undefined);
  });
}

/** What the user sees first (`<view>-<theme>.png`) and the whole page (`<view>-<theme>-full.png`). */
async function shoot(page: Page, view: View, theme: string): Promise<void> {
  if (view === 'popup') await popupSized(page);
  else await page.setViewportSize({ width: 1280, height: 900 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, `${view}-${theme}`, { fullPage: false });
  await screenshot(page, `${view}-${theme}-full`, { fullPage: true });
}

describeE2E('look', () => {
  let browser: Browser;
  let server: PageServer;
  let tabId: number;

  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
    tabId = (await openTab(browser, server.fixtureUrl(SLUG))).tabId;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the look panel opens from its toggle and offers every setting', async () => {
    const page = await openView(browser, 'popup', tabId);
    expect(await page.isVisible('#look-panel')).toBe(false);
    await openLook(page);
    for (const id of ['#look-theme', '#look-font', '#look-size', '#look-line-height', '#look-width', '#look-align']) {
      expect(await page.isVisible(id), `${id} is visible`).toBe(true);
    }
    const themes = await page.$$eval('#look-theme option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(themes).toEqual(expect.arrayContaining(['light', 'dark', 'sepia', 'system']));
    const fonts = await page.$$eval('#look-font option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(fonts).toEqual(expect.arrayContaining(['serif', 'sans', 'mono', 'legible']));
    await popupSized(page);
    await screenshot(page, 'popup-look-panel', { fullPage: false });
    await page.close();
    const reader = await openView(browser, 'reader', tabId);
    await openLook(reader);
    await reader.setViewportSize({ width: 1280, height: 900 });
    await screenshot(reader, 'reader-look-panel', { fullPage: false });
    await reader.close();
  });

  it('screenshots, light: popup and full-tab reader', async () => {
    for (const view of ['popup', 'reader'] as View[]) {
      const page = await openView(browser, view, tabId);
      await openLook(page);
      await page.selectOption('#look-theme', 'light');
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
      expect(await backgroundLuminance(page)).toBeGreaterThan(0.7);
      await page.click('#look-toggle'); // close the panel for the picture
      await shoot(page, view, 'light');
      await page.close();
    }
  });

  it('dark theme and mono font apply at once, survive a reload, reach the reader, and are stored', async () => {
    const page = await openView(browser, 'popup', tabId);
    await openLook(page);
    const bodyFont = () => page.$eval('#article-body', (el) => getComputedStyle(el).fontFamily);
    const serifFont = await bodyFont();
    await page.selectOption('#look-theme', 'dark');
    await page.selectOption('#look-font', 'mono');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark' && document.documentElement.dataset.font === 'mono');
    expect(await backgroundLuminance(page)).toBeLessThan(0.3);
    expect(await bodyFont()).not.toBe(serifFont);
    expect(await bodyFont()).toMatch(/mono|courier|consolas|menlo/i);

    // Stored in chrome.storage.sync (local only as a fallback).
    await expect.poll(async () => JSON.stringify(await storedSettings(page))).toMatch(/"dark"/);
    expect(JSON.stringify(await storedSettings(page))).toMatch(/"mono"/);

    await page.reload();
    expect(await waitForState(page)).toBe('article');
    expect(await page.evaluate(() => [document.documentElement.dataset.theme, document.documentElement.dataset.font])).toEqual(['dark', 'mono']);
    await openLook(page);
    expect(await page.inputValue('#look-theme')).toBe('dark');
    expect(await page.inputValue('#look-font')).toBe('mono');
    expect(await backgroundLuminance(page)).toBeLessThan(0.3);

    const reader = await openView(browser, 'reader', tabId);
    expect(await reader.evaluate(() => [document.documentElement.dataset.theme, document.documentElement.dataset.font])).toEqual(['dark', 'mono']);
    await reader.close();

    // Back to serif for the dark screenshots.
    await page.selectOption('#look-font', 'serif');
    await page.waitForFunction(() => document.documentElement.dataset.font === 'serif');
    await page.close();
  });

  it('size, line height, width and alignment change the article as the user drags them', async () => {
    const page = await openView(browser, 'reader', tabId);
    await openLook(page);
    const style = () =>
      page.$eval('#article-body', (el) => {
        const s = getComputedStyle(el);
        const p = el.querySelector('p');
        return {
          fontSize: parseFloat(s.fontSize),
          lineHeight: parseFloat(getComputedStyle(p ?? el).lineHeight) / parseFloat(getComputedStyle(p ?? el).fontSize),
          width: el.getBoundingClientRect().width,
          align: getComputedStyle(p ?? el).textAlign,
        };
      });
    const before = await style();
    const initial: Record<string, string> = {};
    for (const sel of ['#look-size', '#look-line-height', '#look-width', '#look-align']) initial[sel] = await page.inputValue(sel);
    const max = async (sel: string) => Number(await page.getAttribute(sel, 'max'));
    const min = async (sel: string) => Number(await page.getAttribute(sel, 'min'));

    await setRange(page, '#look-size', await max('#look-size'));
    await expect.poll(async () => (await style()).fontSize).toBeGreaterThan(before.fontSize);
    await setRange(page, '#look-line-height', await max('#look-line-height'));
    await expect.poll(async () => (await style()).lineHeight).toBeGreaterThan(before.lineHeight);
    await setRange(page, '#look-width', await min('#look-width'));
    await expect.poll(async () => (await style()).width).toBeLessThan(before.width);
    await page.selectOption('#look-align', 'justify');
    await expect.poll(async () => (await style()).align).toBe('justify');

    await page.reload();
    expect(await waitForState(page)).toBe('article');
    const after = await style();
    expect(after.fontSize).toBeGreaterThan(before.fontSize);
    expect(after.align).toBe('justify');

    // Back to where the user started, for the screenshots that follow.
    await openLook(page);
    for (const sel of ['#look-size', '#look-line-height', '#look-width']) await setRange(page, sel, Number(initial[sel]));
    await page.selectOption('#look-align', initial['#look-align']!);
    await page.close();
  });

  it('screenshots, dark: popup and full-tab reader', async () => {
    for (const view of ['popup', 'reader'] as View[]) {
      const page = await openView(browser, view, tabId);
      await openLook(page);
      await page.selectOption('#look-theme', 'dark');
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
      expect(await backgroundLuminance(page)).toBeLessThan(0.3);
      await page.click('#look-toggle');
      await shoot(page, view, 'dark');
      await page.close();
    }
  });
});
