/**
 * The Firefox package as it goes to addons.mozilla.org: `npm run zip:firefox` writes the add-on
 * and the sources zip that review asks for; the sources rebuild the very same add-on, file for
 * file; `web-ext lint` finds no error, and every warning it prints is one that the reviewers' notes
 * (`REVIEWERS.md`) explain. Needs no browser.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/harness';
import { readZip } from './read-zip';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const ADDON_ZIP = join(ROOT, `.output/epure-${version}-firefox.zip`);
const SOURCES_ZIP = join(ROOT, `.output/epure-${version}-sources.zip`);

/** What `npm ci && npm run build:firefox` needs: nothing else belongs in the sources zip. */
// wxt.config.ts imports the build step that empties the rules' examples.
const NEEDED = ['README.md', 'REVIEWERS.md', 'package.json', 'package-lock.json', 'tsconfig.json', 'wxt.config.ts', 'scripts/lib/strip-rule-examples.ts', 'scripts/lib/html-include.ts'];
const NEEDED_FOLDERS = ['entrypoints/', 'src/', 'public/'];
/** Review uploads are small; the sources are a few hundred kB. */
const MAX_SOURCES_BYTES = 2_000_000;

function run(command: string, args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CI: 'true' } });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** Writes a zip's entries under `dir`. */
function unzipTo(entries: Map<string, Buffer>, dir: string): void {
  for (const [name, content] of entries) {
    const file = join(dir, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/** A bundle's name with its content hash replaced: `chunks/shared-CnHPGp0J.js` → `chunks/shared-*.js`. */
function unhashed(file: string): string {
  return file.replace(/-[\w-]{8}\.js$/, '-*.js');
}

/** The reviewers' notes, `REVIEWERS.md`. */
function reviewersSection(): string {
  return readFileSync(join(ROOT, 'REVIEWERS.md'), 'utf8');
}

describe('the Firefox package (zip:firefox, sources, web-ext lint)', () => {
  let scratch: string;
  let addon: Map<string, Buffer>;
  let sources: Map<string, Buffer>;

  beforeAll(() => {
    const zipped = run(join(ROOT, 'node_modules/.bin/wxt'), ['zip', '-b', 'firefox'], ROOT);
    if (zipped.status !== 0) throw new Error(`wxt zip -b firefox failed (exit ${zipped.status}):\n${zipped.stdout}${zipped.stderr}`);
    addon = readZip(ADDON_ZIP);
    sources = readZip(SOURCES_ZIP);
    scratch = mkdtempSync(join(tmpdir(), 'epure-firefox-package-'));
  }, 120_000);
  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('zip:firefox writes the add-on (the production build: no test permission, no test hook)', () => {
    const manifest = JSON.parse(addon.get('manifest.json')!.toString('utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ manifest_version: 3, browser_specific_settings: { gecko: { id: 'epure@epure.app' } } });
    expect(manifest.host_permissions, 'the shipped add-on asks for no site').toBeUndefined();
    expect(addon.get('background.js')!.toString('utf8')).not.toContain('epureTest');
  });

  it('the sources zip holds what a rebuild needs, and nothing else', () => {
    const names = [...sources.keys()];
    for (const file of NEEDED) expect(names, `${file} in the sources zip`).toContain(file);
    for (const folder of NEEDED_FOLDERS) expect(names.some((n) => n.startsWith(folder)), `${folder} in the sources zip`).toBe(true);
    const stray = names.filter((n) => !NEEDED.includes(n) && !NEEDED_FOLDERS.some((folder) => n.startsWith(folder)));
    expect(stray, 'files a rebuild does not need (node_modules, .output, tests, fixtures…)').toEqual([]);
    const bytes = [...sources.values()].reduce((sum, content) => sum + content.length, 0);
    expect(bytes).toBeLessThan(MAX_SOURCES_BYTES);
  });

  it('the sources rebuild the same add-on, file for file', () => {
    const dir = join(scratch, 'sources');
    unzipTo(sources, dir);
    // The reviewer runs `npm ci`; the project's own node_modules holds the same locked packages.
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const built = run(join(dir, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], dir);
    expect(built.status, `${built.stdout}${built.stderr}`).toBe(0);
    const rebuilt = join(dir, '.output/firefox-mv3');
    const differ = [...addon.keys()].filter((name) => {
      const file = join(rebuilt, name);
      return !existsSync(file) || !readFileSync(file).equals(addon.get(name)!);
    });
    expect(differ, 'files of the add-on that the sources do not rebuild identically').toEqual([]);
    const rebuiltFiles = readdirSync(rebuilt, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(rebuilt, join(entry.parentPath, entry.name)).split(sep).join('/'));
    expect(rebuiltFiles.sort()).toEqual([...addon.keys()].sort());
  }, 120_000);

  it('web-ext lint: no error, and every warning is explained in REVIEWERS.md', () => {
    const dir = join(scratch, 'addon');
    unzipTo(addon, dir);
    const linted = run(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--output', 'json', '--no-input', '--no-config-discovery'], ROOT);
    const report = JSON.parse(linted.stdout) as {
      summary: { errors: number; warnings: number; notices: number };
      notices: { code: string; message: string }[];
      errors: { code: string; message: string; file?: string }[];
      warnings: { code: string; message: string; file?: string }[];
    };
    expect(report.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? 'manifest'})`)).toEqual([]);
    // REVIEWERS.md's table: one row per place in the code, naming the warning's code and the
    // bundles it lands in. A new occurrence, or one that went away, needs REVIEWERS.md to follow.
    const section = reviewersSection();
    const expected = new Map<string, number>();
    for (const row of section.split('\n').filter((line) => line.startsWith('| `'))) {
      const [, codeCell = '', filesCell = ''] = row.split('|');
      const code = /`([A-Z_]+)`/.exec(codeCell)?.[1] ?? '';
      for (const [, file] of filesCell.matchAll(/`([^`]+)`/g)) expected.set(`${code} in ${file}`, (expected.get(`${code} in ${file}`) ?? 0) + 1);
    }
    const actual = new Map<string, number>();
    for (const w of report.warnings) {
      const key = `${w.code} in ${unhashed(w.file ?? 'manifest.json')}`;
      actual.set(key, (actual.get(key) ?? 0) + 1);
    }
    expect(Object.fromEntries([...actual].sort()), 'warnings per bundle vs REVIEWERS.md rows').toEqual(Object.fromEntries([...expected].sort()));
    expect(report.notices).toEqual([]);
    expect(section, 'REVIEWERS.md gives the count').toContain(`${report.summary.warnings} warnings`);
  }, 120_000);
});
