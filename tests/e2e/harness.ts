/**
 * Shared harness of the real-browser end-to-end tests: finds Chromium and the e2e-mode build,
 * serves the fixtures on 127.0.0.1, launches Chromium with Épure loaded, opens the popup or the
 * full-tab reader for a tab, reads the clipboard back and writes screenshots.
 *
 * The e2e build (`wxt build --mode e2e`) differs from the shipped one only in that it has host
 * permission for http://127.0.0.1/* (automation cannot click the toolbar button, which is what
 * grants `activeTab`) and exposes `epureTest` on the service worker.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { describe, it } from 'vitest';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

/** States the popup and the reader can end in (anything but `loading`). */
export const FINAL_STATES = ['article', 'not-an-article', 'restricted', 'too-large', 'tab-gone', 'error'] as const;
export type FinalState = (typeof FINAL_STATES)[number];

// ---------------------------------------------------------------------------------------------
// Chromium

const CHROMIUM_CANDIDATES = [
  // Debian's real binary; /usr/bin/chromium is a shell wrapper that adds flags of its own.
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
];

/** The Chromium executable to drive, or null when none is installed. $CHROMIUM_PATH, when set, is the only one tried. */
export function findChromium(): string | null {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) return existsSync(chosen) ? chosen : null;
  return CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

export const CHROMIUM = findChromium();
export const INSTALL_HINT = 'Chromium is not installed: run `apt-get install -y chromium` (as root, after `apt-get update`) to run the browser tests.';

/**
 * `describe` for browser tests. Without Chromium: on CI (CI=true) the suite fails with a clear
 * message; elsewhere it is skipped, and says how to install Chromium.
 */
export function describeE2E(name: string, body: () => void): void {
  if (CHROMIUM) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(`${INSTALL_HINT} CI must install it (see .ci/run).`);
      });
    });
    return;
  }
  console.warn(`[e2e] skipping "${name}": ${INSTALL_HINT}`);
  describe.skip(name, body);
}

// ---------------------------------------------------------------------------------------------
// The e2e build

const BUILD_CANDIDATES = ['.output/chrome-mv3-e2e', '.e2e-build/chrome-mv3', '.output/chrome-mv3'];

interface Manifest {
  host_permissions?: string[];
  [key: string]: unknown;
}

function readManifest(dir: string): Manifest | null {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** The folder of the e2e-mode Chrome build: the one whose manifest grants http://127.0.0.1/*. */
export function findE2EBuild(): string {
  for (const candidate of BUILD_CANDIDATES) {
    const dir = join(ROOT, candidate);
    const manifest = readManifest(dir);
    if (manifest?.host_permissions?.some((p) => p.startsWith('http://127.0.0.1'))) return dir;
  }
  throw new Error(
    `No e2e-mode build found (looked in ${BUILD_CANDIDATES.join(', ')} for a manifest with host permission ` +
      'http://127.0.0.1/*). Build it with `npx wxt build --mode e2e`, or run `npm run test:e2e`, which builds first.',
  );
}

// ---------------------------------------------------------------------------------------------
// The page server

export interface PageServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Address of fixture `slug` (tests/fixtures/<slug>/source.html). */
  fixtureUrl(slug: string): string;
  /**
   * Serves `html` at `path` (which starts with a slash) from now on, with `headers` added to the
   * response (a page's own Content-Security-Policy, say); returns its address.
   */
  addPage(path: string, html: string | Buffer, contentType?: string, headers?: Record<string, string>): string;
  close(): Promise<void>;
}

