/**
 * Where the background has the engine run, decided once for every caller: Firefox's background
 * page has a DOM and a clipboard, and does the job itself; Chrome's service worker has neither,
 * and sends it to the offscreen document (`entrypoints/offscreen/main.ts`), which does the same
 * `doJob`.
 */
import browser from 'webextension-polyfill';
import type { OffscreenCleanRequest, OffscreenCopyRequest } from '../messaging';
import { failedJob, type Job, type JobAnswer } from './job';
import { ensureOffscreenDocument } from './offscreen-document';

export async function runJob<J extends Job>(job: J): Promise<JobAnswer<J>> {
  try {
    if (import.meta.env.FIREFOX) {
      // Loaded only in Firefox: Chrome's service worker must not carry the engine it never runs.
      const { doJob } = await import('./do-job');
      return await doJob(job, async (text) => {
        await navigator.clipboard.writeText(text);
        return true;
      });
    }
    await ensureOffscreenDocument();
    const request: OffscreenCopyRequest | OffscreenCleanRequest =
      job.kind === 'copy'
        ? { target: 'offscreen', type: 'clean-and-copy', menuItemId: job.menuItemId, page: job.page, siteRuleLines: job.siteRuleLines, frontMatter: job.frontMatter }
        : { target: 'offscreen', type: 'clean', page: job.page, siteRuleLines: job.siteRuleLines };
    return ((await browser.runtime.sendMessage(request)) as JobAnswer<J> | undefined) ?? failedJob(job);
  } catch (error) {
    console.warn('Épure: the engine could not run', error);
    return failedJob(job);
  }
}
