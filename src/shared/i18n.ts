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

/**
 * The language the UI speaks, e.g. "fr" or "en-US" (for `<html lang>`, dates, numbers and
 * plurals). The browser's language when Épure has messages in it; otherwise the browser fell back
 * to another locale's messages (a Czech browser reads English), and the messages' own tag
 * (`messagesLocale` in each messages.json) wins, so that dates and plurals match the words.
 */
export function uiLanguage(): string {
  const api = i18nApi();
  const browserTag = api?.getUILanguage() || navigator.language || 'en';
  return matchingLocale(browserTag, api?.getMessage('messagesLocale') ?? '');
}

/** `browserTag` when it is in the messages' language (keeping its region), else the messages' tag. */
export function matchingLocale(browserTag: string, messagesTag: string): string {
  if (!messagesTag) return browserTag;
  const language = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  return language(browserTag) === language(messagesTag) ? browserTag : messagesTag;
}

/** A number as the UI's locale writes it ("1 234" in French, "1,234" in English). */
export function formatCount(count: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(count);
  } catch {
    return String(count);
  }
}

/**
 * A message with a count, by the locale's plural rules: `key_one`, `key_few`, `key_many` or
 * `key_other` in messages.json, as `Intl.PluralRules` names the category ("1 site", "2 sites";
 * Polish "2 witryny", "5 witryn"). Falls back to `key_other` when a locale lacks the category.
 */
export function plural(t: GetMessage, key: string, count: number, locale: string): string {
  let category: string = 'other';
  try {
    category = new Intl.PluralRules(locale).select(count);
  } catch {
    // an unknown locale: the general form
  }
  const number = formatCount(count, locale);
  for (const candidate of [`${key}_${category}`, `${key}_other`]) {
    const message = t(candidate, number);
    if (message && message !== candidate) return message;
  }
  return `${key}_other`;
}
