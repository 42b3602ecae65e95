/**
 * Épure on the command line: `npm run -s extract -- [--format markdown|text|html|json] [--url URL]
 * [--force] [FILE ...]`, or `--jsonl` to clean `{ id, url, html }` lines read from standard input.
 * See USAGE in lib/cli-args.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extract } from '../src/extract';
import { parseArgs, USAGE, type CliArgs } from './lib/cli-args';
import { answerJsonLines, jsonLine, messageOf, type Failure, type Outcome } from './lib/json-lines';
import { loadPage } from './lib/jsdom-page';

const SAMPLE_FILE = fileURLToPath(new URL('../tests/fixtures/fr-seed-semantic/source.html', import.meta.url));
const SAMPLE_URL = 'https://www.example-news.fr/tech/mark-zuckerberg-ia-62-milliards.html';
const SAMPLE_NAME = '(sample)';

/** Loads `html` into a fresh jsdom and cleans it; never throws. */
function clean(html: string | Buffer, url: string, force: boolean): Outcome {
  let dom;
  try {
    dom = loadPage(html, url);
  } catch (error) {
    return { result: badInput(`cannot load the page at "${url}": ${messageOf(error)}`), ms: 0 };
  }
  try {
    const started = performance.now();
    const result = extract(dom.window.document, url, { force });
    return { result, ms: Math.round((performance.now() - started) * 10) / 10 };
  } finally {
    dom.window.close();
  }
}

function badInput(message: string): Failure {
  return { ok: false, reason: 'bad-input', message };
}

/**
 * Lets the event loop turn between pages: jsdom frees a closed window's memory in a later task,
 * so a long run that never yields would keep every page in memory.
 */
const turnEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Cleans the files (or the sample) and prints them; returns whether every one was cleaned. */
async function runFiles(args: CliArgs): Promise<boolean> {
  const inputs = args.files.length
    ? args.files.map((file) => ({ name: file, path: file, url: args.url ?? pathToFileURL(resolve(file)).href }))
    : [{ name: SAMPLE_NAME, path: SAMPLE_FILE, url: args.url ?? SAMPLE_URL }];
  let allOk = true;
  let printed = 0;
  for (const input of inputs) {
    let outcome: Outcome;
    try {
      outcome = clean(readFileSync(input.path), input.url, args.force);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file or directory' : code === 'EISDIR' ? 'it is a directory' : messageOf(error);
      outcome = { result: badInput(`cannot read the file: ${why}`), ms: 0 };
    }
    await turnEventLoop();
    const { result } = outcome;
    if (!result.ok) allOk = false;
    if (args.format === 'json') {
      process.stdout.write(jsonLine('file', input.name, outcome) + '\n');
      continue;
    }
    if (!result.ok) {
      process.stderr.write(`epure: ${input.name}: ${result.message}\n`);
      continue;
    }
    const body = args.format === 'text' ? result.text : args.format === 'html' ? result.html : result.markdown;
    const header = inputs.length > 1 ? `==> ${input.name} <==\n` : '';
    process.stdout.write((printed++ ? '\n' : '') + header + body.replace(/\n*$/, '\n'));
  }
  return allOk;
}

/** One JSON result line per `{ id, url, html }` line of standard input, written as soon as done (see `answerJsonLines`). */
function runJsonl(args: CliArgs): Promise<boolean> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  return answerJsonLines(lines, (html, url) => clean(html, url, args.force), (line) => process.stdout.write(line), turnEventLoop);
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`epure: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  const { args } = parsed;
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const allOk = args.jsonl ? await runJsonl(args) : await runFiles(args);
  return allOk ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`epure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
