/** Test helper: Chrome's `i18n.getMessage`, read from `public/_locales/<lang>/messages.json`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GetMessage } from '../../src/shared/i18n';

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export const LOCALES_DIR = join(__dirname, '..', '..', 'public', '_locales');

export function readMessages(lang: string): Record<string, MessageEntry> {
  return JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as Record<string, MessageEntry>;
}

/** Substitutes `$name$` placeholders (whose content is `$1`…) and bare `$1`…, as browsers do. */
export function getMessageFor(lang: string): GetMessage {
  const messages = readMessages(lang);
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    return entry.message.replace(/\$([a-z0-9_]+)\$/gi, (_, name: string) => {
      const placeholder = Object.entries(entry.placeholders ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase());
      return placeholder ? positional(placeholder[1].content) : '';
    });
  };
}
