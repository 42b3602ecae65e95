import { ANY_RULES } from './lang/any';
import { DE_RULES, DE_STOP_WORDS } from './lang/de';
import { EN_RULES, EN_STOP_WORDS } from './lang/en';
import { ES_RULES, ES_STOP_WORDS } from './lang/es';
import { FR_RULES, FR_STOP_WORDS } from './lang/fr';
import { IT_RULES, IT_STOP_WORDS } from './lang/it';
import { JA_RULES, JA_STOP_WORDS } from './lang/ja';
import { NL_RULES, NL_STOP_WORDS } from './lang/nl';
import { PL_RULES, PL_STOP_WORDS } from './lang/pl';
import { PT_RULES, PT_STOP_WORDS } from './lang/pt';
import type { ClutterRule, RuleKind } from './rule';

/**
 * The one list of the languages Épure cleans, each with its file (`src/rules/lang/<code>.ts`):
 * its rules and its stop words. Every other list of languages derives from it (`RuleLang`,
 * the rules index below, the language check, the rules test). Adding a language is one data
 * file, one line here and a fixture (CONTRIBUTING.md).
 */
export const LANGUAGES = {
  en: { rules: EN_RULES, stopWords: EN_STOP_WORDS },
  fr: { rules: FR_RULES, stopWords: FR_STOP_WORDS },
  de: { rules: DE_RULES, stopWords: DE_STOP_WORDS },
  es: { rules: ES_RULES, stopWords: ES_STOP_WORDS },
  it: { rules: IT_RULES, stopWords: IT_STOP_WORDS },
  pt: { rules: PT_RULES, stopWords: PT_STOP_WORDS },
  nl: { rules: NL_RULES, stopWords: NL_STOP_WORDS },
  pl: { rules: PL_RULES, stopWords: PL_STOP_WORDS },
  ja: { rules: JA_RULES, stopWords: JA_STOP_WORDS },
} as const satisfies Record<string, { rules: readonly ClutterRule[]; stopWords: readonly string[] }>;

/** A language Épure has rules for (ISO 639-1). */
export type CleanedLang = keyof typeof LANGUAGES;

/** The languages Épure has rules for, in the registry's order. */
export const CLEANED_LANGS = Object.keys(LANGUAGES) as CleanedLang[];

/** Every rule Épure applies: the language-independent ones, then each language's. */
export const ALL_RULES: readonly ClutterRule[] = [...ANY_RULES, ...CLEANED_LANGS.flatMap((lang) => LANGUAGES[lang].rules)];

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
