/**
 * The manifest `wxt.config.ts` writes for each browser and mode: Firefox gets its add-on id, its
 * data-collection statement and minimum versions high enough for every key used; no shipped build
 * asks for access to any site; only e2e builds get the test server's origin.
 */
import { describe, expect, it } from 'vitest';
import config from '../wxt.config';

type Manifest = {
  permissions?: string[];
  host_permissions?: string[];
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
    gecko_android?: { strict_min_version?: string };
  };
};

/** First Firefox versions that support `browser_specific_settings.gecko.data_collection_permissions` (MDN, web-ext lint). */
const DATA_COLLECTION_SINCE = { desktop: 140, android: 142 };

async function manifestFor(browser: 'chrome' | 'firefox', mode: 'production' | 'e2e'): Promise<Manifest> {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') throw new Error('wxt.config.ts: manifest is expected to be a function of the browser and mode');
  return (await manifest({ browser, mode, command: 'build', manifestVersion: 3 })) as Manifest;
}

function major(version: string | undefined): number {
  return Number.parseInt(version ?? '', 10);
}

describe('manifest', () => {
  it('Firefox: add-on id, no data collected, minimum versions that know data_collection_permissions', async () => {
    const gecko = (await manifestFor('firefox', 'production')).browser_specific_settings;
    expect(gecko?.gecko?.id).toBe('epure@epure.app');
    expect(gecko?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(major(gecko?.gecko?.strict_min_version)).toBeGreaterThanOrEqual(DATA_COLLECTION_SINCE.desktop);
    expect(major(gecko?.gecko_android?.strict_min_version)).toBeGreaterThanOrEqual(DATA_COLLECTION_SINCE.android);
  });

  it('Firefox has no offscreen permission (its background page has a DOM); Chrome has it', async () => {
    expect((await manifestFor('firefox', 'production')).permissions).not.toContain('offscreen');
    expect((await manifestFor('chrome', 'production')).permissions).toContain('offscreen');
  });

  it('Chrome gets no Firefox-only keys', async () => {
    expect((await manifestFor('chrome', 'production')).browser_specific_settings).toBeUndefined();
  });

  for (const browser of ['chrome', 'firefox'] as const) {
    it(`${browser}: the shipped build asks for no site; the e2e build for the test server only`, async () => {
      expect((await manifestFor(browser, 'production')).host_permissions ?? []).toEqual([]);
      expect((await manifestFor(browser, 'e2e')).host_permissions).toEqual(['http://127.0.0.1/*']);
    });
  }
});
