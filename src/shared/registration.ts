/**
 * The auto-clean content script is registered for exactly the sites the user chose AND granted
 * (a site chosen on another browser arrives through storage.sync without its permission here;
 * a permission revoked in chrome://extensions leaves the site in settings until the background
 * hears of it). Every change goes through `syncRegistration`, which compares what should be
 * registered with what is, one call at a time.
 */
import browser, { type Scripting } from 'webextension-polyfill';
import { readSettings } from '../settings/store';
import { sitePattern } from '../settings/sites';

/** The id of the one registered script. */
export const AUTO_CLEAN_SCRIPT_ID = 'epure-auto-clean';
/** The built content script (`entrypoints/auto-clean.content.ts`). */
export const AUTO_CLEAN_SCRIPT_FILE = 'content-scripts/auto-clean.js';

/** True when Épure holds the host permission of `site`. */
export async function hasSitePermission(site: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [sitePattern(site)] });
  } catch {
    return false;
  }
}

/** The chosen sites Épure may read, in the order they were chosen. */
export async function activeSites(sites: readonly string[]): Promise<string[]> {
  const allowed = await Promise.all(sites.map(hasSitePermission));
  return sites.filter((_, i) => allowed[i]);
}

let chain: Promise<unknown> = Promise.resolve();

/**
 * Registers, updates or unregisters the script so that its `matches` are the active sites'
 * patterns. Calls are queued: startup, a permission change and a settings change arriving
 * together cannot register the id twice. Resolves to the matches now registered.
 */
export function syncRegistration(): Promise<string[]> {
  const run = chain.then(applyRegistration, applyRegistration);
  chain = run.catch((error: unknown) => console.warn('Épure: could not update the auto-clean script', error));
  return run;
}

async function applyRegistration(): Promise<string[]> {
  const { settings } = await readSettings();
  const matches = (await activeSites(settings.sites)).map(sitePattern);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_CLEAN_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [AUTO_CLEAN_SCRIPT_ID] });
    return [];
  }
  const script: Scripting.RegisteredContentScript = {
    id: AUTO_CLEAN_SCRIPT_ID,
    matches,
    js: [AUTO_CLEAN_SCRIPT_FILE],
    runAt: 'document_idle',
    allFrames: false,
    // Kept across browser restarts, so pages opened at startup are cleaned before the
    // background wakes; `runtime.onStartup` re-checks it anyway.
    persistAcrossSessions: true,
  };
  if (existing.length === 0) await browser.scripting.registerContentScripts([script]);
  else if (!sameList(existing[0]?.matches ?? [], matches)) await browser.scripting.updateContentScripts([script]);
  return matches;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);
}
