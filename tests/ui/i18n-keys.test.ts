import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATE_MESSAGES } from '../../src/reader/states';
import { LOCALES_DIR, readMessages, type MessageEntry } from './messages';

const ROOT = join(__dirname, '..', '..');
const UI_SOURCES = ['entrypoints', 'src/reader', 'src/shared', 'src/settings', 'src/options', 'src/content', 'src/background', 'src/host'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|html)$/.test(name) ? [path] : [];
  });
}

/** Every literal message key the UI uses: `data-i18n*="key"`, `t('key'`, `orKey(t, 'key'`, `getMessage('key'`. */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  const patterns = [
    /data-i18n(?:-[a-z-]+)?="([A-Za-z0-9_]+)"/g,
    /\bt\(\s*'([A-Za-z0-9_]+)'/g,
    /\borKey\(\s*t\s*,\s*'([A-Za-z0-9_]+)'/g,
    /getMessage\(\s*'([A-Za-z0-9_]+)'/g,
    /__MSG_([A-Za-z0-9_]+)__/g,
  ];
  // `plural(t, 'key', n, locale)` reads `key_one`, `key_few`… and always has `key_other`.
  const pluralKeys = /\bplural\(\s*t\s*,\s*'([A-Za-z0-9_]+)'/g;
  const sources = [...UI_SOURCES.flatMap((d) => files(join(ROOT, d))), join(ROOT, 'wxt.config.ts')];
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const m of text.matchAll(pattern)) used.set(m[1]!, relative(ROOT, file));
    for (const m of text.matchAll(pluralKeys)) used.set(`${m[1]!}_other`, relative(ROOT, file));
  }
  // Keys held in tables (states, menu titles, fixed rules) are literal strings too.
  for (const file of sources.filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/:\s*'((?:state|rule|menu)[A-Za-z0-9_]+)'/g)) used.set(m[1]!, relative(ROOT, file));
  }
  return used;
}

/** The languages Épure cleans, each with a complete UI. */
const UI_LOCALES = ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt_BR', 'pt_PT'];
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** A key without its plural category: `removedSummary_few` → `removedSummary`. */
const baseKey = (key: string) => key.replace(PLURAL, '');
const placeholdersOf = (entry: MessageEntry) => Object.keys(entry.placeholders ?? {}).map((k) => k.toLowerCase()).sort();
const tokensOf = (message: string) => [...new Set([...message.matchAll(/\$([a-z0-9_]+)\$/gi)].map((m) => m[1]!.toLowerCase()))].sort();

describe('i18n', () => {
  const en = readMessages('en');
  const locales = readdirSync(LOCALES_DIR).sort();
  const all = new Map(locales.map((lang) => [lang, readMessages(lang)]));
  const enBases = new Set(Object.keys(en).map(baseKey));
  const pluralBases = [...new Set(Object.keys(en).filter((k) => PLURAL.test(k)).map(baseKey))];

  it('has a complete UI in every language Épure cleans', () => {
    expect(locales).toEqual(UI_LOCALES);
  });

  it('every locale has exactly the keys of en, each plural in the forms its language needs', () => {
    expect(pluralBases.length).toBeGreaterThan(0);
    for (const [lang, messages] of all) {
      const keys = Object.keys(messages);
      expect(new Set(keys.map(baseKey)), lang).toEqual(enBases);
      // Plural keys only where en has them; singular keys stay singular.
      for (const key of keys) expect(PLURAL.test(key) === pluralBases.includes(baseKey(key)), `${lang} ${key}`).toBe(true);
      const tag = messages.messagesLocale!.message;
      expect(tag.replace('-', '_'), `${lang} messagesLocale`).toBe(lang);
      const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
      for (const base of pluralBases) {
        const forms = keys.filter((k) => baseKey(k) === base).map((k) => k.slice(base.length + 1)).sort();
        // Every category the language's integers can take (fractions never occur here).
        const needed = categories.filter((c) => [0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1e6].some((n) => new Intl.PluralRules(tag).select(n) === c));
        for (const form of needed) expect(forms, `${lang} ${base}`).toContain(form);
        for (const form of forms) expect(categories, `${lang} ${base}_${form}`).toContain(form);
      }
    }
  });

  it('no message is empty, and placeholders match between languages', () => {
    const enPlaceholders = new Map(Object.entries(en).map(([k, e]) => [baseKey(k), placeholdersOf(e)]));
    for (const [lang, messages] of all) {
      for (const [key, entry] of Object.entries(messages)) {
        expect(entry.message.trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholdersOf(entry), `${lang} placeholders of ${key}`).toEqual(enPlaceholders.get(baseKey(key)));
        for (const token of tokensOf(entry.message)) expect(placeholdersOf(entry), `${lang} ${key}: $${token}$`).toContain(token);
      }
    }
  });

  it('no locale but en shows an English sentence', () => {
    // A message of two English words or more, left as is, is an untranslated one (brand names,
    // "Markdown", "HTML" and shortcuts are one word, or no word, and may stay).
    for (const [lang, messages] of all) {
      if (lang === 'en') continue;
      for (const [key, entry] of Object.entries(messages)) {
        const english = en[key]?.message;
        if (!english || key === 'messagesLocale') continue;
        const words = english.replace(/\$[a-z0-9_]+\$/gi, '').match(/\p{L}{3,}/gu) ?? [];
        if (words.length >= 2) expect(entry.message, `${lang} ${key}`).not.toBe(english);
      }
    }
  });

  it('every key the UI uses exists', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(30);
    for (const [key, file] of used) expect(en, `${key} (used in ${file})`).toHaveProperty(key);
  });

  it('every reader state has a message', () => {
    for (const key of Object.values(STATE_MESSAGES)) expect(en).toHaveProperty(key);
  });

  it('keeps the store listing strings', () => {
    for (const [lang, messages] of all) {
      expect(messages, lang).toHaveProperty('extName');
      expect(messages, lang).toHaveProperty('extDescription');
    }
  });
});
