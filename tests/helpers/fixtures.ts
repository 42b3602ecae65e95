import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractResult } from '../../src/article';
import { extract } from '../../src/extract';
import { loadPage } from '../../scripts/lib/jsdom-page';

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

/** What a fixture's author says a good extraction keeps and drops (tests/fixtures/<slug>/case.json). */
export interface FixtureCase {
  url: string;
  lang: string;
  ok: boolean;
  reason?: string;
  title?: string;
  keep: string[];
  drop: string[];
  dropLines?: string[];
  images?: string[];
  captions?: string[];
  table?: boolean;
  code?: string[];
  forbidden?: string[];
  videoLink?: string;
}

export interface Fixture {
  slug: string;
  dir: string;
  case: FixtureCase;
  source: Buffer;
}

export function listFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FIXTURES_DIR, d.name, 'case.json')))
    .map((d) => {
      const dir = join(FIXTURES_DIR, d.name);
      return {
        slug: d.name,
        dir,
        case: JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as FixtureCase,
        source: readFileSync(join(dir, 'source.html')),
      };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

export function runFixture(fixture: Fixture): ExtractResult {
  const dom = loadPage(fixture.source, fixture.case.url);
  try {
    return extract(dom.window.document, fixture.case.url);
  } finally {
    dom.window.close();
  }
}

/** Loads an HTML string as a jsdom document at `url` (tests build small pages inline). */
export function pageOf(html: string, url = 'https://news.example/article.html') {
  return loadPage(html, url).window.document;
}

export const normaliseWs = (s: string) => s.replace(/\s+/g, ' ').trim();
