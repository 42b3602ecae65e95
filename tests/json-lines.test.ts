import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../src/article';
import { answerJsonLines, jsonLine, type Outcome } from '../scripts/lib/json-lines';

async function* linesOf(lines: string[]): AsyncGenerator<string> {
  for (const line of lines) yield line;
}

/** An article result whose Markdown renderer throws, as the GFM tables plugin once did. */
function articleWithBrokenMarkdown(title: string): Outcome {
  const result = {
    ok: true, title, byline: null, siteName: null, publishedTime: null, lang: 'en', dir: null, excerpt: null, leadImage: null,
    url: 'https://news.example/a', html: '<p>Body</p>', text: 'Body', wordCount: 1, readingMinutes: 1, short: true, removals: [],
    get markdown(): string {
      throw new TypeError('node.getAttribute is not a function');
    },
  } as ExtractResult;
  return { result, ms: 1 };
}

const ok = (title: string): Outcome => ({
  result: {
    ok: true, title, byline: null, siteName: null, publishedTime: null, lang: 'en', dir: null, excerpt: null, leadImage: null,
    url: 'https://news.example/a', html: '<p>Body</p>', text: 'Body', markdown: `# ${title}`, wordCount: 1, readingMinutes: 1, short: true, removals: [],
  },
  ms: 1,
});

describe('jsonLine', () => {
  it('writes the other formats when one renderer throws, with the reason for the one that failed', () => {
    const line = JSON.parse(jsonLine('id', 7, articleWithBrokenMarkdown('T'))) as Record<string, unknown>;
    expect(line).toMatchObject({ id: 7, ok: true, text: 'Body', html: '<p>Body</p>', markdown: null });
    expect(line.errors).toEqual({ markdown: 'could not render markdown: node.getAttribute is not a function' });
  });
});

describe('answerJsonLines (extract --jsonl)', () => {
  it('answers every line, in order, whatever breaks on one of them', async () => {
    const input = [
      JSON.stringify({ id: 'a', url: 'https://news.example/a', html: 'A' }),
      JSON.stringify({ id: 'b', url: 'https://news.example/b', html: 'BREAK-RENDERER' }),
      '',
      JSON.stringify({ id: 'c', url: 'https://news.example/c', html: 'THROW' }),
      '{ not json',
      JSON.stringify({ id: 'e', url: 42, html: 'x' }),
      JSON.stringify({ id: 'f', url: 'https://news.example/f', html: 'F' }),
    ];
    const out: string[] = [];
    const clean = (html: string): Outcome => {
      if (html === 'THROW') throw new Error('engine exploded');
      return html === 'BREAK-RENDERER' ? articleWithBrokenMarkdown(html) : ok(html);
    };
    const allOk = await answerJsonLines(linesOf(input), clean, (line) => out.push(line));
    const answers = out.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(answers.map((a) => a.id)).toEqual(['a', 'b', 'c', null, 'e', 'f']);
    expect(answers.map((a) => a.ok)).toEqual([true, true, false, false, false, true]);
    expect(answers[2]).toMatchObject({ reason: 'error', message: 'Épure could not clean this page: engine exploded' });
    expect(answers[3]).toMatchObject({ reason: 'bad-input' });
    expect(answers[4]).toMatchObject({ reason: 'bad-input', message: 'bad input line: "url" must be a string' });
    expect(answers[5]).toMatchObject({ title: 'F', markdown: '# F' });
    expect(allOk).toBe(false);
  });
});
