import type { Settings, Theme } from '../settings/settings';

export type ResolvedTheme = Exclude<Theme, 'system'>;

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** "system" follows the OS (`prefers-color-scheme`); the others are what they say. */
export function resolveTheme(theme: Theme, prefersDark: boolean): ResolvedTheme {
  if (theme === 'system') return prefersDark ? 'dark' : 'light';
  return theme;
}

/**
 * Applies the look to the page at once: theme and font as `data-*` on `<html>` (the
 * stylesheet maps them to custom properties), the numbers as custom properties. Custom
 * properties are set through the CSSOM, which the extension's CSP (`style-src 'self'`) allows.
 */
export function applyLook(doc: Document, settings: Settings): void {
  const root = doc.documentElement;
  const prefersDark = doc.defaultView?.matchMedia?.(DARK_QUERY).matches ?? false;
  root.dataset.theme = resolveTheme(settings.theme, prefersDark);
  root.dataset.themeSetting = settings.theme;
  root.dataset.font = settings.font;
  root.dataset.align = settings.align;
  root.style.setProperty('--reader-font-size', `${settings.fontSize}px`);
  root.style.setProperty('--reader-line-height', String(settings.lineHeight));
  root.style.setProperty('--reader-width', `${settings.width}ch`);
}

/** Re-applies the look when the OS switches between light and dark (for the "system" theme). */
export function followSystemTheme(doc: Document, current: () => Settings): void {
  const query = doc.defaultView?.matchMedia?.(DARK_QUERY);
  query?.addEventListener('change', () => applyLook(doc, current()));
}
