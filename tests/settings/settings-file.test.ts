import { describe, expect, it } from 'vitest';
import { MAX_SETTINGS_FILE_BYTES, parseSettingsFile, settingsFileName, settingsFileText } from '../../src/settings/settings-file';
import { defaultSettings, type Settings } from '../../src/settings/settings';

const mine: Settings = {
  ...defaultSettings(),
  savedAt: 1_700_000_000_000,
  theme: 'sepia',
  fontSize: 22,
  sites: ['https://example.com', 'http://127.0.0.1'],
  siteRules: { 'https://example.com': ['.ad', 'aside.related'] },
  toolbarClick: 'reader-tab',
  markdownFrontMatter: 'always',
  fileNamePattern: '{date} {title}',
};

describe('settings file', () => {
  it('round trip: what is exported is imported unchanged', () => {
    const text = settingsFileText(mine, new Date('2025-01-28T10:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ format: 'epure-settings', version: 3, exportedAt: '2025-01-28T10:00:00.000Z' });
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings: mine });
  });

  it('is named after the day', () => {
    expect(settingsFileName(new Date(2025, 0, 8))).toBe('epure-settings-2025-01-08.json');
  });

  it('refuses, with the reason, anything that is not an Épure settings file', () => {
    const cases: [string, string][] = [
      ['{"format": "epure-settings", "settings": {', 'not-json'],
      ['', 'not-json'],
      ['[]', 'not-epure'],
      ['null', 'not-epure'],
      ['"epure-settings"', 'not-epure'],
      [JSON.stringify({ theme: 'dark', sites: ['https://a.com'] }), 'not-epure'],
      [JSON.stringify({ format: 'something-else', settings: mine }), 'not-epure'],
      [JSON.stringify({ format: 'epure-settings', settings: 'x' }), 'not-epure'],
      [' '.repeat(MAX_SETTINGS_FILE_BYTES + 1), 'too-large'],
    ];
    for (const [text, error] of cases) expect(parseSettingsFile(text), text.slice(0, 40)).toMatchObject({ ok: false, error });
  });

  it('all or nothing: one unusable field, a dropped entry, an unknown key or a newer version refuses the file', () => {
    const withSettings = (settings: unknown) => JSON.stringify({ format: 'epure-settings', version: 2, settings });
    for (const settings of [
      { ...mine, theme: 'neon' },
      { ...mine, sites: ['https://a.com', 'not a site'] },
      { ...mine, colour: 'red' },
      { ...mine, version: 99 },
    ]) {
      const parsed = parseSettingsFile(withSettings(settings));
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) {
        expect(parsed.error).toBe('invalid');
        expect(parsed.details.length).toBeGreaterThan(0);
      }
    }
  });

  it('an older file is migrated on import', () => {
    const v1 = JSON.stringify({ format: 'epure-settings', version: 1, settings: { version: 1, theme: 'dark', sites: ['example.com'] } });
    expect(parseSettingsFile(v1)).toMatchObject({ ok: true, settings: { version: 3, theme: 'dark', sites: ['https://example.com'] } });
  });
});
