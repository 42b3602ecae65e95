/**
 * The options page in real Chromium: adding a site (typed as an address; the permission is asked
 * from the click), a bad rule refused with its line named, a good rule taking effect in the popup
 * reader and in the auto-clean overlay, removing a site with Undo, export then import round trip,
 * a malformed or foreign file refused without changing anything, reset after a confirmation, two
 * open pages editing at once without losing an update, and its look in light and dark.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeE2E,
  launch,
  loadCase,
  openTab,
  openView,
  screenshot,
  startServer,
  textOf,
  type Browser,
  type PageServer,
} from './harness';

const SLUG = 'fr-seed-semantic';
const SITE = 'http://127.0.0.1';
/** The fixture's last paragraph, a credit line the article keeps, has this class. */
const RULE = 'p.article-credit';
const CREDIT = 'Article écrit en collaboration avec nos collègues de 3D Juegos.';

interface StoredSettings {
  version: number;
  savedAt: number;
  theme: string;
  font: string;
  sites: string[];
  siteRules: Record<string, string[]>;
  markdownFrontMatter?: string;
  fileNamePattern?: string;
  [field: string]: unknown;
}

interface ExtChrome {
  chrome: {
    storage: { sync: { get(k: string): Promise<Record<string, unknown>> }; local: { get(k: string): Promise<Record<string, unknown>> } };
    scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
    tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  };
}

