import { orKey, type GetMessage } from '../shared/i18n';

/** How long "Undo" is offered after a site is removed. */
export const UNDO_MS = 8000;

export interface UndoToast {
  /**
   * Shows `message` with an Undo button for `UNDO_MS`. `undo` runs if the user clicks it;
   * `commit` runs otherwise: when the time is up, when another toast replaces this one, or
   * when the page is closed.
   */
  show(message: string, actions: { undo: () => void; commit: () => void }): void;
}

/** The options page's toast (`#toast`), its text also said by the live region `#live-status`. */
export function wireUndoToast(doc: Document, t: GetMessage): UndoToast {
  const toast = doc.getElementById('toast');
  const text = doc.getElementById('toast-text');
  const button = doc.getElementById('toast-undo');
  const live = doc.getElementById('live-status');
  let pending: { undo: () => void; commit: () => void } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const hide = () => {
    clearTimeout(timer);
    const hadFocus = !!toast && toast.contains(doc.activeElement);
    if (toast) toast.hidden = true;
    // The Undo button had the focus: give it to the field that adds a site.
    if (hadFocus) doc.getElementById('add-site-input')?.focus();
  };
  const settle = (how: 'undo' | 'commit') => {
    const current = pending;
    pending = null;
    hide();
    current?.[how]();
  };

  button?.addEventListener('click', () => {
    settle('undo');
    if (live) live.textContent = orKey(t, 'undone');
  });
  doc.defaultView?.addEventListener('pagehide', () => settle('commit'));

  return {
    show(message, actions) {
      if (pending) settle('commit');
      pending = actions;
      if (text) text.textContent = message;
      if (live) live.textContent = message;
      if (toast) toast.hidden = false;
      button?.focus();
      timer = setTimeout(() => settle('commit'), UNDO_MS);
    },
  };
}
