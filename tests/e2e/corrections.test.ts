/**
 * Correcting Épure in the reader (src/reader/corrections.ts), as a user does it: the removed list
 * grouped by kind, Restore putting an ad-break label and a trailing section back in place (and
 * into the Markdown copy), "Remove something" taking a block out with Undo, and both saved for
 * the site: a saved rule applies on the next reading and on another page of the same site; a
 * block that holds most of the article is refused, in words. Screens of the removed list before
 * and after go to test-results/screenshots/corrections-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chooseExport, describeE2E, launch, openTab, openView, readClipboardText, screenshot, startServer, waitForState, type Browser, type PageServer } from './harness';

const SLUG = 'fr-seed-semantic';
const AD_LABEL = 'La suite après la publicité';
const LAST_PARAGRAPH = 'Article écrit en collaboration avec nos collègues de 3D Juegos.';

interface StoredRules {
  siteRules: Record<string, string[]>;
}

describeE2E('correcting Épure: restore what it removed, remove what it left, per site', () => {
  let browser: Browser;
  let server: PageServer;

  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const stored = async (): Promise<StoredRules> => {
    const sw = await browser.worker();
    return sw.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> }; local: { get(k: string): Promise<Record<string, unknown>> } } } };
      const sync = (await chrome.storage.sync.get('settings')).settings as (StoredRules & { savedAt?: number }) | undefined;
      const local = (await chrome.storage.local.get('settings')).settings as (StoredRules & { savedAt?: number }) | undefined;
      return ((sync?.savedAt ?? 0) >= (local?.savedAt ?? 0) ? sync : local) ?? { siteRules: {} };
    });
  };
  const clearRules = async () => {
    const sw = await browser.worker();
    await sw.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> }; local: { clear(): Promise<void> } } } };
      await chrome.storage.sync.clear();
      await chrome.storage.local.clear();
    });
  };
  const setRules = async (siteRules: Record<string, string[]>) => {
    const sw = await browser.worker();
    await sw.evaluate(async (rules) => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> }; sync: { set(v: object): Promise<void> } } } };
      const settings = { version: 2, siteRules: rules, savedAt: Date.now() };
      await chrome.storage.local.set({ settings });
      await chrome.storage.sync.set({ settings });
    }, siteRules);
  };
  const bodyText = (page: Page) => page.evaluate(() => document.getElementById('article-body')?.innerText ?? '');
  const openRemoved = async (page: Page) => {
    await page.evaluate(() => {
      (document.getElementById('removed') as HTMLDetailsElement).open = true;
    });
  };

  it('the removed list says what went, by kind, and Restore puts an ad label and a trailing section back in place, and in the copy', async () => {
    await clearRules();
    const { page: tab, tabId } = await openTab(browser, `${server.fixtureUrl(SLUG)}?restore`);
    const reader = await openView(browser, 'reader', tabId);
    expect(await waitForState(reader)).toBe('article');
    await openRemoved(reader);
    const kinds = await reader.$$eval('#removed .removed-group', (groups) => groups.map((g) => (g as HTMLElement).dataset.kind));
    // The clutter Épure exists to remove comes first; what the page hid is one folded line.
    expect(kinds[0]).toBe('ads');
    expect(kinds).toContain('related');
    expect(await reader.locator('#removed .removed-hidden summary').innerText()).toMatch(/^\d+ éléments? masqués? sur la page$|^\d+ elements? hidden on the page$/);
    expect(await reader.locator('#removed .removed-group[data-kind="ads"] li').first().innerText()).toContain(`${AD_LABEL} ×3`);
    await screenshot(reader, 'corrections-removed-list-before', { fullPage: true });

    expect(await bodyText(reader)).not.toContain(AD_LABEL);
    await reader.locator('#removed .removed-group[data-kind="ads"] li button.restore').first().click();
    const text = await bodyText(reader);
    expect(text.split(AD_LABEL).length - 1).toBe(3);
    // In place: between the article's paragraphs, not at its end.
    expect(text.indexOf(AD_LABEL)).toBeLessThan(text.indexOf('Meta vise un milliard'));
    expect(await reader.locator('#removed .removed-group[data-kind="ads"] li button.restore').first().innerText()).toBe('Remove again');

    const related = reader.locator('#removed .removed-group[data-kind="related"] li', { hasText: 'Mots clés' }).locator('button.restore');
    await related.click();
    const withSection = await bodyText(reader);
    expect(withSection).toContain('Mots clés');
    expect(withSection.indexOf('Mots clés')).toBeGreaterThan(withSection.indexOf(LAST_PARAGRAPH.slice(0, 30)));
    await screenshot(reader, 'corrections-removed-list-after', { fullPage: true });

    await chooseExport(reader, '#copy-markdown');
    await reader.waitForFunction(() => (document.querySelector('#copy-status')?.textContent ?? '').trim().length > 0);
    const markdown = await readClipboardText(reader);
    expect(markdown.split(AD_LABEL).length - 1).toBe(3);
    expect(markdown).toContain('Mots clés');

    // Remove again: the article is as Épure cleaned it.
    await reader.locator('#removed .removed-group[data-kind="ads"] li button.restore').first().click();
    expect(await bodyText(reader)).not.toContain(AD_LABEL);
    await reader.close();
    await tab.close();
  });

  // Real pages (reduced, anonymised copies of a German and an English news page): the removed
  // list before and after restoring the first item of the first kind, as screenshots.
  it.each([
    ['real-news-de', 'de'],
    ['real-news-en', 'en'],
  ])('%s: the removed list shows the kinds Épure exists for first, and Restore brings the first item back in place', async (slug, lang) => {
    await clearRules();
    const { page: tab, tabId } = await openTab(browser, `${server.fixtureUrl(slug)}?list`);
    const reader = await openView(browser, 'reader', tabId);
    expect(await waitForState(reader)).toBe('article');
    await openRemoved(reader);
    const kinds = await reader.$$eval('#removed .removed-group', (groups) => groups.map((g) => (g as HTMLElement).dataset.kind));
    expect(kinds.length).toBeGreaterThan(1);
    expect(kinds[0]).not.toBe('hidden');
    // Every reason is a sentence, never a rule id.
    const reasons = await reader.$$eval('#removed .removed-group li .removed-why', (rows) => rows.map((row) => row.textContent ?? ''));
    expect(reasons.length).toBeGreaterThan(3);
    for (const reason of reasons) {
      expect(reason).toMatch(/^\p{Lu}/u);
      expect(reason).not.toMatch(/[a-z]+-[a-z]+\/|\/[a-z]{2}\//);
    }
    await screenshot(reader, `corrections-removed-list-${lang}-before`, { selector: '#removed' });

    const first = reader.locator('#removed .removed-group').first().locator('li').first();
    const text = (await first.locator('.removed-text').innerText()).trim();
    const words = text.replace(/[“”„"]/g, '').split(/\s+/).slice(0, 4).join(' ');
    expect(await bodyText(reader)).not.toContain(words);
    await first.locator('button.restore').click();
    expect(await bodyText(reader)).toContain(words);
    await screenshot(reader, `corrections-removed-list-${lang}-after`, { selector: '#removed' });
    await reader.locator('#article-body p, #article-body li, #article-body div', { hasText: words }).last().scrollIntoViewIfNeeded();
    await screenshot(reader, `corrections-restored-${lang}-in-place`, { fullPage: false });
    await reader.close();
    await tab.close();
  });

  it('"Remove something" takes a block out, Undo brings it back; saved for the site, it stays gone on reload and on another page of the site', async () => {
    await clearRules();
    const { page: tab, tabId } = await openTab(browser, `${server.fixtureUrl(SLUG)}?remove`);
    const reader = await openView(browser, 'reader', tabId);
    expect(await waitForState(reader)).toBe('article');
    await reader.click('#remove-mode');
    expect(await reader.getAttribute('#remove-mode', 'aria-pressed')).toBe('true');
    // The keyboard reaches every block: the first one has the focus.
    expect(await reader.evaluate(() => document.activeElement?.hasAttribute('data-pickable'))).toBe(true);
    const block = reader.locator('#article-body [data-pickable]', { hasText: LAST_PARAGRAPH }).last();
    await block.click();
    expect(await bodyText(reader)).not.toContain(LAST_PARAGRAPH);
    expect(await reader.isVisible('#correction-bar')).toBe(true);
    // Said once, in the bar (a live region) whose buttons stay in reach.
    expect(await reader.locator('#correction-bar .correction-message').innerText()).toContain('Article écrit en collaboration');
    expect(await reader.getAttribute('#correction-bar', 'role')).toBe('status');
    await reader.click('#undo-remove');
    expect(await bodyText(reader)).toContain(LAST_PARAGRAPH);

    // With the keyboard: focus the block, Delete.
    await reader.locator('#article-body [data-pickable]', { hasText: LAST_PARAGRAPH }).last().focus();
    await reader.keyboard.press('Delete');
    expect(await bodyText(reader)).not.toContain(LAST_PARAGRAPH);
    await screenshot(reader, 'corrections-removed-block', { fullPage: false });
    await reader.click('#always-remove');
    await reader.waitForFunction(() => /127\.0\.0\.1/.test(document.querySelector('#copy-status')?.textContent ?? ''));
    const rules = (await stored()).siteRules['http://127.0.0.1'] ?? [];
    expect(rules).toEqual([`remove: ${LAST_PARAGRAPH}`]);
    await reader.keyboard.press('Escape');
    expect(await reader.getAttribute('#remove-mode', 'aria-pressed')).toBe('false');

    // A reload reads and cleans the page again: the saved rule removes the block, and says so.
    await reader.reload();
    expect(await waitForState(reader)).toBe('article');
    expect(await bodyText(reader)).not.toContain(LAST_PARAGRAPH);
    await openRemoved(reader);
    expect(await reader.locator('#removed .removed-group[data-kind="yours"]').innerText()).toContain('3D Juegos');
    await reader.close();
    await tab.close();

    // Another page of the same site with the same block: gone there too.
    const other = server.addPage('/autre-article.html', `<!doctype html><html lang="fr"><head><title>Un autre article</title></head><body><article><h1>Un autre article</h1>${'<p>Le conseil municipal a voté mardi soir le budget de la piscine, après trois heures de débat sur le coût des travaux et le calendrier du chantier.</p>'.repeat(6)}<p>${LAST_PARAGRAPH}</p></article></body></html>`);
    const second = await openTab(browser, other);
    const secondReader = await openView(browser, 'reader', second.tabId);
    expect(await waitForState(secondReader)).toBe('article');
    expect(await bodyText(secondReader)).toContain('Le conseil municipal');
    expect(await bodyText(secondReader)).not.toContain(LAST_PARAGRAPH);
    await secondReader.close();
    await second.page.close();
  });

  it('a block that holds most of the article is refused, in words, and nothing is saved', async () => {
    await clearRules();
    const { page: tab, tabId } = await openTab(browser, `${server.fixtureUrl(SLUG)}?broad`);
    const reader = await openView(browser, 'reader', tabId);
    expect(await waitForState(reader)).toBe('article');
    const before = await bodyText(reader);
    await reader.click('#remove-mode');
    // The article's outermost block: every paragraph is in it.
    const outer = reader.locator('#article-body [data-pickable]').first();
    await outer.evaluate((el) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
    expect(await bodyText(reader)).toBe(before);
    expect(await reader.locator('#copy-status').innerText()).toMatch(/most of the article|l’essentiel de l’article/);
    expect(await reader.isVisible('#correction-bar')).toBe(false);
    expect((await stored()).siteRules['http://127.0.0.1'] ?? []).toEqual([]);
    await reader.close();

    // A saved rule that would take the article with it (typed on the options page) is not
    // applied, and the reader says so, naming it.
    await setRules({ 'http://127.0.0.1': ['article'] });
    const again = await openView(browser, 'reader', tabId);
    expect(await waitForState(again)).toBe('article');
    expect(await bodyText(again)).toContain('Meta vise un milliard');
    await again.waitForFunction(() => /“article”|« article »/.test(document.querySelector('#copy-status')?.textContent ?? ''));
    expect(await again.locator('#copy-status').innerText()).toMatch(/would remove most of the article|retirerait l’essentiel de l’article/);
    await again.close();
    await tab.close();
    await clearRules();
  });

  it('"Always keep" saves a keep rule: the next reading shows the item in place', async () => {
    await clearRules();
    const { page: tab, tabId } = await openTab(browser, `${server.fixtureUrl(SLUG)}?keep`);
    const reader = await openView(browser, 'reader', tabId);
    expect(await waitForState(reader)).toBe('article');
    await openRemoved(reader);
    await reader.locator('#removed .removed-group[data-kind="ads"] li button.keep-site').first().click();
    await reader.waitForFunction(() => /127\.0\.0\.1/.test(document.querySelector('#copy-status')?.textContent ?? ''));
    expect((await stored()).siteRules['http://127.0.0.1']).toEqual([`keep: ${AD_LABEL}`]);
    await reader.reload();
    expect(await waitForState(reader)).toBe('article');
    expect((await bodyText(reader)).split(AD_LABEL).length - 1).toBe(3);
    await openRemoved(reader);
    expect(await reader.locator('#removed .removed-group[data-kind="ads"] li button.restore').first().innerText()).toBe('Remove again');
    await reader.close();
    await tab.close();
    await clearRules();
  });
});
