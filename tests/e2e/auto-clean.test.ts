/**
 * Auto-clean in real Chromium, the way a user meets it: "Always clean <site>" in the popup turns
 * it on for the site (the badge says "A"); the next load of one of its articles shows the clean
 * article over the page, in a closed shadow root the page cannot reach, with "Show original"
 * focused (Enter or Escape closes it); in-site navigation through the history API runs it again,
 * and a page there that is not an article is left alone without a console error; a site with a
 * strict Content Security Policy gets the same reader, styled the same; turning the switch off
 * stops it on the next load.
 *
 * The e2e build already holds http://127.0.0.1/* (the toolbar click cannot be automated), so the
 * permission prompt never shows; revoking a permission is covered by tests/auto-clean/*.test.ts.
 */
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeE2E,
  launch,
  loadCase,
  openTab,
  openView,
  screenshot,
  startServer,
  type Browser,
  type PageServer,
} from './harness';

const SLUG = 'fr-seed-semantic';
const SITE = 'http://127.0.0.1';
const PATTERN = 'http://127.0.0.1/*';

interface OverlayState {
  shown: boolean;
  text: string;
  focused: string | null;
  runs: number;
  theme: string | null;
  font: string | null;
}

/** What the service worker sees: chosen sites, the registered script's matches, a tab's badge. */
interface Seen {
  sites: string[];
  matches: string[] | null;
  badge: string;
}

interface SwChrome {
  chrome: {
    tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
    storage: { sync: { get(k: string): Promise<Record<string, unknown>> }; local: { get(k: string): Promise<Record<string, unknown>> } };
    scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
  };
}

/** Prose long enough for the engine to call it an article. */
function paragraphs(topic: string, count = 6): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `<p>${topic}, part ${i + 1}: the council met again on Tuesday evening and spent most of the meeting on the question of the old bridge, which has been closed to lorries since the spring floods. Residents who spoke asked for a date, and the engineers promised a report before the end of the month.</p>`,
  ).join('\n');
}

/**
 * A single-page site: its own script renders the page for the address (article one, article
 * two, or a home page of links), "Next" and "Home" navigate with pushState, back/forward with
 * popstate. Nothing is reloaded.
 */
const SPA = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Town News</title></head>
<body><nav><button id="next" type="button">Next story</button> <button id="home" type="button">Home</button></nav>
<main id="main"></main>
<script>
const pages = {
  '/spa/one': '<article><h1>Bridge repairs to start in May</h1>${paragraphs('Bridge repairs').replace(/\n/g, '')}</article>',
  '/spa/two': '<article><h1>Library opens on Sundays</h1>${paragraphs('Library hours').replace(/\n/g, '')}</article>',
  '/spa/home': '<ul>' + Array.from({ length: 30 }, (_, i) => '<li><a href="/spa/story-' + i + '">Story ' + i + '</a></li>').join('') + '</ul>',
};
function render() {
  document.getElementById('main').innerHTML = pages[location.pathname] || pages['/spa/home'];
  document.title = document.querySelector('h1') ? document.querySelector('h1').textContent : 'Town News';
}
function go(path) { history.pushState({}, '', path); render(); }
document.getElementById('next').addEventListener('click', () => go('/spa/two'));
document.getElementById('home').addEventListener('click', () => go('/spa/home'));
addEventListener('popstate', render);
render();
</script></body></html>`;

/** An article page for the CSP tests; `meta` puts a policy in the page itself. */
function cspArticle(title: string, meta?: string): string {
  const policy = meta ? `<meta http-equiv="Content-Security-Policy" content="${meta}">` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${policy}<title>${title}</title></head>
<body><main><article><h1>${title}</h1>${paragraphs(title)}</article></main></body></html>`;
}

/**
 * Strict policies real sites send. The reader's stylesheet is adopted by its shadow root and its
 * article is built with DOM calls from the content script's isolated world, so none of them may
 * keep it from showing or from wearing its look.
 */
const STRICT_POLICIES: { name: string; header?: string; meta?: string }[] = [
  { name: 'default-src-none', header: "default-src 'none'" },
  { name: 'script-src-none-meta', meta: "script-src 'none'" },
  { name: 'style-src-none', header: "style-src 'none'; img-src 'none'; font-src 'none'" },
  {
    name: 'nonce-strict-dynamic-trusted-types',
    header: "script-src 'nonce-r4nd0m' 'strict-dynamic'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'",
  },
];

