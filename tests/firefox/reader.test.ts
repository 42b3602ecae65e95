/**
 * Épure in real Firefox (ESR), as the Firefox build ships it: it installs as an add-on, reads a
 * cluttered article served on 127.0.0.1, and the popup's page and the full-tab reader show the
 * story without the clutter; "Copy clean text" from the context menu puts the clean article on the
 * clipboard (Firefox's own code path: the background page cleans and copies, no offscreen page).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  ADDON_ID,
  clickContextMenu,
  describeFirefox,
  EXTENSION_ORIGIN,
  hasFixture,
  inExtension,
  launchFirefox,
  loadCase,
  normalise,
  openBrowserPage,
  openTab,
  openView,
  readClipboardText,
  reloadReader,
  waitUntil,
  waitForState,
  screenshot,
  startServer,
  textOf,
  type ExtensionGlobal,
  type Firefox,
  type PageServer,
  type View,
} from './harness';

const SLUGS = ['fr-seed-semantic', 'en-news'].filter(hasFixture);
const VIEWS: View[] = ['reader', 'popup'];

describeFirefox('Épure in Firefox', () => {
  let firefox: Firefox;
  let server: PageServer;
  const tabs = new Map<string, number>();

  beforeAll(async () => {
    server = await startServer();
    firefox = await launchFirefox();
    console.info(`[firefox] ${firefox.version}, add-on ${ADDON_ID} from ${firefox.buildDir}`);
    for (const slug of SLUGS) tabs.set(slug, (await openTab(firefox, server.fixtureUrl(slug))).tabId);
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('installs under its add-on id, with the e2e host permission granted at install', async () => {
    const seen = await inExtension(
      firefox,
      async () => {
        const { browser } = globalThis as unknown as ExtensionGlobal;
        return { origin: location.origin, manifest: browser.runtime.getManifest(), granted: await browser.permissions.getAll() };
      },
      null,
    );
    expect(seen.origin).toBe(EXTENSION_ORIGIN);
    expect(seen.manifest.browser_specific_settings).toMatchObject({ gecko: { id: ADDON_ID } });
    expect(seen.granted.origins).toContain('http://127.0.0.1/*');
    expect(seen.granted.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'storage', 'contextMenus', 'clipboardWrite']));
  });

  for (const slug of SLUGS) {
    for (const view of VIEWS) {
      it(`${slug} in the ${view}: the story stays, the clutter goes`, async () => {
        const expected = loadCase(slug);
        const page = await openView(firefox, view, tabs.get(slug)!);
        const state = await page.evaluate(() => document.body.dataset.state);
        expect(state, `state (message: ${await textOf(page, '#state-message')})`).toBe('article');
        expect(normalise((await textOf(page, '#article-title')) ?? '')).toBe(normalise(expected.title));
        expect(await page.evaluate(() => document.getElementById('article')?.getAttribute('lang'))).toMatch(
          new RegExp(`^${expected.lang}\\b`, 'i'),
        );
        const body = normalise((await textOf(page, '#article-body')) ?? '');
        const missing = expected.keep.filter((s) => !body.includes(normalise(s)));
        const leaked = expected.drop.filter((s) => body.includes(normalise(s)));
        expect(missing, 'story snippets missing from #article-body').toEqual([]);
        expect(leaked, 'clutter snippets still in #article-body').toEqual([]);
        const removed = await page.evaluate(() => document.querySelectorAll('#removed li').length);
        expect(removed, 'the removed list names what went').toBeGreaterThan(0);
        if (view === 'reader') await screenshot(page, `firefox-reader-${slug}`);
        await page.close();
      });
    }
  }

  it('"Reader in this tab" shows the article in place of the page; it survives a reload; Escape goes back', async () => {
    const url = `${server.fixtureUrl(SLUGS[0]!)}?in-tab`;
    const { page: tab, tabId } = await openTab(firefox, url);
    const popup = await openView(firefox, 'popup', tabId);
    const title = normalise((await textOf(popup, '#article-title')) ?? '');
    await popup.click('#read-here');
    const href = () => tab.evaluate(() => location.href).catch(() => '');
    await waitUntil(href, (seen) => seen.startsWith(`${EXTENSION_ORIGIN}/reader.html?read=`), 'the tab to show the reader');
    expect(await waitForState(tab)).toBe('article');
    expect(normalise((await textOf(tab, '#article-title')) ?? '')).toBe(title);
    await reloadReader(tab);
    await screenshot(tab, 'firefox-read-in-tab');
    await tab.bringToFront();
    await tab.keyboard.press('Escape');
    await waitUntil(href, (seen) => seen === url, 'Escape to return to the page');
    await popup.close();
    await tab.close();
  });

  it('with "the toolbar button shows the reader in the tab" chosen, the click cleans the page in place', async () => {
    const setChoice = (choice: string) =>
      inExtension(
        firefox,
        async (value: string) => {
          const { browser } = globalThis as unknown as ExtensionGlobal;
          const { settings } = (await browser.storage.local.get('settings')) as { settings?: Record<string, unknown> };
          const next = { ...(settings ?? { version: 3 }), toolbarClick: value, savedAt: Date.now() };
          await browser.storage.local.set({ settings: next });
          await browser.storage.sync.set({ settings: next });
        },
        choice,
      );
    const popupOf = () =>
      inExtension(firefox, async () => (globalThis as unknown as { browser: { action: { getPopup(d: object): Promise<string> } } }).browser.action.getPopup({}), null);
    await setChoice('reader-tab');
    await waitUntil(popupOf, (popup) => popup === '', 'the button to stop opening the popup');
    const url = `${server.fixtureUrl(SLUGS[0]!)}?toolbar`;
    const { page: tab, tabId } = await openTab(firefox, url);
    await inExtension(
      firefox,
      async (id: number) => {
        const { browser } = globalThis as unknown as ExtensionGlobal;
        const background = await browser.runtime.getBackgroundPage();
        const hook = background?.epureTest?.readerInTab as ((tabId: number) => Promise<string | null>) | undefined;
        if (!hook) throw new Error('The background page has no readerInTab hook: is this the e2e build?');
        await hook(id);
      },
      tabId,
    );
    const href = () => tab.evaluate(() => location.href).catch(() => '');
    await waitUntil(href, (seen) => seen.startsWith(`${EXTENSION_ORIGIN}/reader.html?read=`), 'the tab to show the reader');
    expect(await waitForState(tab)).toBe('article');
    expect(normalise((await textOf(tab, '#article-title')) ?? '')).toBe(normalise(loadCase(SLUGS[0]!).title));
    await setChoice('popup');
    await waitUntil(popupOf, (popup) => /popup\.html$/.test(popup), 'the button to open the popup again');
    await tab.close();
  });

  it('at 320 px, every control of the tab reader\'s toolbar is on screen', async () => {
    // Firefox ESR 140's WebDriver BiDi cannot resize a page: the reader is framed 320 px wide
    // in Épure's own control page instead, and measured there.
    const outside = await inExtension(
      firefox,
      async (tabId: number) => {
        const frame = document.createElement('iframe');
        frame.style.cssText = 'width:320px;height:700px;border:0';
        frame.src = `reader.html?tab=${tabId}`;
        document.body.append(frame);
        const started = Date.now();
        const doc = () => frame.contentDocument;
        while (doc()?.body?.dataset.state !== 'article') {
          if (Date.now() - started > 15_000) throw new Error(`the framed reader shows ${doc()?.body?.dataset.state ?? 'nothing'}`);
          await new Promise((r) => setTimeout(r, 100));
        }
        (doc()!.getElementById('export-toggle') as HTMLButtonElement).click();
        const width = frame.contentWindow!.innerWidth;
        const cut = Array.from(doc()!.querySelectorAll<HTMLElement>('.bar button, .bar select'))
          .filter((control) => control.getClientRects().length > 0)
          .map((control) => ({ id: control.id || control.className, box: control.getBoundingClientRect() }))
          .filter(({ box }) => box.left < 0 || box.right > width + 0.5 || box.width === 0)
          .map(({ id, box }) => `${id}: ${Math.round(box.left)}..${Math.round(box.right)}`);
        frame.remove();
        return { width, cut };
      },
      tabs.get(SLUGS[0]!)!,
    );
    expect(outside.width).toBe(320);
    expect(outside.cut, 'controls cut off at 320 px').toEqual([]);
  });

  it('"Open in new tab" keeps the article: the new tab survives the page\'s closing and a reload', async () => {
    const { tabId } = await openTab(firefox, `${server.fixtureUrl(SLUGS[0]!)}?new-tab`);
    const popup = await openView(firefox, 'popup', tabId);
    const title = normalise((await textOf(popup, '#article-title')) ?? '');
    await popup.click('#export-toggle');
    await popup.click('#open-in-tab');
    const readerTab = () =>
      inExtension(
        firefox,
        async (origin: string) => {
          const { browser } = globalThis as unknown as ExtensionGlobal;
          return (await browser.tabs.query({})).find((t) => t.url?.startsWith(`${origin}/reader.html?read=`))?.id ?? -1;
        },
        EXTENSION_ORIGIN,
      );
    const readerId = await waitUntil(readerTab, (id) => id >= 0, 'the reader to open in a new tab');
    // The page it was read from goes; the reader, reloaded, still shows the article.
    await inExtension(
      firefox,
      async ({ source, reader }: { source: number; reader: number }) => {
        const { browser } = globalThis as unknown as ExtensionGlobal;
        await browser.tabs.remove(source);
        await browser.tabs.reload(reader);
      },
      { source: tabId, reader: readerId },
    );
    const readerPage = async () => {
      for (const page of await firefox.browser.pages()) {
        const seen = await page.evaluate(() => (location.href.includes('reader.html?read=') ? `${document.readyState} ${document.body?.dataset.state ?? ''} ${document.getElementById('article-title')?.textContent ?? ''}` : '')).catch(() => '');
        if (seen) return seen;
      }
      return '';
    };
    const seen = await waitUntil(readerPage, (text) => text.startsWith('complete article'), 'the reloaded reader to show the article');
    expect(normalise(seen.replace(/^complete article /, ''))).toBe(title);
    await popup.close();
  });

  it('a tab that closed shows "tab-gone", in words', async () => {
    const { page: article, tabId } = await openTab(firefox, `${server.fixtureUrl('en-news')}?closing`);
    await article.close();
    const page = await openView(firefox, 'reader', tabId);
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('tab-gone');
    expect(normalise((await textOf(page, '#state-message')) ?? '').length).toBeGreaterThan(10);
    await page.close();
  });

  it('a Firefox page (about:robots) shows "restricted": Épure says it may not read browser pages', async () => {
    const { page: robots, tabId } = await openBrowserPage(firefox, 'about:robots');
    const page = await openView(firefox, 'reader', tabId);
    const message = normalise((await textOf(page, '#state-message')) ?? '');
    expect(await page.evaluate(() => document.body.dataset.state), message).toBe('restricted');
    expect(message.length).toBeGreaterThan(10);
    await page.close();
    await robots.close();
  });

  it('"Copy clean text" in the context menu puts the clean article on the clipboard', async () => {
    const slug = SLUGS[0]!;
    const expected = loadCase(slug);
    const outcome = await clickContextMenu(firefox, 'copy-clean-text', tabs.get(slug)!);
    expect(outcome, `copy failed: ${outcome.reason}`).toMatchObject({ ok: true });
    const pasted = normalise(await readClipboardText(firefox));
    expect(pasted).toBe(normalise(outcome.text ?? ''));
    expect(pasted.startsWith(normalise(expected.title))).toBe(true);
    expect(expected.keep.filter((s) => !pasted.includes(normalise(s))), 'story snippets missing from the clipboard').toEqual([]);
    expect(expected.drop.filter((s) => pasted.includes(normalise(s))), 'clutter snippets on the clipboard').toEqual([]);
  });

  it('"Copy clean Markdown" copies Markdown: "# Title", then the story', async () => {
    const slug = SLUGS[SLUGS.length - 1]!;
    const expected = loadCase(slug);
    const outcome = await clickContextMenu(firefox, 'copy-clean-markdown', tabs.get(slug)!);
    expect(outcome, `copy failed: ${outcome.reason}`).toMatchObject({ ok: true });
    const pasted = await readClipboardText(firefox);
    expect(pasted).toBe(outcome.text);
    expect(pasted.startsWith(`# ${expected.title}`), pasted.slice(0, 200)).toBe(true);
    expect(normalise(pasted)).toContain(normalise(expected.keep[0]!));
  });
});
