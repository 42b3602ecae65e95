import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  FONT_SIZE,
  LINE_HEIGHT,
  SETTINGS_VERSION,
  WIDTH,
  defaultSettings,
  validateSettings,
} from '../../src/settings/settings';

describe('validateSettings', () => {
  it('gives the defaults, without problems, when nothing is stored', () => {
    for (const raw of [undefined, null]) {
      const { settings, problems } = validateSettings(raw);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(problems).toEqual([]);
    }
  });

  it('defaults match the issue: system theme, 1.6 line height, ~66ch column, start alignment', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ version: SETTINGS_VERSION, savedAt: 0, theme: 'system', lineHeight: 1.6, width: 66, align: 'start', sites: [], siteRules: {} });
    expect(DEFAULT_SETTINGS.fontSize).toBeGreaterThanOrEqual(FONT_SIZE.min);
    expect(DEFAULT_SETTINGS.fontSize).toBeLessThanOrEqual(FONT_SIZE.max);
    expect(DEFAULT_SETTINGS.width).toBeGreaterThanOrEqual(WIDTH.min);
    expect(DEFAULT_SETTINGS.width).toBeLessThanOrEqual(WIDTH.max);
  });

  it('keeps every valid field', () => {
    const stored = {
      version: SETTINGS_VERSION, savedAt: 1_700_000_000_000, theme: 'sepia', font: 'legible', fontSize: 22, lineHeight: 1.8,
      width: 58, align: 'justify', sites: ['https://example.com'], siteRules: { 'https://example.com': ['.paywall'] },
      toolbarClick: 'reader-tab', markdownFrontMatter: 'never', fileNamePattern: '{date} {title}',
    };
    const { settings, problems } = validateSettings(stored);
    expect(problems).toEqual([]);
    expect(settings).toEqual(stored);
  });

  it('falls back per field and reports each bad one, keeping the good ones', () => {
    const { settings, problems } = validateSettings({
      version: 2, theme: 'neon', font: 'sans', fontSize: 200, lineHeight: '1.5', width: Number.NaN, align: 'center',
      sites: 'example.com', siteRules: ['.ad'], savedAt: -5,
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, font: 'sans' });
    expect(problems.map((p) => p.field).sort()).toEqual(['align', 'fontSize', 'lineHeight', 'savedAt', 'siteRules', 'sites', 'theme', 'width']);
    for (const problem of problems) {
      expect(problem.kind).toBe('field');
      expect(problem.message).toMatch(/using/);
    }
  });

  it('keeps the user’s sites and rules when everything else is corrupt, dropping only the bad entries', () => {
    const { settings, problems } = validateSettings({
      version: 2, theme: 7, font: [], fontSize: 'big', lineHeight: {}, width: null, align: 0,
      sites: ['https://example.com', 1, 'not a site', 'https://example.com', 'lemonde.fr'],
      siteRules: { 'https://example.com': ['.ad', 3, '  .ad  ', '', 'x'.repeat(600)], '*bad*': ['.a'], 'https://b.org': 'oops' },
    });
    expect(settings.sites).toEqual(['https://example.com', 'https://lemonde.fr']);
    expect(settings.siteRules).toEqual({ 'https://example.com': ['.ad'] });
    const entries = problems.filter((p) => p.kind === 'entry');
    expect(entries.map((p) => p.field)).toEqual(['sites', 'sites', 'siteRules', 'siteRules', 'siteRules', 'siteRules']);
    expect(entries.map((p) => p.message).join(' ')).toMatch(/not a site.*dropped/);
  });

  it('takes a file-name pattern that names the title or the date, on one line, and nothing else', () => {
    expect(validateSettings({ fileNamePattern: '  {date}   {title} ' }).settings.fileNamePattern).toBe('{date} {title}');
    expect(validateSettings({ fileNamePattern: 'notes-{site}-{date}' }).problems).toEqual([]);
    for (const bad of ['article', '', '{site}', `{title}${'x'.repeat(120)}`, 42]) {
      const { settings, problems } = validateSettings({ fileNamePattern: bad });
      expect(settings.fileNamePattern, String(bad)).toBe('{title}');
      expect(problems.map((p) => p.field)).toEqual(['fileNamePattern']);
    }
    expect(validateSettings({ toolbarClick: 'sidebar' }).settings.toolbarClick).toBe('popup');
    expect(validateSettings({ markdownFrontMatter: true }).settings.markdownFrontMatter).toBe('download');
  });

  it('drops and reports keys it does not know', () => {
    const { settings, problems } = validateSettings({ version: 2, theme: 'dark', colour: 'red', __proto__x: 1 });
    expect(settings.theme).toBe('dark');
    expect(settings).not.toHaveProperty('colour');
    expect(problems.filter((p) => p.kind === 'unknown').map((p) => p.field).sort()).toEqual(['__proto__x', 'colour']);
  });

  it('accepts the bounds of every range and rejects just outside them', () => {
    expect(validateSettings({ fontSize: FONT_SIZE.min }).problems).toEqual([]);
    expect(validateSettings({ fontSize: FONT_SIZE.max }).problems).toEqual([]);
    expect(validateSettings({ fontSize: FONT_SIZE.max + 1 }).problems).toHaveLength(1);
    expect(validateSettings({ lineHeight: LINE_HEIGHT.min }).settings.lineHeight).toBe(1.3);
    expect(validateSettings({ lineHeight: LINE_HEIGHT.max }).settings.lineHeight).toBe(2);
    expect(validateSettings({ lineHeight: 1.29 }).problems).toHaveLength(1);
    expect(validateSettings({ width: WIDTH.min - 1 }).problems).toHaveLength(1);
  });

  it('never throws, whatever is stored', () => {
    for (const raw of [42, 'settings', [], true, () => 1, { theme: { nested: 1 } }, Object.create(null), { sites: [{}], siteRules: { a: null } }]) {
      expect(() => validateSettings(raw)).not.toThrow();
      expect(validateSettings(raw).settings).toBeTruthy();
    }
    expect(validateSettings('settings').problems[0]?.field).toBe('(all)');
  });

  it('reports an unknown or future version but still reads the fields it knows', () => {
    const future = validateSettings({ version: SETTINGS_VERSION + 1, theme: 'dark' });
    expect(future.settings.theme).toBe('dark');
    expect(future.problems.map((p) => p.field)).toEqual(['version']);
    expect(validateSettings({ version: 'one' }).problems.map((p) => p.field)).toEqual(['version']);
    expect(validateSettings({ version: 0 }).problems.map((p) => p.kind)).toEqual(['version']);
  });

  it('hands out fresh arrays, never the defaults themselves', () => {
    const a = defaultSettings();
    a.sites.push('x.com');
    expect(DEFAULT_SETTINGS.sites).toEqual([]);
    expect(validateSettings(undefined).settings.sites).toEqual([]);
  });
});
