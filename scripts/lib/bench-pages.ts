import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeHtml } from './corpus-pages';
import { loadPage } from './jsdom-page';
import { detectLang } from './score';

/** How a corpus says what a good extraction is. */
export type Scoring =
  | { kind: 'snippets'; with: string[]; without: string[] }
  | { kind: 'gold'; gold: string }
  | { kind: 'none' };

/** One page of a quality-benchmark corpus. */
export interface BenchPage {
  /** `<corpus>/<id>`. */
  id: string;
  corpus: string;
  url: string;
  html: string;
  /** The corpus's language for the page, else `<html lang>`, else a stop-word vote. */
  lang: string;
  /** Whether a good reader shows the page as an article or refuses it. */
  expect: 'article' | 'not-article';
  score: Scoring;
}

export interface Corpus {
  name: string;
  dir: string;
  /** `fixtures` score keep/drop as snippets; `refusals-only` pages have no expected text. */
  kind: 'snippets' | 'gold' | 'fixtures' | 'refusals-only';
  pages: BenchPage[];
}

/**
 * Pages of the corpora that are not articles, with what they are: a reader is right to refuse
 * them, and they count among the pages that are not articles.
 */
export const NOT_ARTICLES: Readonly<Record<string, string>> = {
  'readability-pages/nytimes-5': 'the home page of The New York Times en Español (a grid of teasers)',
};

interface CaseEntry {
  id: string;
  file: string;
  url: string;
  lang?: string;
  gold?: string;
  with?: string[];
  without?: string[];
}

interface FixtureCase {
  url: string;
  lang?: string;
  ok: boolean;
  keep?: string[];
  drop?: string[];
}

function langOf(html: string, url: string): string {
  const dom = loadPage(html, url);
  try {
    return detectLang(dom.window.document);
  } finally {
    dom.window.close();
  }
}

/**
 * The pages of a corpus folder in any of its layouts: `cases.json` with snippets
 * (../shared/corpus/traf-dev) or gold texts (fundus-dev); `<slug>/source.html` with a `case.json`
 * saying whether it is an article (tests/fixtures); `<slug>/source.html` alone
 * (readability-pages, Readability's test address).
 */
export function benchPages(dir: string): Corpus {
  const name = basename(dir.replace(/\/+$/, ''));
  const casesFile = join(dir, 'cases.json');
  if (existsSync(casesFile)) {
    const cases = JSON.parse(readFileSync(casesFile, 'utf8')) as CaseEntry[];
    const gold = cases.some((c) => typeof c.gold === 'string');
    const pages = cases.map((c): BenchPage => {
      const html = decodeHtml(readFileSync(join(dir, c.file)));
      return {
        id: `${name}/${c.id}`,
        corpus: name,
        url: c.url,
        html,
        lang: c.lang ?? langOf(html, c.url),
        expect: 'article',
        score: gold ? { kind: 'gold', gold: c.gold ?? '' } : { kind: 'snippets', with: c.with ?? [], without: c.without ?? [] },
      };
    });
    return { name, dir, kind: gold ? 'gold' : 'snippets', pages };
  }
  const slugs = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'source.html')))
    .map((e) => e.name)
    .sort();
  const fixtures = slugs.some((slug) => existsSync(join(dir, slug, 'case.json')));
  const pages = slugs.map((slug): BenchPage => {
    const html = decodeHtml(readFileSync(join(dir, slug, 'source.html')));
    const caseFile = join(dir, slug, 'case.json');
    const c = existsSync(caseFile) ? (JSON.parse(readFileSync(caseFile, 'utf8')) as FixtureCase) : null;
    const url = c?.url ?? `http://fakehost/test/${slug}/`;
    return {
      id: `${name}/${slug}`,
      corpus: name,
      url,
      html,
      lang: c?.lang ?? langOf(html, url),
      expect: (c && !c.ok) || NOT_ARTICLES[`${name}/${slug}`] ? 'not-article' : 'article',
      score: c?.ok ? { kind: 'snippets', with: c.keep ?? [], without: c.drop ?? [] } : { kind: 'none' },
    };
  });
  return { name, dir, kind: fixtures ? 'fixtures' : 'refusals-only', pages };
}
