// @vitest-environment jsdom
/**
 * The overlay on its own: a closed shadow root on a host attached to <html>, the article's HTML
 * sanitized at the sink, the look applied, "Show original" focused, Escape and the button close
 * it, and what happens inside never reaches the page's listeners.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OVERLAY_TAG, openOverlay } from '../../src/content/overlay';
import type { OverlayArticle } from '../../src/messaging';
import { DEFAULT_SETTINGS, lookOf } from '../../src/settings/settings';
import { getMessageFor } from '../ui/messages';

const t = getMessageFor('en');

const article: OverlayArticle = {
  title: 'Bridge repairs to start in May',
  byline: 'Ana Lopes',
  siteName: 'Town News',
  publishedTime: '2025-01-28T10:00:00Z',
  lang: 'en',
  dir: 'ltr',
  leadImage: null,
  url: 'https://news.example/bridge',
  readingMinutes: 3,
  html: '<p>The council met on Tuesday.</p><p>Engineers <a href="https://news.example/report">promised a report</a>.</p><script>window.pwned = 1</script><img src="x.png" onerror="window.pwned = 2">',
};

const look = lookOf({ ...DEFAULT_SETTINGS, theme: 'sepia', font: 'legible', fontSize: 22, width: 60 });

describe('auto-clean overlay', () => {
  beforeEach(() => {
    document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body'));
    document.body.innerHTML = '<p id="page">The page itself</p><a id="page-link" href="#">link</a>';
  });
  afterEach(() => vi.restoreAllMocks());

  it('attaches one host to <html> whose closed shadow root the page cannot open', () => {
    const overlay = openOverlay(document, article, look, { t, locale: 'en' });
    expect(overlay?.open).toBe(true);
    const host = document.documentElement.querySelector(`:scope > ${OVERLAY_TAG}`) as HTMLElement;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).toBeNull();
    expect(host.childNodes).toHaveLength(0);
    expect(host.style.getPropertyValue('z-index')).toBe('2147483647');
    expect(host.style.getPropertyPriority('position')).toBe('important');
    expect(document.getElementById('page')?.textContent).toBe('The page itself'); // the page is untouched
  });

  it('shows the article, sanitized at the sink: no script, no handler', () => {
    const overlay = openOverlay(document, article, look, { t, locale: 'en' })!;
    const text = overlay.text();
    expect(text).toContain('Bridge repairs to start in May');
    expect(text).toContain('Ana Lopes');
    expect(text).toContain('The council met on Tuesday.');
    expect(text).toContain('3 min read');
    expect(text).not.toContain('pwned');
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('focuses "Show original"; Escape inside or on the page, or the button, closes it, once', () => {
    const onClose = vi.fn();
    let overlay = openOverlay(document, article, look, { t, locale: 'en', onClose })!;
    expect(overlay.focused()).toBe('show-original');
    expect(document.activeElement?.localName).toBe(OVERLAY_TAG);
    findFocusedInside().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(overlay.open).toBe(false);
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
    overlay.close();
    expect(onClose).toHaveBeenCalledTimes(1);

    // The focus was left on the page: the page's Escape closes it too.
    overlay = openOverlay(document, article, look, { t, locale: 'en' })!;
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(overlay.open).toBe(false);

    overlay = openOverlay(document, article, look, { t, locale: 'en' })!;
    findFocusedInside().click();
    expect(overlay.open).toBe(false);
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
  });

  it('events inside stop at the host: the page’s listeners hear nothing', () => {
    const heard: string[] = [];
    for (const type of ['click', 'keydown', 'keyup', 'input', 'focusin']) {
      document.addEventListener(type, () => heard.push(type));
      window.addEventListener(type, () => heard.push(`window:${type}`));
    }
    const overlay = openOverlay(document, article, look, { t, locale: 'en' })!;
    heard.length = 0; // focusing "Show original" on open
    const host = document.querySelector(OVERLAY_TAG)!;
    // What the page's listeners would see is retargeted to the host; inside, it starts at the focused button.
    const inside = (host as unknown as { shadowRoot: ShadowRoot | null }).shadowRoot; // closed: null
    expect(inside).toBeNull();
    const focusedButton = (overlay as unknown as { focused(): string | null }).focused();
    expect(focusedButton).toBe('show-original');
    // Dispatch from the focused element inside the shadow root, as the browser does for a key press.
    const target = findFocusedInside();
    for (const type of ['keydown', 'keyup']) target.dispatchEvent(new KeyboardEvent(type, { key: 'Tab', bubbles: true, composed: true }));
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(heard).toEqual([]);
    expect(overlay.open).toBe(false); // the click was on "Show original"
  });

  it('applies the look: theme, font, alignment and sizes; follows later changes', () => {
    const overlay = openOverlay(document, article, look, { t, locale: 'en' })!;
    const reader = findFocusedInside().closest('.reader') as HTMLElement;
    expect(reader.dataset).toMatchObject({ theme: 'sepia', font: 'legible', align: 'start' });
    expect(reader.style.getPropertyValue('--reader-font-size')).toBe('22px');
    expect(reader.style.getPropertyValue('--reader-width')).toBe('60ch');
    overlay.applyLook({ ...look, theme: 'dark', align: 'justify' });
    expect(reader.dataset).toMatchObject({ theme: 'dark', align: 'justify' });
    expect(reader.getAttribute('role')).toBe('dialog');
    expect(reader.getAttribute('aria-modal')).toBe('true');
  });

  it('gives up quietly when the page already put a shadow root on the element', () => {
    const original = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      if (this.localName === OVERLAY_TAG) throw new DOMException('Shadow root cannot be created on a host which already hosts a shadow tree.', 'NotSupportedError');
      return original.call(this, init);
    });
    expect(openOverlay(document, article, look, { t, locale: 'en' })).toBeNull();
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
  });
});

/**
 * The element focused inside the closed shadow root. The test reaches it the way the browser
 * does (the focus), not through the host: happy-dom exposes the focused node on the root.
 */
function findFocusedInside(): HTMLElement {
  const roots = captured;
  const root = roots[roots.length - 1];
  if (!root) throw new Error('no shadow root was captured');
  return (root.activeElement as HTMLElement | null) ?? (root.querySelector('button') as HTMLElement);
}

const captured: ShadowRoot[] = [];
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = attach.call(this, init);
  captured.push(root);
  return root;
};
