import browser from 'webextension-polyfill';
import { lookOf, SETTINGS_KEY, type Settings } from '../settings/settings';
import { loadSettings, onSettingsChanged, SYNC_QUOTA, syncItemBytes, updateSettings } from '../settings/store';
import { localise, t, uiLanguage } from '../shared/i18n';
import { followSystemTheme } from '../shared/look';
import { wireLookPanel } from '../shared/look-panel';
import { wireBackup } from './backup';
import { wirePreferences } from './preferences';
import { wireSiteList } from './site-list';
import { wireUndoToast } from './undo-toast';

/**
 * The options page (`options.html`, opened in a tab): the chosen sites and their rules, the
 * reader's look, the button and exports, and back up / restore / reset. Every change is a read-modify-write of the
 * latest stored settings (`updateSettings`), and every open page follows the others through
 * `onSettingsChanged`, so two open pages never undo each other's work.
 */
export async function startOptions(doc: Document): Promise<void> {
  doc.documentElement.lang = uiLanguage();
  localise(doc, t);
  let settings = await loadSettings();
  // The look applies to this page too: it follows the chosen theme (or the system's).
  const look = wireLookPanel(doc, settings, (next) => void updateSettings((current) => ({ ...current, ...lookOf(next) })));
  followSystemTheme(doc, look.current);
  const sites = wireSiteList(doc, t, wireUndoToast(doc, t));
  wireBackup(doc, t);
  const preferences = wirePreferences(doc, t);
  preferences.show(settings);
  await sites.render(settings);
  showSyncNote(doc, settings);

  onSettingsChanged((next) => {
    settings = next;
    showSyncNote(doc, next);
    look.show(next);
    preferences.show(next);
    void sites.render(next);
  });
  // A permission granted or revoked elsewhere (the popup, chrome://extensions) shows at once.
  const refresh = () => void sites.render(settings);
  browser.permissions.onAdded.addListener(refresh);
  browser.permissions.onRemoved.addListener(refresh);
  doc.body.dataset.ready = 'true';
}

/**
 * Says so when the settings are over what `storage.sync` takes in one item (many long site
 * rules): they are then kept in this browser only (`src/settings/store.ts`), nothing is lost, but
 * they no longer follow the user to their other browsers.
 */
export function showSyncNote(doc: Document, settings: Settings): void {
  const note = doc.getElementById('sync-note');
  if (note) note.hidden = syncItemBytes(SETTINGS_KEY, settings) <= SYNC_QUOTA.QUOTA_BYTES_PER_ITEM;
}
