/**
 * Harness of the Firefox tests: finds Firefox (Debian's `firefox-esr`) and the e2e-mode Firefox
 * build, launches Firefox headless through WebDriver BiDi (puppeteer-core), installs Épure as a
 * temporary add-on, opens its pages, and reads back what the user would see or paste.
 *
 * The e2e build (`wxt build -b firefox --mode e2e`, output `.output/firefox-mv3-e2e`) differs from
 * the shipped one only in that it has host permission for http://127.0.0.1/* (automation cannot
 * click the toolbar button, which is what grants `activeTab`) and exposes `epureTest` on the
 * background page. Firefox ≥ 127 grants an MV3 add-on's `host_permissions` at install, a
 * temporary install included, so no pref or permission prompt is involved.
 *
 * The e2e Firefox build also has `clipboardRead`, so that the tests can read back what Épure
 * copied, as a user would paste it.
 *
 * Everything is driven from web and extension pages, never from Firefox's privileged (chrome)
 * window: Firefox ESR 140's WebDriver BiDi has no chrome contexts (`moz:scope` came later), and
 * extension pages' CSP blocks the `Function()` that puppeteer's `waitForFunction` relies on, so
 * waits poll with `evaluate`. Two test-only switches of Firefox itself remain:
 * - `--remote-allow-system-access`: WebDriver BiDi refuses to navigate to `moz-extension://`
 *   URLs without it.
 * - `extensions.webextensions.uuids`: fixes the add-on's internal UUID, so that its pages have a
 *   known address (`moz-extension://<uuid>/reader.html`).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser as PuppeteerBrowser, type Page } from 'puppeteer-core';
import { describe, it } from 'vitest';
import { FINAL_STATES, ROOT, type FinalState } from '../e2e/harness';

export { FINAL_STATES, hasFixture, loadCase, startServer, type FinalState, type PageServer } from '../e2e/harness';

export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

/** The add-on id (manifest `browser_specific_settings.gecko.id`). */
export const ADDON_ID = 'epure@epure.app';
/** The internal UUID the tests give the add-on, hence `moz-extension://<uuid>/`. */
export const ADDON_UUID = '3c0f8a52-7e1b-4c3e-9a55-e9a3e0000007';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

// ---------------------------------------------------------------------------------------------
// Firefox

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Firefox executable to drive, or null. $FIREFOX_PATH, when set, is the only one tried. */
export function findFirefox(): string | null {
  const chosen = process.env.FIREFOX_PATH;
  if (chosen) return existsSync(chosen) ? chosen : null;
  return FIREFOX_CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

export const FIREFOX = findFirefox();
export const FIREFOX_INSTALL_HINT =
  'Firefox ESR is not installed: run `apt-get install -y firefox-esr` (as root, after `apt-get update`) to run the Firefox tests.';

/**
 * `describe` for tests that need Firefox. Without it: on CI (CI=true) the suite fails with a
 * clear message; elsewhere it is skipped, and says how to install Firefox ESR.
 */
export function describeFirefox(name: string, body: () => void): void {
  if (FIREFOX) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs Firefox ESR', () => {
        throw new Error(`${FIREFOX_INSTALL_HINT} CI must install it (see .ci/run).`);
      });
    });
    return;
  }
  console.warn(`[firefox] skipping "${name}": ${FIREFOX_INSTALL_HINT}`);
  describe.skip(name, body);
}

// ---------------------------------------------------------------------------------------------
// The e2e build

export interface FirefoxManifest {
  host_permissions?: string[];
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
    gecko_android?: { strict_min_version?: string };
  };
  background?: { scripts?: string[]; service_worker?: string };
  [key: string]: unknown;
}

