import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION, type Settings } from '../../src/settings/settings';
import {
  SETTINGS_HOME_KEY,
  SYNC_QUOTA,
  loadSettings,
  onSettingsChanged,
  readSettings,
  syncItemBytes,
  syncRefusalMessage,
  syncRefusalOf,
  updateSettings,
} from '../../src/settings/store';

const stored = async (area: 'sync' | 'local'): Promise<Settings | undefined> =>
  (await fakeBrowser.storage[area].get(SETTINGS_KEY))[SETTINGS_KEY] as Settings | undefined;

const home = async () => (await fakeBrowser.storage.local.get(SETTINGS_HOME_KEY))[SETTINGS_HOME_KEY];

/** A site list whose JSON is well over storage.sync's 8 KB per item. */
const manySites = Array.from({ length: 400 }, (_, i) => `https://site-number-${i}.example.com`);

describe('settings store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('nothing stored: the defaults, no problems, no source', async () => {
    expect(await readSettings()).toEqual({ settings: { ...DEFAULT_SETTINGS }, problems: [], source: null, home: null });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('an update writes storage.sync and mirrors storage.local, stamped with the version and a newer savedAt', async () => {
    const written = await updateSettings((s) => ({ ...s, theme: 'dark' }));
    expect(written).toMatchObject({ version: SETTINGS_VERSION, theme: 'dark' });
    expect(written.savedAt).toBeGreaterThan(0);
    expect(await stored('sync')).toEqual(written);
    expect(await stored('local')).toEqual(written);
    expect(await home()).toBe('sync');
    const again = await updateSettings((s) => ({ ...s, font: 'mono' }));
    expect(again.savedAt).toBeGreaterThan(written.savedAt);
    expect(again).toMatchObject({ theme: 'dark', font: 'mono' });
  });

  it('an update sees the latest stored value, not what the page loaded earlier', async () => {
    await updateSettings((s) => ({ ...s, sites: ['https://a.com'] }));
    // Another page (another browser, through sync) adds a site meanwhile.
    const other = { ...(await stored('sync'))!, sites: ['https://a.com', 'https://b.com'], savedAt: Date.now() + 1000 };
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: other });
    const next = await updateSettings((s) => ({ ...s, theme: 'sepia' }));
    expect(next.sites).toEqual(['https://a.com', 'https://b.com']);
    expect(next.theme).toBe('sepia');
  });

  it('concurrent updates in one page all land', async () => {
    const sites = Array.from({ length: 20 }, (_, i) => `https://s${i}.com`);
    await Promise.all(sites.map((site) => updateSettings((s) => ({ ...s, sites: [...s.sites, site] }))));
    expect([...(await loadSettings()).sites].sort()).toEqual([...sites].sort());
  });

  it('concurrent updates from two pages all land: they share a Web Lock', async () => {
    // Two pages are two copies of the module; what they share is the origin's lock manager.
    let held: Promise<unknown> = Promise.resolve();
    const locks = {
      request: vi.fn((_name: string, task: () => Promise<unknown>) => {
        const run = held.then(task);
        held = run.catch(() => undefined);
        return run;
      }),
    };
    vi.stubGlobal('navigator', { locks });
    vi.resetModules();
    const pageA = await import('../../src/settings/store');
    vi.resetModules();
    const pageB = await import('../../src/settings/store');
    expect(pageA.updateSettings).not.toBe(pageB.updateSettings);
    await Promise.all([
      pageA.updateSettings((s) => ({ ...s, sites: [...s.sites, 'https://a.com'] })),
      pageB.updateSettings((s) => ({ ...s, siteRules: { ...s.siteRules, 'https://b.com': ['.ad'] } })),
      pageA.updateSettings((s) => ({ ...s, theme: 'dark' })),
      pageB.updateSettings((s) => ({ ...s, sites: [...s.sites, 'https://c.com'] })),
    ]);
    const final = await readSettings();
    expect(final.settings).toMatchObject({ theme: 'dark', siteRules: { 'https://b.com': ['.ad'] } });
    expect([...final.settings.sites].sort()).toEqual(['https://a.com', 'https://c.com']);
    expect(locks.request).toHaveBeenCalledTimes(4);
    vi.unstubAllGlobals();
  });

  it('over the per-item quota: written to storage.local only, which records that it holds the truth', async () => {
    const setSync = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const written = await updateSettings((s) => ({ ...s, sites: manySites }));
    expect(syncItemBytes(SETTINGS_KEY, written)).toBeGreaterThan(SYNC_QUOTA.QUOTA_BYTES_PER_ITEM);
    expect(setSync).not.toHaveBeenCalled();
    expect(await stored('local')).toEqual(written);
    expect(await home()).toBe('local');
    expect((await loadSettings()).sites).toHaveLength(400);
  });

  it('when sync refuses a write (write rate, quota), local keeps it, and reads prefer the newer copy', async () => {
    await updateSettings((s) => ({ ...s, theme: 'dark' }));
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    const written = await updateSettings((s) => ({ ...s, theme: 'sepia', sites: ['https://a.com'] }));
    expect((await stored('sync'))?.theme).toBe('dark');
    expect(await stored('local')).toEqual(written);
    expect(await home()).toBe('local');
    const read = await readSettings();
    expect(read).toMatchObject({ source: 'local', home: 'local', settings: { theme: 'sepia', sites: ['https://a.com'] } });
    // Sync works again: the next write lands there and the truth moves back.
    vi.mocked(fakeBrowser.storage.sync.set).mockRestore();
    await updateSettings((s) => ({ ...s, font: 'mono' }));
    expect(await home()).toBe('sync');
    expect(await stored('sync')).toMatchObject({ theme: 'sepia', font: 'mono', sites: ['https://a.com'] });
  });

  it("130 changes in a minute, past Chrome's 120 sync writes a minute: none is lost, one clear warning, sync catches up", async () => {
    // storage.sync limited the way Chrome limits it: the 121st write within the minute is refused.
    const syncSet = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    let writesThisMinute = 0;
    const setSync = vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => {
      if (writesThisMinute >= SYNC_QUOTA.MAX_WRITE_OPERATIONS_PER_MINUTE) {
        throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
      }
      writesThisMinute++;
      return syncSet(items);
    });
    const warn = vi.mocked(console.warn);
    const sites = Array.from({ length: 130 }, (_, i) => `https://site-${i}.example`);
    for (const site of sites) await updateSettings((s) => ({ ...s, sites: [...s.sites, site] }));

    expect(setSync).toHaveBeenCalledTimes(130);
    // Every change is there, in order, the last ten from storage.local, where they landed.
    expect((await loadSettings()).sites).toEqual(sites);
    expect((await stored('sync'))?.sites).toHaveLength(120);
    expect(await home()).toBe('local');
    // One warning for the burst, saying which limit and where the changes went; not one per write.
    const said = warn.mock.calls.map((call) => String(call[0]));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/at most 120 writes a minute/);
    expect(said[0]).toMatch(/kept in this browser \(storage\.local\)/);

    // A minute later sync takes writes again: the next change carries all 130 there.
    writesThisMinute = 0;
    await updateSettings((s) => ({ ...s, theme: 'dark' }));
    expect(await home()).toBe('sync');
    expect(await stored('sync')).toMatchObject({ theme: 'dark', sites });
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("sync's refusals are told apart from the browsers' own error messages", () => {
    expect(syncRefusalOf(new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'))).toBe('write-rate');
    expect(syncRefusalOf(new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.'))).toBe('write-rate');
    expect(syncRefusalOf(new Error('QUOTA_BYTES quota exceeded'))).toBe('quota');
    expect(syncRefusalOf(new Error('QuotaExceededError: storage.sync API call exceeded its quota limitations.'))).toBe('quota');
    expect(syncRefusalOf(new Error('The storage API is disabled by enterprise policy'))).toBe('unavailable');
    expect(syncRefusalMessage('write-rate')).toMatch(/120 writes a minute.*storage\.local/);
  });

  it('reads prefer the copy with the newer savedAt, whichever area holds it', async () => {
    const base = { ...DEFAULT_SETTINGS, sites: [], siteRules: {} };
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { ...base, theme: 'dark', savedAt: 200 } });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...base, theme: 'sepia', savedAt: 100 } });
    expect(await readSettings()).toMatchObject({ source: 'sync', settings: { theme: 'dark' } });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...base, theme: 'sepia', savedAt: 300 } });
    expect(await readSettings()).toMatchObject({ source: 'local', settings: { theme: 'sepia' } });
  });

  it('a field the newer copy lost is taken from the older copy: sites are never lost to corruption', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { version: 2, savedAt: 100, theme: 'dark', sites: ['https://a.com'], siteRules: { 'https://a.com': ['.ad'] } },
    });
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { version: 2, savedAt: 200, theme: 'sepia', sites: 'garbage', siteRules: 42 } });
    const read = await readSettings();
    expect(read.source).toBe('sync');
    expect(read.settings).toMatchObject({ theme: 'sepia', sites: ['https://a.com'], siteRules: { 'https://a.com': ['.ad'] } });
    expect(read.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['sites', 'siteRules']));
  });

  it('a corrupt or foreign stored value never throws and never stops a write', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: 'not an object' });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: [1, 2, 3] });
    const read = await readSettings();
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.problems[0]?.field).toBe('(all)');
    const written = await updateSettings((s) => ({ ...s, sites: ['https://a.com'] }));
    expect((await readSettings()).settings).toEqual(written);
  });

  it('a legacy (unversioned) stored object is migrated on read and written back as the current version', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { theme: 'dark', sites: ['example.com'] } });
    expect((await readSettings()).settings).toMatchObject({ version: SETTINGS_VERSION, theme: 'dark', sites: ['https://example.com'] });
    await updateSettings((s) => s);
    expect(await stored('sync')).toMatchObject({ version: SETTINGS_VERSION, sites: ['https://example.com'] });
  });

  it('an update returns validated settings: a bad value from the caller falls back, the rest is kept', async () => {
    const written = await updateSettings((s) => ({ ...s, fontSize: 999, sites: ['example.org', 'nope'] }));
    expect(written.fontSize).toBe(DEFAULT_SETTINGS.fontSize);
    expect(written.sites).toEqual(['https://example.org']);
  });

  it('onSettingsChanged hands the latest settings to open pages, once per write, until stopped', async () => {
    const seen: Settings[] = [];
    const stop = onSettingsChanged((s) => seen.push(s));
    await updateSettings((s) => ({ ...s, theme: 'dark' }));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.theme).toBe('dark');
    stop();
    await updateSettings((s) => ({ ...s, theme: 'light' }));
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(1);
  });
});
