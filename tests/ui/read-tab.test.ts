/**
 * `readTab` turns every answer of `scripting.executeScript` into what the reader tells the user:
 * the page, a browser page it may not read, a tab that closed, or an error. Firefox's answers
 * differ from Chrome's: for its own pages (about:robots…) it resolves with `[undefined]` instead
 * of rejecting (tests/firefox/reader.test.ts meets it in real Firefox); a script that threw comes
 * back as `{ error }`; a missing permission rejects with "Missing host permission for the tab".
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readTab } from '../../src/host/read-tab';

const PAGE = {
  tooLarge: false,
  url: 'https://news.example/story',
  html: '<p>x</p>',
  lang: 'en',
  title: 'A story',
} as const;

let tabId: number;

/** What `scripting.executeScript` does this time. */
function executeScript(answer: () => Promise<unknown>): void {
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: vi.fn(answer) };
}

describe('readTab', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    tabId = (await fakeBrowser.tabs.create({ url: 'https://news.example/story' })).id!;
  });

  it('returns the page the content script serialised', async () => {
    executeScript(async () => [{ frameId: 0, result: PAGE }]);
    expect(await readTab(tabId)).toEqual({ ok: true, page: PAGE });
  });

  it('Firefox, one of its own pages: `[undefined]` is a browser page Épure may not read', async () => {
    executeScript(async () => [undefined]);
    expect(await readTab(tabId)).toMatchObject({ ok: false, reason: 'restricted' });
  });

  it('Firefox, a page whose state breaks the script: `{ error }` is an error, with its message', async () => {
    executeScript(async () => [{ frameId: 0, error: new TypeError('e.documentElement is null') }]);
    expect(await readTab(tabId)).toEqual({ ok: false, reason: 'error', message: 'e.documentElement is null' });
  });

  it('Firefox, no access to the tab: the rejection is a page Épure may not read', async () => {
    executeScript(async () => Promise.reject(new Error('Missing host permission for the tab')));
    expect(await readTab(tabId)).toMatchObject({ ok: false, reason: 'restricted' });
  });

  it('Chrome, a script that threw: a result-less answer is an error', async () => {
    executeScript(async () => [{ frameId: 0, documentId: 'd', result: null }]);
    expect(await readTab(tabId)).toMatchObject({ ok: false, reason: 'error' });
  });

  it('a tab that is gone', async () => {
    executeScript(async () => [{ frameId: 0, result: PAGE }]);
    expect(await readTab(tabId + 1000)).toMatchObject({ ok: false, reason: 'tab-gone' });
  });
});