/** A tiny static server on 127.0.0.1, random port: fixtures under /fixtures/<slug>/, plus added pages. */
export async function startServer(): Promise<PageServer> {
  const pages = new Map<string, { body: string | Buffer; type: string; headers: Record<string, string> }>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const added = pages.get(path);
    if (added) {
      res.writeHead(200, { ...added.headers, 'content-type': added.type, 'cache-control': 'no-store' });
      res.end(added.body);
      return;
    }
    const match = /^\/fixtures\/([a-z0-9-]+)\/?$/.exec(path);
    const file = match ? join(FIXTURES, match[1]!, 'source.html') : null;
    if (file && existsSync(file)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(readFileSync(file));
      return;
    }
    // A fixture's own image (the demo's sample carries its picture): served from its folder.
    const image = /^\/fixtures\/([a-z0-9-]+)\/([a-z0-9-]+\.(jpg|png|webp|svg))$/.exec(path);
    const imageFile = image ? join(FIXTURES, image[1]!, image[2]!) : null;
    if (image && imageFile && existsSync(imageFile)) {
      const types: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', svg: 'image/svg+xml' };
      res.writeHead(200, { 'content-type': types[image[3]!]!, 'cache-control': 'no-store' });
      res.end(readFileSync(imageFile));
      return;
    }
    // Everything else (images, styles the fixtures point at) is absent: answer fast, offline.
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    fixtureUrl: (slug) => `${origin}/fixtures/${slug}/`,
    addPage(path, body, type = 'text/html; charset=utf-8', headers = {}) {
      pages.set(path, { body, type, headers });
      return `${origin}${path}`;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Fixtures

export interface FixtureCase {
  url: string;
  lang: string;
  ok: boolean;
  reason?: string;
  title: string;
  keep: string[];
  drop: string[];
}

export function hasFixture(slug: string): boolean {
  return existsSync(join(FIXTURES, slug, 'source.html')) && existsSync(join(FIXTURES, slug, 'case.json'));
}

export function loadCase(slug: string): FixtureCase {
  return JSON.parse(readFileSync(join(FIXTURES, slug, 'case.json'), 'utf8')) as FixtureCase;
}

/** A page with more than `elements` elements, for the too-large state. */
export function bigPage(elements = 61_000): string {
  const rows = '<span>x</span>'.repeat(elements);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Huge page</title></head><body><h1>Huge page</h1><article><p>${rows}</p></article></body></html>`;
}

// ---------------------------------------------------------------------------------------------
// The browser

/** Minimal typing of the `chrome` global inside the service worker and extension pages. */
export interface ChromeGlobal {
  chrome: {
    tabs: {
      query(q: object): Promise<{ id?: number; url?: string; active?: boolean }[]>;
      remove(id: number): Promise<void>;
    };
    action: { getPopup(details: object): Promise<string> };
    storage: {
      sync: { get(key: string): Promise<Record<string, unknown>>; clear(): Promise<void> };
      local: { get(key: string): Promise<Record<string, unknown>>; clear(): Promise<void> };
    };
  };
  epureTest?: {
    onContextMenuClick(menuItemId: string, tabId: number): Promise<{ ok: boolean; text?: string; reason?: string }>;
    welcomeOnInstall(reason: 'install' | 'update'): Promise<string | null>;
    readerInTab(tabId: number): Promise<string | null>;
  };
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  /** The build folder the loaded extension was copied from. */
  buildDir: string;
  /** The extension's service worker (re-fetched if Chromium restarted it). */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

/** Chromium with the e2e-mode build of Épure loaded, in a fresh temporary profile. */
export async function launch(options: { headless?: boolean; buildDir?: string; locale?: string } = {}): Promise<Browser> {
  if (!CHROMIUM) throw new Error(INSTALL_HINT);
  const sourceDir = options.buildDir ?? findE2EBuild();
  const headless = options.headless ?? true;
  const scratch = mkdtempSync(join(tmpdir(), 'epure-e2e-'));
  const profile = join(scratch, 'profile');
  // Load a snapshot of the build, so that a rebuild during the run cannot pull files from under it.
  const extensionDir = join(scratch, 'extension');
  cpSync(sourceDir, extensionDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1100, height: 900 },
    acceptDownloads: true,
    // The browser's own UI language, which `i18n.getMessage` follows (`--lang` on Linux; the
    // environment for the parts that read it).
    ...(options.locale ? { locale: options.locale, env: { ...process.env, LANGUAGE: options.locale, LANG: `${options.locale}.UTF-8` } } : {}),
    args: [
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--disable-dev-shm-usage',
    ],
  });
  const firstWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(firstWorker.url()).host;
  // Chromium calls chrome-extension:// origins opaque and refuses a grant naming one: grant to all.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const worker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    return live ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  };
  return {
    context,
    extensionId,
    buildDir: sourceDir,
    worker,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** Ids of every open tab, asked of the service worker. */
export async function tabIds(browser: Browser): Promise<number[]> {
  const sw = await browser.worker();
  return sw.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeGlobal;
    return (await chrome.tabs.query({})).map((t) => t.id ?? -1);
  });
}

/** The id of the tab showing `url` (the e2e build may read the URL of 127.0.0.1 tabs). */
export async function tabIdOf(browser: Browser, url: string): Promise<number> {
  const sw = await browser.worker();
  const id = await sw.evaluate(async (u) => {
    const { chrome } = globalThis as unknown as ChromeGlobal;
    return (await chrome.tabs.query({})).find((t) => t.url?.startsWith(u))?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

/** Opens `url` in a new tab; returns the page and its tab id (found by the tab that appeared). */
export async function openTab(browser: Browser, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(browser));
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  if (url.startsWith('http://127.0.0.1')) return { page, tabId: await tabIdOf(browser, url) };
  const fresh = (await tabIds(browser)).filter((id) => !before.has(id));
  if (fresh.length !== 1) throw new Error(`Expected one new tab for ${url}, found ${fresh.length}`);
  return { page, tabId: fresh[0]! };
}

export type View = 'popup' | 'reader';

/** Opens the popup (`popup.html?tab=`) or the full-tab reader (`reader.html?tab=`) for `tabId`. */
export async function openView(browser: Browser, view: View, tabId: number, settle = true): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(viewUrl(browser, view, tabId));
  if (settle) await waitForState(page);
  return page;
}

export function viewUrl(browser: Browser, view: View, tabId: number): string {
  return `chrome-extension://${browser.extensionId}/${view}.html?tab=${tabId}`;
}

/** Waits until the view leaves `loading`; returns the state it settled in. */
export async function waitForState(page: Page, timeout = 20_000): Promise<FinalState> {
  const handle = await page.waitForFunction(
    (finals) => {
      const state = document.body?.dataset.state;
      return state && finals.includes(state) ? state : null;
    },
    [...FINAL_STATES] as string[],
    { timeout },
  );
  return (await handle.jsonValue()) as FinalState;
}

/**
 * Clicks `selector` and waits for the view to settle again: at least one state change after the
 * click (even to the same state, as "Try again" on a page that still fails does), or a reload.
 */
export async function clickAndSettle(page: Page, selector: string, timeout = 20_000): Promise<FinalState> {
  await page.evaluate(() => {
    const w = window as unknown as { __e2eStates?: string[] };
    const seen: string[] = [];
    w.__e2eStates = seen;
    new MutationObserver((records) => {
      for (const _ of records) seen.push(document.body.dataset.state ?? '');
    }).observe(document.body, { attributes: true, attributeFilter: ['data-state'] });
  });
  await page.click(selector);
  const handle = await page.waitForFunction(
    (finals) => {
      const seen = (window as unknown as { __e2eStates?: string[] }).__e2eStates;
      const state = document.body?.dataset.state;
      const changed = seen === undefined || seen.length > 0; // undefined: the page reloaded
      return changed && state && finals.includes(state) ? state : null;
    },
    [...FINAL_STATES] as string[],
    { timeout },
  );
  return (await handle.jsonValue()) as FinalState;
}

/** Text of the element, or null when it is absent. */
/**
 * Chooses an item of the reader's copy menu (`#copy-text`, `#download-md`…) as a user does:
 * opens the menu when the item is not showing, then clicks it.
 */
export async function chooseExport(page: Page, item: string): Promise<void> {
  if (!(await page.isVisible(item))) await page.click('#export-toggle');
  await page.click(item);
}

export async function textOf(page: Page, selector: string): Promise<string | null> {
  const el = await page.$(selector);
  return el ? ((await el.textContent()) ?? '') : null;
}

// ---------------------------------------------------------------------------------------------
// Clipboard

/** Clipboard text, read with navigator.clipboard.readText() in an extension page. */
export async function readClipboardText(page: Page): Promise<string> {
  await page.bringToFront();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Every type on the clipboard with its content, read with navigator.clipboard.read(). */
export async function readClipboardItems(page: Page): Promise<Record<string, string>> {
  await page.bringToFront();
  return page.evaluate(async () => {
    const out: Record<string, string> = {};
    for (const item of await navigator.clipboard.read()) {
      for (const type of item.types) out[type] = await (await item.getType(type)).text();
    }
    return out;
  });
}

/** Puts `text` on the clipboard, so a later read proves something new was copied. */
export async function writeClipboardText(page: Page, text: string): Promise<void> {
  await page.bringToFront();
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
}

// ---------------------------------------------------------------------------------------------
// Screenshots

/** Sizes the page like the toolbar popup: at most 800×600, as wide as the popup's own CSS makes it. */
export async function popupSized(page: Page): Promise<void> {
  await page.setViewportSize({ width: 800, height: 600 });
  const width = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().width));
  await page.setViewportSize({ width: Math.min(800, Math.max(320, width)), height: 600 });
}

/**
 * Screenshot to test-results/screenshots/<name>.png (or `dir`): the full page unless told, or
 * only the element `selector`. Returns the path.
 */
export async function screenshot(
  page: Page,
  name: string,
  options: { dir?: string; fullPage?: boolean; selector?: string } = {},
): Promise<string> {
  const dir = options.dir ?? SCREENSHOTS;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  if (options.selector) await page.locator(options.selector).screenshot({ path });
  else await page.screenshot({ path, fullPage: options.fullPage ?? true });
  return path;
}
