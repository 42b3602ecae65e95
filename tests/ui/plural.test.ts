import { describe, expect, it } from 'vitest';
import { formatCount, matchingLocale, plural } from '../../src/shared/i18n';
import { getMessageFor } from './messages';

describe('counts in words, by each language’s plural rules', () => {
  it('English and French say "1 item" and "2 items"; French keeps 0 singular', () => {
    expect(plural(getMessageFor('en'), 'removedSummary', 1, 'en')).toBe('1 item removed');
    expect(plural(getMessageFor('en'), 'removedSummary', 2, 'en')).toBe('2 items removed');
    expect(plural(getMessageFor('en'), 'importDone', 1, 'en')).not.toMatch(/1 sites/);
    expect(plural(getMessageFor('fr'), 'removedSummary', 0, 'fr')).toMatch(/^0 élément /);
    expect(plural(getMessageFor('fr'), 'removedSummary', 2, 'fr')).toMatch(/^2 éléments /);
  });

  it('Polish takes its three forms: 1, 2–4 (and 22–24), 5–21', () => {
    const pl = getMessageFor('pl');
    const one = plural(pl, 'removedSummary', 1, 'pl');
    const few = plural(pl, 'removedSummary', 3, 'pl');
    const many = plural(pl, 'removedSummary', 5, 'pl');
    expect(new Set([one.replace('1', 'N'), few.replace('3', 'N'), many.replace('5', 'N')]).size).toBe(3);
    expect(plural(pl, 'removedSummary', 22, 'pl').replace('22', 'N')).toBe(few.replace('3', 'N'));
    expect(plural(pl, 'removedSummary', 12, 'pl').replace('12', 'N')).toBe(many.replace('5', 'N'));
  });

  it('writes the number as the locale does, and falls back to the general form', () => {
    expect(plural(getMessageFor('fr'), 'removedSummary', 1234, 'fr')).toMatch(/^1\u202f234 /);
    expect(plural(getMessageFor('de'), 'removedSummary', 1234, 'de')).toMatch(/^1\.234 /);
    expect(formatCount(3, 'not a locale!')).toBe('3');
    // A message missing the category the rules ask for: the `_other` form, never the key.
    const onlyOther = (key: string, n?: string | string[]) => (key === 'removedSummary_other' ? `${String(n)} removed` : '');
    expect(plural(onlyOther, 'removedSummary', 1, 'en')).toBe('1 removed');
  });

  it('formats in the messages’ language when the browser’s has no messages', () => {
    expect(matchingLocale('en-GB', 'en')).toBe('en-GB');
    expect(matchingLocale('pt-BR', 'pt-BR')).toBe('pt-BR');
    expect(matchingLocale('cs', 'en')).toBe('en');
    expect(matchingLocale('fr-CA', '')).toBe('fr-CA');
  });
});
