/**
 * Where the settings live, and how they are changed without losing anything.
 *
 * - Written to `storage.sync` (it follows the user to their other browsers) and mirrored to
 *   `storage.local`. When sync refuses the write (the object is over `QUOTA_BYTES_PER_ITEM`,
 *   more than `MAX_WRITE_OPERATIONS_PER_MINUTE`, sync disabled by policy), the local copy is
 *   the truth: `settingsHome` in `storage.local` records where the last write landed.
 * - Read from both: the copy with the newer `savedAt` wins, and a field that copy cannot give
 *   (corrupt) is taken from the other copy before falling back to its default.
 * - Changed only through `updateSettings(change)`: it re-reads the latest stored value, applies
 *   the change and writes, under a lock shared by every extension page and the background
 *   (Web Locks), so two pages editing at once both land. `onSettingsChanged` refreshes the
 *   pages that stay open.
 */
import browser from 'webextension-polyfill';
import { SETTINGS_FIELDS, SETTINGS_KEY, SETTINGS_VERSION, validateSettings, type Settings, type SettingsProblem } from './settings';

export type Area = 'sync' | 'local';

/** `storage.local` key: the area the last write landed in. */
export const SETTINGS_HOME_KEY = 'settingsHome';

/** Chrome's and Firefox's `storage.sync` limits (they are the same in both). */
export const SYNC_QUOTA = {
  QUOTA_BYTES: 102_400,
  QUOTA_BYTES_PER_ITEM: 8_192,
  MAX_WRITE_OPERATIONS_PER_MINUTE: 120,
} as const;

/** The Web Lock every writer of the settings takes. */
const LOCK_NAME = 'epure-settings';

export interface StoredSettings {
  settings: Settings;
  problems: SettingsProblem[];
  /** The area whose copy won, or null when nothing is stored. */
  source: Area | null;
  /** Where the last write landed, as recorded by it. */
  home: Area | null;
}

/** What the settings are made from, as stored: the `storage.sync` copy, and the `storage.local` one with `settingsHome`. */
export type StoredAreas = readonly [sync: Record<string, unknown>, local: Record<string, unknown>];

/** Reads both areas, side by side. Never rejects: an area that cannot be read counts as empty. */
export function readStoredAreas(): Promise<StoredAreas> {
  return Promise.all([readArea('sync', [SETTINGS_KEY]), readArea('local', [SETTINGS_KEY, SETTINGS_HOME_KEY])]);
}

/**
 * The stored settings, validated, with what was wrong with them. Never throws. `areas`: reads
 * already under way (the reader's first script starts them, `src/reader/early-start.ts`).
 */
export async function readSettings(areas: Promise<StoredAreas> = readStoredAreas()): Promise<StoredSettings> {
  const [sync, local] = await areas;
  const home = local[SETTINGS_HOME_KEY] === 'sync' || local[SETTINGS_HOME_KEY] === 'local' ? (local[SETTINGS_HOME_KEY] as Area) : null;
  const copies = (
    [
      { area: 'sync', raw: sync[SETTINGS_KEY] },
      { area: 'local', raw: local[SETTINGS_KEY] },
    ] as { area: Area; raw: unknown }[]
  ).filter((c) => !!c.raw && typeof c.raw === 'object' && !Array.isArray(c.raw));
  if (copies.length === 0) {
    // Nothing usable: report what was there (a string, an array…), keep the defaults.
    const junk = sync[SETTINGS_KEY] ?? local[SETTINGS_KEY];
    return { ...validateSettings(junk), source: null, home };
  }
  copies.sort((a, b) => savedAtOf(b.raw) - savedAtOf(a.raw) || (a.area === home ? -1 : b.area === home ? 1 : 0));
  const [primary, secondary] = copies as [{ area: Area; raw: unknown }, { area: Area; raw: unknown } | undefined];
  const chosen = validateSettings(primary.raw);
  if (secondary) {
    // A field the newer copy cannot give is taken from the older copy before its default.
    const other = validateSettings(secondary.raw);
    const lost = new Set(chosen.problems.filter((p) => p.kind === 'field').map((p) => p.field));
    const otherBad = new Set(other.problems.filter((p) => p.kind === 'field').map((p) => p.field));
    for (const field of SETTINGS_FIELDS) {
      if (!lost.has(field) || otherBad.has(field) || !(field in (secondary.raw as object))) continue;
      (chosen.settings as unknown as Record<string, unknown>)[field] = other.settings[field];
      chosen.problems.push({ field, kind: 'entry', message: `taken from the copy in storage.${secondary.area}` });
    }
  }
  return { ...chosen, source: primary.area, home };
}

/** The settings to use now; problems go to the console (for developers), never to the user. */
export async function loadSettings(areas?: Promise<StoredAreas>): Promise<Settings> {
  const { settings, problems } = await readSettings(areas);
  for (const problem of problems) console.warn(`Épure settings: ${problem.field}: ${problem.message}`);
  return settings;
}

