/**
 * The auto-clean content script is registered for exactly the sites that are chosen AND granted,
 * re-registered at startup and install, updated when permissions or settings change, dropped
 * when a permission is revoked (whoever revoked it), and the badge follows.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onAutoCleanMessage, onPermissionsAdded, onPermissionsRemoved, startAutoCleanBackground } from '../../src/background/auto-clean';
import { isAutoCleaned, refreshBadge } from '../../src/background/badge';
import { AUTO_CLEAN_SCRIPT_FILE, AUTO_CLEAN_SCRIPT_ID, activeSites, syncRegistration } from '../../src/shared/registration';
import { readSettings, updateSettings } from '../../src/settings/store';
import { installFakeI18n, installFakePermissions, installFakeScripting } from '../helpers/fake-extension-apis';

vi.mock('../../src/host/offscreen-document', () => ({ ensureOffscreenDocument: vi.fn(async () => undefined) }));

const A = 'https://a.example';
const B = 'https://b.example';
const C = 'http://c.example';

async function chooseSites(sites: string[], siteRules: Record<string, string[]> = {}): Promise<void> {
  await updateSettings((s) => ({ ...s, sites, siteRules }));
}

/** Lets listeners that were fired without being awaited finish (the background's `void` calls). */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 5));
  await syncRegistration();
}

describe('auto-clean registration', () => {
  let perms: ReturnType<typeof installFakePermissions>;
  let scripting: ReturnType<typeof installFakeScripting>;

  beforeEach(async () => {
    fakeBrowser.reset();
    await installFakeI18n();
    perms = installFakePermissions({ granted: [`${A}/*`, `${B}/*`] });
    scripting = installFakeScripting();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('registers exactly the chosen sites Épure may read, as match patterns, at document_idle', async () => {
    await chooseSites([A, C, B]); // C is chosen (say, synced from another browser) but not granted here
    expect(await activeSites([A, C, B])).toEqual([A, B]);
    expect(await syncRegistration()).toEqual([`${A}/*`, `${B}/*`]);
    expect(scripting.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(scripting.scripting.registerContentScripts).toHaveBeenCalledWith([
      expect.objectContaining({
        id: AUTO_CLEAN_SCRIPT_ID,
        matches: [`${A}/*`, `${B}/*`],
        js: [AUTO_CLEAN_SCRIPT_FILE],
        runAt: 'document_idle',
        allFrames: false,
      }),
    ]);
  });

  it('nothing chosen: nothing registered; an unchanged list is not registered again; a changed one is updated', async () => {
    expect(await syncRegistration()).toEqual([]);
    expect(scripting.scripts.size).toBe(0);
    await chooseSites([A]);
    await syncRegistration();
    await syncRegistration();
    expect(scripting.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(scripting.scripting.updateContentScripts).not.toHaveBeenCalled();
    await chooseSites([A, B]);
    await syncRegistration();
    expect(scripting.scripting.updateContentScripts).toHaveBeenCalledWith([expect.objectContaining({ matches: [`${A}/*`, `${B}/*`] })]);
    expect(scripting.scripts.get(AUTO_CLEAN_SCRIPT_ID)?.matches).toEqual([`${A}/*`, `${B}/*`]);
    await chooseSites([]);
    await syncRegistration();
    expect(scripting.scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: [AUTO_CLEAN_SCRIPT_ID] });
    expect(scripting.scripts.size).toBe(0);
  });

  it('calls arriving together are queued: the id is never registered twice', async () => {
    await chooseSites([A, B]);
    const results = await Promise.all([syncRegistration(), syncRegistration(), syncRegistration()]);
    expect(results).toEqual([[`${A}/*`, `${B}/*`], [`${A}/*`, `${B}/*`], [`${A}/*`, `${B}/*`]]);
    expect(scripting.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
  });

  it('browser startup and install/update re-register from the stored settings', async () => {
    startAutoCleanBackground();
    await chooseSites([A]);
    await settle();
    scripting.scripts.clear(); // a browser that dropped the registration across the restart
    scripting.scripting.registerContentScripts.mockClear();
    await fakeBrowser.runtime.onStartup.trigger();
    await settle();
    expect(scripting.scripting.registerContentScripts).toHaveBeenCalledWith([expect.objectContaining({ matches: [`${A}/*`] })]);
    scripting.scripts.clear();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0', temporary: false } as never);
    await settle();
    expect(scripting.scripts.get(AUTO_CLEAN_SCRIPT_ID)?.matches).toEqual([`${A}/*`]);
  });

  it('a settings change made by another page (a site added or removed) updates the registration', async () => {
    startAutoCleanBackground();
    await chooseSites([A]);
    await settle();
    expect(scripting.scripts.get(AUTO_CLEAN_SCRIPT_ID)?.matches).toEqual([`${A}/*`]);
    await chooseSites([]);
    await settle();
    expect(scripting.scripts.size).toBe(0);
  });

  it('a permission revoked by the user elsewhere: the site leaves the chosen ones (its rules stay) and the script', async () => {
    startAutoCleanBackground();
    await chooseSites([A, B], { [A]: ['.ad'] });
    await settle();
    await perms.revoke(`${A}/*`); // chrome://extensions → Site access, or about:addons
    await settle();
    const { settings } = await readSettings();
    expect(settings.sites).toEqual([B]);
    expect(settings.siteRules).toEqual({ [A]: ['.ad'] });
    expect(scripting.scripts.get(AUTO_CLEAN_SCRIPT_ID)?.matches).toEqual([`${B}/*`]);
    await perms.revoke(`${B}/*`);
    await settle();
    expect((await readSettings()).settings.sites).toEqual([]);
    expect(scripting.scripts.size).toBe(0);
  });

  it('a revoked wildcard names no site, but the registration is still re-checked', async () => {
    await chooseSites([A]);
    await syncRegistration();
    perms.granted.delete(`${A}/*`);
    await onPermissionsRemoved(['*://*/*']);
    expect((await readSettings()).settings.sites).toEqual([A]); // not named: kept, inactive
    expect(scripting.scripts.size).toBe(0);
  });

  it('a site granted from anywhere joins the chosen sites and the script (the popup may have closed under its prompt)', async () => {
    startAutoCleanBackground();
    await perms.grant(`${C}/*`);
    await settle();
    expect((await readSettings()).settings.sites).toEqual([C]);
    expect(scripting.scripts.get(AUTO_CLEAN_SCRIPT_ID)?.matches).toEqual([`${C}/*`]);
    await onPermissionsAdded(['*://*/*', '<all_urls>']);
    expect((await readSettings()).settings.sites).toEqual([C]);
  });

  it('the badge says A on a tab of an auto-cleaned site, nothing elsewhere, and follows activation and navigation', async () => {
    startAutoCleanBackground();
    await chooseSites([A, C]);
    await settle();
    const onA = await fakeBrowser.tabs.create({ url: `${A}/news/1` });
    const onB = await fakeBrowser.tabs.create({ url: `${B}/news/1` }); // granted but not chosen
    const onC = await fakeBrowser.tabs.create({ url: `${C}/x` }); // chosen but not granted
    expect(await isAutoCleaned(`${A}/x`)).toBe(true);
    expect(await isAutoCleaned(`${B}/x`)).toBe(false);
    expect(await isAutoCleaned(`${C}/x`)).toBe(false);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: onA.id!, windowId: 0 });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: onB.id!, windowId: 0 });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: onC.id!, windowId: 0 });
    await settle();
    expect(await fakeBrowser.action.getBadgeText({ tabId: onA.id! })).toBe('A');
    expect(await fakeBrowser.action.getTitle({ tabId: onA.id! })).toContain('a.example');
    expect(await fakeBrowser.action.getBadgeText({ tabId: onB.id! })).toBe('');
    expect(await fakeBrowser.action.getBadgeText({ tabId: onC.id! })).toBe('');
    // The tab navigates to a site that is not chosen.
    await fakeBrowser.tabs.onUpdated.trigger(onA.id!, { url: `${B}/other` }, { ...onA, url: `${B}/other` });
    await settle();
    expect(await fakeBrowser.action.getBadgeText({ tabId: onA.id! })).toBe('');
    await refreshBadge(onA.id!, `${A}/back`);
    expect(await fakeBrowser.action.getBadgeText({ tabId: onA.id! })).toBe('A');
    // The site is removed: every tab is refreshed.
    await chooseSites([]);
    await settle();
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: onA.id! })).toBe(''));
  });
});

