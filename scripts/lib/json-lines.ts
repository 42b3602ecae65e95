import type { ExtractResult } from '../../src/article';

/** A failure of the CLI itself (unreadable file, bad input line) or of the engine. */
export type Failure = { ok: false; reason: string; message: string };
export type Outcome = { result: ExtractResult | Failure; ms: number };

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * One output of an article, read on its own: a renderer that throws costs that format alone,
 * which comes back as null with the reason in `errors`, and every other field is still written.
 */
function formats(result: ExtractResult & { ok: true }): { text: string | null; markdown: string | null; html: string | null; errors?: Record<string, string> } {
  const errors: Record<string, string> = {};
  const read = (name: 'text' | 'markdown' | 'html'): string | null => {
    try {
      return result[name];
    } catch (error) {
      errors[name] = `could not render ${name}: ${messageOf(error)}`;
      return null;
    }
  };
  const out = { text: read('text'), markdown: read('markdown'), html: read('html') };
  return Object.keys(errors).length ? { ...out, errors } : out;
}

/** The JSON line of one result; `key` is `file` (files) or `id` (--jsonl). Never throws on an article's outputs. */
export function jsonLine(key: 'file' | 'id', name: unknown, { result, ms }: Outcome): string {
  const head = { [key]: name };
  if (!result.ok) return JSON.stringify({ ...head, ok: false, reason: result.reason, message: result.message });
  const { title, byline, siteName, lang, publishedTime, excerpt, wordCount, readingMinutes, short, removals } = result;
  return JSON.stringify({ ...head, ok: true, title, byline, siteName, lang, publishedTime, excerpt, ...formats(result), wordCount, readingMinutes, short, removals, ms });
}

/**
 * Answers a stream of `{ id, url, html }` lines, one JSON line per input line, in order, as soon
 * as each is done: a result, or `{ id, ok: false, reason, message }` (bad line, engine error, a
 * crash anywhere) — and goes on with the next line. Blank lines are skipped. Returns whether
 * every line was cleaned.
 */
export async function answerJsonLines(
  lines: AsyncIterable<string>,
  clean: (html: string, url: string) => Outcome,
  write: (line: string) => void,
  between: () => Promise<void> = () => Promise.resolve(),
): Promise<boolean> {
  let allOk = true;
  for await (const line of lines) {
    if (!line.trim()) continue;
    let id: unknown = null;
    let answer: string;
    let ok = false;
    try {
      const input: unknown = JSON.parse(line);
      if (!input || typeof input !== 'object' || Array.isArray(input)) throw new BadLine('expected a JSON object { id, url, html }');
      const { id: given, url, html } = input as Record<string, unknown>;
      id = given ?? null;
      if (typeof html !== 'string') throw new BadLine('"html" must be a string');
      if (typeof url !== 'string') throw new BadLine('"url" must be a string');
      const outcome = clean(html, url);
      ok = outcome.result.ok;
      answer = jsonLine('id', id, outcome);
    } catch (error) {
      const bad = error instanceof SyntaxError || error instanceof BadLine;
      const why = error instanceof SyntaxError ? `not JSON: ${error.message}` : messageOf(error);
      answer = JSON.stringify({ id, ok: false, reason: bad ? 'bad-input' : 'error', message: bad ? `bad input line: ${why}` : `Épure could not clean this page: ${why}` });
    }
    if (!ok) allOk = false;
    write(answer + '\n');
    await between();
  }
  return allOk;
}

class BadLine extends Error {}
