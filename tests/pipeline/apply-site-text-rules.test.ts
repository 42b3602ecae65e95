import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extract } from '../../src/extract';
import { applySavedTextRules } from '../../src/restore';
import { keepLine, readSiteRule, removeLine, ruleText, ruleTextMatches, selectorsOf, textRulesOf, MAX_RULE_TEXT } from '../../src/rules/site-rule-lines';
import { parseSettingsFile, settingsFileText } from '../../src/settings/settings-file';
import { defaultSettings } from '../../src/settings/settings';
import { siteRulesFor } from '../../src/settings/sites';
import { pageOf } from '../helpers/fixtures';
import { PROSE } from './draft';

const PROMO = 'La rédaction des sports a relu ce texte le lendemain du match, avec les chiffres du club.';
const page = (extra = '') =>
  `<!doctype html><html lang="fr"><head><title>Un article</title></head><body><article><h1>Un article</h1>${PROSE.fr.map((p) => `<p>${p}</p>`).join('')}<p>${PROMO}</p>${extra}</article></body></html>`;
const URL_A = 'https://www.journal.example/politique/a.html';

describe('a site’s rules as lines: selectors, remove: and keep:', () => {
  it('reads each line as what it says, and writes the lines the reader saves', () => {
    expect(readSiteRule('.newsletter')).toEqual({ kind: 'selector', selector: '.newsletter' });
    expect(readSiteRule('  remove: Lire  la suite ')).toEqual({ kind: 'remove-text', text: 'Lire la suite' });
    expect(readSiteRule('keep: Sur le même thème')).toEqual({ kind: 'keep-text', text: 'Sur le même thème' });
    // A pseudo-class is a selector: only "remove: " and "keep: " with their space are words.
    expect(readSiteRule('keep:hover')).toEqual({ kind: 'selector', selector: 'keep:hover' });
    expect(removeLine('  Lire\nla suite ')).toBe('remove: Lire la suite');
    expect(keepLine('La suite après la publicité')).toBe('keep: La suite après la publicité');
    const lines = ['.ad', removeLine('A'), keepLine('B')];
    expect(selectorsOf(lines)).toEqual(['.ad']);
    expect(textRulesOf(lines, 'remove-text')).toEqual(['A']);
    expect(textRulesOf(lines, 'keep-text')).toEqual(['B']);
  });

  it('matches the same words whatever the case and spacing; a long block by its opening words', () => {
    expect(ruleTextMatches('lire la suite', 'Lire  la\nsuite')).toBe(true);
    expect(ruleTextMatches('lire la suite', 'Lire la suite de l’article')).toBe(false);
    const long = 'mot '.repeat(100);
    expect(ruleText(long).length).toBeLessThanOrEqual(MAX_RULE_TEXT);
    expect(ruleTextMatches(ruleText(long), `${long} et la fin`)).toBe(true);
    expect(ruleTextMatches('', 'x')).toBe(false);
  });

  it('`remove:` takes the block out (restorably, listed as the user’s); other blocks stay', () => {
    const result = extract(pageOf(page()), URL_A, { siteRuleLines: [removeLine(PROMO)] });
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).not.toContain(PROMO);
    expect(result.text).toContain(PROSE.fr[1]!);
    const removal = result.removals.find((r) => r.step === 'apply-site-text-rules');
    expect(removal).toMatchObject({ rule: removeLine(PROMO), text: PROMO });
    expect(result.restorable?.parts[result.removals.indexOf(removal!)]).toHaveLength(1);
  });

  it('a rule that names most of the article removes nothing, and the article says which it declined', () => {
    const whole = PROSE.fr.join(' ');
    const html = `<!doctype html><html lang="fr"><body><article><div>${PROSE.fr.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;
    const result = extract(pageOf(html), URL_A, { siteRuleLines: [removeLine(whole)] });
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toContain(PROSE.fr[0]!);
    expect(result.removals.some((r) => r.step === 'apply-site-text-rules')).toBe(false);
    expect(result.declinedRules).toEqual([removeLine(whole)]);
  });

  it('an article kept from an earlier reading, under a rule saved since: a fair rule applies, one naming most of it is declined and named', () => {
    const kept = extract(pageOf(page()), URL_A);
    if (!kept.ok) throw new Error(kept.reason);
    const win = new JSDOM('<!doctype html><body></body>').window as unknown as Window & typeof globalThis;
    const fair = applySavedTextRules(kept, [removeLine(PROMO)], win);
    expect(fair.text).not.toContain(PROMO);
    expect(fair.declinedRules).toBeUndefined();
    const whole = kept.text.replace(/\s+/g, ' ');
    const broad = applySavedTextRules(kept, [removeLine(whole)], win);
    expect(broad.text).toContain(PROSE.fr[0]!);
    expect(broad.declinedRules).toEqual([removeLine(whole)]);
    // Still the article the engine gave: its Markdown made on first use, and right.
    expect(broad.markdown).toContain(PROSE.fr[0]!.slice(0, 40));
  });

  it('`keep:` puts back what Épure removed with those words, in place', () => {
    const html = page('<p>La suite après la publicité</p><p>Encore un paragraphe de l’article qui dit ce que le maire a répondu au conseil.</p>');
    const without = extract(pageOf(html), URL_A);
    const kept = extract(pageOf(html), URL_A, { siteRuleLines: [keepLine('La suite après la publicité')] });
    if (!without.ok || !kept.ok) throw new Error('not ok');
    expect(without.text).not.toContain('La suite après la publicité');
    expect(kept.text).toContain('La suite après la publicité');
    expect(kept.restored).toHaveLength(1);
    expect(kept.markdown).toContain('La suite après la publicité');
  });

  it('a site’s rules apply to its pages only, and travel with the settings file', () => {
    const settings = { ...defaultSettings(), siteRules: { 'https://www.journal.example': ['.ad', removeLine(PROMO), keepLine('Publicité')] } };
    expect(siteRulesFor(settings.siteRules, 'https://www.journal.example/sport/b.html')).toHaveLength(3);
    expect(siteRulesFor(settings.siteRules, 'https://autre.example/a.html')).toEqual([]);
    const other = extract(pageOf(page()), 'https://autre.example/a.html', { siteRuleLines: siteRulesFor(settings.siteRules, 'https://autre.example/a.html') });
    if (!other.ok) throw new Error(other.reason);
    expect(other.text).toContain(PROMO);
    const parsed = parseSettingsFile(settingsFileText(settings));
    expect(parsed.ok && parsed.settings.siteRules).toEqual(settings.siteRules);
  });
});
