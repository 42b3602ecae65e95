/**
 * The background's two jobs for the engine: "clean this page and copy it" (the context menu)
 * and "clean this page for the overlay" (auto-clean), and what each answers. No engine here:
 * Chrome's service worker imports this module and must not carry the engine it never runs.
 */
import type { AutoCleanResponse, CopyFailure, CopyOutcome, MenuItemId, ReadPage } from '../messaging';

export type Job =
  | { kind: 'copy'; menuItemId: MenuItemId; page: ReadPage; siteRuleLines: string[]; frontMatter: boolean }
  | { kind: 'overlay'; page: ReadPage; siteRuleLines: string[] };

/** What each job answers. */
export type JobAnswer<J extends Job> = J extends { kind: 'copy' } ? CopyOutcome : AutoCleanResponse;

/** The answer of a job that could not be done at all (the offscreen document did not answer, a throw). */
export function failedJob<J extends Job>(job: J): JobAnswer<J> {
  return (job.kind === 'copy' ? copyFailure('error') : { ok: false, reason: 'error' }) as JobAnswer<J>;
}

export function copyFailure(reason: CopyFailure): CopyOutcome {
  return { ok: false, reason };
}
