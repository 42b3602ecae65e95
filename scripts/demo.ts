/**
 * `npm run demo`: Épure on the bundled sample article (tests/fixtures/fr-seed-semantic), in a
 * real browser when one is installed.
 *
 * With Chromium: builds the e2e-mode extension, serves the sample on 127.0.0.1, opens it in
 * Chromium with Épure loaded, opens the popup and the full-tab reader for it, clicks
 * "Copy Markdown", and writes screenshots (popup light and dark, reader) and the copied Markdown
 * to demo-output/. Headed when a display exists ($DISPLAY), headless otherwise.
 *
 * Without Chromium: cleans the sample with the engine on jsdom, prints the Markdown (also
 * written to demo-output/), and says how to install Chromium for the browser demo.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { extract } from '../src/extract';
import {
  CHROMIUM,
  launch,
  openTab,
  openView,
  popupSized,
  readClipboardText,
  screenshot,
  startServer,
  waitForState,
  writeClipboardText,
  type Browser,
  type PageServer,
} from '../tests/e2e/harness';
import { buildE2E } from './build-e2e';
import { loadPage } from './lib/jsdom-page';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const OUT = join(ROOT, 'demo-output');
const SLUG = 'fr-seed-semantic';
const SAMPLE = join(ROOT, 'tests/fixtures', SLUG, 'source.html');
const SAMPLE_URL = 'https://www.example-news.fr/tech/mark-zuckerberg-meta-62-milliards-intelligence-artificielle-123456.html';
const INSTALL = 'sudo apt-get install -y chromium';

const show = (path: string) => relative(process.cwd(), path) || path;

/** The engine alone, on jsdom: no browser needed. */
function engineDemo(): number {
  const dom = loadPage(readFileSync(SAMPLE), SAMPLE_URL);
  try {
    const result = extract(dom.window.document, SAMPLE_URL);
    if (!result.ok) {
      console.error(`Épure could not clean the sample: ${result.reason}: ${result.message}`);
      return 1;
    }
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, 'article.md');
    writeFileSync(file, result.markdown);
    console.log(result.markdown);
    console.log('\n---');
    console.log(`Cleaned the sample with Épure's engine (jsdom): ${result.wordCount} words, ${result.removals.length} pieces of clutter removed.`);
    console.log(`Markdown written to ${show(file)}`);
    return 0;
  } finally {
    dom.window.close();
  }
}

async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  if (!(await page.isVisible('#look-panel'))) await page.click('#look-toggle');
  await page.selectOption('#look-theme', theme);
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
  await page.click('#look-toggle'); // close the panel again
}

/**
 * The cluttered page beside Épure's reader, in one picture (drawn by the same Chromium: no image
 * tool needed).
 */
async function sideBySide(browser: Browser, before: string, after: string, out: string): Promise<string> {
  const page = await browser.context.newPage();
  try {
    await page.setViewportSize({ width: 1600, height: 620 });
    const img = (file: string) => `data:image/png;base64,${readFileSync(file).toString('base64')}`;
    const figure = (file: string, label: string) =>
      `<figure><img src="${img(file)}" alt=""><figcaption>${label}</figcaption></figure>`;
    await page.setContent(
      `<style>body{margin:0;display:flex;gap:16px;padding:16px;background:#e9e6df;font:600 18px system-ui,sans-serif}` +
        `figure{margin:0;flex:1}img{width:100%;border:1px solid #bbb;border-radius:6px;display:block}figcaption{margin-top:8px;color:#333}</style>` +
        figure(before, 'Before: the page as published') +
        figure(after, 'After: the same article in Épure'),
    );
    await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete));
    await page.screenshot({ path: out, fullPage: true });
    return out;
  } finally {
    await page.close();
  }
}

async function browserDemo(headless: boolean): Promise<number> {
  console.log('Building the e2e-mode extension (wxt build --mode e2e) …');
  const buildDir = buildE2E({ quiet: true });
  console.log(`  built in ${show(buildDir)}`);
  mkdirSync(OUT, { recursive: true });

  let server: PageServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer();
    const url = server.fixtureUrl(SLUG);
    console.log(`Serving the sample article at ${url}`);
    console.log(`Starting Chromium (${headless ? 'headless' : 'headed'}) with Épure loaded …`);
    browser = await launch({ headless, buildDir });
    const { page: source, tabId } = await openTab(browser, url);
    await source.setViewportSize({ width: 1280, height: 900 });
    await source.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
    const before = await screenshot(source, 'before', { dir: OUT, fullPage: false });

    const popup = await openView(browser, 'popup', tabId, false);
    const state = await waitForState(popup);
    if (state !== 'article') throw new Error(`the popup shows "${state}" instead of the article`);
    await popupSized(popup);
    const written: string[] = [];
    await setTheme(popup, 'light');
    written.push(await screenshot(popup, 'popup-light', { dir: OUT, fullPage: false }));
    await setTheme(popup, 'dark');
    written.push(await screenshot(popup, 'popup-dark', { dir: OUT, fullPage: false }));
    await setTheme(popup, 'light');

    await writeClipboardText(popup, '');
    if (!(await popup.isVisible('#copy-markdown'))) await popup.click('#export-toggle');
    await popup.click('#copy-markdown');
    await popup.waitForFunction(() => (document.querySelector('#copy-status')?.textContent ?? '').trim().length > 0);
    console.log(`Clicked "Copy Markdown": ${(await popup.textContent('#copy-status'))?.trim()}`);
    const markdown = await readClipboardText(popup);
    if (!markdown.startsWith('# ')) throw new Error('the clipboard does not hold the Markdown article');
    const mdFile = join(OUT, 'article.md');
    writeFileSync(mdFile, markdown);
    written.push(mdFile);

    const reader = await openView(browser, 'reader', tabId, false);
    if ((await waitForState(reader)) !== 'article') throw new Error('the reader does not show the article');
    await reader.setViewportSize({ width: 1280, height: 900 });
    await reader.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
    const after = await screenshot(reader, 'reader', { dir: OUT, fullPage: false });
    written.push(before, after, await sideBySide(browser, before, after, join(OUT, 'before-after.png')));
    written.push(await screenshot(reader, 'reader-full', { dir: OUT, fullPage: true }));

    console.log('\nThe copied Markdown begins:\n');
    console.log(markdown.split('\n').slice(0, 12).join('\n'));
    console.log('…\n\nWritten:');
    for (const file of written) console.log(`  ${show(file)}`);

    if (!headless && process.stdin.isTTY) {
      console.log('\nChromium stays open: look around, then press Enter here to close it.');
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      await new Promise<void>((done) => rl.once('line', () => done()));
      rl.close();
    }
    return 0;
  } finally {
    await browser?.close();
    await server?.close();
  }
}

async function main(): Promise<number> {
  if (!CHROMIUM) {
    console.log('Chromium is not installed: showing Épure\'s engine on the sample article instead.\n');
    const code = engineDemo();
    console.log(`\nFor the browser demo (popup, reader, copy), install Chromium and run it again:\n  ${INSTALL}\n  npm run demo`);
    return code;
  }
  try {
    return await browserDemo(!process.env.DISPLAY);
  } catch (error) {
    console.error(`\nThe browser demo failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exit(await main());
