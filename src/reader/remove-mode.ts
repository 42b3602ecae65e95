import { orKey, type GetMessage } from '../shared/i18n';

/** Blocks of the article the user can point at to remove: what a reader sees as one piece. */
const PICKABLE = 'p, li, h2, h3, h4, h5, h6, blockquote, figure, pre, table, dl, aside, section, div';

export interface RemoveMode {
  /** Marks the article's blocks again (after the article was shown anew). */
  refresh(): void;
  stop(): void;
}

/**
 * "Remove something": while on, each block of the article can be picked, with the pointer
 * (hovered blocks are outlined) or the keyboard (Tab from block to block, Enter or Delete); the
 * pick goes to `onPick`. Escape or the button again stops it. A link in the article does not
 * open while picking. Announced through the reader's status line.
 */
export function wireRemoveMode(doc: Document, t: GetMessage, onPick: (block: Element) => void): RemoveMode {
  const button = doc.getElementById('remove-mode') as HTMLButtonElement | null;
  const status = doc.getElementById('copy-status');
  let on = false;

  const body = () => doc.getElementById('article-body');
  const blocks = (): HTMLElement[] => {
    const root = body();
    if (!root) return [];
    // A wrapper whose whole text is one of its blocks' is not a piece of its own.
    return Array.from(root.querySelectorAll<HTMLElement>(PICKABLE)).filter((el) => {
      const text = (el.textContent ?? '').trim();
      if (!text && !el.querySelector('img, video, table')) return false;
      if (el.localName === 'div' || el.localName === 'section' || el.localName === 'aside') {
        const children = Array.from(el.children);
        return !(children.length === 1 && (children[0]!.textContent ?? '').trim() === text);
      }
      return true;
    });
  };

  const mark = () => {
    for (const el of blocks()) {
      el.dataset.pickable = '';
      el.tabIndex = 0;
    }
  };
  const unmark = () => {
    for (const el of Array.from(doc.querySelectorAll<HTMLElement>('#article-body [data-pickable]'))) {
      delete el.dataset.pickable;
      el.removeAttribute('tabindex');
    }
  };
  const say = (message: string) => {
    if (status) {
      status.textContent = '';
      status.textContent = message;
    }
  };

  const start = () => {
    on = true;
    doc.body.dataset.removing = 'true';
    button?.setAttribute('aria-pressed', 'true');
    mark();
    say(orKey(t, 'removeModeOn'));
    doc.querySelector<HTMLElement>('#article-body [data-pickable]')?.focus();
  };
  const stop = () => {
    if (!on) return;
    on = false;
    delete doc.body.dataset.removing;
    button?.setAttribute('aria-pressed', 'false');
    unmark();
    say(orKey(t, 'removeModeOff'));
  };

  const picked = (target: EventTarget | null): HTMLElement | null => {
    if (!on || !(target instanceof Element)) return null;
    return target.closest<HTMLElement>('#article-body [data-pickable]');
  };

  button?.addEventListener('click', () => (on ? stop() : start()));
  doc.addEventListener(
    'click',
    (event) => {
      const block = picked(event.target);
      if (!block) return;
      event.preventDefault();
      event.stopPropagation();
      onPick(block);
    },
    true,
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!on) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopImmediatePropagation();
        stop();
        button?.focus();
        return;
      }
      if (event.key !== 'Enter' && event.key !== 'Delete' && event.key !== 'Backspace') return;
      const block = picked(event.target);
      if (!block) return;
      event.preventDefault();
      // The next block keeps the keyboard where the removed one was.
      const all = blocks();
      const next = all[all.indexOf(block) + 1] ?? all[all.indexOf(block) - 1] ?? null;
      const nextText = next?.textContent ?? null;
      onPick(block);
      const again = blocks().find((el) => el.textContent === nextText);
      again?.focus();
    },
    true,
  );

  return {
    refresh() {
      if (on) mark();
    },
    stop,
  };
}
