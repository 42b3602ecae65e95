/**
 * Where the settings live: `storage.sync` (follows the user across browsers), falling back to
 * `storage.local` when sync is unavailable or fails (quota, policy, Firefox without an account).
 */
import browser from 'webextension-polyfill';
import { SETTINGS_KEY, SETTINGS_VERSION, validateSettings, type Settings } from './settings';

type Area = 'sync' | 'local';

/** Loads and validates the stored settings; problems go to the console, never to the user. */
export async function loadSettings(): Promise<Settings> {
  const raw = (await read('sync')) ?? (await read('local'));
  const { settings, problems } = validateSettings(raw);
  for (const problem of problems) console.warn(`Épure settings: ${problem.field}: ${problem.message}`);
  return settings;
}

/** Stores the whole settings object under `settings`, stamped with the current version. */
export async function saveSettings(settings: Settings): Promise<void> {
  const value = { [SETTINGS_KEY]: { ...settings, version: SETTINGS_VERSION } };
  try {
    await browser.storage.sync.set(value);
  } catch (error) {
    console.warn('Épure settings: storage.sync failed, using storage.local', error);
    await browser.storage.local.set(value);
  }
}

/** Calls `listener` when another page (the popup, another reader tab) changes the settings. */
export function onSettingsChanged(listener: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if ((area === 'sync' || area === 'local') && SETTINGS_KEY in changes) {
      listener(validateSettings(changes[SETTINGS_KEY]?.newValue).settings);
    }
  });
}

async function read(area: Area): Promise<unknown> {
  try {
    const stored = await browser.storage[area].get(SETTINGS_KEY);
    return stored[SETTINGS_KEY];
  } catch {
    return undefined;
  }
}
