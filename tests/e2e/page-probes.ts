/**
 * What the heavy-page tests and `npm run bench` observe on a web page and on the reader: the
 * page's long tasks and the messages it receives, and a page's memory through CDP.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * Records the page's long tasks and the messages it receives, once the page has settled: a page
 * of 100,000 elements lays itself out for a second after `load`, which is the page's own work,
 * not Épure's. Settled: painted, then half a second without a long task (at most 10 s).
 */
export async function watchSettledPage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const w = window as unknown as { __longTasks: number[]; __messages: unknown[] };
    w.__longTasks = [];
    w.__messages = [];
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    let lastLongTask = performance.now();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.__longTasks.push(entry.duration);
        lastLongTask = performance.now();
      }
    }).observe({ type: 'longtask' });
    const started = performance.now();
    while (performance.now() - lastLongTask < 500 && performance.now() - started < 10_000) await new Promise((r) => setTimeout(r, 100));
    w.__longTasks = [];
    window.addEventListener('message', (event) => w.__messages.push(event.data));
  });
}

/** The long tasks (ms) and messages the page saw since `watchSettledPage`. */
export async function watched(page: Page): Promise<{ longTasks: number[]; messages: unknown[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __messages: unknown[] };
    return { longTasks: w.__longTasks, messages: w.__messages };
  });
}

/** A CDP session on `page` with performance metrics on, for `memoryOf`. */
export async function metricsSession(context: BrowserContext, page: Page): Promise<CDPSession> {
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  return session;
}

/** JS heap (MB), DOM nodes and JS event listeners of a page, after a forced GC (see `metricsSession`). */
export async function memoryOf(session: CDPSession): Promise<{ heapMb: number; nodes: number; listeners: number }> {
  await session.send('HeapProfiler.collectGarbage');
  const { metrics } = await session.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { heapMb: get('JSHeapUsedSize') / 2 ** 20, nodes: get('Nodes'), listeners: get('JSEventListeners') };
}