/** Computed styles of the overlay's parts that make its look: the reader, its bar, the title. */
type OverlayLook = Record<string, Record<string, string>>;

/** A node of CDP's `DOM.getDocument` tree (the fields read here). */
interface CdpNode {
  nodeId: number;
  localName?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findNode(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | null {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return null;
}

/**
 * The overlay's look as the browser renders it, read through CDP: the shadow root is closed, and
 * `DOM.getDocument({ pierce: true })` reaches it where the page (and Playwright's selectors) cannot.
 */
async function overlayLook(page: Page): Promise<OverlayLook> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, (n) => n.localName === 'epure-reader');
    if (!host) throw new Error('no <epure-reader> in the page');
    const look: OverlayLook = {};
    const parts: [string, string[]][] = [
      ['reader', ['position', 'top', 'bottom', 'overflow-y', 'background-color', 'color', 'font-family']],
      ['bar', ['position', 'background-color', 'border-bottom-style']],
      ['article-title', ['font-family', 'font-size', 'font-weight']],
      ['show-original', ['cursor', 'border-top-style', 'padding-top']],
    ];
    for (const [className, properties] of parts) {
      const node = findNode(host, (n) => {
        const attrs = n.attributes ?? [];
        const at = attrs.indexOf('class');
        return at >= 0 && at % 2 === 0 && (attrs[at + 1] ?? '').split(/\s+/).includes(className);
      });
      if (!node) throw new Error(`no .${className} in the overlay`);
      const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: node.nodeId })) as {
        computedStyle: { name: string; value: string }[];
      };
      look[className] = Object.fromEntries(properties.map((p) => [p, computedStyle.find((c) => c.name === p)?.value ?? '']));
    }
    return look;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

