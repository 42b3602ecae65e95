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
 * - `paywall`: a short block that STARTS with a call to subscribe or log in to read on
 *   ("Subscribe to read the full article", "Déjà abonné ? Connectez-vous", "Jetzt weiterlesen
 *   mit Plus"). Anchored at `^`.
 * - `consent`: a block that STARTS like a cookie or consent notice, or a blocked-embed
 *   placeholder ("We use cookies…", "Ce contenu est bloqué car vous n'avez pas accepté…",
 *   "Externer Inhalt"). Anchored at `^`. On a consent wall it is all there is: the page is
 *   then refused, having nothing left.
 * - `feedback`: a short block that STARTS like a feedback widget ("Was this article helpful?",
 *   "Cet article vous a-t-il été utile ?", "Merci pour votre avis"). Anchored at `^`.
 * - `follow-us`: a short block that STARTS by inviting to follow the site elsewhere ("Follow
 *   us on Facebook", "Rejoignez notre chaîne WhatsApp", "Laden Sie unsere App herunter").
 *   Anchored at `^`.
 * - `sponsored`: a short block that STARTS like a sponsorship or affiliate notice ("In
 *   partnership with …", "Contenu sponsorisé", "We may earn a commission"). Anchored at `^`.
 * - `disclaimer`: a short block that STARTS like an editorial disclaimer ("The views expressed
 *   are the author's own", "Dieser Beitrag gibt die Meinung des Autors wieder", "Les propos
 *   n'engagent que leur auteur"). Anchored at `^`.
 * - `gallery`: the WHOLE text of a gallery counter or control ("3/12", "Photo 3 of 8", "View
 *   gallery", "12 photos"). Anchored `^…$`.
 * - `tags`: a short line that STARTS with a tag or keyword label followed by the tags ("Tags:
 *   Energy, Transport", "Mots-clés : …", "Schlagwörter: …"). Anchored at `^`; the step takes it
 *   only when what follows the label is a list, not a sentence.
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
 * - `error-page`: the WHOLE title of an error page ("Page not found", "Seite nicht gefunden",
 *   "Erreur 404"), read in the page's title (each part between separators) and its first
 *   heading; with little text, the page is refused as not an article. Anchored `^…$`.
 * - `log-in`: the WHOLE title of a log-in page ("Sign in", "Se connecter", "Anmelden"), read
 *   like `error-page`; with a password field and little text, the page is refused. Anchored `^…$`.
 */
export const RULE_KINDS = [
  'ad-label',
  'promo-link',
  'trailing-heading',
  'share',
  'newsletter',
  'paywall',
  'consent',
  'feedback',
  'follow-us',
  'sponsored',
  'disclaimer',
  'gallery',
  'tags',
  'comments',
  'image-credit',
  'author-bio',
  'byline',
  'dateline',
  'error-page',
  'log-in',
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
  // Most text needs no normalising pass: see `NEEDS_NFC`.
  return NEEDS_NFC.test(collapsed) ? collapsed.normalize('NFC') : collapsed;
}

/**
 * A character outside the ranges NFC leaves alone: text without one is already NFC. No character
 * of the ranges has a decomposition NFC would change, none is a combining mark, and none can be
 * the second of a pair NFC composes. They are Latin up to U+02FF (its accented letters are NFC's
 * own composed forms), Greek and Cyrillic letters, the punctuation of U+2000–U+20CF (curly
 * quotes, dashes, the ellipsis, the euro sign), symbols, kana, CJK ideographs, Hangul syllables
 * and full-width forms; control characters, which text rarely holds, take the pass. Checked for
 * every character against Unicode's own normalisation (`tests/rules.test.ts`). Before, any
 * character above U+02FF sent the text through `normalize`: a curly apostrophe did, in most
 * French and English paragraphs.
 */
export const NEEDS_NFC = /[^ -\u02ff\u0388-\u0482\u048a-\u0590\u1e00-\u1f70\u2002-\u20cf\u212c-\u2328\u232b-\u2adb\u2e00-\u3029\u3030-\u3098\u309b-\ua66e\uabee-\ud7ff\ufe30-\uffff]/;
