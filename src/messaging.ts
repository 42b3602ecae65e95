/**
 * Épure's one message protocol between runtimes, and the shapes that cross them:
 * - the content script `extract-page` returns a `SerialisedPage` through `scripting.executeScript`;
 * - the background (Chrome service worker) asks the offscreen document to clean and copy
 *   with an `OffscreenCopyRequest`, and gets a `CopyOutcome` back;
 * - the `auto-clean` content script sends its page with an `AutoCleanRequest`; the background
 *   cleans it (Chrome: in the offscreen document, `OffscreenCleanRequest`) and answers with an
 *   `AutoCleanResponse`;
 * - e2e builds only: the test asks the `auto-clean` content script for its `OverlayState`.
 * Every receiver checks the message's shape and its sender before acting on it.
 */
import type { Article, FailureReason } from './article';

/** What the content script hands back: a read-only serialisation of the live page. */
export type SerialisedPage =
  | {
      tooLarge: false;
      url: string;
      /** The page's markup; its `<base href>`, if any, is in it (the engine reads it there). */
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

/** A page that was read whole (not too large). */
export type ReadPage = Extract<SerialisedPage, { tooLarge: false }>;

export interface OffscreenCopyRequest {
  target: 'offscreen';
  type: 'clean-and-copy';
  menuItemId: MenuItemId;
  page: ReadPage;
  /** The user's rules for the page's site (`settings.siteRules`). */
  extraSelectors: string[];
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
    typeof m.page.url === 'string' &&
    isStringList(m.extraSelectors)
  );
}

/** True when `value` looks like what `entrypoints/extract-page.ts` returns. */
export function isSerialisedPage(value: unknown): value is SerialisedPage {
  if (!value || typeof value !== 'object') return false;
  const p = value as Record<string, unknown>;
  if (typeof p.url !== 'string') return false;
  if (p.tooLarge === true) return typeof p.elementCount === 'number';
  return p.tooLarge === false && typeof p.html === 'string' && typeof p.title === 'string';
}

/** What the auto-clean overlay shows: the header fields and the sanitized body of an article. */
export type OverlayArticle = Pick<
  Article,
  'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'dir' | 'leadImage' | 'url' | 'html' | 'readingMinutes'
>;

/** The auto-clean content script → the background: "clean this page for the overlay". */
export interface AutoCleanRequest {
  type: 'auto-clean';
  page: ReadPage;
}

/** `not-chosen`: the sender's site is not (or no longer) one the user chose to auto-clean. */
export type AutoCleanResponse = { ok: true; article: OverlayArticle } | { ok: false; reason: FailureReason | 'not-chosen' };

/** Chrome: the service worker → the offscreen document: "clean this page for the overlay". */
export interface OffscreenCleanRequest {
  target: 'offscreen';
  type: 'clean';
  page: ReadPage;
  extraSelectors: string[];
}

export function isOffscreenCleanRequest(message: unknown): message is OffscreenCleanRequest {
  if (!message || typeof message !== 'object') return false;
  const m = message as Partial<OffscreenCleanRequest>;
  return m.target === 'offscreen' && m.type === 'clean' && isSerialisedPage(m.page) && m.page.tooLarge === false && isStringList(m.extraSelectors);
}

/** e2e builds only: the test (through the service worker) asks the overlay what it shows. */
export interface OverlayStateRequest {
  type: 'e2e:overlay-state';
}

export interface OverlayState {
  shown: boolean;
  /** The overlay's visible text (title, byline, body), empty when not shown. */
  text: string;
  /** What has the focus inside the overlay: a button's `data-action` (`show-original`), `reader`, `title`, a tag name, or null. */
  focused: string | null;
  /** How many times an article was shown since the page loaded (history navigation included). */
  runs: number;
  /** The theme and font the overlay shows (`data-theme`, `data-font`), null when not shown. */
  theme: string | null;
  font: string | null;
}

export function isOverlayStateRequest(message: unknown): message is OverlayStateRequest {
  return !!message && typeof message === 'object' && (message as OverlayStateRequest).type === 'e2e:overlay-state';
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

// ---------------------------------------------------------------------------------------------
// Every message, strictly: the receivers' gate

/** Every runtime message Épure sends (`scripting.executeScript` results are checked apart). */
export type EpureMessage = OffscreenCopyRequest | OffscreenCleanRequest | AutoCleanRequest | OverlayStateRequest;

/** The keys each message (and the page it carries) may have: anything more is rejected. */
const MESSAGE_KEYS: Record<EpureMessage['type'], readonly string[]> = {
  'clean-and-copy': ['target', 'type', 'menuItemId', 'page', 'extraSelectors'],
  clean: ['target', 'type', 'page', 'extraSelectors'],
  'auto-clean': ['type', 'page'],
  'e2e:overlay-state': ['type'],
};
const READ_PAGE_KEYS = ['tooLarge', 'url', 'html', 'lang', 'title'];

/** A plain object (not an array, not a class instance) whose own keys are all in `allowed`. */
function isPlainRecord(value: unknown, allowed: readonly string[]): value is Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  return Reflect.ownKeys(value).every((key) => typeof key === 'string' && allowed.includes(key));
}

