import type { CopyOutcome, MenuItemId, ReadPage } from '../messaging';
import { cleanPage } from './clean-page';
import { textForMenuItem } from './copy-formats';

/** Firefox: the background is an event page with a DOM, so it cleans and copies itself. */
export async function copyInBackground(menuItemId: MenuItemId, page: ReadPage, extraSelectors: string[]): Promise<CopyOutcome> {
  const result = cleanPage(page, { extraSelectors });
  if (!result.ok) return failure(result.reason === 'not-an-article' || result.reason === 'too-large' ? result.reason : 'error');
  const text = textForMenuItem(menuItemId, result);
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    return failure('clipboard');
  }
  return { ok: true, text };
}

function failure(reason: Extract<CopyOutcome, { ok: false }>['reason']): CopyOutcome {
  return { ok: false, reason };
}
