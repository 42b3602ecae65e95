/**
 * Brings a stored settings object from any earlier shape up to the current version, one step
 * at a time. A step only reshapes: the validator (settings.ts) checks the result field by field
 * afterwards, so a step never needs to guard against bad values.
 */
import type { SettingsProblem } from './problem';
import { normaliseSite } from './sites';

type Raw = Record<string, unknown>;

/** `MIGRATIONS[n]` turns a version-n object into a version-(n+1) one. */
const MIGRATIONS: Record<number, (old: Raw) => Raw> = {
  /**
   * 1 → 2: sites become origins (`example.com` → `https://example.com`), the rules are keyed the
   * same way (two keys naming one site are merged), and every copy carries `savedAt` so the
   * newer of the sync and local copies can win.
   */
  1: (old) => ({
    ...old,
    version: 2,
    savedAt: typeof old.savedAt === 'number' ? old.savedAt : 0,
    ...(Array.isArray(old.sites) ? { sites: old.sites.map((s: unknown) => normaliseSite(s) ?? s) } : {}),
    ...(old.siteRules && typeof old.siteRules === 'object' && !Array.isArray(old.siteRules)
      ? { siteRules: rekeyRules(old.siteRules as Raw) }
      : {}),
  }),
  /**
   * 2 → 3: the toolbar-click, front-matter and file-name settings appear; an object without them
   * takes their defaults in the validator, so the step only moves the version.
   */
  2: (old) => ({ ...old, version: 3 }),
};

/** The version the last step leaves: settings.ts checks that it equals `SETTINGS_VERSION`. */
export const LATEST_VERSION = Math.max(...Object.keys(MIGRATIONS).map(Number)) + 1;

export interface Migrated {
  value: Raw;
  /** The version the object had (1 for an object without one), or null when it was unusable. */
  from: number | null;
  problems: SettingsProblem[];
}

/**
 * Migrates `raw` to `LATEST_VERSION`. An object without `version` is the legacy shape, read as
 * version 1 (the shape before versions were written); an unusable version is reported and the
 * fields are read as they are; a newer one is reported and kept as it is (the validator keeps
 * the fields it understands).
 */
export function migrateSettings(raw: Raw): Migrated {
  const problems: SettingsProblem[] = [];
  const version = raw.version;
  let from: number | null;
  if (version === undefined) from = 1;
  else if (typeof version === 'number' && Number.isInteger(version) && version >= 1) from = version;
  else from = null;

  if (from === null) {
    problems.push({
      field: 'version',
      kind: 'version',
      message: `unknown version ${JSON.stringify(version) ?? String(version)}; reading the fields as version ${LATEST_VERSION}`,
    });
    return { value: { ...raw, version: LATEST_VERSION }, from, problems };
  }
  if (from > LATEST_VERSION) {
    problems.push({
      field: 'version',
      kind: 'version',
      message: `version ${from} is newer than this Épure (${LATEST_VERSION}); keeping the fields it understands`,
    });
    return { value: raw, from, problems };
  }
  let value: Raw = { ...raw };
  for (let v = from; v < LATEST_VERSION; v++) value = MIGRATIONS[v]!(value);
  return { value, from, problems };
}

function rekeyRules(rules: Raw): Raw {
  const out: Raw = {};
  for (const [key, selectors] of Object.entries(rules)) {
    const site = normaliseSite(key) ?? key;
    const previous = out[site];
    out[site] = Array.isArray(previous) && Array.isArray(selectors) ? [...previous, ...selectors] : selectors;
  }
  return out;
}
