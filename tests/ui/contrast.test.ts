import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Reads each theme block of the readers' stylesheet and checks its colour pairs against WCAG AA. */
const CSS = readFileSync(join(__dirname, '..', '..', 'src', 'shared', 'article-view.css'), 'utf8');

function themeVars(theme: string): Record<string, string> {
  const block = new RegExp(`\\.epure\\[data-theme='${theme}'\\]\\s*\\{([^}]*)\\}`).exec(CSS)?.[1];
  if (!block) throw new Error(`no block for ${theme}`);
  return Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function ratio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe.each(['light', 'dark', 'sepia'])('%s theme meets WCAG AA', (theme) => {
  const v = themeVars(theme);

  it.each(['fg', 'muted', 'link'])('text colour --%s on the page and on buttons ≥ 4.5:1', (name) => {
    expect(ratio(v[name]!, v.bg!)).toBeGreaterThanOrEqual(4.5);
    expect(ratio(v[name]!, v.surface!)).toBeGreaterThanOrEqual(4.5);
  });

  it('focus ring and control borders ≥ 3:1', () => {
    expect(ratio(v.focus!, v.bg!)).toBeGreaterThanOrEqual(3);
    expect(ratio(v.focus!, v.surface!)).toBeGreaterThanOrEqual(3);
    expect(ratio(v.border!, v.bg!)).toBeGreaterThanOrEqual(3);
  });
});

describe('the dark palette used before settings load', () => {
  it('is the dark theme itself', () => {
    const early = /prefers-color-scheme: dark\)\s*\{\s*\.epure:not\(\[data-theme\]\)\s*\{([^}]*)\}/.exec(CSS)?.[1] ?? '';
    const dark = themeVars('dark');
    for (const [name, value] of Object.entries(dark)) expect(early).toContain(`--${name}: ${value}`);
  });
});

it('no remote fonts or imports', () => {
  expect(CSS).not.toMatch(/@import|@font-face|url\(\s*['"]?https?:/i);
});

describe('the auto-clean overlay uses the readers’ palettes', () => {
  const OVERLAY = readFileSync(join(__dirname, '..', '..', 'src', 'content', 'overlay.css'), 'utf8');
  const OVERLAY_TS = readFileSync(join(__dirname, '..', '..', 'src', 'content', 'overlay.ts'), 'utf8');

  it('adopts the readers’ stylesheet, and defines no colour of its own (so the same AA checks hold)', () => {
    expect(OVERLAY_TS).toMatch(/from '\.\.\/shared\/article-view\.css\?inline'/);
    expect(OVERLAY).not.toMatch(/--(bg|fg|surface|muted|link|focus|border):/);
    expect(OVERLAY).not.toMatch(/#[0-9a-f]{3,6}\b/i);
  });

  it('no remote fonts or imports', () => {
    expect(OVERLAY).not.toMatch(/@import|@font-face|url\(\s*['"]?https?:/i);
  });
});

describe('the options page’s error colour meets WCAG AA', () => {
  const OPTIONS = readFileSync(join(__dirname, '..', '..', 'entrypoints', 'options', 'style.css'), 'utf8');
  it.each(['light', 'dark', 'sepia'])('%s: --error on the page and on cards ≥ 4.5:1', (theme) => {
    const block = new RegExp(`:root\\[data-theme='${theme}'\\]\\s*\\{([^}]*)\\}`).exec(OPTIONS)?.[1] ?? '';
    const error = /--error:\s*(#[0-9a-f]{6})/i.exec(block)?.[1];
    expect(error, theme).toBeDefined();
    const v = themeVars(theme);
    expect(ratio(error!, v.bg!)).toBeGreaterThanOrEqual(4.5);
    expect(ratio(error!, v.surface!)).toBeGreaterThanOrEqual(4.5);
  });
});
