/**
 * The reader's settings: one versioned schema, the defaults in one place, and a validator that
 * checks each field on its own. A bad field falls back to its default and is reported; nothing
 * throws, so a corrupt or future `storage.sync` value can never stop the reader from opening.
 */

/** Bump when a field changes meaning, and add a step to `migrateSettings`. */
export const SETTINGS_VERSION = 1;

/** The storage key (in `storage.sync`, else `storage.local`) that holds the whole object. */
export const SETTINGS_KEY = 'settings';

export const THEMES = ['light', 'dark', 'sepia', 'system'] as const;
export const FONTS = ['serif', 'sans', 'mono', 'legible'] as const;
export const ALIGNMENTS = ['start', 'justify'] as const;

export type Theme = (typeof THEMES)[number];
export type Font = (typeof FONTS)[number];
export type Align = (typeof ALIGNMENTS)[number];

/** Numeric ranges of the look controls; the range inputs use the same bounds. */
export const FONT_SIZE = { min: 14, max: 28, step: 1 } as const;
export const LINE_HEIGHT = { min: 1.3, max: 2, step: 0.1 } as const;
/** Column width in `ch`: 66ch keeps lines at 60–75 characters in most fonts. */
export const WIDTH = { min: 40, max: 100, step: 2 } as const;

export interface Settings {
  version: number;
  theme: Theme;
  font: Font;
  /** Body text size in CSS px. */
  fontSize: number;
  /** Unitless line height. */
  lineHeight: number;
  /** Column max-width in `ch`. */
  width: number;
  align: Align;
  /** Reserved for per-site behaviour (a later issue): hostnames. */
  sites: string[];
  /** Reserved: extra CSS selectors to remove, by hostname. */
  siteRules: Record<string, string[]>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  theme: 'system',
  font: 'serif',
  fontSize: 19,
  lineHeight: 1.6,
  width: 66,
  align: 'start',
  sites: [],
  siteRules: {},
});

/** One field that could not be used as stored, in words a developer can act on. */
export interface SettingsProblem {
  field: string;
  message: string;
}

export interface ValidatedSettings {
  settings: Settings;
  problems: SettingsProblem[];
}

type Check<T> = (value: unknown) => T | undefined;

const oneOf =
  <T extends string>(allowed: readonly T[]): Check<T> =>
  (value) =>
    typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

const inRange =
  (range: { min: number; max: number }, digits: number): Check<number> =>
  (value) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
    if (value < range.min || value > range.max) return undefined;
    const factor = 10 ** digits;
    return Math.round(value * factor) / factor;
  };

const stringList: Check<string[]> = (value) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? [...value] : undefined;

const siteRuleMap: Check<Record<string, string[]>> = (value) => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: Record<string, string[]> = {};
  for (const [site, selectors] of Object.entries(value)) {
    const list = stringList(selectors);
    if (!list) return undefined;
    out[site] = list;
  }
  return out;
};

/** Every field but `version`, with its check. Adding a setting means one line here. */
const FIELDS: { [K in Exclude<keyof Settings, 'version'>]: Check<Settings[K]> } = {
  theme: oneOf(THEMES),
  font: oneOf(FONTS),
  fontSize: inRange(FONT_SIZE, 0),
  lineHeight: inRange(LINE_HEIGHT, 2),
  width: inRange(WIDTH, 0),
  align: oneOf(ALIGNMENTS),
  sites: stringList,
  siteRules: siteRuleMap,
};

/** A fresh, mutable copy of the defaults (arrays and maps are never shared). */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, sites: [], siteRules: {} };
}

/**
 * Brings an older stored object up to `SETTINGS_VERSION`. Version 1 is the first, so there is
 * nothing to migrate yet; a later version adds its step here, keyed by the version it leaves.
 */
export function migrateSettings(raw: Record<string, unknown>): Record<string, unknown> {
  return raw;
}

/**
 * Reads whatever was stored under `settings`. Missing fields take their default silently;
 * present but unusable fields take their default and are listed in `problems`.
 */
export function validateSettings(raw: unknown): ValidatedSettings {
  const settings = defaultSettings();
  const problems: SettingsProblem[] = [];
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ field: '(all)', message: `expected an object, got ${describe(raw)}; using the defaults` });
    return { settings, problems };
  }
  const record = raw as Record<string, unknown>;
  const version = record.version;
  if (version !== undefined && (typeof version !== 'number' || !Number.isInteger(version) || version < 1)) {
    problems.push({ field: 'version', message: `unknown version ${describe(version)}; reading the fields as version ${SETTINGS_VERSION}` });
  } else if (typeof version === 'number' && version > SETTINGS_VERSION) {
    problems.push({ field: 'version', message: `version ${version} is newer than this reader (${SETTINGS_VERSION}); keeping the fields it understands` });
  }
  const migrated = migrateSettings(record);
  for (const field of Object.keys(FIELDS) as (keyof typeof FIELDS)[]) {
    if (!(field in migrated) || migrated[field] === undefined) continue;
    const value = (FIELDS[field] as Check<unknown>)(migrated[field]);
    if (value === undefined) {
      problems.push({ field, message: `${describe(migrated[field])} is not a valid ${field}; using ${JSON.stringify(DEFAULT_SETTINGS[field])}` });
    } else {
      (settings as unknown as Record<string, unknown>)[field] = value;
    }
  }
  return { settings, problems };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}