/** A whole page, exactly as `serialisePage` writes it. */
function isStrictReadPage(value: unknown): value is ReadPage {
  if (!isPlainRecord(value, READ_PAGE_KEYS)) return false;
  return (
    value.tooLarge === false &&
    typeof value.url === 'string' &&
    typeof value.html === 'string' &&
    typeof value.title === 'string' &&
    (value.lang === undefined || value.lang === null || typeof value.lang === 'string')
  );
}

/**
 * True only for one of Épure's own messages, with exactly its fields and their types: a known
 * `type`, the right `target`, a known menu item, a whole page, a list of strings. Anything else
 * (another extension's message, a page's `postMessage` echoed by mistake, extra fields) is not.
 */
export function isEpureMessage(value: unknown): value is EpureMessage {
  if (!value || typeof value !== 'object') return false;
  const type = (value as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(MESSAGE_KEYS, type)) return false;
  const m = value as Record<string, unknown>;
  if (!isPlainRecord(value, MESSAGE_KEYS[type as EpureMessage['type']])) return false;
  switch (type as EpureMessage['type']) {
    case 'clean-and-copy':
      return m.target === 'offscreen' && isMenuItemId(m.menuItemId) && isStrictReadPage(m.page) && isStringList(m.extraSelectors);
    case 'clean':
      return m.target === 'offscreen' && isStrictReadPage(m.page) && isStringList(m.extraSelectors);
    case 'auto-clean':
      return isStrictReadPage(m.page);
    case 'e2e:overlay-state':
      return true;
  }
}

/** What a receiver knows of the sender (`runtime.MessageSender`, the fields that matter). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
  frameId?: number;
}

/** This extension: its id and the address its own pages start with (`runtime.getURL('')`). */
export interface Self {
  id: string;
  origin: string;
}

/**
 * Why `sender` may not send this kind of message, or null when it may: always this extension;
 * an `extension-page` (service worker, offscreen document, popup, reader) is no tab and has an
 * address inside the extension; a `content-script` runs in a tab (its top frame).
 */
export function senderProblem(sender: SenderInfo, from: 'extension-page' | 'content-script', self: Self): string | null {
  if (!sender || sender.id !== self.id) return `sender is not this extension (${String(sender?.id)})`;
  if (from === 'content-script') {
    if (!sender.tab) return 'content-script message without a tab';
    if (sender.frameId !== undefined && sender.frameId !== 0) return `content-script message from frame ${sender.frameId}`;
    return null;
  }
  if (sender.tab) return 'extension-page message from a tab';
  if (typeof sender.url !== 'string' || !sender.url.startsWith(self.origin)) return `sender is not an extension page (${String(sender.url)})`;
  return null;
}

/** Who may send each message. */
export const SENT_FROM: Record<EpureMessage['type'], 'extension-page' | 'content-script'> = {
  'clean-and-copy': 'extension-page',
  clean: 'extension-page',
  'auto-clean': 'content-script',
  'e2e:overlay-state': 'extension-page',
};

/**
 * The gate every receiver calls first. Returns the message when it is one of Épure's, has
 * exactly its shape, is meant for this receiver (`accepts`) and comes from who may send it;
 * otherwise undefined, and anything that is not a well-formed Épure message from an allowed
 * sender is logged (`console.warn('Épure: rejected message', reason)`). Épure's messages meant
 * for another receiver (`runtime.sendMessage` reaches every extension page) pass silently.
 */
export function acceptMessage<T extends EpureMessage['type']>(
  message: unknown,
  sender: SenderInfo,
  self: Self,
  accepts: readonly T[],
): Extract<EpureMessage, { type: T }> | undefined {
  if (!isEpureMessage(message)) return rejectMessage('not a well-formed Épure message');
  if (!(accepts as readonly string[]).includes(message.type)) return undefined;
  const problem = senderProblem(sender, SENT_FROM[message.type], self);
  if (problem) return rejectMessage(`${message.type}: ${problem}`);
  return message as Extract<EpureMessage, { type: T }>;
}

function rejectMessage(reason: string): undefined {
  console.warn('Épure: rejected message', reason);
  return undefined;
}
