/** Longest slug kept in a file name, in characters (file systems allow 255 bytes; stay well under). */
const MAX_SLUG_LENGTH = 80;

/**
 * A file-name-safe slug of an article title: accents folded ("Épure" → "epure"), anything
 * that is not a letter or digit becomes one hyphen, cut at a word boundary. Letters of other
 * scripts (Cyrillic, Arabic, CJK …) are kept, since every current file system accepts them.
 * Falls back to `fallback` when nothing is left.
 */
export function slugify(title: string, fallback = 'article'): string {
  const folded = title
    .normalize('NFD')
    // Only Latin accents fold: marks are part of the letter in other scripts (が, й, 한).
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/ß/g, 'ss')
    .replace(/[Ææ]/g, 'ae')
    .replace(/[Œœ]/g, 'oe')
    .replace(/[Øø]/g, 'o')
    .replace(/[Łł]/g, 'l')
    .toLowerCase();
  let slug = folded.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG_LENGTH) {
    const cut = slug.slice(0, MAX_SLUG_LENGTH);
    const lastHyphen = cut.lastIndexOf('-');
    slug = (lastHyphen > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
  }
  return slug || fallback;
}

/** The Markdown download's file name for an article title. */
export function markdownFileName(title: string): string {
  return `${slugify(title)}.md`;
}
