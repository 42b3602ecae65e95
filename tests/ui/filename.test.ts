import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_BYTES, markdownFileName, safeFileName } from '../../src/shared/filename';

const day = new Date(2025, 0, 28, 10, 30);

describe('the Markdown download’s file name', () => {
  it('is the title as it reads, accents and every script kept', () => {
    expect(markdownFileName({ title: 'Épure : l’été à Paris — 2025 !' })).toBe('Épure l’été à Paris — 2025 !.md');
    expect(markdownFileName({ title: 'Straße und Œuvre' })).toBe('Straße und Œuvre.md');
    expect(markdownFileName({ title: 'がんばれ 한국어 йогурт' })).toBe('がんばれ 한국어 йогурт.md');
    expect(markdownFileName({ title: 'مرحبا بالعالم' })).toBe('مرحبا بالعالم.md');
  });

  it('follows the user’s pattern: {date}, {title}, {site}', () => {
    expect(markdownFileName({ title: 'Le titre', site: 'Le Monde', date: day }, '{date} {title}')).toBe('2025-01-28 Le titre.md');
    expect(markdownFileName({ title: 'Le titre', site: 'Le Monde', date: day }, '{site} - {title}')).toBe('Le Monde - Le titre.md');
    // A site the page does not name leaves no stray separator behind the spaces.
    expect(markdownFileName({ title: 'Le titre', date: day }, '{title} {site}')).toBe('Le titre.md');
  });

  it('never holds what a file system rejects: path separators, reserved characters, control characters', () => {
    const name = markdownFileName({ title: '../a<b>c:d"e/f\\g|h?i*j\u0007k' });
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
    expect(name).not.toMatch(/[/\\:*?"<>|\u0000-\u001f]/);
    expect(name).toBe('a b c d e f g h i j k.md');
    expect(markdownFileName({ title: 'C:\\Windows\\system32' })).toBe('C Windows system32.md');
  });

  it('falls back to "article" when nothing usable is left, or a device name would', () => {
    expect(markdownFileName({ title: '' })).toBe('article.md');
    expect(markdownFileName({ title: '!!! ???' })).toBe('article.md');
    expect(markdownFileName({ title: '...' })).toBe('article.md');
    expect(markdownFileName({ title: 'CON' })).toBe('article.md');
    expect(safeFileName('  .hidden  ')).toBe('hidden');
  });

  it('cuts a long title at a word, within the length and byte limits', () => {
    const long = markdownFileName({ title: 'mot '.repeat(60) });
    expect(long).toMatch(/^(mot )*mot\.md$/);
    expect([...long].length).toBeLessThanOrEqual(103);
    const cjk = markdownFileName({ title: '漢字'.repeat(100) });
    expect(new TextEncoder().encode(cjk.slice(0, -3)).length).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(cjk.endsWith('.md')).toBe(true);
  });
});
