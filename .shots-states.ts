import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { startServer, bigPage } from '/work/main/tests/e2e/harness';
const build = '/tmp/epure-build';
const lang = process.argv[2] ?? 'en';
const context = await chromium.launchPersistentContext(mkdtempSync('/tmp/epure-shots-'), { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 460, height: 600 }, locale: lang,
  args: ['--headless=new', `--lang=${lang}`, `--disable-extensions-except=${build}`, `--load-extension=${build}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(sw.url()).host;
const server = await startServer();
const tabOf = async (url: string) => sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u || t.url?.startsWith(u))?.id ?? null, url);
const errors: string[] = [];
async function shot(name: string, tabId: number | string) {
  const p = await context.newPage();
  p.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
  await p.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  await p.waitForFunction(() => document.body.dataset.state !== 'loading', null, { timeout: 20000 });
  console.log(name, await p.evaluate(() => [document.documentElement.lang, document.body.dataset.state, document.getElementById('state-message')?.textContent, 'bar height', document.querySelector('.bar')!.getBoundingClientRect().height, 'scrollWidth', document.documentElement.scrollWidth]));
  await p.screenshot({ path: `/tmp/shots/${lang}-${name}.png` });
  return p;
}
try {
  for (const [name, url] of [['article', server.fixtureUrl('fr-seed-semantic')], ['home', server.fixtureUrl('home-page')], ['big', server.addPage('/big.html', bigPage())]] as const) {
    const page = await context.newPage();
    await page.goto(url);
    const p = await shot(name, (await tabOf(url))!);
    if (name === 'home') {
      await p.click('#clean-anyway');
      await p.waitForFunction(() => document.body.dataset.state !== 'loading');
      console.log('after clean anyway', await p.evaluate(() => document.body.dataset.state));
    }
  }
  const ids = async () => sw.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id!));
  const before = new Set(await ids());
  const chromePage = await context.newPage();
  await chromePage.goto('chrome://version');
  const fresh = (await ids()).filter((x) => !before.has(x));
  await shot('restricted', fresh[0]!);
  await shot('tab-gone', 999999);
} finally {
  console.log(errors.join('\n'));
  await server.close();
  await context.close();
}
