/**
 * Correcting Épure in real Firefox (ESR): Restore puts an ad-break label and a trailing section
 * back in place and into the Markdown copy; "Remove something" takes a block out, and "Always
 * remove on <site>" keeps it out on the next reading and on another page of the site, not on
 * another site; a block holding most of the article is refused; "Always keep" brings an item back
 * on the next reading; the rules go out and come back with the settings file.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeFirefox,
  inExtension,
  openExtensionPage,
  launchFirefox,
  openTab,
  openView,
  readClipboardText,
  reloadReader,
  screenshot,
  startServer,
  textOf,
  waitForState,
  waitUntil,
  type ExtensionGlobal,
  type Firefox,
  type PageServer,
} from './harness';

const SLUG = 'fr-seed-semantic';
const AD_LABEL = 'La suite après la publicité';
const LAST_PARAGRAPH = 'Article écrit en collaboration avec nos collègues de 3D Juegos.';

describeFirefox('correcting Épure in Firefox', () => {
  let firefox: Firefox;
  let server: PageServer;
  let downloads: string;

  beforeAll(async () => {
    server = await startServer();
    // Downloads (the settings file) go straight to a folder of the test's, without asking.
    downloads = mkdtempSync(join(tmpdir(), 'epure-firefox-downloads-'));
    firefox = await launchFirefox({
      prefs: {
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        'browser.helperApps.neverAsk.saveToDisk': 'application/json',
      },
    });
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  const setRules = (siteRules: Record<string, string[]>) =>
    inExtension(
      firefox,
      async (rules: Record<string, string[]>) => {
        const { browser } = globalThis as unknown as ExtensionGlobal;
        const read = async (area: 'sync' | 'local') => ((await browser.storage[area].get('settings')) as { settings?: Record<string, unknown> & { savedAt?: number } }).settings;
        const [sync, local] = [await read('sync'), await read('local')];
        const newest = ((sync?.savedAt ?? 0) >= (local?.savedAt ?? 0) ? sync : local) ?? {};
        const next = { ...newest, siteRules: rules, savedAt: Date.now() };
        await browser.storage.local.set({ settings: next });
        await browser.storage.sync.set({ settings: next });
      },
      siteRules,
    );
  const bodyOf = async (reader: Awaited<ReturnType<typeof openView>>) => (await textOf(reader, '#article-body')) ?? '';
  const openRemoved = (reader: Awaited<ReturnType<typeof openView>>) =>
    reader.evaluate(() => {
      (document.getElementById('removed') as HTMLDetailsElement).open = true;
    });

  const rulesOf127 = () =>
    inExtension(
      firefox,
      async () => {
        const { browser } = globalThis as unknown as ExtensionGlobal;
        const read = async (area: 'sync' | 'local') =>
          ((await browser.storage[area].get('settings')) as { settings?: { savedAt?: number; siteRules?: Record<string, string[]> } }).settings;
        const [sync, local] = [await read('sync'), await read('local')];
        const newest = (sync?.savedAt ?? 0) >= (local?.savedAt ?? 0) ? sync : local;
        return newest?.siteRules?.['http://127.0.0.1'] ?? [];
      },
      null,
    );

  it('Restore puts the ad-break labels back in place, and the Markdown copy holds them', async () => {
    const { page: tab, tabId } = await openTab(firefox, `${server.fixtureUrl(SLUG)}?restore`);
    const reader = await openView(firefox, 'reader', tabId);
    expect(await waitForState(reader)).toBe('article');
    expect(await textOf(reader, '#article-body')).not.toContain(AD_LABEL);
    await reader.evaluate(() => {
      (document.getElementById('removed') as HTMLDetailsElement).open = true;
    });
    await reader.click('#removed .removed-group[data-kind="ads"] li button.restore');
    const body = (await textOf(reader, '#article-body')) ?? '';
    expect(body.split(AD_LABEL).length - 1).toBe(3);
    expect(body.indexOf(AD_LABEL)).toBeLessThan(body.indexOf('Meta vise un milliard'));
    // A trailing section comes back after the article's last paragraph.
    const restoredSection = await reader.evaluate(() => {
      const row = Array.from(document.querySelectorAll('#removed .removed-group[data-kind="related"] li')).find((li) => li.textContent?.includes('Mots clés'));
      (row?.querySelector('button.restore') as HTMLButtonElement | null)?.click();
      return !!row;
    });
    expect(restoredSection).toBe(true);
    const withSection = await bodyOf(reader);
    expect(withSection).toContain('Mots clés');
    expect(withSection.indexOf('Mots clés')).toBeGreaterThan(withSection.indexOf(LAST_PARAGRAPH.slice(0, 30)));
    await screenshot(reader, 'firefox-corrections-restored');
    await reader.click('#export-toggle');
    await reader.click('#copy-markdown');
    await waitUntil(() => readClipboardText(firefox), (text) => text.startsWith('# '), 'the Markdown on the clipboard');
    expect((await readClipboardText(firefox)).split(AD_LABEL).length - 1).toBe(3);
    expect(await readClipboardText(firefox)).toContain('Mots clés');
    await reader.close();
    await tab.close();
  });

  it('"Remove something" takes a block out; "Always remove" keeps it out on the next reading and on another page of the site', async () => {
    await setRules({});
    const { page: tab, tabId } = await openTab(firefox, `${server.fixtureUrl(SLUG)}?remove`);
    const reader = await openView(firefox, 'reader', tabId);
    expect(await waitForState(reader)).toBe('article');
    await reader.click('#remove-mode');
    const picked = await reader.evaluate((wanted) => {
      const block = Array.from(document.querySelectorAll<HTMLElement>('#article-body [data-pickable]')).reverse().find((el) => el.textContent?.includes(wanted));
      block?.click();
      return !!block;
    }, LAST_PARAGRAPH);
    expect(picked).toBe(true);
    expect(await textOf(reader, '#article-body')).not.toContain(LAST_PARAGRAPH);
    await reader.click('#always-remove');
    await waitUntil(rulesOf127, (rules) => rules.length > 0, 'the rule to be saved');
    expect(await rulesOf127()).toEqual([`remove: ${LAST_PARAGRAPH}`]);
    await reloadReader(reader);
    expect(await textOf(reader, '#article-body')).not.toContain(LAST_PARAGRAPH);
    expect(await textOf(reader, '#article-body')).toContain('Meta vise un milliard');
    await reader.close();
    await tab.close();

    // Another page of the same site with the same block: gone there too.
    const other = server.addPage(
      '/autre-article-firefox.html',
      `<!doctype html><html lang="fr"><head><title>Un autre article</title></head><body><article><h1>Un autre article</h1>${'<p>Le conseil municipal a voté mardi soir le budget de la piscine, après trois heures de débat sur le coût des travaux et le calendrier du chantier.</p>'.repeat(6)}<p>${LAST_PARAGRAPH}</p></article></body></html>`,
    );
    const second = await openTab(firefox, other);
    const secondReader = await openView(firefox, 'reader', second.tabId);
    expect(await waitForState(secondReader)).toBe('article');
    expect(await bodyOf(secondReader)).toContain('Le conseil municipal');
    expect(await bodyOf(secondReader)).not.toContain(LAST_PARAGRAPH);
    await secondReader.close();
    await second.page.close();
  });

  it('a rule saved for another site does not apply here', async () => {
    await setRules({ 'https://autre-journal.example': [`remove: ${LAST_PARAGRAPH}`] });
    const { page: tab, tabId } = await openTab(firefox, `${server.fixtureUrl(SLUG)}?elsewhere`);
    const reader = await openView(firefox, 'reader', tabId);
    expect(await waitForState(reader)).toBe('article');
    expect(await bodyOf(reader)).toContain(LAST_PARAGRAPH);
    await openRemoved(reader);
    expect(await reader.$('#removed .removed-group[data-kind="yours"]')).toBeNull();
    await reader.close();
    await tab.close();
    await setRules({});
  });

  it('a block that holds most of the article is refused, in words, and nothing is saved', async () => {
    await setRules({});
    const { page: tab, tabId } = await openTab(firefox, `${server.fixtureUrl(SLUG)}?broad`);
    const reader = await openView(firefox, 'reader', tabId);
    expect(await waitForState(reader)).toBe('article');
    const before = await bodyOf(reader);
    await reader.click('#remove-mode');
    await reader.evaluate(() => {
      document.querySelector('#article-body [data-pickable]')?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    });
    expect(await bodyOf(reader)).toBe(before);
    expect(await textOf(reader, '#copy-status')).toMatch(/most of the article|l’essentiel de l’article/);
    expect(await reader.evaluate(() => !(document.getElementById('correction-bar') as HTMLElement).hidden)).toBe(false);
    expect(await rulesOf127()).toEqual([]);
    await reader.close();

    // A saved rule that would take the article with it is not applied, and the reader says so.
    await setRules({ 'http://127.0.0.1': ['article'] });
    const again = await openView(firefox, 'reader', tabId);
    expect(await waitForState(again)).toBe('article');
    expect(await bodyOf(again)).toContain('Meta vise un milliard');
    await waitUntil(() => textOf(again, '#copy-status'), (status) => /“article”|« article »/.test(status ?? ''), 'the declined rule to be named');
    expect(await textOf(again, '#copy-status')).toMatch(/would remove most of the article|retirerait l’essentiel de l’article/);
    await again.close();
    await tab.close();
    await setRules({});
  });

  it('"Always keep" saves a keep rule: the next reading shows the item in place', async () => {
    await setRules({});
    const { page: tab, tabId } = await openTab(firefox, `${server.fixtureUrl(SLUG)}?keep`);
    const reader = await openView(firefox, 'reader', tabId);
    expect(await waitForState(reader)).toBe('article');
    await openRemoved(reader);
    await reader.click('#removed .removed-group[data-kind="ads"] li button.keep-site');
    await waitUntil(rulesOf127, (rules) => rules.length > 0, 'the keep rule to be saved');
    expect(await rulesOf127()).toEqual([`keep: ${AD_LABEL}`]);
    await reader.close();
    const again = await openView(firefox, 'reader', tabId);
    expect(await waitForState(again)).toBe('article');
    expect((await bodyOf(again)).split(AD_LABEL).length - 1).toBe(3);
    await again.close();
    await tab.close();
  });

  it('the rules go out with the settings file and come back with it', async () => {
    const rules = { 'http://127.0.0.1': [`remove: ${LAST_PARAGRAPH}`, `keep: ${AD_LABEL}`, '.promo-box'] };
    await setRules(rules);
    const options = await openExtensionPage(firefox, 'options.html');
    await options.click('#export-settings');
    const name = await waitUntil(
      async () => readdirSync(downloads).find((entry) => /^epure-settings-\d{4}-\d{2}-\d{2}\.json$/.test(entry)) ?? '',
      Boolean,
      'the settings file to be downloaded',
    );
    const file = await waitUntil(async () => readFileSync(join(downloads, name), 'utf8'), (text) => text.trim().endsWith('}'), 'the settings file to be written');
    expect((JSON.parse(file) as { settings: { siteRules: unknown } }).settings.siteRules).toEqual(rules);
    await setRules({ 'http://127.0.0.1': ['.other'] });
    await options.evaluate((text: string) => {
      const input = document.getElementById('import-file') as HTMLInputElement;
      const files = new DataTransfer();
      files.items.add(new File([text], 'epure-settings.json', { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, file);
    await waitUntil(rulesOf127, (now) => now.length === 3, 'the imported rules');
    expect(await rulesOf127()).toEqual(rules['http://127.0.0.1']);
    await options.close();
    await setRules({});
  });
});
