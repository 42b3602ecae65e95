/**
 * Épure's one message protocol between runtimes, and the shapes that cross them:
 * - the content script `extract-page` returns a `SerialisedPage` through `scripting.executeScript`;
 * - the background (Chrome service worker) asks the offscreen document to clean and copy
 *   with an `OffscreenCopyRequest`, and gets a `CopyOutcome` back.
 * Every receiver checks the message's shape and its sender before acting on it.
 */

/** What the content script hands back: a read-only serialisation of the live page. */
export type SerialisedPage =
  | {
      tooLarge: false;
      url: string;
      /** `document.baseURI`: the page's `<base href>` when it has one, else its URL. */
      baseUrl: string;
      html: string;
      lang: string | null;
      title: string;
    }
  | { tooLarge: true; url: string; elementCount: number };

/** Above this many elements the content script does not serialise the page at all. */
export const MAX_PAGE_ELEMENTS = 60_000;

/** The two context-menu items; the id is also the copy format. */
export const MENU_ITEMS = ['copy-clean-text', 'copy-clean-markdown'] as const;
export type MenuItemId = (typeof MENU_ITEMS)[number];

export function isMenuItemId(value: unknown): value is MenuItemId {
  return typeof value === 'string' && (MENU_ITEMS as readonly string[]).includes(value);
}

/** Why a context-menu copy did not happen, as a value the badge and the tests can read. */
export type CopyFailure = 'restricted' | 'tab-gone' | 'too-large' | 'not-an-article' | 'clipboard' | 'error';

export type CopyOutcome = { ok: true; text: string } | { ok: false; reason: CopyFailure; text?: undefined };

export interface OffscreenCopyRequest {
  target: 'offscreen';
  type: 'clean-and-copy';
  menuItemId: MenuItemId;
  page: Extract<SerialisedPage, { tooLarge: false }>;
}

export function isOffscreenCopyRequest(message: unknown): message is OffscreenCopyRequest {
  if (!message || typeof message !== 'object') return false;
  const m = message as Partial<OffscreenCopyRequest>;
  return (
    m.target === 'offscreen' &&
    m.type === 'clean-and-copy' &&
    isMenuItemId(m.menuItemId) &&
    !!m.page &&
    m.page.tooLarge === false &&
    typeof m.page.html === 'string' &&
    typeof m.page.url === 'string'
  );
}

/** True when `value` looks like what `extract-page.content.ts` returns. */
export function isSerialisedPage(value: unknown): value is SerialisedPage {
  if (!value || typeof value !== 'object') return false;
  const p = value as Record<string, unknown>;
  if (typeof p.url !== 'string') return false;
  if (p.tooLarge === true) return typeof p.elementCount === 'number';
  return p.tooLarge === false && typeof p.html === 'string' && typeof p.title === 'string';
}
