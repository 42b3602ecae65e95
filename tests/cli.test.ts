import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArgs, USAGE } from '../scripts/lib/cli-args';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SAMPLE = 'tests/fixtures/fr-seed-semantic/source.html';
const HOME = 'tests/fixtures/home-page/source.html';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with tsx's loader from the project root (no shell, no npm). */
function cli(args: string[], stdin = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const jsonLines = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('parseArgs', () => {
  it('defaults to markdown on the sample', () => {
    expect(parseArgs([])).toEqual({ ok: true, args: { format: 'markdown', url: null, force: false, jsonl: false, help: false, files: [] } });
  });

  it('reads options in both spellings', () => {
    const parsed = parseArgs(['--format=json', '--url', 'https://a.example/x', '--force', 'page.html']);
    expect(parsed).toEqual({ ok: true, args: { format: 'json', url: 'https://a.example/x', force: true, jsonl: false, help: false, files: ['page.html'] } });
    expect(parseArgs(['--', '--odd-name.html'])).toMatchObject({ ok: true, args: { files: ['--odd-name.html'] } });
  });

  it('rejects usage errors', () => {
    for (const argv of [['--url', 'https://a.example/', 'a.html', 'b.html'], ['--jsonl', 'a.html'], ['--bogus'], ['--format', 'pdf'], ['--format'], ['--jsonl', '--url', 'https://a.example/']]) {
      expect(parseArgs(argv).ok, argv.join(' ')).toBe(false);
    }
  });

  it('lets --help win', () => {
    expect(parseArgs(['--help', '--jsonl', 'x.html'])).toMatchObject({ ok: true, args: { help: true } });
    expect(parseArgs(['-h'])).toMatchObject({ ok: true, args: { help: true } });
  });
});

describe('the extract CLI', () => {
  // Every run starts at once (each spawn costs about a second); the tests then read the results.
  let runs: Record<'markdown' | 'json' | 'text' | 'urlTwoFiles' | 'jsonlWithFile' | 'jsonl' | 'missing', Run>;

  beforeAll(async () => {
    const stdin = [
      JSON.stringify({ id: 'good', url: 'https://www.example-news.fr/tech/zuckerberg.html', html: readFileSync(`${ROOT}/${SAMPLE}`, 'utf8') }),
      '',
      '{ "id": "broken", "html": <not json',
      JSON.stringify({ id: 3, url: 'https://www.daily-meridian.example/', html: readFileSync(`${ROOT}/${HOME}`, 'utf8') }),
    ].join('\n');
    const [markdown, json, text, urlTwoFiles, jsonlWithFile, jsonl, missing] = await Promise.all([
      cli([]),
      cli(['--format', 'json']),
      cli(['--format', 'text']),
      cli(['--url', 'https://a.example/', SAMPLE, HOME]),
      cli(['--jsonl', SAMPLE]),
      cli(['--jsonl'], stdin + '\n'),
      cli(['--format', 'json', SAMPLE, 'tests/fixtures/no-such-page.html']),
    ]);
    runs = { markdown: markdown!, json: json!, text: text!, urlTwoFiles: urlTwoFiles!, jsonlWithFile: jsonlWithFile!, jsonl: jsonl!, missing: missing! };
  }, 180_000);

  it('prints the sample article as Markdown by default, without its clutter', () => {
    const { code, stdout, stderr } = runs.markdown;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.startsWith('# ')).toBe(true);
    expect(stdout).toContain('Mark Zuckerberg se lance dans un nouveau projet dingue');
    expect(stdout).toContain('Meta vise un milliard d');
    expect(stdout).not.toContain('La suite après la publicité');
    expect(stdout).not.toContain('==>');
  });

  it('prints one JSON line for the sample with --format json', () => {
    expect(runs.json.code).toBe(0);
    const lines = jsonLines(runs.json.stdout);
    expect(lines).toHaveLength(1);
    const [result] = lines;
    expect(result).toMatchObject({ file: '(sample)', ok: true });
    expect(result!.title).toMatch(/Zuckerberg/);
    expect(result!.text).toContain('Meta vise un milliard');
    expect(typeof result!.wordCount).toBe('number');
    expect(typeof result!.ms).toBe('number');
    expect(Array.isArray(result!.removals)).toBe(true);
  });

  it('prints plain text without the title with --format text', () => {
    const { code, stdout } = runs.text;
    expect(code).toBe(0);
    const title = (jsonLines(runs.json.stdout)[0]!.title as string).trim();
    expect(stdout.startsWith(title)).toBe(false);
    expect(stdout.startsWith('#')).toBe(false);
    expect(stdout).toContain('Mark Zuckerberg se lance dans un nouveau projet dingue');
  });

  it('refuses --url with two files and --jsonl with a file (exit 2, usage on stderr)', () => {
    for (const run of [runs.urlTwoFiles, runs.jsonlWithFile]) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(USAGE.split('\n')[0]!);
    }
  });

  it('answers each --jsonl line in order, echoing ids', () => {
    const { code, stdout } = runs.jsonl;
    const lines = jsonLines(stdout);
    expect(lines.map((l) => l.id)).toEqual(['good', null, 3]);
    expect(lines[0]).toMatchObject({ ok: true });
    expect(lines[0]!.markdown).toMatch(/^# /);
    expect(lines[1]).toMatchObject({ ok: false, reason: 'bad-input' });
    expect(lines[2]).toMatchObject({ ok: false, reason: 'not-an-article' });
    expect(code).toBe(1);
  });

  it('reports a missing file as bad-input and exits 1', () => {
    const { code, stdout } = runs.missing;
    const lines = jsonLines(stdout);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ file: SAMPLE, ok: true });
    expect(lines[1]).toMatchObject({ file: 'tests/fixtures/no-such-page.html', ok: false, reason: 'bad-input' });
    expect(lines[1]!.message).toMatch(/cannot read the file: no such file/);
    expect(code).toBe(1);
  });
});
