import { ANY_RULES } from './lang/any';
import { DE_RULES } from './lang/de';
import { EN_RULES } from './lang/en';
import { ES_RULES } from './lang/es';
import { FR_RULES } from './lang/fr';
import { IT_RULES } from './lang/it';
import { NL_RULES } from './lang/nl';
import { PL_RULES } from './lang/pl';
import { PT_RULES } from './lang/pt';
import type { ClutterRule, RuleKind } from './rule';

/**
 * The one list of the languages Épure cleans, each with its rules file (`src/rules/lang/<code>.ts`).
 * Every other list of languages derives from it (`RuleLang`, the rules index below, the rules
 * test). Adding a language is one data file, one line here and a fixture (CONTRIBUTING.md).
 */
export const LANGUAGE_RULES = {
  en: EN_RULES,
  fr: FR_RULES,
  de: DE_RULES,
  es: ES_RULES,
  it: IT_RULES,
  pt: PT_RULES,
  nl: NL_RULES,
  pl: PL_RULES,
} as const satisfies Record<string, readonly ClutterRule[]>;

/** A language Épure has rules for (ISO 639-1). */
export type CleanedLang = keyof typeof LANGUAGE_RULES;

/** The languages Épure has rules for, in the registry's order. */
export const CLEANED_LANGS = Object.keys(LANGUAGE_RULES) as CleanedLang[];

/** Every rule Épure applies: the language-independent ones, then each language's. */
export const ALL_RULES: readonly ClutterRule[] = [...ANY_RULES, ...CLEANED_LANGS.flatMap((lang) => LANGUAGE_RULES[lang])];

const NONE: readonly ClutterRule[] = Object.freeze([]);

interface KindIndex {
  /** Every rule of the kind: the '*' ones, then each language's in the registry's order. */
  all: readonly ClutterRule[];
  /** Per page language: that language's rules, then the '*' ones. */
  byLang: ReadonlyMap<string, readonly ClutterRule[]>;
}

/** Built once at module load: callers get the same frozen arrays on every call. */
const INDEX: ReadonlyMap<RuleKind, KindIndex> = (() => {
  const index = new Map<RuleKind, KindIndex>();
  for (const kind of new Set(ALL_RULES.map((rule) => rule.kind))) {
    const ofKind = ALL_RULES.filter((rule) => rule.kind === kind);
    const universal = ofKind.filter((rule) => rule.lang === '*');
    const byLang = new Map<string, readonly ClutterRule[]>();
    for (const lang of CLEANED_LANGS) byLang.set(lang, Object.freeze([...ofKind.filter((rule) => rule.lang === lang), ...universal]));
    index.set(kind, { all: Object.freeze(ofKind), byLang });
  }
  return index;
})();

/**
 * The rules of `kind` for a page in `lang` (a BCP 47 tag; its primary subtag counts: 'fr-FR' →
 * 'fr'): that language's rules plus the language-independent ones. When the language is unknown
 * or not one we have rules for, every language's rules of that kind: such pages still get
 * cleaned. A kind with no rules at all gives an empty list.
 */
export function rulesOfKind(kind: RuleKind, lang: string | null): readonly ClutterRule[] {
  const entry = INDEX.get(kind);
  if (!entry) return NONE;
  const primary = lang ? lang.trim().split(/[-_]/, 1)[0]!.toLowerCase() : '';
  return entry.byLang.get(primary) ?? entry.all;
}
