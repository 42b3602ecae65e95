/**
 * Builds the e2e-mode Chrome extension (`wxt build --mode e2e`): the shipped extension plus host
 * permission for http://127.0.0.1/* and the `epureTest` hooks on the service worker, so that
 * automation can do what a toolbar click does. Never ship this build.
 *
 * `npm run build:e2e`; the demo and `npm run test:e2e` build it too. Prints the output folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findE2EBuild } from '../tests/e2e/harness';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Runs the build (output shown as it goes); returns the build folder, or throws. */
export function buildE2E(options: { quiet?: boolean } = {}): string {
  const wxt = join(ROOT, 'node_modules/.bin/wxt');
  if (!existsSync(wxt)) throw new Error('WXT is not installed: run `npm ci` first.');
  const run = spawnSync(wxt, ['build', '--mode', 'e2e'], { cwd: ROOT, stdio: options.quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
  if (run.status !== 0) {
    const output = options.quiet ? `\n${run.stdout ?? ''}${run.stderr ?? ''}` : '';
    throw new Error(`\`wxt build --mode e2e\` failed (exit ${run.status ?? run.signal}).${output}`);
  }
  return findE2EBuild();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(`e2e-mode extension built in ${buildE2E()}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