export function readManifest(dir: string): FirefoxManifest | null {
  const file = join(dir, 'manifest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as FirefoxManifest) : null;
}

export const E2E_BUILD_DIR = join(ROOT, '.output/firefox-mv3-e2e');

/** The e2e-mode Firefox build: Épure's add-on id and host permission for http://127.0.0.1/*. */
export function findFirefoxE2EBuild(): string {
  const manifest = readManifest(E2E_BUILD_DIR);
  const isFirefox = manifest?.browser_specific_settings?.gecko?.id === ADDON_ID;
  const isE2E = manifest?.host_permissions?.some((p) => p.startsWith('http://127.0.0.1')) ?? false;
  if (isFirefox && isE2E) return E2E_BUILD_DIR;
  throw new Error(
    `No e2e-mode Firefox build in ${E2E_BUILD_DIR} (a manifest with add-on id ${ADDON_ID} and host permission ` +
      'http://127.0.0.1/*). Build it with `npx wxt build -b firefox --mode e2e`, or run `npm run test:firefox`, which builds first.',
  );
}

// ---------------------------------------------------------------------------------------------
// The browser

/** Minimal typing of the `browser` global of Épure's pages in Firefox. */
export interface ExtensionGlobal {
  browser: {
    tabs: {
      query(q: object): Promise<{ id?: number; url?: string }[]>;
      remove(id: number | number[]): Promise<void>;
      reload(id: number): Promise<void>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
      onUpdated: { addListener(listener: (tabId: number, change: { status?: string }) => void): void };
    };
    runtime: {
      getManifest(): { version: string; browser_specific_settings?: unknown };
      getBackgroundPage(): Promise<(Window & EpureTestGlobal) | null>;
    };
    permissions: {
      getAll(): Promise<{ origins?: string[]; permissions?: string[] }>;
      remove(p: { origins?: string[] }): Promise<boolean>;
      contains(p: { origins?: string[] }): Promise<boolean>;
    };
    scripting: {
      getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string; matches?: string[]; js?: string[] }[]>;
    };
    action: { getBadgeText(details: { tabId?: number }): Promise<string> };
    extension: { getViews(): Window[] };
    storage: {
      local: { get(key?: string | null): Promise<Record<string, unknown>>; set(v: object): Promise<void>; clear(): Promise<void> };
      sync: { get(key?: string | null): Promise<Record<string, unknown>>; set(v: object): Promise<void>; clear(): Promise<void> };
    };
  };
}

export interface EpureTestGlobal {
  epureTest?: {
    onContextMenuClick(menuItemId: string, tabId: number): Promise<{ ok: boolean; text?: string; reason?: string }>;
    [hook: string]: unknown;
  };
}

/** What puppeteer's BiDi frame has and its public types do not name. */
interface BidiFrameInternals {
  browsingContext: { navigate(url: string, wait?: 'none' | 'interactive' | 'complete'): Promise<void> };
}

export interface Firefox {
  browser: PuppeteerBrowser;
  /** What the driven Firefox says it is, e.g. `firefox/153.8.0`. */
  version: string;
  /** The build folder the installed add-on was copied from. */
  buildDir: string;
  /** A page of Épure's own, kept open for calls to the extension APIs (see `inExtension`). */
  control: Page;
  close(): Promise<void>;
}

