import { describe, expect, it } from 'vitest';
import { frontMatter, markdownFor, wantsFrontMatter, yamlString } from '../../src/render/front-matter';

const ARTICLE = {
  title: 'Piscine : « les travaux démarrent »',
  url: 'https://www.exemple.fr/sport/piscine.html',
  byline: 'Marie Dupont',
  publishedTime: '2025-01-28T23:30:00+01:00',
  siteName: 'Le Quotidien',
  lang: 'fr',
  markdown: '# Piscine\n\nLe texte.\n',
};
const SAVED = new Date(2025, 1, 3, 9, 0);

describe('Markdown front matter', () => {
  it('names the title, source, author, day published, site, language and day saved, as YAML strings', () => {
    expect(frontMatter(ARTICLE, SAVED)).toBe(
      [
        '---',
        'title: "Piscine : « les travaux démarrent »"',
        'source: "https://www.exemple.fr/sport/piscine.html"',
        'author: "Marie Dupont"',
        // The day the page gives, not that day in UTC (23:30 at +01:00 is still the 28th there).
        'published: "2025-01-28"',
        'site: "Le Quotidien"',
        'language: "fr"',
        'saved: "2025-02-03"',
        '---',
        '',
        '',
      ].join('\n'),
    );
  });

  it('leaves out what the page does not give, and a source that is no web address', () => {
    const fm = frontMatter({ ...ARTICLE, byline: null, publishedTime: 'hier', siteName: '  ', lang: null, url: 'about:blank' }, SAVED);
    expect(fm).not.toMatch(/author|published|site|language|source/);
    expect(fm).toContain('title: ');
    expect(fm).toContain('saved: "2025-02-03"');
  });

  it('quotes what YAML would misread, and escapes quotes, backslashes and control characters', () => {
    expect(yamlString('Yes: no # maybe')).toBe('"Yes: no # maybe"');
    expect(yamlString('say "hi" \\ there')).toBe('"say \\"hi\\" \\\\ there"');
    expect(yamlString('a\u0007b')).toBe('"a\\u0007b"');
    expect(frontMatter({ ...ARTICLE, title: 'two\nlines' }, SAVED)).toContain('title: "two lines"');
  });

  it('goes on the download only by default; on every export, or never, as the user chooses', () => {
    expect(wantsFrontMatter('download', 'download')).toBe(true);
    expect(wantsFrontMatter('download', 'copy')).toBe(false);
    expect(wantsFrontMatter('always', 'copy')).toBe(true);
    expect(wantsFrontMatter('never', 'download')).toBe(false);
    expect(markdownFor(ARTICLE, 'download', 'download', SAVED)).toMatch(/^---\ntitle: [^\n]+\n[\s\S]*\n---\n\n# Piscine\n/);
    expect(markdownFor(ARTICLE, 'download', 'copy', SAVED)).toBe(ARTICLE.markdown);
  });
});
