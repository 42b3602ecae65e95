/**
 * Correcting Épure in real Firefox (ESR): Restore puts an ad-break label back in place and into
 * the Markdown copy; "Remove something" takes a block out, and "Always remove on <site>" keeps it
 * out on the next reading (the rule is stored with the settings, in the browser's storage).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeFirefox,
  inExtension,
  launchFirefox,
  openTab,
  openView,
  readClipboardText,
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

  beforeAll(async () => {
    server = await startServer();
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
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
    await screenshot(reader, 'firefox-corrections-restored');
    await reader.click('#export-toggle');
    await reader.click('#copy-markdown');
    await waitUntil(() => readClipboardText(firefox), (text) => text.startsWith('# '), 'the Markdown on the clipboard');
    expect((await readClipboardText(firefox)).split(AD_LABEL).length - 1).toBe(3);
    await reader.close();
    await tab.close();
  });

  it('"Remove something" takes a block out; "Always remove" keeps it out on the next reading', async () => {
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
    // A mark on the old document: the wait ends on the new one, not on the page still unloading.
    await reader.evaluate(() => {
      (window as unknown as { beforeReload?: boolean }).beforeReload = true;
      location.reload();
    });
    await waitUntil(
      () =>
        reader
          .evaluate(() => `${(window as unknown as { beforeReload?: boolean }).beforeReload ? 'old' : 'new'} ${document.readyState} ${document.body?.dataset.state ?? ''}`)
          .catch(() => ''),
      (seen) => seen === 'new complete article',
      'the reader to come back after a reload',
    );
    expect(await textOf(reader, '#article-body')).not.toContain(LAST_PARAGRAPH);
    expect(await textOf(reader, '#article-body')).toContain('Meta vise un milliard');
    await reader.close();
    await tab.close();
  });
});
