import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrateSettings } from '../../src/settings/migrate';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, validateSettings } from '../../src/settings/settings';

describe('settings migrations', () => {
  it('the last migration leaves the current version', () => {
    expect(LATEST_VERSION).toBe(SETTINGS_VERSION);
  });

  it('version 1 → 2: hostnames become sites, rules are keyed the same way and merged, savedAt appears', () => {
    const v1 = {
      version: 1, theme: 'dark', font: 'sans', fontSize: 20, lineHeight: 1.5, width: 60, align: 'start',
      sites: ['example.com', 'www.lemonde.fr'],
      siteRules: { 'example.com': ['.ad'], 'https://example.com': ['.promo'], 'blog.org': [] },
    };
    const { value, from, problems } = migrateSettings(v1);
    expect(from).toBe(1);
    expect(problems).toEqual([]);
    expect(value).toMatchObject({
      version: 3, savedAt: 0,
      sites: ['https://example.com', 'https://www.lemonde.fr'],
      siteRules: { 'https://example.com': ['.ad', '.promo'], 'https://blog.org': [] },
    });
    const { settings, problems: checked } = validateSettings(v1);
    expect(checked).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, ...value, version: 3 });
  });

  it('version 2 → 3: the toolbar, front-matter and file-name settings appear with their defaults', () => {
    const v2 = { version: 2, savedAt: 7, theme: 'dark', sites: ['https://example.com'], siteRules: { 'https://example.com': ['.ad'] } };
    const { settings, problems } = validateSettings(v2);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ ...v2, version: 3, toolbarClick: 'popup', markdownFrontMatter: 'download', fileNamePattern: '{title}' });
  });

  it('an unversioned (legacy) object is read as version 1 and migrated', () => {
    const { settings, problems } = validateSettings({ theme: 'sepia', sites: ['example.com'], siteRules: { 'example.com': ['aside'] } });
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ version: 3, theme: 'sepia', sites: ['https://example.com'], siteRules: { 'https://example.com': ['aside'] } });
  });

  it('a version-1 object with bad fields migrates the good ones and reports the rest', () => {
    const { settings, problems } = validateSettings({ version: 1, theme: 'neon', sites: ['example.com', 7], siteRules: 'x' });
    expect(settings.sites).toEqual(['https://example.com']);
    expect(settings.theme).toBe(DEFAULT_SETTINGS.theme);
    expect(problems.map((p) => `${p.field}:${p.kind}`).sort()).toEqual(['siteRules:field', 'sites:entry', 'theme:field']);
  });

  it('current and future versions are not touched; an unusable version is reported', () => {
    const current = { version: 3, savedAt: 5, theme: 'dark' };
    expect(migrateSettings(current).value).toEqual(current);
    const future = { version: 9, theme: 'dark', newThing: true };
    expect(migrateSettings(future)).toMatchObject({ value: future, from: 9 });
    expect(migrateSettings(future).problems.map((p) => p.kind)).toEqual(['version']);
    expect(migrateSettings({ version: '2' })).toMatchObject({ from: null, value: { version: 3 } });
  });

  it('does not change its input', () => {
    const v1 = { version: 1, sites: ['example.com'] };
    migrateSettings(v1);
    expect(v1).toEqual({ version: 1, sites: ['example.com'] });
  });
});
