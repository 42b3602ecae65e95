import browser, { type Runtime } from 'webextension-polyfill';
import { doJob } from '@/src/host/do-job';
import { acceptMessage, type AutoCleanResponse, type CopyOutcome } from '@/src/messaging';
import { copyWithExecCommand } from '@/src/shared/copy';

/**
 * Chrome's offscreen document (reasons CLIPBOARD and DOM_PARSER): the service worker sends it a
 * job (`src/host/run-job.ts`); it parses the serialised page inertly, cleans it, and copies the
 * result (context menu) or hands it back for the auto-clean overlay. Only Épure's own messages
 * addressed to it, with exactly their shape, from this extension's own pages (the service
 * worker) are handled: never a content script's; anything else is ignored and logged
 * (`acceptMessage`).
 */
browser.runtime.onMessage.addListener(
  (message: unknown, sender: Runtime.MessageSender): Promise<CopyOutcome | AutoCleanResponse> | undefined => {
    const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
    const request = acceptMessage(message, sender, self, ['clean', 'clean-and-copy']);
    if (!request) return undefined;
    const { page, siteRuleLines } = request;
    if (request.type === 'clean') return doJob({ kind: 'overlay', page, siteRuleLines }, () => false);
    return doJob({ kind: 'copy', menuItemId: request.menuItemId, page, siteRuleLines, frontMatter: request.frontMatter }, (text) =>
      copyWithExecCommand(document, text),
    );
  },
);
