/** How long a copy confirmation stays visible. */
export const STATUS_CLEAR_MS = 2000;

/** Writes plain text to the clipboard (the page has focus: the user just clicked a button). */
export async function copyPlain(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

/**
 * Writes HTML as both `text/html` and `text/plain`, so a rich editor pastes the formatting and
 * a plain one the text. Browsers without `ClipboardItem` get the plain text only.
 */
export async function copyRich(html: string, text: string): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return;
    } catch {
      // Fall through to plain text: some browsers refuse text/html from extension pages.
    }
  }
  await navigator.clipboard.writeText(text);
}

const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();

/** Shows `message` in the `role="status"` element (screen readers announce it), cleared after 2 s. */
export function announce(status: HTMLElement | null, message: string): void {
  if (!status) return;
  clearTimeout(timers.get(status));
  status.textContent = message;
  timers.set(
    status,
    setTimeout(() => {
      status.textContent = '';
    }, STATUS_CLEAR_MS),
  );
}

/**
 * Copies through a selected `<textarea>` and `document.execCommand('copy')`: the one way that
 * works in Chrome's offscreen document, which never has focus (so `navigator.clipboard` fails).
 */
export function copyWithExecCommand(doc: Document, text: string): boolean {
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  doc.body.append(area);
  area.select();
  try {
    return doc.execCommand('copy');
  } finally {
    area.remove();
  }
}
