/**
 * Figures and links in the reader, in Chromium: a caption is small and muted under its picture,
 * never a list item; a picture that fails to load takes its caption with it; a footnote's
 * superscript leaves the line's height alone; footnote links and links to a section jump within the reader
 * (and back), never to the original page in a new tab. (tests/firefox/reading.test.ts: the same
 * in Firefox.)
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeE2E, launch, openTab, openView, screenshot, startServer, type Browser, type PageServer } from './harness';
import { READING_PAGE, serveReadingPage } from './reading-page';
import { figureLook, inPageLinks, onScreen } from './reading-checks';

describeE2E('figures and in-page links in the reader (Chromium)', () => {
  let browser: Browser;
  let server: PageServer;
  let url: string;

  beforeAll(async () => {
    server = await startServer();
    url = serveReadingPage(server);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('captions are small and muted under their picture; a failed picture takes its caption; superscripts keep the line height', async () => {
    const { page: tab, tabId } = await openTab(browser, url);
    const reader = await openView(browser, 'reader', tabId);
    await reader.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
    const look = await reader.evaluate(figureLook, { caption: READING_PAGE.caption, broken: READING_PAGE.brokenCaption });
    expect(look.captionShown).toBe(true);
    expect(look.captionDisplay).not.toBe('list-item');
    expect(look.listItems).toBe(0);
    expect(look.captionSize).toBeLessThan(look.textSize);
    expect(look.captionColour).not.toBe(look.textColour);
    expect(look.captionBelowImage).toBe(true);
    expect(look.brokenCaptionShown, 'the caption of a picture that failed stays').toBe(false);
    expect(Math.abs(look.supLine - look.plainLine), 'a superscript pushes its line apart').toBeLessThanOrEqual(1);
    await screenshot(reader, 'figures-chromium', { fullPage: false });
    await reader.close();
    await tab.close();
  });

  it('footnotes and links to the article’s sections jump within the reader, and back', async () => {
    const { page: tab, tabId } = await openTab(browser, `${url}?links`);
    const reader = await openView(browser, 'reader', tabId);
    const readerUrl = reader.url();
    const links = await reader.evaluate(inPageLinks);
    const note = links.find((l) => l.text === '1');
    expect(note?.href).toBe('#fn1');
    expect(note?.target).toBeNull();
    expect(links.find((l) => l.text === 'further down')?.href).toBe('#traffic');
    const pagesBefore = browser.context.pages().length;

    await reader.click('a[href="#fn1"]');
    await expect.poll(() => reader.evaluate(onScreen, 'fn1')).toMatchObject({ found: true, visible: true });
    await reader.click('a[href="#ref1"]');
    await expect.poll(() => reader.evaluate(onScreen, 'ref1')).toMatchObject({ visible: true });
    await reader.click('a[href="#traffic"]');
    await expect.poll(() => reader.evaluate(onScreen, 'traffic')).toMatchObject({ visible: true });
    expect(reader.url().split('#')[0], 'still the reader').toBe(readerUrl.split('#')[0]);
    expect(browser.context.pages().length, 'no new tab opened').toBe(pagesBefore);
    await reader.close();
    await tab.close();
  });
});