/** Firefox headless, in a fresh profile, with the e2e-mode build installed as a temporary add-on. */
export async function launchFirefox(options: { buildDir?: string; prefs?: Record<string, unknown> } = {}): Promise<Firefox> {
  if (!FIREFOX) throw new Error(FIREFOX_INSTALL_HINT);
  const sourceDir = options.buildDir ?? findFirefoxE2EBuild();
  const scratch = mkdtempSync(join(tmpdir(), 'epure-firefox-'));
  // Install a snapshot of the build, so that a rebuild during the run cannot pull files from under it.
  const extensionDir = join(scratch, 'extension');
  cpSync(sourceDir, extensionDir, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1100, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // Quiet, offline, and no first-run pages competing for tabs.
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
      'extensions.getAddons.cache.enabled': false,
      'app.update.enabled': false,
      ...options.prefs,
    },
  });
  try {
    const installedId = await browser.installExtension(extensionDir);
    if (installedId !== ADDON_ID) throw new Error(`The add-on installed as ${installedId}, not ${ADDON_ID}`);
    const control = await browser.newPage();
    await gotoExtensionPage(control, 'reader.html?tab=-1');
    const version = await browser.version();
    return {
      browser,
      version,
      buildDir: sourceDir,
      control,
      async close() {
        await browser.close().catch(() => undefined);
        rmSync(scratch, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close().catch(() => undefined);
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Navigates `page` to one of Épure's pages (`path` like `reader.html?tab=3`) and waits until its
 * document is there. Firefox sends WebDriver BiDi no load events for `moz-extension://`
 * documents, so puppeteer's `page.goto` would wait forever: navigate without waiting, then poll.
 */
export async function gotoExtensionPage(page: Page, path: string, timeout = 20_000): Promise<void> {
  const url = `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`;
  await (page.mainFrame() as unknown as BidiFrameInternals).browsingContext.navigate(url, 'none');
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    try {
      last = await page.evaluate(() => `${document.readyState} ${location.href}`);
      if (last === `complete ${url}` || last === `interactive ${url}`) return;
    } catch {
      // The old document went away mid-call: try again in the new one.
    }
    await sleep(50);
  }
  throw new Error(`${url} did not load within ${timeout} ms (last seen: ${last || 'nothing'})`);
}

/** Opens one of Épure's pages in a new tab. */
export async function openExtensionPage(firefox: Firefox, path: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  await gotoExtensionPage(page, path);
  return page;
}

/** Runs `fn` in Épure's control page, where the `browser.*` extension APIs are. */
export async function inExtension<T, A>(firefox: Firefox, fn: (arg: A) => Promise<T>, arg: A): Promise<T> {
  // puppeteer's types map handles in arguments; these are plain JSON values.
  const call = fn as unknown as (arg: unknown) => Promise<T>;
  return (await firefox.control.evaluate(call, arg as unknown)) as T;
}

/** The id of the tab showing `url` (the e2e build may see the URL of 127.0.0.1 tabs). */
export async function tabIdOf(firefox: Firefox, url: string): Promise<number> {
  const id = await inExtension(
    firefox,
    async (u: string) => {
      const { browser } = globalThis as unknown as ExtensionGlobal;
      return (await browser.tabs.query({ url: 'http://127.0.0.1/*' })).find((t) => t.url?.startsWith(u))?.id ?? null;
    },
    url,
  );
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

/** Opens `url` (on the test server) in a new tab; returns the page and its tab id. */
export async function openTab(firefox: Firefox, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await firefox.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return { page, tabId: await tabIdOf(firefox, url) };
}

/**
 * Opens one of Firefox's own pages (`about:robots`…) in a new tab; returns the page and its tab
 * id. Such pages live in Firefox's privileged process, out of WebDriver BiDi's sight (it sends
 * no load event and keeps reporting `about:blank`): the tab is found by the id that appeared,
 * and its load is followed through `tabs.onUpdated` in the control page (the status changes,
 * which an add-on sees without the `tabs` permission).
 */
export async function openBrowserPage(firefox: Firefox, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await allTabIds(firefox));
  const page = await firefox.browser.newPage();
  const fresh = (await allTabIds(firefox)).filter((id) => !before.has(id));
  if (fresh.length !== 1) throw new Error(`Expected one new tab, found ${fresh.length}`);
  const tabId = fresh[0]!;
  await inExtension(
    firefox,
    async (id: number) => {
      const { browser } = globalThis as unknown as ExtensionGlobal;
      const seen: string[] = [];
      (globalThis as unknown as { statusesSeen: string[] }).statusesSeen = seen;
      browser.tabs.onUpdated.addListener((updated, change) => {
        if (updated === id && change.status) seen.push(change.status);
      });
    },
    tabId,
  );
  await (page.mainFrame() as unknown as BidiFrameInternals).browsingContext.navigate(url, 'none');
  const statuses = () => inExtension(firefox, async () => (globalThis as unknown as { statusesSeen: string[] }).statusesSeen.join(' '), null);
  // The blank page the tab opened with was already complete: wait for a load that starts after.
  await waitUntil(statuses, (seen) => /loading.*complete/.test(seen), `${url} to load`);
  return { page, tabId };
}

async function allTabIds(firefox: Firefox): Promise<number[]> {
  return inExtension(
    firefox,
    async () => {
      const { browser } = globalThis as unknown as ExtensionGlobal;
      return (await browser.tabs.query({})).map((t) => t.id ?? -1);
    },
    null,
  );
}

export type View = 'popup' | 'reader';

/** Opens the popup's page (`popup.html?tab=`) or the full-tab reader (`reader.html?tab=`) for `tabId`, settled. */
export async function openView(firefox: Firefox, view: View, tabId: number): Promise<Page> {
  const page = await openExtensionPage(firefox, `${view}.html?tab=${tabId}`);
  await waitForState(page);
  return page;
}

/** Waits until the view leaves `loading`; returns the state it settled in. */
export async function waitForState(page: Page, timeout = 20_000): Promise<FinalState> {
  const finals: readonly string[] = FINAL_STATES;
  const read = () => page.evaluate(() => document.body?.dataset.state ?? '');
  return (await waitUntil(read, (state) => finals.includes(state), 'the view to settle', timeout)) as FinalState;
}

/** Text of the element, or null when it is absent. */
export async function textOf(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((s: string) => document.querySelector(s)?.textContent ?? null, selector);
}

/** The text a reader sees, whitespace-normalised the way the fixtures' snippets are written. */
export function normalise(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// The background page and the clipboard

/** Calls the e2e build's "Copy clean text"/"Copy clean Markdown" handler on the background page. */
export async function clickContextMenu(
  firefox: Firefox,
  menuItemId: string,
  tabId: number,
): Promise<{ ok: boolean; text?: string; reason?: string }> {
  return inExtension(
    firefox,
    async ({ menuItemId, tabId }: { menuItemId: string; tabId: number }) => {
      const { browser } = globalThis as unknown as ExtensionGlobal;
      const background = await browser.runtime.getBackgroundPage();
      const hook = background?.epureTest?.onContextMenuClick;
      if (!hook) throw new Error('The background page has no epureTest hook: is this the e2e build?');
      const outcome = await hook(menuItemId, tabId);
      // Copy out of the background's compartment: only plain data crosses back.
      return { ok: outcome.ok, text: outcome.text, reason: outcome.reason };
    },
    { menuItemId, tabId },
  );
}

/**
 * The system clipboard's text, read in Épure's control page (the e2e build has `clipboardRead`,
 * so no paste prompt): what a user would paste after Épure copied.
 */
export async function readClipboardText(firefox: Firefox): Promise<string> {
  const text = await inExtension(firefox, async () => navigator.clipboard.readText(), null);
  if (typeof text !== 'string') throw new Error(`Reading the clipboard gave ${JSON.stringify(text)}`);
  return text;
}

// ---------------------------------------------------------------------------------------------
// Auto-clean

/** What the auto-clean overlay shows (the e2e build's content script answers `e2e:overlay-state`). */
export interface OverlayState {
  shown: boolean;
  text: string;
  focused: string | null;
  runs: number;
}

/** The overlay of tab `tabId`; `shown: false` when no auto-clean script runs in the tab. */
export async function overlayState(firefox: Firefox, tabId: number): Promise<OverlayState> {
  return inExtension(
    firefox,
    async (id: number) => {
      const { browser } = globalThis as unknown as ExtensionGlobal;
      try {
        const state = (await browser.tabs.sendMessage(id, { type: 'e2e:overlay-state' })) as OverlayState | undefined;
        return state ? { shown: state.shown, text: state.text, focused: state.focused, runs: state.runs } : { shown: false, text: '', focused: null, runs: 0 };
      } catch {
        // "Receiving end does not exist": no auto-clean script in that tab.
        return { shown: false, text: '', focused: null, runs: 0 };
      }
    },
    tabId,
  );
}

/**
 * Takes a host permission back. Firefox's about:addons → Permissions switch and
 * `permissions.remove` both end in `ExtensionPermissions.remove`, which fires
 * `permissions.onRemoved` in the background: the call comes from the control page, not from the
 * background, so the background learns of it only through that event, as it would of the user's.
 */
export async function revokeHostPermission(firefox: Firefox, origin: string): Promise<void> {
  const left = await inExtension(
    firefox,
    async (o: string) => {
      const { browser } = globalThis as unknown as ExtensionGlobal;
      await browser.permissions.remove({ origins: [o] });
      return (await browser.permissions.getAll()).origins ?? [];
    },
    origin,
  );
  if (left.includes(origin)) throw new Error(`${origin} is still granted (${left.join(' ')})`);
}

/**
 * The state of Épure's background page: `running`, or `stopped` once Firefox has put the idle
 * event page to sleep (after `extensions.background.idle.timeout` ms). A running background page
 * is one of the add-on's views; asking does not wake it.
 */
export async function backgroundState(firefox: Firefox): Promise<'running' | 'stopped'> {
  return inExtension(
    firefox,
    async () => {
      const { browser } = globalThis as unknown as ExtensionGlobal;
      const background = browser.extension.getViews().some((view) => view.location.pathname.includes('background'));
      return background ? 'running' : 'stopped';
    },
    null,
  );
}

/**
 * Reloads the reader shown in `page` and waits until the new document shows the article. A mark
 * on the old document makes the wait end on the new one, not on the page still unloading (what
 * is pressed then, an Escape, is lost with it).
 */
export async function reloadReader(page: Page): Promise<void> {
  await page
    .evaluate(() => {
      (window as unknown as { beforeReload?: boolean }).beforeReload = true;
      location.reload();
    })
    .catch(() => undefined);
  await waitUntil(
    () =>
      page
        .evaluate(() => `${(window as unknown as { beforeReload?: boolean }).beforeReload ? 'old' : 'new'} ${document.readyState} ${document.body?.dataset.state ?? ''}`)
        .catch(() => ''),
    (seen) => seen === 'new complete article',
    'the reader to come back after a reload',
  );
}

/** Polls `read` until `done` holds (every 100 ms, up to `timeout`); returns the last value read. */
export async function waitUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await sleep(100);
    value = await read();
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Screenshots

/** Screenshot of the viewport to test-results/screenshots/<name>.png; returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: path as `${string}.png` });
  return path;
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
