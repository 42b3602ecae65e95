/**
 * Does one of the background's jobs (`job.ts`) where a DOM is at hand: Chrome's offscreen
 * document, Firefox's background page. `runJob` decides where; this module does the work, and
 * maps the engine's failures to the callers' answers, once.
 */
import { textForMenuItem } from '../render/copy-formats';
import { sanitizeToFragment } from '../safe-html';
import { cleanPage } from './clean-page';
import { copyFailure, type Job, type JobAnswer } from './job';
import { overlayArticleOf } from './overlay-article';

/** Puts text on the clipboard where the job runs; false when the browser refused. */
export type WriteClipboard = (text: string) => boolean | Promise<boolean>;

/** Does `job` here. Never throws: an engine or clipboard failure is an answer. */
export async function doJob<J extends Job>(job: J, writeClipboard: WriteClipboard): Promise<JobAnswer<J>> {
  if (job.kind === 'overlay') return overlayArticleOf(job.page, job.siteRuleLines) as JobAnswer<J>;
  const copy = job as Extract<Job, { kind: 'copy' }>;
  const result = cleanPage(copy.page, { siteRuleLines: copy.siteRuleLines });
  if (!result.ok) return copyFailure(result.reason === 'not-an-article' || result.reason === 'too-large' ? result.reason : 'error') as JobAnswer<J>;
  let text: string;
  try {
    text = textForMenuItem(copy.menuItemId, result, copy.frontMatter, bodyOf(result.html));
  } catch {
    return copyFailure('error') as JobAnswer<J>;
  }
  let written = false;
  try {
    written = await writeClipboard(text);
  } catch {
    written = false;
  }
  return (written ? { ok: true, text } : copyFailure('clipboard')) as JobAnswer<J>;
}

/**
 * The article's body as a tree, for the plain-text copy (quotes, images' alt text), or null where
 * no DOM can parse it (the engine's text is copied then).
 */
function bodyOf(html: string): DocumentFragment | null {
  try {
    const fragment = sanitizeToFragment(html, globalThis as Window & typeof globalThis);
    return fragment.textContent?.trim() ? fragment : null;
  } catch {
    return null;
  }
}
