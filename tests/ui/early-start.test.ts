// @vitest-environment jsdom
/**
 * The reader's first script (`entrypoints/reader-start.ts`) asks for the tab and the settings
 * before the reader's modules have loaded; the reader takes its answers instead of asking again.
 * The last tests run the real reader (`startReader`, engine included: jsdom, since DOMPurify needs
 * it) on the popup's markup and check what the user sees, and that the tab was read only once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_KEY, validateSettings } from '../../src/settings/settings';
import { readerKindOf, startEarly, takeEarlyStart } from '../../src/reader/early-start';
import { startReader } from '../../src/reader/reader-app';
import { installFakePermissions } from '../helpers/fake-extension-apis';
import { getMessageFor } from './messages';
import { expandIncludes } from '../../scripts/lib/html-include';

const ROOT = join(__dirname, '..', '..');

const ARTICLE_PARAGRAPH =
  'The harbour authority said on Tuesday that the new breakwater would be finished before the winter storms, ' +
  'after two years of delays caused by the shortage of granite and by a dispute with the contractor over costs.';

const PAGE = {
  tooLarge: false,
  url: 'https://news.example/harbour',
  lang: 'en',
  title: 'The breakwater will be ready before winter',
  html: `<!doctype html><html lang="en"><head><title>The breakwater will be ready before winter</title></head><body><main><article><h1>The breakwater will be ready before winter</h1><p>${ARTICLE_PARAGRAPH}</p>${Array.from({ length: 6 }, (_, i) => `<p>${ARTICLE_PARAGRAPH} Paragraph ${i + 2}.</p>`).join('')}</article></main></body></html>`,
};

let executeScript: ReturnType<typeof vi.fn>;
let tabId: number;

/** The slot the first script and the reader share, emptied between tests (each test is a new page). */
function clearSlot(): void {
  delete (globalThis as Record<string, unknown>).epureEarlyStart;
}

/** The popup's markup as the test document, its scripts left out (the test runs them itself). */
function loadPopupMarkup(): void {
  const file = join(ROOT, 'entrypoints', 'popup', 'index.html');
  const html = expandIncludes(readFileSync(file, 'utf8'), file);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const script of Array.from(parsed.querySelectorAll('script'))) script.remove();
  document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
}

beforeEach(async () => {
  fakeBrowser.reset();
  installFakePermissions();
  Object.assign(fakeBrowser.i18n, { getMessage: getMessageFor('en'), getUILanguage: () => 'en' });
  clearSlot();
  tabId = (await fakeBrowser.tabs.create({ url: PAGE.url, active: true })).id!;
  executeScript = vi.fn(async () => [{ frameId: 0, result: PAGE }]);
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  window.history.replaceState(null, '', `/popup.html?tab=${tabId}`);
});

afterEach(() => {
  vi.restoreAllMocks();
  clearSlot();
});

describe('the first script and the reader', () => {
  it('tells the popup from the full-tab reader by its page, as each page\'s reader names itself', () => {
    expect(readerKindOf('/popup.html')).toBe('popup');
    expect(readerKindOf('/reader.html')).toBe('tab');
    // A mismatch would make the reader ignore the first script's answers and read the tab twice.
    for (const page of ['popup', 'reader']) {
      const main = readFileSync(join(ROOT, 'entrypoints', page, 'main.ts'), 'utf8');
      expect(main.match(/startReader\(document, '(\w+)'\)/)?.[1], page).toBe(readerKindOf(`/${page}.html`));
    }
  });

  it('asks for the tab and the stored settings at once, and hands both over once', async () => {
    const stored = validateSettings({ theme: 'sepia' }).settings;
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: stored });
    const early = startEarly('popup');
    const taken = takeEarlyStart('popup');
    expect(taken).toBe(early);
    expect(await taken!.target).toEqual({ tabId, read: { ok: true, page: PAGE } });
    expect(executeScript).toHaveBeenCalledTimes(1);
    const [, local] = await taken!.settings;
    expect(local[SETTINGS_KEY]).toEqual(stored);
    // "Try again" reads the tab afresh: nothing is handed over twice.
    expect(takeEarlyStart('popup')).toBeNull();
  });

  it('gives nothing to a reader of another kind', () => {
    startEarly('popup');
    expect(takeEarlyStart('tab')).toBeNull();
  });

  it('asks nothing when the reader has started first (it asked itself)', () => {
    expect(takeEarlyStart('popup')).toBeNull();
    expect(startEarly('popup')).toBeNull();
    expect(executeScript).not.toHaveBeenCalled();
  });
});

describe('the popup with its first script', () => {
  beforeEach(loadPopupMarkup);

  it('shows the article the first script read, reading the tab only once', async () => {
    startEarly('popup');
    const { rendered } = await startReader(document, 'popup');
    await rendered;
    expect(document.body.dataset.state).toBe('article');
    expect(document.getElementById('article-title')?.textContent).toBe('The breakwater will be ready before winter');
    expect(document.getElementById('article-body')?.textContent).toContain('shortage of granite');
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('without it (the script failed to load), reads the tab itself and shows the article', async () => {
    const { rendered } = await startReader(document, 'popup');
    await rendered;
    expect(document.body.dataset.state).toBe('article');
    expect(document.getElementById('article-body')?.textContent).toContain('shortage of granite');
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('uses the look the first script read from storage, reading it only once', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: validateSettings({ theme: 'sepia', savedAt: 5 }).settings });
    const syncReads = vi.spyOn(fakeBrowser.storage.sync, 'get');
    startEarly('popup');
    await (await startReader(document, 'popup')).rendered;
    expect(document.documentElement.dataset.theme).toBe('sepia');
    expect(syncReads).toHaveBeenCalledTimes(1);
  });
});
