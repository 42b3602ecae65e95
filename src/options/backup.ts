/**
 * The options page's "Back up and restore": export the settings as a JSON file, import them
 * from one (all or nothing: a malformed or foreign file is refused and changes nothing), and
 * reset everything to the defaults after a confirmation.
 */
import browser from 'webextension-polyfill';
import { parseSettingsFile, settingsFileName, settingsFileText, MAX_SETTINGS_FILE_BYTES, type SettingsFileError } from '../settings/settings-file';
import { defaultSettings } from '../settings/settings';
import { sitePattern } from '../settings/sites';
import { readSettings, updateSettings } from '../settings/store';
import { downloadText } from '../shared/download';
import { orKey, plural, uiLanguage, type GetMessage } from '../shared/i18n';

/** The message key that words each reason a file is refused. */
const FILE_ERRORS: Record<SettingsFileError, string> = {
  'too-large': 'importTooLarge',
  'not-json': 'importNotJson',
  'not-epure': 'importNotEpure',
  invalid: 'importInvalid',
};

export function wireBackup(doc: Document, t: GetMessage): void {
  const importStatus = doc.getElementById('import-status');
  const resetStatus = doc.getElementById('reset-status');
  const fileInput = doc.getElementById('import-file') as HTMLInputElement | null;
  const dialog = doc.getElementById('reset-dialog') as HTMLDialogElement | null;
  const resetButton = doc.getElementById('reset-settings');

  const report = (target: HTMLElement | null, message: string, isError: boolean) => {
    if (!target) return;
    target.textContent = message;
    target.classList.toggle('error', isError);
  };

  doc.getElementById('export-settings')?.addEventListener('click', () => {
    void readSettings().then(({ settings }) => {
      downloadText(doc, settingsFileName(), settingsFileText(settings), 'application/json');
      report(importStatus, orKey(t, 'exportDone'), false);
    });
  });

  fileInput?.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    void importFile(file).finally(() => {
      fileInput.value = '';
    });
  });

  const importFile = async (file: File) => {
    if (file.size > MAX_SETTINGS_FILE_BYTES) return report(importStatus, orKey(t, 'importTooLarge'), true);
    const parsed = parseSettingsFile(await file.text());
    if (!parsed.ok) {
      const detail = parsed.details.slice(0, 3).join('; ');
      return report(importStatus, `${orKey(t, FILE_ERRORS[parsed.error])}${detail ? ` (${detail})` : ''}`, true);
    }
    let dropped: string[] = [];
    await updateSettings((current) => {
      dropped = current.sites.filter((site) => !parsed.settings.sites.includes(site));
      return parsed.settings;
    });
    await givePermissionsBack(dropped);
    report(importStatus, plural(t, 'importDone', parsed.settings.sites.length, uiLanguage()), false);
  };

  resetButton?.addEventListener('click', () => {
    if (dialog && typeof dialog.showModal === 'function') dialog.showModal();
  });
  doc.getElementById('reset-cancel')?.addEventListener('click', () => dialog?.close());
  dialog?.addEventListener('close', () => resetButton?.focus());
  doc.getElementById('reset-confirm')?.addEventListener('click', () => {
    dialog?.close();
    let sites: string[] = [];
    void updateSettings((current) => {
      sites = current.sites;
      return defaultSettings();
    })
      .then(() => givePermissionsBack(sites))
      .then(() => report(resetStatus, orKey(t, 'resetDone'), false));
  });
}

/** Removes the host permissions of sites no longer chosen (one at a time: a declared one cannot go). */
async function givePermissionsBack(sites: readonly string[]): Promise<void> {
  await Promise.all(sites.map((site) => browser.permissions.remove({ origins: [sitePattern(site)] }).catch(() => false)));
}
