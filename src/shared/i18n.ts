/**
 * UI strings. Every visible word comes from `public/_locales/<lang>/messages.json` through
 * `browser.i18n.getMessage`; this module only wraps it so the rest of the UI (and the tests)
 * can pass a `GetMessage` around. HTML pages mark their static strings with `data-i18n`
 * attributes and `localise` fills them (text only, never HTML).
 */

export type GetMessage = (key: string, substitutions?: string | string[]) => string;

/** `data-*` attribute → where its message goes. `data-i18n` is the element's text. */
const ATTRIBUTE_TARGETS = [
  ['i18nAriaLabel', 'aria-label'],
  ['i18nTitle', 'title'],
  ['i18nAlt', 'alt'],
  ['i18nPlaceholder', 'placeholder'],
] as const;

/** Fills every `data-i18n*` element under `root` with its message. Missing keys show the key. */
export function localise(root: ParentNode, t: GetMessage): void {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n], [data-i18n-aria-label], [data-i18n-title], [data-i18n-alt], [data-i18n-placeholder]'))) {
    const textKey = el.dataset.i18n;
    if (textKey) el.textContent = orKey(t, textKey);
    for (const [dataKey, attribute] of ATTRIBUTE_TARGETS) {
      const key = el.dataset[dataKey];
      if (key) el.setAttribute(attribute, orKey(t, key));
    }
  }
}

/** The message, or its key when it is missing (so a missing string is visible, not blank). */
export function orKey(t: GetMessage, key: string, substitutions?: string | string[]): string {
  return t(key, substitutions) || key;
}

/**
 * The `browser.i18n` of whichever browser runs us (both have the same synchronous API), or
 * null outside an extension. Read directly so pure modules need not load the polyfill.
 */
function i18nApi(): { getMessage: GetMessage; getUILanguage(): string } | null {
  const g = globalThis as { browser?: { i18n?: unknown }; chrome?: { i18n?: unknown } };
  return ((g.browser?.i18n ?? g.chrome?.i18n) as ReturnType<typeof i18nApi>) ?? null;
}

/** The UI's message function: `t('copyMarkdown')`. */
export const t: GetMessage = (key, substitutions) => {
  const api = i18nApi();
  if (!api) return key;
  return orKey(api.getMessage, key, substitutions);
};

/** The browser's UI language, e.g. "fr" or "en-US" (used for `<html lang>` and dates). */
export function uiLanguage(): string {
  return i18nApi()?.getUILanguage() || navigator.language || 'en';
}