describe('auto-clean requests from the content script', () => {
  const page = { tooLarge: false as const, url: `${A}/news/1`, html: '<html></html>', lang: 'en', title: 'x' };
  const sender = { id: 'test-extension-id', tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, frameId: 0, url: `${A}/news/1` };

  beforeEach(async () => {
    fakeBrowser.reset();
    installFakePermissions({ granted: [`${A}/*`] });
    installFakeScripting();
    await updateSettings((s) => ({ ...s, sites: [A], siteRules: { [A]: ['.ad'] } }));
  });
  afterEach(() => vi.restoreAllMocks());

  it('ignores what is not its message, and senders that are not a top frame of this extension', () => {
    expect(onAutoCleanMessage({ type: 'other' }, sender)).toBeUndefined();
    expect(onAutoCleanMessage({ type: 'auto-clean', page }, { ...sender, id: 'another-extension' })).toBeUndefined();
    expect(onAutoCleanMessage({ type: 'auto-clean', page }, { ...sender, frameId: 2 })).toBeUndefined();
    expect(onAutoCleanMessage({ type: 'auto-clean', page }, { id: sender.id, url: sender.url })).toBeUndefined();
  });

  it('rejects, and logs, a message with extra fields or a malformed page', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(onAutoCleanMessage({ type: 'auto-clean', page, siteRuleLines: ['body'] }, sender)).toBeUndefined();
    expect(onAutoCleanMessage({ type: 'auto-clean', page: { ...page, html: 42 } }, sender)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]?.[0])).toContain('Épure: rejected message');
  });

  it('answers not-chosen for a site that is not chosen, or a page that claims another site', async () => {
    const other = { ...sender, url: `${B}/x`, tab: { ...sender.tab } };
    expect(await onAutoCleanMessage({ type: 'auto-clean', page: { ...page, url: `${B}/x` } }, other)).toEqual({ ok: false, reason: 'not-chosen' });
    expect(await onAutoCleanMessage({ type: 'auto-clean', page: { ...page, url: `${B}/x` } }, sender)).toEqual({ ok: false, reason: 'not-chosen' });
  });

  it('a chosen site’s page goes to the offscreen document with the site’s rules', async () => {
    const article = { title: 'T', byline: null, siteName: null, publishedTime: null, lang: 'en', dir: null, leadImage: null, url: page.url, html: '<p>x</p>', readingMinutes: 1 };
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, article } as never);
    expect(await onAutoCleanMessage({ type: 'auto-clean', page }, sender)).toEqual({ ok: true, article });
    expect(send).toHaveBeenCalledWith({ target: 'offscreen', type: 'clean', page, siteRuleLines: ['.ad'] });
  });
});
