/**
 * The auto-clean overlay: the clean article over the page, in an isolated reader.
 *
 * Isolation: the host `<epure-reader>` holds a CLOSED shadow root, so the page's scripts can
 * reach neither the article nor the buttons (`host.shadowRoot` is null for them), and no global
 * refers to it. Events that start inside stop at the host, so the page's listeners do not see
 * the reader's clicks and keys. The page's CSS stops at the host too (`all: initial`); the
 * reader's own stylesheet is adopted by the shadow root, which no page CSP can block.
 * The article is the readers' own view (`shared/article-view`), whose body enters only through
 * `setSanitizedHtml` (DOMPurify, again, at the sink).
 *
 * Keyboard: the "Show original" button has the focus when the overlay opens (Enter closes it),
 * Escape closes it from anywhere, and Tab stays inside the overlay while it is open.
 */
import type { OverlayArticle } from '../messaging';
import type { Look } from '../settings/settings';
import { mountArticleView } from '../shared/article-view';
import { orKey, type GetMessage } from '../shared/i18n';
import { applyLookTo, DARK_QUERY, prefersDark } from '../shared/look';
import viewCss from '../shared/article-view.css?inline';
import overlayCss from './overlay.css?inline';

export const OVERLAY_TAG = 'epure-reader';

/** Events that stop at the host: the page hears nothing of what happens in the reader. */
const CONTAINED_EVENTS = [
  'click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'mouseover', 'mouseout', 'mousemove',
  'pointerdown', 'pointerup', 'pointermove', 'pointerover', 'pointerout', 'pointercancel', 'touchstart', 'touchend',
  'touchmove', 'touchcancel', 'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'focusin', 'focusout', 'wheel',
  'copy', 'cut', 'paste', 'selectstart', 'dragstart', 'drop', 'compositionstart', 'compositionupdate', 'compositionend',
] as const;

const FOCUSABLE = 'a[href], button, [tabindex]:not([tabindex="-1"])';

export interface Overlay {
  /** Removes the overlay and its listeners; the page is as it was. */
  close(): void;
  /** Applies a look changed elsewhere (the options page, the popup). */
  applyLook(look: Look): void;
  readonly open: boolean;
  /** The overlay's visible text: title, header fields and body. */
  text(): string;
  /** What has the focus inside: a button's action, `reader`, `title`, another element's tag, or null. */
  focused(): string | null;
  /** The look as shown: the resolved theme and the font. */
  shownLook(): { theme: string; font: string };
}

export interface OverlayOptions {
  t: GetMessage;
  /** The UI language, for the overlay's own words and the date. */
  locale: string;
  /** Called once when the overlay closes, whoever closed it. */
  onClose?: () => void;
}

/**
 * Shows `article` over the page of `doc` with `look`. Returns null when the overlay cannot be
 * attached (the page took the element's name for a shadow root of its own).
 */
export function openOverlay(doc: Document, article: OverlayArticle, look: Look, options: OverlayOptions): Overlay | null {
  const { t, locale } = options;
  const win = doc.defaultView;
  const host = doc.createElement(OVERLAY_TAG);
  let root: ShadowRoot;
  try {
    root = host.attachShadow({ mode: 'closed' });
  } catch {
    return null;
  }
  for (const [property, value] of [
    ['all', 'initial'],
    ['position', 'fixed'],
    ['inset', '0'],
    ['z-index', '2147483647'],
    ['display', 'block'],
  ]) {
    host.style.setProperty(property!, value!, 'important');
  }
  adoptStyles(root, doc);

  const reader = el(doc, 'div', 'epure reader');
  reader.setAttribute('role', 'dialog');
  reader.setAttribute('aria-modal', 'true');
  reader.setAttribute('aria-labelledby', 'article-title');
  reader.lang = locale;
  // Focusable by script and by click, not by Tab: a click on the text keeps the focus in here.
  reader.tabIndex = -1;

  const bar = el(doc, 'div', 'bar');
  const barInner = el(doc, 'div', 'bar-inner');
  const brand = el(doc, 'span', 'brand', orKey(t, 'overlayBrand'));
  const showOriginal = el(doc, 'button', 'show-original', orKey(t, 'overlayShowOriginal')) as HTMLButtonElement;
  showOriginal.type = 'button';
  showOriginal.dataset.action = 'show-original';
  showOriginal.title = orKey(t, 'overlayShowOriginalHint');
  barInner.append(brand, showOriginal);
  bar.append(barInner);

  const body = el(doc, 'article', 'epure-article roomy');
  const view = mountArticleView(body);
  view.show(article, { t, locale });
  const title = view.title;
  reader.append(bar, body);
  root.append(reader);

  let open = true;
  let current = look;
  const applyLook = (next: Look) => {
    current = next;
    applyLookTo(reader, next, prefersDark(win));
  };
  applyLook(look);
  const themeQuery = win?.matchMedia?.(DARK_QUERY);
  const onThemeChange = () => applyLook(current);
  themeQuery?.addEventListener?.('change', onThemeChange);

  const close = () => {
    if (!open) return;
    open = false;
    themeQuery?.removeEventListener?.('change', onThemeChange);
    doc.removeEventListener('keydown', onPageKey, true);
    host.remove();
    options.onClose?.();
  };

  // Inside the reader: Escape closes, Tab cycles within. Runs before the stop at the root.
  reader.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      trapTab(event, root, reader);
    }
  });
  showOriginal.addEventListener('click', close);
  for (const type of CONTAINED_EVENTS) root.addEventListener(type, (event) => event.stopPropagation());
  // Escape from the page itself (the focus was left on the page's body).
  const onPageKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && event.target !== host) close();
  };
  doc.addEventListener('keydown', onPageKey, true);

  doc.documentElement.append(host);
  showOriginal.focus({ preventScroll: true });

  return {
    close,
    applyLook,
    get open() {
      return open;
    },
    text: view.text,
    shownLook: () => ({ theme: reader.dataset.theme ?? '', font: reader.dataset.font ?? '' }),
    focused: () => {
      const active = root.activeElement as HTMLElement | null;
      if (!active) return null;
      if (active.dataset.action) return active.dataset.action;
      if (active === reader) return 'reader';
      return active === title ? 'title' : active.localName;
    },
  };
}

/** The reader's stylesheet: adopted (no page CSP applies); a `<style>` where adopting fails. */
function adoptStyles(root: ShadowRoot, doc: Document): void {
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    root.adoptedStyleSheets = [viewCss, overlayCss].map((css) => {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      return sheet;
    });
    return;
  } catch {
    // Firefox content scripts may not adopt a sheet built in their own compartment.
  }
  const style = doc.createElement('style');
  style.textContent = `${viewCss}\n${overlayCss}`;
  root.append(style);
}

/** Keeps Tab and Shift+Tab inside the reader while it is open. */
function trapTab(event: KeyboardEvent, root: ShadowRoot, reader: HTMLElement): void {
  const items = Array.from(reader.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((item) => !item.hidden);
  if (items.length === 0) return;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const active = root.activeElement;
  if (event.shiftKey && (active === first || !active)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

function el(doc: Document, tag: string, className: string, text?: string): HTMLElement {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
