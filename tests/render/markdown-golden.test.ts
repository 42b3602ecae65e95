import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'commonmark';
import { describe, expect, it } from 'vitest';
import { listFixtures, runFixture } from '../helpers/fixtures';

/**
 * Reviewed Markdown copies (`expected.md`): what "Copy Markdown" gives on three fixtures, read by
 * eye and checked in. Regenerate with `WITH_MARKDOWN=1 npm run fixtures:update <slug>` and read
 * the diff before committing it.
 */
const GOLDEN = [
  // English: footnotes and a fenced code block with its language.
  { slug: 'en-footnotes', shows: [/\[\^1\]/, /^\[\^2\]: /m, /^```python$/m] },
  // French: a figure, its picture on its own line and its caption in italics under it.
  { slug: 'fr-seed-semantic', shows: [/^!\[[^\]]+\]\(https:\/\/[^)]+\)$/m, /\)\n\n\*[^*\n]+\*\n/] },
  // German: a results table as a GFM table.
  { slug: 'keep-results-table-de', shows: [/^\| Heim \| Gast \| Ergebnis \|$/m, /^\| --- \| --- \| --- \|$/m] },
];

describe('Markdown copies, as reviewed', () => {
  const fixtures = new Map(listFixtures().map((f) => [f.slug, f]));

  for (const { slug, shows } of GOLDEN) {
    it(`${slug} gives its reviewed Markdown`, () => {
      const fixture = fixtures.get(slug);
      expect(fixture, slug).toBeTruthy();
      const result = runFixture(fixture!);
      if (!result.ok) throw new Error(`${slug}: ${result.reason}`);
      const expected = readFileSync(join(fixture!.dir, 'expected.md'), 'utf8');
      expect(result.markdown).toBe(expected);
      for (const pattern of shows) expect(expected, String(pattern)).toMatch(pattern);
      // Parses as CommonMark, the title the only level-1 heading, no indented code.
      const walker = new Parser().parse(expected).walker();
      const headings: number[] = [];
      let codeBlocks = 0;
      for (let step = walker.next(); step; step = walker.next()) {
        if (!step.entering) continue;
        if (step.node.type === 'heading') headings.push(step.node.level);
        if (step.node.type === 'code_block') codeBlocks++;
      }
      expect(headings.filter((level) => level === 1)).toHaveLength(1);
      expect(codeBlocks).toBe((expected.match(/^```/gm) ?? []).length / 2);
    });
  }
});
