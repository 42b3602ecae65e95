/**
 * The settings as a file the user keeps: export writes it, import reads it back. Import is
 * all or nothing: a file that is not JSON, not Épure's, or has any field this version cannot
 * use is refused with the reason, and the stored settings stay exactly as they were.
 */
import { SETTINGS_VERSION, validateSettings, type Settings } from './settings';

/** The `format` marker of an Épure settings file. */
export const SETTINGS_FILE_FORMAT = 'epure-settings';

/** Larger than any real settings file by far; refusing early keeps a wrong pick cheap. */
export const MAX_SETTINGS_FILE_BYTES = 1_000_000;

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
}

/** Why a file was refused; the options page words each one. */
export type SettingsFileError = 'too-large' | 'not-json' | 'not-epure' | 'invalid';

export type ParsedSettingsFile =
  | { ok: true; settings: Settings }
  | { ok: false; error: SettingsFileError; details: string[] };

/** The file's text: the settings with a marker and the date, indented for a human reader. */
export function settingsFileText(settings: Settings, now = new Date()): string {
  const file: SettingsFile = { format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `epure-settings-2025-01-28.json` (the local date). */
export function settingsFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `epure-settings-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Reads a settings file; any problem refuses the whole file. */
export function parseSettingsFile(text: string): ParsedSettingsFile {
  if (text.length > MAX_SETTINGS_FILE_BYTES) return { ok: false, error: 'too-large', details: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: 'not-json', details: [error instanceof Error ? error.message : String(error)] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, error: 'not-epure', details: [] };
  const file = data as Partial<SettingsFile>;
  if (file.format !== SETTINGS_FILE_FORMAT || !file.settings || typeof file.settings !== 'object') {
    return { ok: false, error: 'not-epure', details: [] };
  }
  const { settings, problems } = validateSettings(file.settings);
  if (problems.length > 0) return { ok: false, error: 'invalid', details: problems.map((p) => `${p.field}: ${p.message}`) };
  return { ok: true, settings };
}
