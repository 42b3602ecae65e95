/**
 * The pattern helpers every language's rules are written with (`src/rules/lang/*.ts`). They only
 * add the anchors and the punctuation every label may carry (bullets, arrows, brackets, a trailing
 * colon); the words themselves are the regex literal each rule shows. All wildcards are bounded
 * and no quantified group can match the same text two ways, so no pattern backtracks
 * catastrophically (`tests/rules.test.ts` runs each against adversarial input).
 */

/** Bullets, arrows, brackets or dashes a label may start with: "» À LIRE AUSSI", "- Anzeige -". */
const LEAD = String.raw`[-–—_*•·|»›>▶►▸→➜➤■#(\[👉📌🔗➡\ufe0f]{0,4} ?`;
/** Punctuation a label may end with: "Related:", "Sur le même thème »", "(Anzeige)". */
const TAIL = String.raw` ?[-–—_*•·|:：.…!»›>▶►▼↓→)\]]{0,4}`;
/** The phrase ends at a word end ("Lire aussi" but not "Lire aussitôt", "reporter" not "reporter's"). */
const WORD_END = String.raw`(?![\p{L}\p{N}'’])`;
/**
 * A lead-in that may be followed by a title only after a separator: "Read more: …", "Related | …",
 * "Mira - …". A dash counts with a space beside it: "MIRA-Award", "Veja-se o caso" are words.
 */
const SEPARATOR_AHEAD = String.raw`(?= ?[:：|»›>▶►→…]| [–—-]|[–—-] |$)`;

/** The label is the WHOLE text (ad-label, trailing-heading, share, comments, image-credit). */
export function whole(label: RegExp): RegExp {
  return new RegExp(`^${LEAD}(?:${label.source})${TAIL}$`, label.flags);
}

/** The text STARTS with the phrase as whole words, whatever follows ("Lesen Sie auch …"). */
export function startsWith(phrase: RegExp): RegExp {
  return new RegExp(`^${LEAD}(?:${phrase.source})${WORD_END}`, phrase.flags);
}

/**
 * The text starts with a lead-in that is followed by a separator or by nothing: "Read more:
 * …", "Related | …", "Read more". For lead-ins that also open ordinary sentences ("Read more
 * books", "Mehr dazu sagte er nicht").
 */
export function leadIn(phrase: RegExp): RegExp {
  return new RegExp(`^${LEAD}(?:${phrase.source})${SEPARATOR_AHEAD}`, phrase.flags);
}

/** The lead-in must be followed by a colon: "MORE: …", "CZYTAJ: …". */
export function colonLeadIn(phrase: RegExp): RegExp {
  return new RegExp(`^${LEAD}(?:${phrase.source}) ?[:：]`, phrase.flags);
}

/** The text starts with the phrase; what follows is free (newsletter invitations). */
export function opening(phrase: RegExp): RegExp {
  return new RegExp(`^${LEAD}(?:${phrase.source})`, phrase.flags);
}

/**
 * A person's full name: two to four capitalised words, with particles ("Jan de Vries", "Ana de
 * la Cruz", "Jean-Luc O'Neill"). One word is not enough: "Insurance covers…" is not a bio.
 * Case matters, so patterns built on it carry `u` without `i` (with `i`, `\p{Lu}` matches "a").
 */
const FULL_NAME = String.raw`\p{Lu}[\p{L}'’.-]{0,30}(?: (?:(?:van|von|de|der|den|da|di|del|della|du|dos|das|le|la|ten|ter|al|el|y) ){0,2}\p{Lu}[\p{L}'’.-]{0,30}){1,3}`;

/** "<Full Name> <rest>": the opening of a bio ("Jane Smith is a senior reporter …"). */
export function bio(rest: RegExp): RegExp {
  return new RegExp(`^(?:${FULL_NAME}) (?:${rest.source})${WORD_END}`, rest.flags);
}

// Bylines and datelines (`byline`, `dateline`): a name or a date, whatever the language.

/** A person's name: two to four capitalised words, with particles ("de", "van", "di"). */
const BYLINE_NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|du|des|la|le|van|von|der|den|di|da|del|dos|y|e|ter)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}`;
/** Several names joined by commas or "and/et/und/y/e/en/i". */
export const BYLINE_NAMES = String.raw`${BYLINE_NAME}(?:\s*(?:,|&|\band\b|\bet\b|\bund\b|\by\b|\be\b|\ben\b|\bi\b|\boraz\b)\s*${BYLINE_NAME}){0,4}`;
/** A word in either case without the `i` flag, which would let `\p{Lu}` match lower case. */
const anyCase = (words: string) => words.replace(/\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));
export const BYLINE_BY = anyCase('by|par|von|por|di|de|door|przez|written by|écrit par|escrito por|scritto da');
export const BYLINE_AUTHOR_LABEL = anyCase('autor|autore|autora|autorin|auteur|author|texte|text|testo|texto|tekst');

/** What may follow a byline: a role or a date after a separator, kept short. */
export const BYLINE_TAIL = String.raw`(?:\s*(?:[|·•–—-]|\bpour\b|\bfor\b|\bfür\b)\s*.{0,100}|\s*,\s*[^.!?]{0,40})?`;
export const DATELINE_TAIL = String.raw`.{0,60}\d.{0,40}`;
