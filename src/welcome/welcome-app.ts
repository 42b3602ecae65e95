import { loadSettings } from '../settings/store';
import { localise, t, uiLanguage } from '../shared/i18n';
import { applyLook, followSystemTheme } from '../shared/look';
import { showReaderShortcut } from '../shared/shortcut';

/** The welcome page, in the UI's language and the reader's look, with the user's own shortcut. */
export async function startWelcome(doc: Document): Promise<void> {
  doc.documentElement.lang = uiLanguage();
  localise(doc, t);
  const settings = await loadSettings().catch(() => null);
  if (settings) {
    applyLook(doc, settings);
    followSystemTheme(doc, () => settings);
  }
  await showReaderShortcut(doc);
}
