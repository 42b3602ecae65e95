import browser, { type Runtime } from 'webextension-polyfill';
import { overlayArticleOf } from '@/src/auto-clean/overlay-article';
import { acceptMessage, type AutoCleanResponse, type CopyOutcome } from '@/src/messaging';
import { cleanPage } from '@/src/ui/clean-page';
import { copyWithExecCommand } from '@/src/ui/copy';
import { textForMenuItem } from '@/src/ui/copy-formats';

/**
 * Chrome's offscreen document (reasons CLIPBOARD and DOM_PARSER): the service worker sends it a
 * serialised page; it parses it inertly and cleans it, then copies the result (context menu)
 * or hands it back for the auto-clean overlay. Only Épure's own messages addressed to it, with
 * exactly their shape, from this extension's own pages (the service worker) are handled: never a
 * content script's; anything else is ignored and logged (`acceptMessage`).
 */
browser.runtime.onMessage.addListener(
  (message: unknown, sender: Runtime.MessageSender): Promise<CopyOutcome | AutoCleanResponse> | undefined => {
    const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
    const request = acceptMessage(message, sender, self, ['clean', 'clean-and-copy']);
    if (!request) return undefined;
    if (request.type === 'clean') return Promise.resolve(overlayArticleOf(request.page, request.extraSelectors));
    const result = cleanPage(request.page, { extraSelectors: request.extraSelectors });
    if (!result.ok) {
      const reason = result.reason === 'not-an-article' || result.reason === 'too-large' ? result.reason : 'error';
      return Promise.resolve({ ok: false, reason });
    }
    const text = textForMenuItem(request.menuItemId, result);
    return Promise.resolve(copyWithExecCommand(document, text) ? { ok: true, text } : { ok: false, reason: 'clipboard' });
  },
);
