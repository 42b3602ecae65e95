/**
 * Épure's settings: one versioned schema, the defaults in one place, and a validator that
 * checks each field on its own. A bad field falls back to its default and is reported; a bad
 * entry of a list (a site, a selector) is dropped alone, so the user's sites and rules survive
 * anything else being corrupt. Nothing throws: a corrupt, foreign or future stored value can
 * never stop the reader from opening.
 */
import { migrateSettings } from './migrate';
import type { SettingsProblem } from './problem';
import { normaliseSite } from './sites';
import { oneLine } from '../dom/text';

/** Bump when the shape or a field's meaning changes, and add a step to `MIGRATIONS` (migrate.ts). */
export const SETTINGS_VERSION = 3;

/** The storage key (in `storage.sync`, mirrored in `storage.local`) that holds the whole object. */
export const SETTINGS_KEY = 'settings';

export const THEMES = ['light', 'dark', 'sepia', 'system'] as const;
export const FONTS = ['serif', 'sans', 'mono', 'legible'] as const;
export const ALIGNMENTS = ['start', 'justify'] as const;
/** What the toolbar button (and its shortcut) does: open the popup, or the reader in the tab. */
export const TOOLBAR_CLICKS = ['popup', 'reader-tab'] as const;
/** Which Markdown exports start with YAML front matter. */
export const FRONT_MATTER = ['download', 'always', 'never'] as const;

export type Theme = (typeof THEMES)[number];
export type Font = (typeof FONTS)[number];
export type Align = (typeof ALIGNMENTS)[number];
export type ToolbarClick = (typeof TOOLBAR_CLICKS)[number];
export type FrontMatter = (typeof FRONT_MATTER)[number];

/** Numeric ranges of the look controls; the range inputs use the same bounds. */
export const FONT_SIZE = { min: 14, max: 28, step: 1 } as const;
export const LINE_HEIGHT = { min: 1.3, max: 2, step: 0.1 } as const;
/** Column width in `ch`: 66ch keeps lines at 60–75 characters in most fonts. */
export const WIDTH = { min: 40, max: 100, step: 2 } as const;

/** A per-site selector longer than this is not a selector anyone typed. */
export const MAX_SELECTOR_LENGTH = 500;
/** A file-name pattern longer than this would only make names the file system cuts. */
export const MAX_FILE_NAME_PATTERN_LENGTH = 100;

export interface Settings {
  version: number;
  /**
   * When this copy was written (ms since 1970, strictly increasing from one write to the next):
   * of the `storage.sync` and `storage.local` copies, the newer one wins.
   */
  savedAt: number;
  theme: Theme;
  font: Font;
  /** Body text size in CSS px. */
  fontSize: number;
  /** Unitless line height. */
  lineHeight: number;
  /** Column max-width in `ch`. */
  width: number;
  align: Align;
  /** Sites cleaned as soon as one of their pages loads (see sites.ts): `https://example.com`. */
  sites: string[];
  /** Extra CSS selectors of elements to remove, by site; data, never code. */
  siteRules: Record<string, string[]>;
  /** The toolbar button opens the popup (default) or shows the reader in the current tab. */
  toolbarClick: ToolbarClick;
  /** Front matter on "Download .md" only (default), on every Markdown export, or never. */
  markdownFrontMatter: FrontMatter;
  /** The Markdown download's file name: `{title}`, `{date}`, `{site}` and literal text. */
  fileNamePattern: string;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  savedAt: 0,
  theme: 'system',
  font: 'serif',
  fontSize: 19,
  lineHeight: 1.6,
  width: 66,
  align: 'start',
  sites: [],
  siteRules: {},
  toolbarClick: 'popup',
  markdownFrontMatter: 'download',
  fileNamePattern: '{title}',
});

/** The fields of the reader's look: what the look panel edits and the overlay applies. */
export const LOOK_FIELDS = ['theme', 'font', 'fontSize', 'lineHeight', 'width', 'align'] as const;
export type Look = Pick<Settings, (typeof LOOK_FIELDS)[number]>;

export function lookOf(settings: Settings): Look {
  const { theme, font, fontSize, lineHeight, width, align } = settings;
  return { theme, font, fontSize, lineHeight, width, align };
}

export type { SettingsProblem } from './problem';

export interface ValidatedSettings {
  settings: Settings;
  problems: SettingsProblem[];
}

/** Checks one field; `drop` reports an entry left out of a list that is otherwise kept. */
type Check<T> = (value: unknown, drop: (message: string) => void) => T | undefined;

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

