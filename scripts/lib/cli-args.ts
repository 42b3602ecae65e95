/** Command-line arguments of `npm run extract`, parsed without side effects (unit-testable). */

export const FORMATS = ['markdown', 'text', 'html', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliArgs {
  format: Format;
  /** Page address to use instead of the file's own `file://` URL (one input only). */
  url: string | null;
  force: boolean;
  /** Read `{ id, url, html }` JSON lines from standard input. */
  jsonl: boolean;
  help: boolean;
  files: string[];
}

export type ParsedArgs = { ok: true; args: CliArgs } | { ok: false; error: string };

export const USAGE = `Usage: npm run -s extract -- [options] [FILE ...]

Cleans each HTML FILE with Épure and prints the article. Without FILE, cleans a bundled
sample page.

Options:
  --format FORMAT  markdown (default), text, html or json (one JSON line per file)
  --url URL        the page's address (only with a single FILE); default: the file's file:// URL
  --force          clean even when the page does not look like an article
  --jsonl          read JSON lines {"id","url","html"} from standard input and write one JSON
                   result line per input line (no FILE allowed)
  -h, --help       show this help

Exit status: 0 when every input was cleaned, 1 when any was not, 2 on a usage error.
`;

/** Parses `argv` (without the node and script paths). Never throws, never exits. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const args: CliArgs = { format: 'markdown', url: null, force: false, jsonl: false, help: false, files: [] };
  const fail = (error: string): ParsedArgs => ({ ok: false, error });

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      args.files.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      args.files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string | null => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined) return null;
      i++;
      return next;
    };
    switch (name) {
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '--force':
      case '--jsonl':
        if (inline !== undefined) return fail(`${name} takes no value`);
        args[name === '--force' ? 'force' : 'jsonl'] = true;
        break;
      case '--format': {
        const format = value();
        if (format === null) return fail('--format needs a value');
        if (!(FORMATS as readonly string[]).includes(format)) {
          return fail(`unknown format "${format}" (expected ${FORMATS.join(', ')})`);
        }
        args.format = format as Format;
        break;
      }
      case '--url': {
        const url = value();
        if (url === null || url === '') return fail('--url needs a value');
        args.url = url;
        break;
      }
      default:
        return fail(`unknown option ${name}`);
    }
  }

  if (args.help) return { ok: true, args };
  if (args.jsonl && args.files.length > 0) return fail('--jsonl reads standard input and takes no FILE');
  if (args.jsonl && args.url !== null) return fail('--url cannot be used with --jsonl (each line has its own url)');
  if (args.url !== null && args.files.length > 1) return fail('--url can only be used with a single FILE');
  return { ok: true, args };
}
