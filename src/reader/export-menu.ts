/**
 * The reader's one menu of exports (copy text, Markdown, HTML; download; print; open in a new
 * tab), behind one button, so the toolbar leads with reading. A menu button as the ARIA
 * Authoring Practices describe it: Enter, Space or ArrowDown open it on the first item, ArrowUp
 * on the last; arrows, Home and End move; Escape closes it and gives the focus back; choosing an
 * item, Tab or a click elsewhere closes it. Alt+Shift+C opens it from anywhere in the reader
 * (the button says so in `aria-keyshortcuts`, its tooltip and the menu's last line).
 */

/** The menu's shortcut, by physical key: Alt+Shift+C types "Ç" on a Mac, and must still work. */
export const EXPORT_SHORTCUT = { code: 'KeyC', altKey: true, shiftKey: true, ctrlKey: false, metaKey: false } as const;

export function isExportShortcut(event: Pick<KeyboardEvent, 'code' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>): boolean {
  return (Object.keys(EXPORT_SHORTCUT) as (keyof typeof EXPORT_SHORTCUT)[]).every((key) => event[key] === EXPORT_SHORTCUT[key]);
}
export interface ExportMenu {
  close(focusToggle?: boolean): void;
  readonly open: boolean;
}

export function wireExportMenu(doc: Document): ExportMenu | null {
  const toggle = doc.getElementById('export-toggle') as HTMLButtonElement | null;
  const menu = doc.getElementById('export-menu');
  if (!toggle || !menu) return null;
  // The items that can be chosen here: enabled, and not one of the other reader's (hidden by CSS).
  const usable = () =>
    Array.from(menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')).filter((item) => !item.disabled && displayOf(item) !== 'none');

  const setOpen = (open: boolean) => {
    menu.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) keepOnScreen();
  };
  /**
   * The menu opens under its button, aligned to the button's end; where the toolbar wrapped the
   * button to the line's start (a narrow window, long labels), that would put it off the screen's
   * edge: it aligns to the button's start instead.
   */
  const keepOnScreen = () => {
    menu.classList.remove('export-menu-from-start');
    const box = menu.getBoundingClientRect();
    const width = doc.documentElement.clientWidth;
    const rtl = doc.defaultView?.getComputedStyle(menu).direction === 'rtl';
    if ((!rtl && box.left < 0) || (rtl && box.right > width)) menu.classList.add('export-menu-from-start');
  };
  const close = (focusToggle = false) => {
    if (menu.hidden) return;
    setOpen(false);
    if (focusToggle) toggle.focus();
  };
  const openAt = (which: 'first' | 'last') => {
    setOpen(true);
    const list = usable();
    (which === 'first' ? list[0] : list[list.length - 1])?.focus();
  };

  toggle.addEventListener('click', () => (menu.hidden ? openAt('first') : close()));
  toggle.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  });
  menu.addEventListener('keydown', (event) => {
    const list = usable();
    const at = list.indexOf(doc.activeElement as HTMLButtonElement);
    const move = (index: number) => list[(index + list.length) % list.length]?.focus();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'Escape') {
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      close();
      return;
    } else return;
    event.preventDefault();
  });
  // An item was chosen: its own click handler runs, and the menu closes.
  menu.addEventListener('click', (event) => {
    if ((event.target as Element | null)?.closest?.('[role="menuitem"]')) close(true);
  });
  doc.addEventListener('keydown', (event) => {
    if (!isExportShortcut(event) || toggle.disabled) return;
    event.preventDefault();
    if (menu.hidden) openAt('first');
    else close(true);
  });
  doc.addEventListener('pointerdown', (event) => {
    const target = event.target as Node | null;
    if (target && !menu.contains(target) && !toggle.contains(target)) close();
  });

  return {
    close,
    get open() {
      return !menu.hidden;
    },
  };
}

function displayOf(el: HTMLElement): string {
  return el.ownerDocument.defaultView?.getComputedStyle?.(el).display ?? '';
}