/**
 * Changes the settings: `change` gets the latest stored value (a fresh copy it may edit) and
 * returns the new one; the result is validated, stamped and written. Serialised across every
 * extension page and the background, so concurrent changes never overwrite one another.
 * Returns what was written.
 */
export function updateSettings(change: (current: Settings) => Settings | void): Promise<Settings> {
  return withLock(async () => {
    const { settings: current } = await readSettings();
    const draft = structuredClone(current);
    const next = validateSettings({ ...(change(draft) ?? draft), version: SETTINGS_VERSION }).settings;
    next.savedAt = Math.max(Date.now(), current.savedAt + 1);
    await write(next);
    return next;
  });
}

/**
 * Calls `listener` with the latest settings whenever another page (or this one) changed them.
 * Returns a function that stops listening.
 */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  let pending = false;
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if ((area !== 'sync' && area !== 'local') || !(SETTINGS_KEY in changes)) return;
    // One write changes both areas: read once, after both.
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      void readSettings().then(({ settings }) => listener(settings));
    }, 0);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** Size of `{ key: value }` as `storage.sync` counts it: the key plus its JSON, in bytes. */
export function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** Why `storage.sync` refused a write: too many writes, too many bytes, or sync not there at all. */
export type SyncRefusal = 'write-rate' | 'quota' | 'unavailable';

/**
 * Reads the refusal from the browser's error: Chrome says "This request exceeds the
 * MAX_WRITE_OPERATIONS_PER_MINUTE quota." (or …_PER_HOUR, QUOTA_BYTES, QUOTA_BYTES_PER_ITEM);
 * Firefox says "QuotaExceededError: storage.sync API call exceeded its quota limitations.".
 */
export function syncRefusalOf(error: unknown): SyncRefusal {
  const message = error instanceof Error ? error.message : String(error);
  if (/MAX_WRITE_OPERATIONS_PER_(?:MINUTE|HOUR)/.test(message)) return 'write-rate';
  if (/quota/i.test(message)) return 'quota';
  return 'unavailable';
}

/** What the console says when sync refuses a write: the limit in words, and where the change went. */
export function syncRefusalMessage(refusal: SyncRefusal): string {
  const why = {
    'write-rate': `the browser allows at most ${SYNC_QUOTA.MAX_WRITE_OPERATIONS_PER_MINUTE} writes a minute to synced storage`,
    quota: `synced storage is full (at most ${SYNC_QUOTA.QUOTA_BYTES} bytes, ${SYNC_QUOTA.QUOTA_BYTES_PER_ITEM} per item)`,
    unavailable: 'synced storage refused the write (turned off by policy, or not available here)',
  }[refusal];
  return `Épure settings: not synced, ${why}. Every change is kept in this browser (storage.local) and reaches your other browsers with the next write sync accepts.`;
}

/**
 * The refusal this page last reported, until a write reaches sync again: a burst of changes (a
 * slider dragged, 130 edits in a minute) past the write rate gives one warning, not one per write.
 */
let reportedRefusal: SyncRefusal | null = null;

async function write(settings: Settings): Promise<Area> {
  let home: Area = 'local';
  if (syncItemBytes(SETTINGS_KEY, settings) <= SYNC_QUOTA.QUOTA_BYTES_PER_ITEM) {
    try {
      await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
      home = 'sync';
      reportedRefusal = null;
    } catch (error) {
      // Over a quota (write rate, total bytes) or sync unavailable: local keeps the truth. The
      // next write tries sync again (the rate limit lifts within a minute) and carries every
      // change made meanwhile, since each write is the whole settings object.
      const refusal = syncRefusalOf(error);
      if (refusal !== reportedRefusal) console.warn(syncRefusalMessage(refusal), error);
      reportedRefusal = refusal;
    }
  } else {
    console.warn(`Épure settings: ${syncItemBytes(SETTINGS_KEY, settings)} bytes is over storage.sync's per-item quota; kept in storage.local.`);
  }
  await browser.storage.local.set({ [SETTINGS_KEY]: settings, [SETTINGS_HOME_KEY]: home });
  return home;
}

async function readArea(area: Area, keys: string[]): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage[area].get(keys)) as Record<string, unknown>;
  } catch {
    return {};
  }
}

function savedAtOf(raw: unknown): number {
  const value = (raw as { savedAt?: unknown }).savedAt;
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

let queue: Promise<unknown> = Promise.resolve();

/** Web Locks where there are some (extension pages, service worker); else a queue in this page. */
function withLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as (Navigator & { locks?: LockManager }) | undefined)?.locks;
  if (locks && typeof locks.request === 'function') return locks.request(LOCK_NAME, task) as Promise<T>;
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}
