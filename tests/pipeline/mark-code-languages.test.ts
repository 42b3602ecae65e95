import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { markCodeLanguages } from '../../src/pipeline/mark-code-languages';
import { pageOf } from '../helpers/fixtures';
import { PROSE } from './draft';

describe('mark-code-languages', () => {
  it('is named after its file', () => expect(markCodeLanguages.name).toBe('mark-code-languages'));

  it('keeps the language a page names in a class through the clean-up, to the fenced Markdown block', () => {
    const html = (pre: string) =>
      `<!doctype html><html lang="en"><head><title>Notes</title></head><body><article><h1>Notes</h1><p>${PROSE.en.join('</p><p>')}</p>${pre}<p>${PROSE.en[0]}</p></article></body></html>`;
    for (const [pre, language] of [
      ['<pre><code class="language-python">print("ok")</code></pre>', 'python'],
      ['<pre class="lang-js prettyprint"><code>let a = 1;</code></pre>', 'js'],
      ['<pre class="brush: ruby; gutter: false">puts 1</pre>', 'ruby'],
    ] as const) {
      const result = extract(pageOf(html(pre)), 'https://news.example/notes.html');
      if (!result.ok) throw new Error(result.reason);
      expect(result.html).toContain(`data-lang="${language}"`);
      expect(result.markdown).toContain('```' + language + '\n');
    }
  });

  it('leaves a block without a language alone', () => {
    const html = `<!doctype html><html lang="en"><body><article><p>${PROSE.en.join('</p><p>')}</p><pre class="wp-block-code"><code>plain</code></pre></article></body></html>`;
    const result = extract(pageOf(html), 'https://news.example/notes.html');
    if (!result.ok) throw new Error(result.reason);
    expect(result.html).not.toContain('data-lang');
    expect(result.markdown).toContain('```\nplain\n```');
  });
});