function normalise(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

describeE2E('options page', () => {
  let browser: Browser;
  let server: PageServer;
  let tabId: number;
  let options: Page;

  const optionsUrl = () => `chrome-extension://${browser.extensionId}/options.html`;

  /** The settings as stored: the newer of the sync and local copies. */
  const stored = async (): Promise<StoredSettings> => {
    const sw = await browser.worker();
    return sw.evaluate(async () => {
      const { chrome } = globalThis as unknown as ExtChrome;
      const sync = (await chrome.storage.sync.get('settings')).settings as StoredSettings | undefined;
      const local = (await chrome.storage.local.get('settings')).settings as StoredSettings | undefined;
      return ((sync?.savedAt ?? 0) >= (local?.savedAt ?? 0) ? sync : local) ?? ({ sites: [], siteRules: {} } as unknown as StoredSettings);
    });
  };

  const registered = async (): Promise<string[] | null> => {
    const sw = await browser.worker();
    return sw.evaluate(async () => {
      const { chrome } = globalThis as unknown as ExtChrome;
      return (await chrome.scripting.getRegisteredContentScripts()).find((s) => s.id === 'epure-auto-clean')?.matches ?? null;
    });
  };

  const openOptions = async (): Promise<Page> => {
    const page = await browser.context.newPage();
    await page.goto(optionsUrl());
    await page.waitForSelector('body[data-ready="true"]');
    return page;
  };

  const card = (page: Page, site = SITE) => page.locator(`li.site-card[data-site="${site}"]`);

  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
    tabId = (await openTab(browser, server.fixtureUrl(SLUG))).tabId;
    options = await openOptions();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens in a tab from the manifest, localised, every control labelled', async () => {
    const manifest = JSON.parse(readFileSync(`${browser.buildDir}/manifest.json`, 'utf8')) as { options_ui?: { page: string; open_in_tab: boolean } };
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
    expect(await options.title()).toBe('Épure settings');
    expect(await options.isVisible('#sites-empty')).toBe(true);
    const unlabelled = await options.evaluate(() =>
      Array.from(document.querySelectorAll('input, select, textarea'))
        .filter((c) => !document.querySelector(`label[for="${c.id}"]`))
        .map((c) => c.id || c.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    const nameless = await options.evaluate(() =>
      Array.from(document.querySelectorAll('button')).filter((b) => !(b.getAttribute('aria-label') ?? b.textContent ?? '').trim()).length,
    );
    expect(nameless).toBe(0);
  });

  it('a typed address that is not a site is refused in words; a real one is added with auto-clean on', async () => {
    await options.fill('#add-site-input', 'not a site');
    await options.click('#add-site');
    expect(await textOf(options, '#add-site-error')).toContain('“not a site”');
    expect(await options.getAttribute('#add-site-input', 'aria-invalid')).toBe('true');
    expect((await stored()).sites).toEqual([]);

    // Typed with its port and a path: the site is the origin without them (match patterns ignore ports).
    await options.fill('#add-site-input', `${server.origin}/some/page`);
    await options.keyboard.press('Enter');
    await card(options).waitFor();
    expect(await card(options).locator('.site-name').textContent()).toBe(SITE);
    expect(await card(options).locator('input.site-auto').isChecked()).toBe(true);
    expect(await textOf(options, '#add-site-error')).toBe('');
    expect(await options.inputValue('#add-site-input')).toBe('');
    await expect.poll(async () => (await stored()).sites).toEqual([SITE]);
    await expect.poll(() => registered()).toEqual(['http://127.0.0.1/*']);
  });

  it('a bad selector is refused naming its line, and nothing is saved', async () => {
    const rules = card(options).locator('textarea.site-rules');
    await rules.fill(`.ad-slot\n\ndiv[data-x=\n${RULE}`);
    await card(options).locator('button.save-rules').click();
    const error = await card(options).locator('.error').textContent();
    expect(error).toContain('Line 3');
    expect(error).toContain('div[data-x=');
    expect(await rules.getAttribute('aria-invalid')).toBe('true');
    expect((await stored()).siteRules).toEqual({});
  });

  it('a good rule is saved and removes its element in the popup reader and in the auto-clean overlay', async () => {
    const rules = card(options).locator('textarea.site-rules');
    await rules.fill(`${RULE}\n  ${RULE}  \n\n.ad-slot`);
    await card(options).locator('button.save-rules').click();
    await expect.poll(async () => (await stored()).siteRules).toEqual({ [SITE]: [RULE, '.ad-slot'] });
    // The box shows the rules as saved once the write has finished (a moment after storage has them).
    await expect.poll(() => rules.inputValue()).toBe(`${RULE}\n.ad-slot`);
    expect(await rules.getAttribute('aria-invalid')).toBeNull();

    const popup = await openView(browser, 'popup', tabId);
    const body = normalise((await textOf(popup, '#article-body')) ?? '');
    expect(body).toContain(normalise(loadCase(SLUG).keep[0]!));
    expect(body).not.toContain(CREDIT);
    expect(await popup.textContent('#removed')).toContain(RULE);
    await popup.close();

    // The overlay on the site's pages follows the same rule.
    const article = await browser.context.newPage();
    await article.goto(server.fixtureUrl(SLUG), { waitUntil: 'load' });
    const sw = await browser.worker();
    const articleTab = await sw.evaluate(async (url) => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } };
      return (await chrome.tabs.query({})).filter((t) => t.url === url).pop()?.id ?? -1;
    }, server.fixtureUrl(SLUG));
    let text = '';
    await expect
      .poll(
        async () => {
          const state = await sw.evaluate(async (id) => {
            const { chrome } = globalThis as unknown as ExtChrome;
            try {
              return (await chrome.tabs.sendMessage(id, { type: 'e2e:overlay-state' })) as { shown: boolean; text: string };
            } catch {
              return null;
            }
          }, articleTab);
          text = state?.text ?? '';
          return state?.shown ?? false;
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    expect(normalise(text)).toContain(normalise(loadCase(SLUG).keep[0]!));
    expect(text).not.toContain(CREDIT);
    await article.close();
  });

  it('Remove stops auto-clean at once and offers Undo for a few seconds; Undo brings the site and its rules back', async () => {
    await card(options).locator('button.remove-site').click();
    await options.waitForSelector('#toast:not([hidden])');
    expect(await textOf(options, '#toast-text')).toContain(SITE);
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('toast-undo');
    await expect.poll(async () => (await stored()).sites).toEqual([]);
    expect((await stored()).siteRules).toEqual({});
    await expect.poll(() => registered()).toBeNull();
    // The site's pages load as they are now.
    const article = await browser.context.newPage();
    await article.goto(server.fixtureUrl(SLUG), { waitUntil: 'load' });
    await article.waitForTimeout(1500);
    expect(await article.evaluate(() => document.querySelector('epure-reader'))).toBeNull();
    await article.close();
    await options.bringToFront();
    await options.focus('#toast-undo');
    await options.keyboard.press('Enter'); // Undo
    await expect.poll(async () => ({ sites: (await stored()).sites, rules: (await stored()).siteRules })).toEqual({
      sites: [SITE],
      rules: { [SITE]: [RULE, '.ad-slot'] },
    });
    await card(options).waitFor();
    expect(await options.isHidden('#toast')).toBe(true);
    await expect.poll(() => registered()).toEqual(['http://127.0.0.1/*']);
  });

  it('export then import: the file holds every setting and brings them all back', async () => {
    await options.selectOption('#look-theme', 'sepia');
    await expect.poll(async () => (await stored()).theme).toBe('sepia');
    const before = await stored();

    const [download] = await Promise.all([options.waitForEvent('download'), options.click('#export-settings')]);
    expect(download.suggestedFilename()).toMatch(/^epure-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const file = readFileSync((await download.path())!, 'utf8');
    const parsed = JSON.parse(file) as { format: string; version: number; settings: StoredSettings };
    expect(parsed.format).toBe('epure-settings');
    expect(parsed.settings).toMatchObject({ theme: 'sepia', sites: [SITE], siteRules: { [SITE]: [RULE, '.ad-slot'] } });

    // Change things, then import the file: everything is as it was.
    await options.selectOption('#look-theme', 'dark');
    await card(options).locator('textarea.site-rules').fill('.other');
    await card(options).locator('button.save-rules').click();
    await expect.poll(async () => (await stored()).siteRules).toEqual({ [SITE]: ['.other'] });
    await options.setInputFiles('#import-file', { name: 'epure-settings.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(async () => textOf(options, '#import-status')).toContain('1');
    const after = await stored();
    const { savedAt: _a, ...restored } = after;
    const { savedAt: _b, ...original } = before;
    expect(restored).toEqual(original);
    expect(await options.inputValue('#look-theme')).toBe('sepia');
    await expect.poll(() => card(options).locator('textarea.site-rules').inputValue()).toBe(`${RULE}\n.ad-slot`);
  });

  it('a malformed or foreign file is refused with a clear error and changes nothing', async () => {
    const before = await stored();
    const cases: [string, string, RegExp][] = [
      ['broken.json', '{"format": "epure-settings", "settings": {', /not valid JSON/],
      ['other.json', JSON.stringify({ theme: 'dark', sites: ['https://evil.example'] }), /not an Épure settings file/],
      ['bad-field.json', JSON.stringify({ format: 'epure-settings', version: 2, settings: { version: 2, theme: 'neon', sites: [SITE] } }), /cannot be used/],
    ];
    for (const [name, content, message] of cases) {
      await options.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer: Buffer.from(content) });
      await expect.poll(async () => (await textOf(options, '#import-status')) ?? '').toMatch(message);
      expect(await options.getAttribute('#import-status', 'class')).toContain('error');
      expect(await stored()).toEqual(before);
    }
  });

  it('two pages editing at once lose no update, and each shows the other’s change', async () => {
    const other = await openOptions();
    await card(other).waitFor();
    await card(options).locator('textarea.site-rules').fill('.both-kept');
    // The other page changes the look while this one saves the rules: neither write undoes the other.
    await Promise.all([other.selectOption('#look-font', 'legible'), card(options).locator('button.save-rules').click()]);
    await expect
      .poll(async () => {
        const s = await stored();
        return { font: s.font, sites: s.sites, rules: s.siteRules };
      })
      .toEqual({ font: 'legible', sites: [SITE], rules: { [SITE]: ['.both-kept'] } });
    // Each page followed the other's change.
    await expect.poll(() => options.inputValue('#look-font')).toBe('legible');
    await expect.poll(() => card(other).locator('textarea.site-rules').inputValue()).toBe('.both-kept');
    await other.close();
  });

  it('rules too many to sync are kept in this browser, and the page says so until they fit again', async () => {
    const syncCopy = async () => {
      const sw = await browser.worker();
      return sw.evaluate(async () => {
        const { chrome } = globalThis as unknown as ExtChrome;
        return ((await chrome.storage.sync.get('settings')).settings as StoredSettings | undefined)?.siteRules ?? null;
      });
    };
    expect(await options.isVisible('#sync-note')).toBe(false);
    // 120 text rules of 80 characters: over the 8 KB one synced item may hold.
    const many = Array.from({ length: 120 }, (_, i) => `remove: Une phrase que ce site répète sous chaque article, numéro ${String(i).padStart(3, '0')}`);
    await card(options).locator('textarea.site-rules').fill(many.join('\n'));
    await card(options).locator('button.save-rules').click();
    await expect.poll(async () => (await stored()).siteRules[SITE]?.length ?? 0).toBe(120);
    await expect.poll(() => options.isVisible('#sync-note')).toBe(true);
    expect(await options.locator('#sync-note').innerText()).toMatch(/8 KB|8\u00a0Ko/);
    await options.locator('#sync-note').scrollIntoViewIfNeeded();
    await screenshot(options, 'options-sync-note', { fullPage: false });
    // Nothing lost: the rules are in this browser's storage; the synced copy is the last that fit.
    expect((await syncCopy())?.[SITE] ?? []).not.toHaveLength(120);
    await card(options).locator('textarea.site-rules').fill('.both-kept');
    await card(options).locator('button.save-rules').click();
    await expect.poll(() => options.isVisible('#sync-note')).toBe(false);
    await expect.poll(syncCopy).toEqual({ [SITE]: ['.both-kept'] });
  });

  it('screenshots, light and dark', async () => {
    await options.setViewportSize({ width: 1000, height: 900 });
    for (const theme of ['light', 'dark']) {
      await options.selectOption('#look-theme', theme);
      await options.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
      await options.evaluate(() => window.scrollTo(0, 0));
      await screenshot(options, `options-${theme}`, { fullPage: true });
    }
  });

  it('Button and exports: each choice is saved at once; a file name without {title} or {date} is refused, in words', async () => {
    const page = await openOptions();
    await page.selectOption('#front-matter', 'always');
    await expect.poll(async () => (await stored()).markdownFrontMatter).toBe('always');
    await page.fill('#file-name-pattern', 'my notes');
    await page.click('#file-name-save');
    expect(await textOf(page, '#file-name-error')).toMatch(/\{title\} or \{date\}/);
    expect(await page.getAttribute('#file-name-pattern', 'aria-invalid')).toBe('true');
    expect((await stored()).fileNamePattern ?? '{title}').toBe('{title}');
    await page.fill('#file-name-pattern', '{date} {title}');
    await page.press('#file-name-pattern', 'Enter');
    await expect.poll(async () => (await stored()).fileNamePattern).toBe('{date} {title}');
    expect(await textOf(page, '#file-name-error')).toBe('');
    await screenshot(page, 'options-button-and-exports', { selector: 'section[aria-labelledby="habits-heading"]' });
    // Another open options page follows.
    expect(await options.inputValue('#front-matter')).toBe('always');
    await page.selectOption('#front-matter', 'download');
    await page.fill('#file-name-pattern', '{title}');
    await page.press('#file-name-pattern', 'Enter');
    await expect.poll(async () => (await stored()).fileNamePattern).toBe('{title}');
    await page.close();
  });

  it('Reset asks first: Cancel changes nothing, Reset brings every default back', async () => {
    const before = await stored();
    await options.click('#reset-settings');
    expect(await options.isVisible('#reset-dialog')).toBe(true);
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('reset-cancel');
    await options.keyboard.press('Enter');
    expect(await options.isVisible('#reset-dialog')).toBe(false);
    expect(await stored()).toEqual(before);

    await options.click('#reset-settings');
    await options.click('#reset-confirm');
    await expect.poll(async () => (await stored()).sites).toEqual([]);
    const { savedAt: _s, ...rest } = await stored();
    expect(rest).toEqual({
      version: 3, theme: 'system', font: 'serif', fontSize: 19, lineHeight: 1.6, width: 66, align: 'start', sites: [], siteRules: {},
      toolbarClick: 'popup', markdownFrontMatter: 'download', fileNamePattern: '{title}',
    });
    await expect.poll(() => registered()).toBeNull();
    expect(await options.isVisible('#sites-empty')).toBe(true);
    expect(await textOf(options, '#reset-status')).not.toBe('');
  });
});
