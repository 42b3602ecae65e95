import browser from 'webextension-polyfill';

/**
 * The keys that open Épure's reader (the `_execute_action` command), as the browser has them:
 * the user may have changed them (chrome://extensions/shortcuts, about:addons), or removed them
 * (null). Never throws.
 */
export async function readerShortcut(): Promise<string | null> {
  try {
    const commands = await browser.commands.getAll();
    const action = commands.find((command) => command.name === '_execute_action');
    return action?.shortcut?.trim() || null;
  } catch {
    return null;
  }
}

/**
 * Fills every `[data-shortcut]` element of `root` with the reader's shortcut and shows its
 * `[data-shortcut-some]` holder; where the browser has none (the user removed it, or the
 * browser did not give the suggested keys, as Chromium does not for an unpacked extension),
 * shows `[data-shortcut-none]` instead, which says where to choose one. Never a key that does
 * not work.
 */
export async function showReaderShortcut(root: ParentNode): Promise<void> {
  const shortcut = await readerShortcut();
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-shortcut]'))) el.textContent = shortcut ?? '';
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-shortcut-some]'))) el.hidden = !shortcut;
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-shortcut-none]'))) el.hidden = !!shortcut;
}
