import browser, { type Runtime } from 'webextension-polyfill';
import { isOffscreenCopyRequest, type CopyOutcome } from '@/src/messaging';
import { cleanPage } from '@/src/ui/clean-page';
import { copyWithExecCommand } from '@/src/ui/copy';
import { textForMenuItem } from '@/src/ui/copy-formats';

/**
 * Chrome's offscreen document (reasons CLIPBOARD and DOM_PARSER): the service worker sends it a
 * serialised page; it parses it inertly, cleans it and copies the result, then answers with
 * what it copied. Only messages from this extension, addressed to it, are handled.
 */
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<CopyOutcome> | undefined => {
  if (sender.id !== browser.runtime.id || !isOffscreenCopyRequest(message)) return undefined;
  const result = cleanPage(message.page);
  if (!result.ok) {
    const reason = result.reason === 'not-an-article' || result.reason === 'too-large' ? result.reason : 'error';
    return Promise.resolve({ ok: false, reason });
  }
  const text = textForMenuItem(message.menuItemId, result);
  return Promise.resolve(copyWithExecCommand(document, text) ? { ok: true, text } : { ok: false, reason: 'clipboard' });
});
