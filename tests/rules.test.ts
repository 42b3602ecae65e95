import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { ANY_RULES } from '../src/rules/lang/any';
import { ALL_RULES as CLUTTER_RULES, CLEANED_LANGS, LANGUAGES, rulesOfKind as rulesFor } from '../src/rules/registry';
import { NEEDS_NFC, normaliseText, RULE_KINDS, type ClutterRule, type RuleKind } from '../src/rules/rule';

/** The kinds this table holds, and how much of a block each kind's patterns must cover. */
const ANCHORING: Record<RuleKind, 'whole' | 'start'> = {
  'ad-label': 'whole',
  'promo-link': 'start',
  'trailing-heading': 'whole',
  share: 'whole',
  newsletter: 'start',
  paywall: 'start',
  consent: 'start',
  feedback: 'start',
  'follow-us': 'start',
  sponsored: 'start',
  disclaimer: 'start',
  gallery: 'whole',
  tags: 'start',
  comments: 'whole',
  'image-credit': 'whole',
  'author-bio': 'start',
  byline: 'whole',
  dateline: 'whole',
  'error-page': 'whole',
  'log-in': 'whole',
};
const KINDS = RULE_KINDS;
const LANGS = CLEANED_LANGS;
/** Every language must have at least one rule of each of these kinds. */
const REQUIRED_KINDS: RuleKind[] = [
  'ad-label', 'promo-link', 'trailing-heading', 'newsletter', 'paywall', 'consent', 'feedback', 'follow-us', 'sponsored', 'tags',
  'comments', 'image-credit', 'error-page', 'log-in',
];
/** Where case matters, patterns may drop `i`: a person's name needs its capitals, and the network
 *  "X" is a capital (a lone "x" is a maths variable). */
const CASE_SENSITIVE_KINDS = new Set<RuleKind>(['author-bio', 'byline']);
const CASE_SENSITIVE_RULES = new Set<string>(['share/*/x']);

const ID = new RegExp(`^(${KINDS.join('|')})/(${LANGS.join('|')}|\\*)/[a-z0-9]+(?:-[a-z0-9]+)*$`);

const matchesAny = (rule: ClutterRule, text: string): boolean => rule.patterns.some((p) => p.test(normaliseText(text)));

