/**
 * A clutter rule is data, not code: a language-tagged set of text patterns with the examples it
 * must match and the counter-examples it must not. `tests/rules.test.ts` lints every rule.
 *
 * Patterns are tested against a block's *normalised* text: whitespace runs collapsed to one
 * space, trimmed, Unicode NFC. Patterns carry the `iu` flags; how much of the text a pattern has
 * to cover depends on the kind (see `RuleKind`).
 */

import type { CleanedLang } from './registry';

/** A language of the registry (`src/rules/registry.ts`), or '*' for rules that hold in every language (symbols, ">> … <<"). */
export type RuleLang = CleanedLang | '*';

/**
 * - `ad-label`: the WHOLE text of a short block, or of a run between `<br>`s, is an ad-break
 *   label ("La suite après la publicité", "Advertisement", "Anzeige"). Patterns are anchored
 *   `^…$`. A sentence that mentions advertising is never one.
 * - `promo-link`: a short block that STARTS with a cross-promotion lead-in ("Read more:",
 *   "Lesen Sie auch:", "» À LIRE AUSSI") or is wrapped like ">> … <<". Anchored at `^`.
 *   Lead-ins that also open ordinary sentences ("Read more books") count only when a separator
 *   or nothing follows them.
 * - `trailing-heading`: the WHOLE text of a heading that opens a section which is not the
 *   article ("Related", "Sur le même thème", "Meistgelesen", "Mots clés"). Anchored `^…$`.
 *   Kickers that can sit ABOVE an article ("Kommentar", "Opinion", "Dernière minute", "Última
 *   hora", "L'essentiel") are left out on purpose: the removal step drops what follows.
 * - `share`: the WHOLE text of a share-bar label or of a share link ("Share", "Partager",
 *   "Teilen", "Facebook", "WhatsApp"). Anchored `^…$`.
 * - `newsletter`: a short block that invites to subscribe ("Sign up for our newsletter",
 *   "Inscrivez-vous à notre newsletter"). Anchored at `^`, may match only a prefix: a
 *   subscribe verb, then (within a short clause) a newsletter/e-mail word. Prose that merely
 *   mentions a newsletter does not start so.
 * - `comments`: the WHOLE text of a comment counter or call to comment ("42 comments",
 *   "Réagir", "Kommentare (12)"). Anchored `^…$`.
 * - `image-credit`: the WHOLE text of a standalone credit line ("Photo: AFP", "© Reuters",
 *   "Foto: dpa", "(Getty Images)"). Anchored `^…$`. A caption that ENDS with a credit is
 *   article text and stays.
 * - `author-bio`: a short block that STARTS like an author biography ("About the author",
 *   "Jane Smith is a senior reporter", "Journaliste au service…"). Anchored at `^`. Name
 *   patterns are case-sensitive (`u` only): the capitals are the signal.
 * - `byline`: the WHOLE text of a byline line ("Par Mathis Ferrut | Journaliste", "By Jane
 *   Doe and John Roe"); the name goes to the article's metadata. Anchored `^…$`.
 * - `dateline`: the WHOLE text of a publication-date line ("Publié le 28 janvier 2025 à
 *   18:07", "Updated 3 hours ago"); the date goes to the metadata. Anchored `^…$`.
 */
export const RULE_KINDS = [
  'ad-label',
  'promo-link',
  'trailing-heading',
  'share',
  'newsletter',
  'comments',
  'image-credit',
  'author-bio',
  'byline',
  'dateline',
] as const;

export type RuleKind = (typeof RULE_KINDS)[number];

export interface ClutterRule {
  /** `<kind>/<lang>/<slug>`, unique, e.g. `ad-label/fr/suite-apres-publicite`. */
  id: string;
  kind: RuleKind;
  lang: RuleLang;
  patterns: RegExp[];
  /** Texts the rule must match (as a block's normalised text). At least one. */
  examples: string[];
  /** Look-alike texts it must NOT match, especially prose that merely mentions the topic. */
  counterExamples: string[];
}

/** Collapses whitespace (including NBSP and zero-width space) and applies NFC, as rules expect. */
export function normaliseText(text: string): string {
  const collapsed = text.replace(/[\s\u00a0\u200b\u202f\ufeff]+/g, ' ').trim();
  // Every character below U+0300 is already in NFC: most text needs no normalising pass.
  return BEYOND_U02FF.test(collapsed) ? collapsed.normalize('NFC') : collapsed;
}

const BEYOND_U02FF = /[\u0300-\uffff]/;
