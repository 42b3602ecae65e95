import { describe, expect, it } from 'vitest';
import { markdownFileName, slugify } from '../../src/shared/filename';

describe('slugify / markdownFileName', () => {
  it.each([
    ['Épure : l’été à Paris — 2025 !', 'epure-l-ete-a-paris-2025'],
    ['Straße und Œuvre', 'strasse-und-oeuvre'],
    ['  Hello,   World  ', 'hello-world'],
    ['C++ & Rust: a/b\\c?', 'c-rust-a-b-c'],
    ['Ünïcödé façade naïve', 'unicode-facade-naive'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('keeps letters of other scripts intact', () => {
    expect(slugify('がんばれ 한국어 йогурт')).toBe('がんばれ-한국어-йогурт');
    expect(slugify('مرحبا بالعالم')).toBe('مرحبا-بالعالم');
  });

  it('falls back when nothing usable is left', () => {
    expect(slugify('')).toBe('article');
    expect(slugify('!!! ???')).toBe('article');
    expect(markdownFileName('')).toBe('article.md');
  });

  it('cuts long titles at a word boundary, never mid-hyphen', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^(word-)*word$/);
  });

  it('never yields characters file systems reject', () => {
    expect(markdownFileName('a<b>c:d"e/f\\g|h?i*j')).toMatch(/^[a-j-]+\.md$/);
  });
});