/** A file-name pattern: one line of text that names at least the title or the date. */
const fileNamePattern: Check<string> = (value) => {
  if (typeof value !== 'string') return undefined;
  const pattern = oneLine(value);
  if (pattern.length > MAX_FILE_NAME_PATTERN_LENGTH || !/\{(title|date)\}/.test(pattern)) return undefined;
  return pattern;
};

const timestamp: Check<number> = (value) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;

/** Sites, normalised; an entry that is not a site is dropped alone, duplicates are merged. */
const siteList: Check<string[]> = (value, drop) => {
  if (!Array.isArray(value)) return undefined;
  const out: string[] = [];
  for (const entry of value) {
    const site = normaliseSite(entry);
    if (!site) drop(`${describe(entry)} is not a site; dropped`);
    else if (!out.includes(site)) out.push(site);
  }
  return out;
};

/** Selectors of one site: trimmed, blank lines and duplicates left out, non-strings dropped. */
function selectorList(value: unknown, site: string, drop: (message: string) => void): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: string[] = [];
  for (const entry of value) {
    if (typeof entry !== 'string' || entry.length > MAX_SELECTOR_LENGTH) {
      drop(`${describe(entry)} in the rules of ${site} is not a selector; dropped`);
      continue;
    }
    const selector = entry.trim();
    if (selector && !out.includes(selector)) out.push(selector);
  }
  return out;
}

/** Rules by site: a bad site key or a bad list drops that site's entry alone. */
const siteRuleMap: Check<Record<string, string[]>> = (value, drop) => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: Record<string, string[]> = {};
  for (const [key, selectors] of Object.entries(value)) {
    const site = normaliseSite(key);
    if (!site) {
      drop(`${describe(key)} is not a site; its rules were dropped`);
      continue;
    }
    const list = selectorList(selectors, site, drop);
    if (!list) {
      drop(`the rules of ${site} are ${describe(selectors)}, not a list of selectors; dropped`);
      continue;
    }
    out[site] = [...(out[site] ?? []), ...list.filter((s) => !out[site]?.includes(s))];
  }
  return out;
};

/** Every field but `version`, with its check. Adding a setting means one line here. */
const FIELDS: { [K in Exclude<keyof Settings, 'version'>]: Check<Settings[K]> } = {
  savedAt: timestamp,
  theme: oneOf(THEMES),
  font: oneOf(FONTS),
  fontSize: inRange(FONT_SIZE, 0),
  lineHeight: inRange(LINE_HEIGHT, 2),
  width: inRange(WIDTH, 0),
  align: oneOf(ALIGNMENTS),
  sites: siteList,
  siteRules: siteRuleMap,
  toolbarClick: oneOf(TOOLBAR_CLICKS),
  markdownFrontMatter: oneOf(FRONT_MATTER),
  fileNamePattern,
};

export const SETTINGS_FIELDS = Object.keys(FIELDS) as (keyof typeof FIELDS)[];

/** A fresh, mutable copy of the defaults (arrays and maps are never shared). */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, sites: [], siteRules: {} };
}

/**
 * Reads whatever was stored under `settings` (or imported from a file): migrated to
 * `SETTINGS_VERSION` first, then checked field by field. Missing fields take their default
 * silently; unusable ones take their default and are listed in `problems`, as are dropped
 * entries and unknown keys.
 */
export function validateSettings(raw: unknown): ValidatedSettings {
  const settings = defaultSettings();
  const problems: SettingsProblem[] = [];
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ field: '(all)', kind: 'field', message: `expected an object, got ${describe(raw)}; using the defaults` });
    return { settings, problems };
  }
  const migrated = migrateSettings(raw as Record<string, unknown>);
  problems.push(...migrated.problems);
  const record = migrated.value;
  for (const field of SETTINGS_FIELDS) {
    if (!(field in record) || record[field] === undefined) continue;
    const drop = (message: string) => problems.push({ field, kind: 'entry', message });
    const value = (FIELDS[field] as Check<unknown>)(record[field], drop);
    if (value === undefined) {
      problems.push({ field, kind: 'field', message: `${describe(record[field])} is not a valid ${field}; using ${JSON.stringify(DEFAULT_SETTINGS[field])}` });
    } else {
      (settings as unknown as Record<string, unknown>)[field] = value;
    }
  }
  for (const key of Object.keys(record)) {
    if (key !== 'version' && !(SETTINGS_FIELDS as string[]).includes(key)) {
      problems.push({ field: key, kind: 'unknown', message: `"${key}" is not a setting of version ${SETTINGS_VERSION}; dropped` });
    }
  }
  return { settings, problems };
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}
