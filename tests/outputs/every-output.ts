import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchPages } from '../../scripts/lib/bench-pages';
import { loadPage } from '../../scripts/lib/jsdom-page';
import { markdownFidelity } from '../../scripts/lib/markdown-fidelity';
import { extract } from '../../src/extract';

const ROOT = join(import.meta.dirname, '..', '..');

/** A corpus of the development set beside the project (CI has `../shared/corpus`), or a project folder. */
export function corpusDir(name: string): string {
  return name === 'fixtures' ? join(ROOT, 'tests', 'fixtures') : join(ROOT, '..', 'shared', 'corpus', name);
}

/**
 * Every output of every page of one corpus: text, Markdown and HTML are each rendered; none may
 * throw, and an article's three are never empty. The Markdown, read back with CommonMark, is
 * faithful (`markdownFidelity`): no code block the article has not, no raw HTML outside tables,
 * at least 99 % of the article's words in order. One file per corpus, so the runner spreads them
 * over its workers.
 */
export function everyOutputOf(name: string): void {
  const dir = corpusDir(name);
  // The fixtures are the project's own; the development corpus is beside the project on CI and
  // on a contributor's machine with ../shared, and may be absent from a bare clone: skipped
  // there, never on CI, where a missing corpus fails the run.
  describe.skipIf(!existsSync(dir) && process.env.CI !== 'true')(`the outputs of every page of ${name}`, () => {
    it('render as text, Markdown and HTML without a throw, the Markdown faithful', async () => {
      const broken: string[] = [];
      const unfaithful: string[] = [];
      let pages = 0;
      for (const page of benchPages(dir).pages) {
        const dom = loadPage(page.html, page.url);
        try {
          // Cleaned anyway: every page that has text gives all three outputs.
          const result = extract(dom.window.document, page.url, { force: true });
          if (result.ok) {
            for (const format of ['text', 'markdown', 'html'] as const) {
              try {
                if (!result[format].trim()) broken.push(`${page.id}: empty ${format}`);
              } catch (error) {
                broken.push(`${page.id}: ${format} threw ${String(error)}`);
              }
            }
            pages++;
            const fidelity = faithfulness(result.markdown, result.text, result.html);
            if (fidelity) unfaithful.push(`${page.id}: ${fidelity}`);
          } else if (result.reason === 'error') broken.push(`${page.id}: ${result.message}`);
        } finally {
          dom.window.close();
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(broken).toEqual([]);
      expect(pages).toBeGreaterThan(0);
      // Every page: the list says which fall short, and why.
      expect(unfaithful).toEqual([]);
    }, 900_000);
  });
}

/** What is wrong with an article's Markdown, or null: see `markdownFidelity`. */
function faithfulness(markdown: string, text: string, html: string): string | null {
  let f: ReturnType<typeof markdownFidelity>;
  try {
    f = markdownFidelity(markdown, text, (html.match(/<pre\b/g) ?? []).length);
  } catch (error) {
    return `CommonMark threw ${String(error)}`;
  }
  const problems = [
    f.extraCodeBlocks ? `${f.extraCodeBlocks} code blocks the article has not` : '',
    f.rawHtml.length ? `raw HTML ${JSON.stringify(f.rawHtml.slice(0, 2))}` : '',
    f.wordsInOrder < 0.99 ? `${(f.wordsInOrder * 100).toFixed(1)} % of its words in order` : '',
  ].filter(Boolean);
  return problems.length ? problems.join('; ') : null;
}
