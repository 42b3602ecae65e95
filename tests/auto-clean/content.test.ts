// @vitest-environment jsdom
/**
 * The auto-clean content script's behaviour on a page: it sends the loaded page (read, never
 * changed) to the background, shows the overlay for an article, stays silent for anything else,
 * runs again after an in-site navigation (pushState, popstate), drops an answer that arrives
 * after the page moved on, and stops when its context is invalidated.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runAutoClean } from '../../src/content/auto-clean';
import { OVERLAY_TAG } from '../../src/content/overlay';
import type { AutoCleanRequest, AutoCleanResponse, OverlayArticle } from '../../src/messaging';
import { installFakeI18n } from '../helpers/fake-extension-apis';

const articleFor = (url: string, title: string): OverlayArticle => ({
  title, byline: null, siteName: 'Town News', publishedTime: null, lang: 'en', dir: 'ltr', leadImage: null, url, readingMinutes: 2,
  html: `<p>${title}: the text of the story.</p>`,
});

describe('auto-clean content script', () => {
  let ctx: ContentScriptContext;
  let requests: AutoCleanRequest[];
  /** What the background answers for a page address. */
  let answer: (url: string) => AutoCleanResponse | Promise<AutoCleanResponse>;

  beforeEach(async () => {
    fakeBrowser.reset();
    await installFakeI18n();
    document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body'));
    document.body.innerHTML = '<article><h1>Bridge repairs</h1><p>Story</p></article>';
    history.replaceState({}, '', '/news/one');
    requests = [];
    answer = (url) => ({ ok: true, article: articleFor(url, url.endsWith('/two') ? 'Library hours' : 'Bridge repairs') });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: AutoCleanRequest) => {
      requests.push(message);
      return answer(message.page.url);
    }) as never);
    ctx = new ContentScriptContext('auto-clean', { noScriptStartedPostMessage: true });
  });
  afterEach(() => {
    ctx.abort();
    vi.restoreAllMocks();
  });

  const shownTitle = () => document.querySelector(OVERLAY_TAG) !== null;

  it('sends the loaded page and shows the article over it; the page is not changed', async () => {
    const before = document.body.innerHTML;
    runAutoClean(ctx, window);
    await vi.waitFor(() => expect(shownTitle()).toBe(true));
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ type: 'auto-clean', page: { tooLarge: false, url: location.href } });
    expect(requests[0]!.page.tooLarge === false && requests[0]!.page.html).toContain('Bridge repairs');
    expect(document.body.innerHTML).toBe(before);
  });

  it('a page that is not an article, or a background that cannot answer, is left alone without a word', async () => {
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    answer = () => ({ ok: false, reason: 'not-an-article' });
    runAutoClean(ctx, window);
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 50));
    expect(shownTitle()).toBe(false);

    const other = new ContentScriptContext('auto-clean-2', { noScriptStartedPostMessage: true });
    vi.mocked(fakeBrowser.runtime.sendMessage).mockRejectedValue(new Error('Extension context invalidated.'));
    runAutoClean(other, window);
    await new Promise((r) => setTimeout(r, 50));
    expect(shownTitle()).toBe(false);
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    other.abort();
  });

  it('pushState to another page runs it again for the new page; popstate too; a #fragment does not', async () => {
    runAutoClean(ctx, window);
    await vi.waitFor(() => expect(shownTitle()).toBe(true));
    // The site swaps its content and pushes the new address, without a reload.
    document.body.innerHTML = '<article><h1>Library hours</h1><p>Story two</p></article>';
    history.pushState({}, '', '/news/two');
    await vi.waitFor(() => expect(requests).toHaveLength(2), { timeout: 4000 });
    expect(requests[1]!.page.url).toMatch(/\/news\/two$/);
    await vi.waitFor(() => expect(shownTitle()).toBe(true));

    history.pushState({}, '', '/news/two#comments');
    await new Promise((r) => setTimeout(r, 1200));
    expect(requests).toHaveLength(2);

    // Back to the first story (the site renders it on popstate).
    history.replaceState({}, '', '/news/one');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => expect(requests.at(-1)!.page.url).toMatch(/\/news\/one$/), { timeout: 4000 });
  });

  it('an answer for a page the user already left is dropped', async () => {
    let release: (value: AutoCleanResponse) => void = () => {};
    answer = (url) => (url.endsWith('/one') ? new Promise((resolve) => (release = resolve)) : { ok: false, reason: 'not-an-article' });
    runAutoClean(ctx, window);
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    history.pushState({}, '', '/news/home');
    await vi.waitFor(() => expect(requests).toHaveLength(2), { timeout: 4000 });
    release({ ok: true, article: articleFor(`${location.origin}/news/one`, 'Too late') });
    await new Promise((r) => setTimeout(r, 50));
    expect(shownTitle()).toBe(false);
  });

  it('stops when the context is invalidated: the overlay goes, navigation is no longer watched', async () => {
    runAutoClean(ctx, window);
    await vi.waitFor(() => expect(shownTitle()).toBe(true));
    ctx.abort();
    expect(shownTitle()).toBe(false);
    history.pushState({}, '', '/news/two');
    await new Promise((r) => setTimeout(r, 1200));
    expect(requests).toHaveLength(1);
  });
});
