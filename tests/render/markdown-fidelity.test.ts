/**
 * Every fixture's Markdown, read back by a CommonMark parser as a notes app would: no throw, no
 * code block the article has not, no raw HTML outside tables, and at least 99 % of the
 * article's words, in order. (`npm run bench:quality` gives the same figures on the corpus,
 * beside Defuddle's Markdown.)
 */
import { describe, expect, it } from 'vitest';
import { inOrderShare, markdownFidelity, words } from '../../scripts/lib/markdown-fidelity';
import { listFixtures, runFixture } from '../helpers/fixtures';

describe.each(listFixtures().filter((f) => f.case.ok))('Markdown of $slug', (fixture) => {
  const result = runFixture(fixture);
  it('reads back whole: no stray code block, no raw HTML outside tables, 99 % of the words in order', () => {
    if (!result.ok) throw new Error(`${fixture.slug}: ${result.reason}`);
    let markdown = '';
    expect(() => (markdown = result.markdown)).not.toThrow();
    const fidelity = markdownFidelity(markdown, result.text, (result.html.match(/<pre\b/g) ?? []).length);
    expect(fidelity.extraCodeBlocks, 'code blocks the article has not').toBe(0);
    expect(fidelity.rawHtml, 'raw HTML outside tables').toEqual([]);
    expect(fidelity.wordsInOrder).toBeGreaterThanOrEqual(0.99);
  });
});

describe('the fidelity measure', () => {
  it('counts an indented picture as the code block it renders as, and a wrapper div as raw HTML', () => {
    const bad = markdownFidelity('Text.\n\n        ![A](https://x/a.jpg)\n\n<div class="wrap"><p>b</p></div>\n', 'Text. b', 0);
    expect(bad.extraCodeBlocks).toBe(1);
    expect(bad.rawHtml).toEqual(['<div class="wrap"><p>b</p></div>']);
    const table = markdownFidelity('<table><tr><td><p>a b</p></td></tr></table>\n', 'a b', 0);
    expect(table).toEqual({ extraCodeBlocks: 0, rawHtml: [], wordsInOrder: 1 });
  });

  it('finds words in order, and a lost or moved paragraph costs its words', () => {
    expect(inOrderShare(words('one two three four'), words('one two three four'))).toBe(1);
    expect(inOrderShare(words('one two three four'), words('one three four'))).toBe(0.75);
    expect(inOrderShare(words('a b c d'), words('c d a b'))).toBe(0.5);
  });

  it('reads words as the reader shows them: inline pieces run together, blocks and pictures part them', () => {
    // "2<em>n</em><sup>2</sup>" is "2n2" in the article's text, and in the Markdown's.
    expect(markdownFidelity('In the 2*n*2-dimensional space.\n', 'In the 2n2-dimensional space.', 0).wordsInOrder).toBe(1);
    // A picture's alt text is no part of the word beside it (いぬ stays a word of its own).
    expect(markdownFidelity('[![犬の顔](https://x/dog.gif)いぬ](https://x/dog)\n\nおわり\n', 'いぬ\n\nおわり', 0).wordsInOrder).toBe(1);
    expect(markdownFidelity('First paragraph\n\nSecond one\n', 'First paragraph Second one', 0).wordsInOrder).toBe(1);
  });

  it('measures exactly when pictures add many words to a short article', () => {
    const text = Array.from({ length: 60 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`).join(' ');
    const pictures = Array.from({ length: 40 }, (_, i) => `![photo of the harbour at dawn number ${i}](https://x/${i}.jpg)`);
    const markdown = text.split(' ').map((word, i) => (i % 3 === 0 ? `${word}\n\n${pictures[i / 3] ?? ''}\n\n` : `${word} `)).join('');
    expect(markdownFidelity(markdown, text, 0).wordsInOrder).toBe(1);
  });
});