function normalise(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

describeE2E('auto-clean', () => {
  let browser: Browser;
  let server: PageServer;
  let page: Page;
  let tabId: number;
  const expected = loadCase(SLUG);

  const seen = async (): Promise<Seen> => {
    const sw = await browser.worker();
    return sw.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as SwChrome;
      const read = async (area: 'sync' | 'local') => (await chrome.storage[area].get('settings')).settings as { sites?: string[]; savedAt?: number } | undefined;
      const [sync, local] = [await read('sync'), await read('local')];
      const newest = (sync?.savedAt ?? 0) >= (local?.savedAt ?? 0) ? sync : local;
      const script = (await chrome.scripting.getRegisteredContentScripts()).find((s) => s.id === 'epure-auto-clean');
      return { sites: newest?.sites ?? [], matches: script?.matches ?? null, badge: await chrome.action.getBadgeText({ tabId: id }) };
    }, tabId);
  };

  /** The overlay's state, asked of the content script (e2e builds answer); null when none runs. */
  const overlay = async (id = tabId): Promise<OverlayState | null> => {
    const sw = await browser.worker();
    return sw.evaluate(async (tab) => {
      const { chrome } = globalThis as unknown as SwChrome;
      try {
        return ((await chrome.tabs.sendMessage(tab, { type: 'e2e:overlay-state' })) as OverlayState | undefined) ?? null;
      } catch {
        return null; // "Receiving end does not exist": no auto-clean script in that tab.
      }
    }, id);
  };

  const waitForOverlay = async (predicate: (s: OverlayState) => boolean, id = tabId): Promise<OverlayState> => {
    let last: OverlayState | null = null;
    await expect
      .poll(async () => {
        last = await overlay(id);
        return !!last && predicate(last);
      }, { timeout: 20_000, interval: 200 })
      .toBe(true);
    return last!;
  };

  beforeAll(async () => {
    server = await startServer();
    server.addPage('/spa/one', SPA);
    server.addPage('/spa/two', SPA);
    server.addPage('/spa/home', SPA);
    server.addPage('/csp/none', cspArticle('Ferry timetable changes for the winter'));
    for (const policy of STRICT_POLICIES) {
      const headers: Record<string, string> = policy.header ? { 'content-security-policy': policy.header } : {};
      server.addPage(`/csp/${policy.name}`, cspArticle('Ferry timetable changes for the winter', policy.meta), undefined, headers);
    }
    browser = await launch();
    ({ page, tabId } = await openTab(browser, server.fixtureUrl(SLUG)));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('before the user asks, nothing is registered and the page is left alone', async () => {
    expect(await seen()).toEqual({ sites: [], matches: null, badge: '' });
    expect(await overlay()).toBeNull();
    expect(await page.evaluate(() => document.querySelector('epure-reader'))).toBeNull();
  });

  it('"Always clean 127.0.0.1" in the popup turns it on: the script is registered for that site only, the badge says A', async () => {
    const popup = await openView(browser, 'popup', tabId);
    expect(await popup.isVisible('#site-bar')).toBe(true);
    expect(await popup.getAttribute('#auto-clean', 'role')).toBe('switch');
    expect(await popup.getAttribute('#auto-clean', 'aria-checked')).toBe('false');
    expect(await popup.textContent('#auto-clean')).toContain('127.0.0.1');
    await popup.click('#auto-clean');
    await popup.waitForFunction(() => document.getElementById('auto-clean')?.getAttribute('aria-checked') === 'true');
    await expect.poll(() => seen(), { timeout: 10_000 }).toEqual({ sites: [SITE], matches: [PATTERN], badge: 'A' });
    await popup.close();
  });

  it('on load, the clean article shows over the page, in a closed shadow root, "Show original" focused', async () => {
    await page.reload({ waitUntil: 'load' });
    const state = await waitForOverlay((s) => s.shown);
    const text = normalise(state.text);
    expect(text).toContain(normalise(expected.title));
    for (const keep of expected.keep) expect(text, keep).toContain(normalise(keep));
    for (const drop of ['La suite après la publicité', 'Sur le même thème', 'Mentions légales', "Vous n'allez pas le croire"]) {
      expect(text, drop).not.toContain(drop);
    }
    expect(state.focused).toBe('show-original');
    // The page's scripts see an empty host whose shadow root they cannot open.
    const fromPage = await page.evaluate(() => {
      const host = document.querySelector('epure-reader');
      return { exists: !!host, shadowRoot: host ? host.shadowRoot : 'absent', text: host?.textContent ?? null, children: host?.childElementCount };
    });
    expect(fromPage).toEqual({ exists: true, shadowRoot: null, text: '', children: 0 });
    await screenshot(page, 'auto-clean-overlay', { fullPage: false });
  });

  it('the reader’s clicks and keys stay inside it: the page’s listeners hear nothing', async () => {
    await page.evaluate(() => {
      const w = window as unknown as { heard: string[] };
      w.heard = [];
      for (const type of ['keydown', 'keyup', 'click']) document.addEventListener(type, () => w.heard.push(type));
    });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect((await overlay())?.focused).toBe('show-original');
    // A click in the middle of the overlay lands in the reader, not on the page, and keeps the focus.
    await page.mouse.click(4, 12); // the bar, beside its words and button
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
    expect((await overlay())?.focused).toBe('reader');
  });

  it('Enter on "Show original" closes it; so does Escape after a reload', async () => {
    await page.keyboard.press('Tab'); // from the reader itself to its first control
    expect((await overlay())?.focused).toBe('show-original');
    await page.keyboard.press('Enter');
    await waitForOverlay((s) => !s.shown);
    expect(await page.evaluate(() => document.querySelector('epure-reader'))).toBeNull();

    await page.reload({ waitUntil: 'load' });
    await waitForOverlay((s) => s.shown);
    await page.keyboard.press('Escape');
    await waitForOverlay((s) => !s.shown);
    expect(await page.evaluate(() => document.querySelector('epure-reader'))).toBeNull();
  });

  it('the overlay wears the reader’s look from storage, and follows a change made in the options page', async () => {
    await page.reload({ waitUntil: 'load' });
    await waitForOverlay((s) => s.shown);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('body[data-ready="true"]');
    await options.selectOption('#look-theme', 'dark');
    await options.selectOption('#look-font', 'mono');
    await waitForOverlay((s) => s.shown && s.theme === 'dark' && s.font === 'mono');
    await page.bringToFront();
    await screenshot(page, 'auto-clean-overlay-dark', { fullPage: false });
    // A fresh load reads it from storage.
    await page.reload({ waitUntil: 'load' });
    await waitForOverlay((s) => s.shown && s.theme === 'dark' && s.font === 'mono');
    await options.selectOption('#look-theme', 'system');
    await options.selectOption('#look-font', 'serif');
    await waitForOverlay((s) => s.theme === 'light' && s.font === 'serif');
    await options.close();
    await page.keyboard.press('Escape');
    await waitForOverlay((s) => !s.shown);
  });

  it('history navigation runs it again; a page there that is not an article is left alone, silently', async () => {
    const spa = await browser.context.newPage();
    const errors: string[] = [];
    spa.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    spa.on('pageerror', (error) => errors.push(error.message));
    await spa.goto(`${server.origin}/spa/one`, { waitUntil: 'load' });
    const spaTab = await (async () => {
      const sw = await browser.worker();
      return sw.evaluate(async (url) => {
        const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } };
        return (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? -1;
      }, `${server.origin}/spa/one`);
    })();
    const first = await waitForOverlay((s) => s.shown, spaTab);
    expect(first.text).toContain('Bridge repairs to start in May');
    expect(first.runs).toBe(1);

    // Close the reader, then the page's own "Next story": new content, pushState, no reload.
    await spa.keyboard.press('Escape');
    await waitForOverlay((s) => !s.shown, spaTab);
    await spa.click('#next');
    expect(spa.url()).toBe(`${server.origin}/spa/two`);
    const second = await waitForOverlay((s) => s.shown && s.runs === 2, spaTab);
    expect(second.text).toContain('Library opens on Sundays');
    expect(second.text).not.toContain('Bridge repairs');

    // "Home" is a list of links: the overlay goes and does not come back.
    await spa.keyboard.press('Escape');
    await spa.click('#home');
    await spa.waitForTimeout(2500);
    expect(await overlay(spaTab)).toMatchObject({ shown: false, runs: 2 });
    expect(await spa.evaluate(() => document.querySelector('epure-reader'))).toBeNull();

    // Back (popstate) to the second story: it is cleaned again.
    await spa.goBack();
    expect(spa.url()).toBe(`${server.origin}/spa/two`);
    const third = await waitForOverlay((s) => s.shown && s.runs === 3, spaTab);
    expect(third.text).toContain('Library opens on Sundays');
    expect(errors).toEqual([]);
    await spa.close();
  });

  it('a site with a strict Content Security Policy gets the same reader, with the same look', async () => {
    /** Opens `path`, waits for the overlay; returns what it shows and how it looks, then closes the tab. */
    const visit = async (path: string) => {
      const tab = await browser.context.newPage();
      const url = `${server.origin}${path}`;
      await tab.goto(url, { waitUntil: 'load' });
      const id = await (async () => {
        const sw = await browser.worker();
        return sw.evaluate(async (u) => {
          const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } };
          return (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1;
        }, url);
      })();
      const state = await waitForOverlay((s) => s.shown, id);
      const look = await overlayLook(tab);
      await tab.close();
      return { text: normalise(state.text), focused: state.focused, look };
    };
    const plain = await visit('/csp/none');
    expect(plain.text).toContain('Ferry timetable changes for the winter');
    // The reader is styled at all: it covers the page with an opaque background.
    expect(plain.look.reader).toMatchObject({ position: 'fixed', top: '0px', bottom: '0px', 'overflow-y': 'auto' });
    expect(plain.look.reader!['background-color']).not.toMatch(/^(rgba\(0, 0, 0, 0\)|transparent)$/);
    for (const policy of STRICT_POLICIES) {
      const strict = await visit(`/csp/${policy.name}`);
      expect(strict, policy.name).toEqual(plain);
    }
  });

  it('turning the switch off stops it: no script, no badge, no overlay on the next load', async () => {
    const popup = await openView(browser, 'popup', tabId);
    await popup.waitForFunction(() => document.getElementById('auto-clean')?.getAttribute('aria-checked') === 'true');
    await popup.click('#auto-clean');
    await popup.waitForFunction(() => document.getElementById('auto-clean')?.getAttribute('aria-checked') === 'false');
    await expect.poll(() => seen(), { timeout: 10_000 }).toEqual({ sites: [], matches: null, badge: '' });
    await popup.close();
    await page.reload({ waitUntil: 'load' });
    await page.waitForTimeout(1500);
    expect(await overlay()).toBeNull();
    expect(await page.evaluate(() => document.querySelector('epure-reader'))).toBeNull();
  });
});
