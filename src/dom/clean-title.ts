/**
 * A page's title often carries the site's name or the author's after a separator ("Storm hits
 * the coast | The Courier", "Budget 2025 – Eleanor Ainge Roy"), or the site's name before it
 * ("The Courier · Storm hits the coast"). The reader shows the site and the byline on their own
 * lines: the title loses such a part when the page's metadata names it. A part that is not
 * named (a series, a section) stays, and so does a title that would be left too short.
 */
import { oneLine } from './text';

/** "By Jane Doe", "Par Anne Martin", "Von Max Muster": the name is what follows. */
const BYLINE_WORD = /^(?:by|par|von|di|door|av|af|przez|por|de)\s+/i;

const SEPARATOR = /\s+(?:[|–—·•»/]|-|::)\s+/;

export function withoutNamedParts(title: string, names: readonly (string | null | undefined)[]): string {
  const known = names.map((name) => normalise(name ?? '').replace(BYLINE_WORD, '')).filter((name) => name.length >= 2);
  if (known.length === 0) return title;
  let parts = title.split(SEPARATOR);
  const separators = title.match(new RegExp(SEPARATOR.source, 'g')) ?? [];
  if (parts.length < 2) return title;
  let start = 0;
  let end = parts.length;
  // From the end: the site, the author, in any order ("Title | Author | Site").
  while (end - start > 1 && isNamed(parts[end - 1]!, known)) end--;
  // From the start: the site only ("Site · Title").
  while (end - start > 1 && isNamed(parts[start]!, known)) start++;
  if (start === 0 && end === parts.length) return title;
  parts = parts.slice(start, end);
  const kept = parts.map((part, i) => (i === 0 ? part : `${separators[start + i - 1] ?? ' | '}${part}`)).join('');
  return kept.trim().length >= 8 ? kept.trim() : title;
}

function isNamed(part: string, known: readonly string[]): boolean {
  const value = normalise(part);
  if (!value) return false;
  // Equal once "www." and the top-level domain are gone: "lemonde", "lemonde.fr" and
  // "www.lemonde.fr" name one site.
  return known.some((name) => stripDomain(value) === stripDomain(name));
}

function stripDomain(value: string): string {
  return value.replace(/^www\./, '').replace(/\.(?:com|co\.uk|org|net|de|fr|it|es|nl|pl|se|no|dk|cz|ru|jp|kr|tr|pt|eu|info|news)$/, '');
}

function normalise(value: string): string {
  return oneLine(value.normalize('NFKC')).toLowerCase();
}
