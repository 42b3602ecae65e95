import type { Look, Settings, Theme } from '../settings/settings';

export type ResolvedTheme = Exclude<Theme, 'system'>;

export const DARK_QUERY = '(prefers-color-scheme: dark)';

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
export function applyLook(doc: Document, settings: Look): void {
  applyLookTo(doc.documentElement, settings, prefersDark(doc.defaultView));
}

/**
 * The same onto any element: the on-page reader's root in its shadow root, where the page's
 * `<html>` is not Épure's to touch.
 */
export function applyLookTo(target: HTMLElement, look: Look, dark: boolean): void {
  target.dataset.theme = resolveTheme(look.theme, dark);
  target.dataset.themeSetting = look.theme;
  target.dataset.font = look.font;
  target.dataset.align = look.align;
  target.style.setProperty('--reader-font-size', `${look.fontSize}px`);
  target.style.setProperty('--reader-line-height', String(look.lineHeight));
  target.style.setProperty('--reader-width', `${look.width}ch`);
}

/** Whether the OS asks for dark pages (`prefers-color-scheme`). */
export function prefersDark(win: Window | null | undefined): boolean {
  return win?.matchMedia?.(DARK_QUERY).matches ?? false;
}

/** Re-applies the look when the OS switches between light and dark (for the "system" theme). */
export function followSystemTheme(doc: Document, current: () => Settings): void {
  const query = doc.defaultView?.matchMedia?.(DARK_QUERY);
  query?.addEventListener('change', () => applyLook(doc, current()));
}