describe('clutter rules: shape', () => {
  it('keeps each language in its own file, every rule of it carrying its language, sorted by kind', () => {
    const files = readdirSync(join(import.meta.dirname, '..', 'src', 'rules', 'lang')).map((f) => f.replace(/\.ts$/, '')).sort();
    expect(files).toEqual(['any', ...CLEANED_LANGS].sort());
    const byFile: [string, readonly ClutterRule[]][] = [['*', ANY_RULES], ...CLEANED_LANGS.map((lang) => [lang, LANGUAGES[lang].rules] as [string, readonly ClutterRule[]])];
    for (const [lang, rules] of byFile) {
      expect(rules.length, lang).toBeGreaterThan(0);
      for (const rule of rules) expect(rule.lang, rule.id).toBe(lang);
      const order = rules.map((rule) => RULE_KINDS.indexOf(rule.kind));
      expect(order, `${lang}: rules grouped by kind in the order of RULE_KINDS`).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('has unique, well-formed ids whose kind and language equal the fields', () => {
    const seen = new Set<string>();
    for (const rule of CLUTTER_RULES) {
      const m = ID.exec(rule.id);
      expect(m, rule.id).not.toBeNull();
      expect(m?.[1], rule.id).toBe(rule.kind);
      expect(m?.[2], rule.id).toBe(rule.lang);
      expect(seen.has(rule.id), `duplicate ${rule.id}`).toBe(false);
      seen.add(rule.id);
    }
  });

  it('gives every pattern the u flag, the i flag unless case matters, and no stateful g/y flag', () => {
    for (const rule of CLUTTER_RULES) {
      expect(rule.patterns.length, rule.id).toBeGreaterThan(0);
      for (const p of rule.patterns) {
        expect(p.flags, `${rule.id} ${p}`).toContain('u');
        expect(p.flags, `${rule.id} ${p}`).not.toMatch(/[gy]/);
        if (!CASE_SENSITIVE_KINDS.has(rule.kind) && !CASE_SENSITIVE_RULES.has(rule.id)) expect(p.flags, `${rule.id} ${p}`).toContain('i');
      }
    }
  });

  it('anchors each pattern as its kind requires', () => {
    for (const rule of CLUTTER_RULES) {
      for (const p of rule.patterns) {
        expect(p.source.startsWith('^'), `${rule.id} ${p}`).toBe(true);
        if (ANCHORING[rule.kind] === 'whole') expect(p.source.endsWith('$'), `${rule.id} ${p}`).toBe(true);
      }
    }
  });

  it('gives every rule 2–8 examples and 2–6 counter-examples', () => {
    for (const rule of CLUTTER_RULES) {
      expect(rule.examples.length, rule.id).toBeGreaterThanOrEqual(2);
      expect(rule.examples.length, rule.id).toBeLessThanOrEqual(12);
      expect(rule.counterExamples.length, rule.id).toBeGreaterThanOrEqual(2);
      expect(rule.counterExamples.length, rule.id).toBeLessThanOrEqual(6);
    }
  });

  it.each(LANGS)('covers every required kind in %s', (lang) => {
    for (const kind of REQUIRED_KINDS) {
      expect(
        CLUTTER_RULES.some((r) => r.kind === kind && r.lang === lang),
        `${kind} in ${lang}`,
      ).toBe(true);
    }
  });
});

describe('clutter rules: examples and counter-examples', () => {
  it.each(CLUTTER_RULES.map((r) => [r.id, r] as const))('%s matches each example', (_id, rule) => {
    for (const example of rule.examples) expect(matchesAny(rule, example), example).toBe(true);
  });

  it.each(CLUTTER_RULES.map((r) => [r.id, r] as const))('%s matches no counter-example', (_id, rule) => {
    for (const counter of rule.counterExamples) expect(matchesAny(rule, counter), counter).toBe(false);
  });

  it('matches no counter-example with another rule of the same kind in the same language or in *', () => {
    const clashes: string[] = [];
    for (const rule of CLUTTER_RULES) {
      const neighbours = CLUTTER_RULES.filter(
        (other) => other !== rule && other.kind === rule.kind && (other.lang === rule.lang || other.lang === '*'),
      );
      for (const counter of rule.counterExamples) {
        for (const other of neighbours) if (matchesAny(other, counter)) clashes.push(`${other.id} matches "${counter}" (counter-example of ${rule.id})`);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('clutter rules: no catastrophic backtracking', () => {
  // Not timed: a pattern that backtracked exponentially would hang the run and fail it.
  const adversarial = [
    'a'.repeat(5000),
    ' '.repeat(5000) + '!',
    '>> ' + 'x'.repeat(5000),
    '>> ' + 'x '.repeat(2500) + '<',
    'Jane '.repeat(1000) + 'is',
    'Photo: ' + 'a/'.repeat(2500),
    'Lire aussi ' + ': '.repeat(2500),
    '1'.repeat(5000) + ' comments!',
    'Mehr zu ' + 'ab '.repeat(1600) + 'x',
    'Sign up ' + 'to '.repeat(1600) + '?',
  ];
  it('runs every pattern against 5,000-character adversarial strings', () => {
    for (const rule of CLUTTER_RULES) {
      for (const p of rule.patterns) {
        for (const text of adversarial) expect(() => p.test(text), `${rule.id} ${p}`).not.toThrow();
      }
    }
  });
});

describe('clutter rules: the seed page (a real French article)', () => {
  const fr = (kind: RuleKind) => rulesFor(kind, 'fr-FR');
  const anyFr = (text: string) => KINDS.filter((kind) => fr(kind).some((rule) => matchesAny(rule, text)));

  it('recognises the clutter the seed page carries', () => {
    const clutter: [RuleKind, string][] = [
      ['ad-label', 'La suite après la publicité'],
      ['promo-link', ">> Vous n'allez pas le croire : Elon Musk et Mark Zuckerberg s'unissent contre les créateurs de ChatGPT ! <<"],
      ['promo-link', ">> Les milliardaires portent les mêmes vêtements tous les jours. Ce n'est pas pour l'esthétique, c'est pour la productivité <<"],
      ['author-bio', 'Passionné par le monde des médias depuis son plus jeune âge, la télévision n’a aucun secret pour lui.'],
      ['trailing-heading', 'À propos de'],
      ['trailing-heading', 'Tous les articles'],
      ['trailing-heading', 'Mots clés'],
      ['trailing-heading', 'Tendances'],
      ['trailing-heading', 'Voir tous les people'],
      ['trailing-heading', 'Sur le même thème'],
      ['trailing-heading', 'Les articles similaires'],
      ['trailing-heading', 'Dernières actualités'],
      ['trailing-heading', 'Dernières news'],
    ];
    for (const [kind, text] of clutter) expect(fr(kind).some((rule) => matchesAny(rule, text)), text).toBe(true);
  });

  it('leaves the article itself alone', () => {
    const article = [
      "Incroyable ! Mark Zuckerberg va dépenser 62 milliards d'euros pour une nouvelle poule aux œufs d'or après l'échec du Metaverse",
      "Le créateur de Meta s'engage dans la voie de l'IA pour stimuler la croissance de l'entreprise...",
      'Mark Zuckerberg se lance dans un nouveau projet dingue ! Mark Zuckerberg se lance dans un nouveau projet dingue !© Action Press / Bestimage',
      "Comme le souligne Reuters, Meta prévoit de dépenser 62 milliards d'euros cette année pour développer son infrastructure d'intelligence artificielle.",
      "Meta vise un milliard d'utilisateurs",
      'Article écrit en collaboration avec nos collègues de 3D Juegos.',
    ];
    for (const text of article) expect(anyFr(text), text).toEqual([]);
  });
});

describe('rulesOfKind', () => {
  it("returns the page language's rules of the kind plus the '*' ones", () => {
    const rules = rulesFor('ad-label', 'fr-FR');
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((r) => r.kind === 'ad-label' && (r.lang === 'fr' || r.lang === '*'))).toBe(true);
    const expected = CLUTTER_RULES.filter((r) => r.kind === 'ad-label' && (r.lang === 'fr' || r.lang === '*'));
    expect(new Set(rules)).toEqual(new Set(expected));
  });

  it('reads the primary subtag, whatever its case or separator', () => {
    expect(rulesFor('share', 'EN')).toBe(rulesFor('share', 'en'));
    expect(rulesFor('share', 'en-GB')).toBe(rulesFor('share', 'en'));
    expect(rulesFor('share', 'pt_BR')).toBe(rulesFor('share', 'pt'));
    expect(rulesFor('share', 'de').every((r) => r.lang === 'de' || r.lang === '*')).toBe(true);
  });

  it('returns every language for a missing or unknown language', () => {
    for (const kind of KINDS) {
      const all = CLUTTER_RULES.filter((r) => r.kind === kind);
      expect(rulesFor(kind, null), kind).toEqual(all);
      expect(rulesFor(kind, 'cs-CZ'), kind).toEqual(all);
      expect(rulesFor(kind, ''), kind).toEqual(all);
    }
  });

  it('returns the same precomputed array on every call', () => {
    expect(rulesFor('trailing-heading', 'de-AT')).toBe(rulesFor('trailing-heading', 'de'));
    expect(rulesFor('comments', null)).toBe(rulesFor('comments', 'xx'));
    expect(Object.isFrozen(rulesFor('comments', 'it'))).toBe(true);
  });

  it('never returns a rule of another kind', () => {
    for (const kind of [...KINDS, 'byline', 'dateline'] as RuleKind[]) {
      for (const lang of [...LANGS, null, 'cs']) {
        expect(rulesFor(kind, lang).every((r) => r.kind === kind), `${kind} ${lang}`).toBe(true);
      }
    }
  });
});

describe('normaliseText', () => {
  it('collapses every kind of space and composes accents, as the rules expect', () => {
    expect(normaliseText('  La\u00a0suite\u200b  après\nla publicite\u0301 ')).toBe('La suite après la publicité');
    expect(normaliseText('Lesen Sie auch:\u202f')).toBe('Lesen Sie auch:');
    expect(normaliseText('Czytaj tak\u017ce: \u0119')).toBe('Czytaj także: ę');
    // Beside a curly apostrophe, which needs no normalising pass of its own.
    expect(normaliseText('L\u2019e\u0301te\u0301 \u2014 «\u00a0lire\u00a0»')).toBe('L’été — « lire »');
    expect(normaliseText('\u212b \u2126 \u1100\u1161')).toBe('Å Ω 가');
  });

  it('skips the normalising pass only for characters NFC leaves alone, in any context', () => {
    // The seconds of NFC's pairs: every character after the first of a canonical decomposition.
    const seconds = new Set<number>();
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const decomposed = [...String.fromCodePoint(cp).normalize('NFD')];
      if (decomposed.length > 1) for (const c of decomposed.slice(1)) seconds.add(c.codePointAt(0)!);
    }
    // A non-zero combining class shows in reordering: beside U+0334 (class 1) or U+0301 (class 230).
    const reorders = (c: string) => (c + '\u0334').normalize('NFD') !== `${c}\u0334` || ('\u0301' + c).normalize('NFD') !== `\u0301${c}`;
    const unstable: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      const c = String.fromCharCode(cp);
      if (NEEDS_NFC.test(c)) continue;
      const decomposed = c.normalize('NFD');
      if (c.normalize('NFC') !== c || seconds.has(cp) || /\p{M}/u.test(c) || (decomposed === c && reorders(c))) unstable.push(cp.toString(16));
    }
    expect(unstable).toEqual([]);
    // Surrogates (characters beyond the BMP) always take the pass.
    expect(NEEDS_NFC.test('\ud835\udc00')).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }).map((cp) => String.fromCharCode(cp)), { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        if (!NEEDS_NFC.test(text)) expect(text.normalize('NFC')).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });
});
