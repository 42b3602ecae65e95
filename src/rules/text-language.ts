import { CLEANED_LANGS, LANGUAGES, type CleanedLang } from './registry';

/** Enough words to tell a language: the first ones of the article settle it. */
const WORDS_READ = 400;
/** Votes the text must give a language before it counts. */
export const MIN_VOTES = 8;
/** How far the winner must lead the page's own language to overrule it. */
export const OVERRULE_RATIO = 3;
/**
 * The share of the words read that must be the winner's stop words: in its own language a text
 * is a fifth stop words; a neighbouring language shares a few of them (Czech has Polish "na",
 * "po", "za", "tak") and stays under this.
 */
export const MIN_STOP_WORD_SHARE = 0.12;

const STOP_WORD_LANG: ReadonlyMap<string, CleanedLang> = new Map(
  CLEANED_LANGS.flatMap((lang) => LANGUAGES[lang].stopWords.map((word) => [word, lang] as const)),
);

/** Stop-word votes per language over the first `WORDS_READ` words of `text`, and how many words were read. */
export function languageVotes(text: string): { votes: Map<CleanedLang, number>; words: number } {
  const votes = new Map<CleanedLang, number>();
  const word = /[\p{L}]+/gu;
  let read = 0;
  for (let m = word.exec(text); m && read < WORDS_READ; m = word.exec(text), read++) {
    const lang = STOP_WORD_LANG.get(m[0].toLowerCase());
    if (lang) votes.set(lang, (votes.get(lang) ?? 0) + 1);
  }
  return { votes, words: read };
}

/**
 * The article's language: the page's own (`<html lang>`, `og:locale`), unless the page names
 * one of Épure's languages and its text is plainly in another of them (a Spanish news site that
 * declares `lang="en"`, corpus: 100noticias.com.ni), or names none and its text plainly has one.
 * A page in a language Épure has no rules for keeps its word ("cs", "ko"), and so does one in a
 * language the vote cannot count ("ja": no spaces, no stop words): its own text never votes for
 * it, so one English quote among its few letter runs would outvote it.
 */
export function articleLanguage(declared: string | null, text: string): string | null {
  const primary = declared?.trim().split(/[-_]/, 1)[0]!.toLowerCase() ?? '';
  if (primary && !(CLEANED_LANGS as readonly string[]).includes(primary)) return declared;
  if (primary && LANGUAGES[primary as CleanedLang].stopWords.length === 0) return declared;
  const { votes, words } = languageVotes(text);
  let best: CleanedLang | null = null;
  let bestVotes = 0;
  for (const [lang, n] of votes) if (n > bestVotes) [best, bestVotes] = [lang, n];
  if (!best || best === primary || bestVotes < MIN_VOTES || bestVotes < MIN_STOP_WORD_SHARE * words) return declared;
  const declaredVotes = primary ? (votes.get(primary as CleanedLang) ?? 0) : 0;
  return bestVotes >= OVERRULE_RATIO * Math.max(1, declaredVotes) ? best : declared;
}
