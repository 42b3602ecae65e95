import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { startServer, openTab, openView, popupSized, screenshot, type Browser } from '/work/main/tests/e2e/harness';
const build = '/tmp/epure-build';
const context = await chromium.launchPersistentContext(mkdtempSync('/tmp/epure-shots-'), { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1100, height: 900 },
  args: ['--headless=new', `--disable-extensions-except=${build}`, `--load-extension=${build}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(sw.url()).host;
const browser: Browser = { context, extensionId, buildDir: build, worker: async () => context.serviceWorkers()[0] ?? sw, close: () => context.close() };
const server = await startServer();
const errors: string[] = [];
try {
  const { tabId } = await openTab(browser, server.fixtureUrl(process.argv[2] ?? 'fr-seed-semantic'));
  const page = await browser.context.newPage();
  page.on('console', (m) => errors.push(`[${m.type()}] ${m.text()} @ ${JSON.stringify(m.location())}`));
  page.on('pageerror', (e) => errors.push(`[pageerror] ${e.message}`));
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await page.waitForFunction(() => document.body.dataset.state !== 'loading', null, { timeout: 20000 });
  await popupSized(page);
  console.log('state', await page.evaluate(() => document.body.dataset.state), await page.textContent('#state-message'));
  await screenshot(page, 'popup-light', { dir: '/tmp/shots', fullPage: false });
  console.log('links', JSON.stringify(await page.evaluate(() => [...document.querySelectorAll('#article-body a, #article-body img')].map((a) => a.getAttribute('href') ?? a.getAttribute('src')).slice(0, 8))));
  await page.click('#look-toggle');
  await page.selectOption('#look-theme', 'dark');
  await screenshot(page, 'popup-dark-panel', { dir: '/tmp/shots', fullPage: false });
  await page.click('#look-toggle');
  await screenshot(page, 'popup-dark', { dir: '/tmp/shots', fullPage: false });
  await page.click('#look-toggle');
  await page.selectOption('#look-theme', 'sepia');
  await page.click('#look-toggle');
  await page.evaluate(() => { (document.getElementById('removed') as HTMLDetailsElement).open = true; document.getElementById('removed')!.scrollIntoView(); });
  await screenshot(page, 'popup-sepia-removed', { dir: '/tmp/shots', fullPage: false });
  await page.click('#look-toggle');
  await page.selectOption('#look-theme', 'light');
  const reader = await openView(browser, 'reader', tabId);
  reader.on('pageerror', (e) => errors.push(`[reader pageerror] ${e.message}`));
  await screenshot(reader, 'reader-light', { dir: '/tmp/shots', fullPage: false });
  await reader.mouse.wheel(0, 1500);
  await reader.waitForTimeout(300);
  console.log('progress', await reader.getAttribute('#progress', 'aria-valuenow'));
  console.log('settings', JSON.stringify(await reader.evaluate(() => chrome.storage.sync.get('settings'))));
} finally {
  console.log(errors.join('\n'));
  await server.close();
  await browser.close();
}
