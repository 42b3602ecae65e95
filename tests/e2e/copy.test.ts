/**
 * Copying and saving the clean article, checked by reading back what really landed on the
 * clipboard (or on disk): the buttons of the popup and the reader, and the context-menu items.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { markdownFileName } from '../../src/shared/filename';
import {
  describeE2E,
  launch,
  loadCase,
  openTab,
  openView,
  readClipboardItems,
  readClipboardText,
  startServer,
  textOf,
  writeClipboardText,
  type Browser,
  type ChromeGlobal,
  type FixtureCase,
  type PageServer,
  type View,
  chooseExport,
} from './harness';

const SLUG = 'fr-seed-semantic';
const SENTINEL = 'épure-e2e: nothing copied yet';
const AD_LABEL = 'La suite après la publicité';

function normalise(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

describeE2E('copy and download', () => {
  let browser: Browser;
  let server: PageServer;
  let tabId: number;
  let expected: FixtureCase;

  beforeAll(async () => {
    expected = loadCase(SLUG);
    server = await startServer();
    browser = await launch();
    tabId = (await openTab(browser, server.fixtureUrl(SLUG))).tabId;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Clicks a copy button and waits for a (new) confirmation in #copy-status. */
  async function copyWith(page: Page, button: string): Promise<string> {
    await writeClipboardText(page, SENTINEL);
    await page.evaluate(() => {
      const w = window as unknown as { __e2eStatusChanges?: number };
      w.__e2eStatusChanges = 0;
      const status = document.querySelector('#copy-status');
      if (status) {
        new MutationObserver((records) => {
          w.__e2eStatusChanges = (w.__e2eStatusChanges ?? 0) + records.length;
        }).observe(status, { childList: true, characterData: true, subtree: true, attributes: true });
      }
    });
    await chooseExport(page, button);
    await page.waitForFunction(
      () => {
        const changes = (window as unknown as { __e2eStatusChanges?: number }).__e2eStatusChanges ?? 0;
        return changes > 0 && (document.querySelector('#copy-status')?.textContent ?? '').trim().length > 0;
      },
      undefined,
      { timeout: 10_000 },
    );
    expect(await page.getAttribute('#copy-status', 'role')).toBe('status');
    expect(await page.isVisible('#copy-status')).toBe(true);
    return normalise((await textOf(page, '#copy-status')) ?? '');
  }

  let page: Page;
  beforeEach(async () => {
    await page?.close().catch(() => undefined);
  });

  for (const view of ['popup', 'reader'] as View[]) {
    it(`${view}: Copy Markdown puts "# Title" and the story on the clipboard`, async () => {
      page = await openView(browser, view, tabId);
      const status = await copyWith(page, '#copy-markdown');
      expect(status.length).toBeGreaterThan(0);
      const markdown = await readClipboardText(page);
      expect(markdown).not.toBe(SENTINEL);
      expect(markdown.startsWith(`# ${expected.title}`), markdown.slice(0, 200)).toBe(true);
      expect(normalise(markdown)).toContain(normalise(expected.keep[0]!));
      expect(markdown).not.toContain(AD_LABEL);
    });

    it(`${view}: Copy text puts the plain story on the clipboard`, async () => {
      page = await openView(browser, view, tabId);
      await copyWith(page, '#copy-text');
      const text = await readClipboardText(page);
      expect(text).not.toBe(SENTINEL);
      for (const snippet of expected.keep) expect(normalise(text)).toContain(normalise(snippet));
      expect(text).not.toContain(AD_LABEL);
      expect(text).not.toMatch(/<p>|^# /m);
    });

    it(`${view}: Copy HTML puts rich text (text/html with paragraphs) and plain text on the clipboard`, async () => {
      page = await openView(browser, view, tabId);
      await copyWith(page, '#copy-html');
      const items = await readClipboardItems(page);
      expect(Object.keys(items)).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
      expect(items['text/html']).toMatch(/<p[\s>]/);
      expect(items['text/html']).not.toMatch(/<script/i);
      // Its title, then where it came from: the site's name linked to the page.
      expect(items['text/html']).toMatch(/<h1>[^<]+<\/h1>\n<p><a href="http:\/\/127\.0\.0\.1:\d+\/[^"]*">[^<]+<\/a>/);
      expect(normalise(items['text/html']!)).toContain('Meta construira des centres de données');
      expect(items['text/plain']).not.toBe(SENTINEL);
      expect(normalise(items['text/plain']!)).toContain(normalise(expected.keep[0]!));
    });
  }

  it('Download .md saves the Markdown of Copy Markdown after its front matter, named after the title', async () => {
    page = await openView(browser, 'popup', tabId);
    await copyWith(page, '#copy-markdown');
    const copied = await readClipboardText(page);
    // The copy has no front matter by default: it pastes into a note as the article.
    expect(copied.startsWith('---')).toBe(false);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), chooseExport(page, '#download-md')]);
    // The title as it reads, accents kept, without what a file system refuses.
    expect(download.suggestedFilename()).toBe(markdownFileName({ title: expected.title }));
    expect(download.suggestedFilename()).toMatch(/^Incroyable ! Mark Zuckerberg va dépenser .*\.md$/);
    const path = await download.path();
    const saved = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
    const frontMatter = /^---\n([\s\S]*?)\n---\n\n/.exec(saved);
    expect(frontMatter, saved.slice(0, 300)).not.toBeNull();
    expect(frontMatter![1]).toContain(`title: ${JSON.stringify(expected.title)}`);
    expect(frontMatter![1]).toMatch(/^source: "http:\/\/127\.0\.0\.1:\d+\//m);
    expect(frontMatter![1]).toMatch(/^language: "fr"$/m);
    expect(frontMatter![1]).toMatch(/^saved: "\d{4}-\d{2}-\d{2}"$/m);
    expect(saved.slice(frontMatter![0].length).trim()).toBe(copied.replace(/\r\n/g, '\n').trim());
  });

  for (const [menuItemId, check] of [
    ['copy-clean-markdown', (text: string) => expect(text.startsWith(`# ${expected.title}`)).toBe(true)],
    ['copy-clean-text', (text: string) => expect(normalise(text)).toContain(normalise(expected.keep[1]!))],
  ] as const) {
    it(`context menu "${menuItemId}" copies what it returns`, async () => {
      page = await openView(browser, 'popup', tabId);
      await writeClipboardText(page, SENTINEL);
      const sw = await browser.worker();
      const outcome = await sw.evaluate(
        async ({ id, tab }) => {
          const g = globalThis as unknown as ChromeGlobal;
          if (!g.epureTest) return { ok: false, reason: 'epureTest is missing from the service worker' };
          return g.epureTest.onContextMenuClick(id, tab);
        },
        { id: menuItemId, tab: tabId },
      );
      expect(outcome, JSON.stringify(outcome).slice(0, 300)).toMatchObject({ ok: true });
      const text = outcome.text ?? '';
      check(text);
      expect(text).not.toContain(AD_LABEL);
      const clipboard = await readClipboardText(page);
      expect(clipboard).toBe(text);
    });
  }

  it('context menu on a browser page copies nothing and says why', async () => {
    const { page: tab, tabId: restrictedTab } = await openTab(browser, 'chrome://version');
    page = await openView(browser, 'popup', tabId);
    await writeClipboardText(page, SENTINEL);
    const sw = await browser.worker();
    const outcome = await sw.evaluate(
      async ({ tab }) => (globalThis as unknown as ChromeGlobal).epureTest!.onContextMenuClick('copy-clean-text', tab),
      { tab: restrictedTab },
    );
    expect(outcome).toMatchObject({ ok: false, reason: 'restricted' });
    expect(await readClipboardText(page)).toBe(SENTINEL);
    await tab.close();
  });
});
