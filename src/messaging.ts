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

/** `not-chosen`: the sender's site is not (or no longer) one the user chose to auto-clean. */
export type AutoCleanResponse = { ok: true; article: OverlayArticle } | { ok: false; reason: FailureReason | 'not-chosen' };

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

// ---------------------------------------------------------------------------------------------
// The protocol: every runtime message Épure sends, declared once. Its type, the keys it may
// carry, the check of each and who may send it all derive from this table
// (`scripting.executeScript` results are checked apart, by `isSerialisedPage`).

/** Who may send a message: an extension page (service worker, offscreen document, reader) or a content script in a tab's top frame. */
export type Sender = 'extension-page' | 'content-script';

type Check<T> = (value: unknown) => value is T;

interface MessageSpec {
  from: Sender;
  /** The receiver, when several extension pages hear `runtime.sendMessage` (`target: 'offscreen'`). */
  target?: 'offscreen';
  /** Every field besides `type` and `target`, with its check: a message has exactly these. */
  fields: Record<string, Check<unknown>>;
}

function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

const READ_PAGE_KEYS = ['tooLarge', 'url', 'html', 'lang', 'title'];

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

export const PROTOCOL = {
  /** Chrome: the service worker → the offscreen document: clean this page and copy it (context menu). */
  'clean-and-copy': {
    from: 'extension-page',
    target: 'offscreen',
    // `siteRuleLines`: the user's rules for the page's site (`settings.siteRules`);
    // `frontMatter`: whether a Markdown copy starts with it (`settings.markdownFrontMatter`).
    fields: { menuItemId: isMenuItemId, page: isStrictReadPage, siteRuleLines: isStringList, frontMatter: isBoolean },
  },
  /** Chrome: the service worker → the offscreen document: clean this page for the overlay. */
  clean: { from: 'extension-page', target: 'offscreen', fields: { page: isStrictReadPage, siteRuleLines: isStringList } },
  /** The auto-clean content script → the background: clean this page for the overlay. */
  'auto-clean': { from: 'content-script', fields: { page: isStrictReadPage } },
  /** e2e builds only: the test (through the service worker) asks the overlay what it shows. */
  'e2e:overlay-state': { from: 'extension-page', fields: {} },
} as const satisfies Record<string, MessageSpec>;

type Protocol = typeof PROTOCOL;
export type MessageType = keyof Protocol;
type Checked<C> = C extends Check<infer T> ? T : never;

/** The message of `type`, as the table declares it. */
export type MessageOf<K extends MessageType> = { type: K } & (Protocol[K] extends { target: infer T } ? { target: T } : unknown) & {
  -readonly [F in keyof Protocol[K]['fields']]: Checked<Protocol[K]['fields'][F]>;
};

/** Every runtime message Épure sends. */
export type EpureMessage = { [K in MessageType]: MessageOf<K> }[MessageType];
export type OffscreenCopyRequest = MessageOf<'clean-and-copy'>;
export type OffscreenCleanRequest = MessageOf<'clean'>;
export type AutoCleanRequest = MessageOf<'auto-clean'>;
export type OverlayStateRequest = MessageOf<'e2e:overlay-state'>;

/** A plain object (not an array, not a class instance) whose own keys are all in `allowed`. */
function isPlainRecord(value: unknown, allowed: readonly string[]): value is Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  return Reflect.ownKeys(value).every((key) => typeof key === 'string' && allowed.includes(key));
}

/** The keys a message of `type` may have: `type`, its `target` if it has one, its fields. */
export function keysOf(type: MessageType): string[] {
  const spec: MessageSpec = PROTOCOL[type];
  return ['type', ...(spec.target ? ['target'] : []), ...Object.keys(spec.fields)];
}

/**
 * True only for one of Épure's own messages, with exactly its fields and their types: a known
 * `type`, the right `target`, a known menu item, a whole page, a list of strings. Anything else
 * (another extension's message, a page's `postMessage` echoed by mistake, extra fields) is not.
 */
export function isEpureMessage(value: unknown): value is EpureMessage {
  if (!value || typeof value !== 'object') return false;
  const type = (value as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(PROTOCOL, type)) return false;
  const spec: MessageSpec = PROTOCOL[type as MessageType];
  if (!isPlainRecord(value, keysOf(type as MessageType))) return false;
  if (spec.target && value.target !== spec.target) return false;
  return Object.entries(spec.fields).every(([field, check]) => check(value[field]));
}

/** Who may send each message, from the table. */
export function senderOf(type: MessageType): Sender {
  return PROTOCOL[type].from;
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
 * an `extension-page` (service worker, offscreen document, popup, reader, options) has an
 * address inside the extension, and may be in a tab (the reader and the options page open in
 * one); a `content-script` runs in a tab (its top frame), and its address is the web page's.
 */
export function senderProblem(sender: SenderInfo, from: 'extension-page' | 'content-script', self: Self): string | null {
  if (!sender || sender.id !== self.id) return `sender is not this extension (${String(sender?.id)})`;
  if (from === 'content-script') {
    if (!sender.tab) return 'content-script message without a tab';
    if (sender.frameId !== undefined && sender.frameId !== 0) return `content-script message from frame ${sender.frameId}`;
    return null;
  }
  if (typeof sender.url !== 'string' || !sender.url.startsWith(self.origin)) return `sender is not an extension page (${String(sender.url)})`;
  return null;
}

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
  const problem = senderProblem(sender, senderOf(message.type), self);
  if (problem) return rejectMessage(`${message.type}: ${problem}`);
  return message as Extract<EpureMessage, { type: T }>;
}

function rejectMessage(reason: string): undefined {
  console.warn('Épure: rejected message', reason);
  return undefined;
}
