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
    expect(DEFAULT_SETTINGS).toMatchObject({ version: SETTINGS_VERSION, theme: 'system', lineHeight: 1.6, width: 66, align: 'start', sites: [], siteRules: {} });
    expect(DEFAULT_SETTINGS.fontSize).toBeGreaterThanOrEqual(FONT_SIZE.min);
    expect(DEFAULT_SETTINGS.fontSize).toBeLessThanOrEqual(FONT_SIZE.max);
    expect(DEFAULT_SETTINGS.width).toBeGreaterThanOrEqual(WIDTH.min);
    expect(DEFAULT_SETTINGS.width).toBeLessThanOrEqual(WIDTH.max);
  });

  it('keeps every valid field', () => {
    const stored = {
      version: 1, theme: 'sepia', font: 'legible', fontSize: 22, lineHeight: 1.8, width: 58, align: 'justify',
      sites: ['example.com'], siteRules: { 'example.com': ['.paywall'] },
    };
    const { settings, problems } = validateSettings(stored);
    expect(problems).toEqual([]);
    expect(settings).toEqual(stored);
  });

  it('falls back per field and reports each bad one, keeping the good ones', () => {
    const { settings, problems } = validateSettings({
      version: 1, theme: 'neon', font: 'sans', fontSize: 200, lineHeight: '1.5', width: Number.NaN, align: 'center',
      sites: [1, 2], siteRules: { 'a.com': 'oops' },
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, font: 'sans' });
    expect(problems.map((p) => p.field).sort()).toEqual(['align', 'fontSize', 'lineHeight', 'siteRules', 'sites', 'theme', 'width']);
    for (const problem of problems) expect(problem.message).toMatch(/using/);
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
    for (const raw of [42, 'settings', [], true, () => 1, { theme: { nested: 1 } }, Object.create(null)]) {
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
  });

  it('hands out fresh arrays, never the defaults themselves', () => {
    const a = defaultSettings();
    a.sites.push('x.com');
    expect(DEFAULT_SETTINGS.sites).toEqual([]);
    expect(validateSettings(undefined).settings.sites).toEqual([]);
  });
});
