import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATE_MESSAGES } from '../../src/reader/states';
import { readMessages } from './messages';

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
  const sources = [...UI_SOURCES.flatMap((d) => files(join(ROOT, d))), join(ROOT, 'wxt.config.ts')];
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const m of text.matchAll(pattern)) used.set(m[1]!, relative(ROOT, file));
  }
  // Keys held in tables (states, menu titles, fixed rules) are literal strings too.
  for (const file of sources.filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/:\s*'((?:state|rule|menu)[A-Za-z0-9_]+)'/g)) used.set(m[1]!, relative(ROOT, file));
  }
  return used;
}

describe('i18n', () => {
  const en = readMessages('en');
  const fr = readMessages('fr');

  it('en and fr have exactly the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('no message is empty, and placeholders match between languages', () => {
    for (const [key, entry] of Object.entries(en)) {
      expect(entry.message.trim(), `en ${key}`).not.toBe('');
      expect(fr[key]!.message.trim(), `fr ${key}`).not.toBe('');
      expect(Object.keys(fr[key]!.placeholders ?? {}).sort(), `placeholders of ${key}`).toEqual(Object.keys(entry.placeholders ?? {}).sort());
      for (const m of entry.message.matchAll(/\$([a-z0-9_]+)\$/gi)) expect(entry.placeholders ?? {}, `en ${key}`).toHaveProperty(m[1]!);
      for (const m of fr[key]!.message.matchAll(/\$([a-z0-9_]+)\$/gi)) expect(fr[key]!.placeholders ?? {}, `fr ${key}`).toHaveProperty(m[1]!);
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
    expect(en).toHaveProperty('extName');
    expect(en).toHaveProperty('extDescription');
  });
});
