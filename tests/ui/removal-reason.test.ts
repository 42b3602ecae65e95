import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRemoval, describeStep, stepMessageKey } from '../../src/reader/removal-reason';
import { getMessageFor, readMessages } from './messages';

const en = getMessageFor('en');
const fr = getMessageFor('fr');

/** Every step's name, read from its file (`name: '…'`), so a new step cannot go unworded. */
function stepNames(): string[] {
  const dir = join(__dirname, '..', '..', 'src', 'pipeline');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/\bname: '([a-z-]+)'/g)].map((m) => m[1]!));
}

/** Every fixed rule id a step writes (`rule: 'link-tail'`, `rule: a ? 'kicker' : 'leading-link-line'`), read from its file. */
function fixedRuleIds(): string[] {
  const dir = join(__dirname, '..', '..', 'src', 'pipeline');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/\brule: ([^,}]*'[^,}]*)/g)].flatMap((m) => [...m[1]!.matchAll(/'([^']+)'/g)].map((q) => q[1]!)))
    .filter((id) => !/^[a-z-]+\/(?:[a-z]{2}|\*)\//.test(id));
}

describe('removal reasons in words', () => {
  it('every fixed rule a step writes has words in every language: no id reaches the reader', () => {
    const ids = fixedRuleIds();
    expect(ids).toEqual(expect.arrayContaining(['link-tail', 'heading-without-section', 'kicker', 'leading-link-line']));
    for (const lang of ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt_BR', 'pt_PT']) {
      const t = getMessageFor(lang);
      for (const rule of ids) {
        const reason = describeRemoval({ step: 'remove-trailing-sections', rule, text: 'x' }, t, lang);
        expect(reason, `${lang}: ${rule}`).not.toContain(rule);
      }
    }
  });

  it('every pipeline step has words in every language', () => {
    const names = stepNames();
    expect(names.length).toBeGreaterThan(5);
    for (const lang of ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt_BR', 'pt_PT']) {
      const messages = readMessages(lang);
      for (const name of names) expect(messages, `${lang}: ${stepMessageKey(name)}`).toHaveProperty(stepMessageKey(name));
    }
  });

  it('says why a clutter rule matched in a sentence, naming its language, never its id', () => {
    const removal = { step: 'remove-ad-labels', rule: 'ad-label/fr/suite-apres', text: 'La suite après la publicité' };
    expect(describeRemoval(removal, en, 'en')).toBe('Advertising label — French wording Épure knows');
    expect(describeRemoval(removal, fr, 'fr')).toBe('Mention publicitaire — formule connue d’Épure, en français');
    expect(describeRemoval(removal, fr, 'fr')).not.toContain('suite-apres');
  });

  it('words language-independent rules, fixed checks and site selectors', () => {
    expect(describeRemoval({ step: 'remove-author-bio', rule: 'author-bio/*/author-page-link', text: 'x' }, en, 'en')).toBe(
      'Author biography — its form, in any language',
    );
    expect(describeRemoval({ step: 'remove-hidden', rule: 'aria-hidden', text: 'x' }, en, 'en')).toBe(
      'Hidden on the page — hidden from assistive technologies',
    );
    expect(describeRemoval({ step: 'remove-trailing-sections', rule: 'link-tail', text: 'x' }, en, 'en')).toBe(
      'Section after the article — a run of links after the text',
    );
    expect(describeRemoval({ step: 'apply-site-selectors', rule: '.paywall', text: 'x' }, en, 'en')).toBe(
      'Site rule — matches the site rule .paywall',
    );
  });

  it('falls back to the raw names for a step or rule it does not know', () => {
    expect(describeStep('remove-future-thing', en)).toBe('remove-future-thing');
    expect(describeRemoval({ step: 'remove-future-thing', rule: 'Weird Rule', text: 'x' }, en, 'en')).toBe(
      'remove-future-thing — rule Weird Rule',
    );
  });
});
