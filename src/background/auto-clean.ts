/**
 * The background's part of auto-clean: keeps the content script registered for exactly the
 * chosen and granted sites, keeps the settings in step with the permissions, shows the badge,
 * and cleans the pages the content script sends.
 *
 * Every listener is added synchronously when the background starts (Chrome wakes the service
 * worker for them). Listeners: install/update and browser start (re-register), permissions
 * added (a granted site joins the chosen ones: the popup may have closed under its prompt)
 * or removed (the site leaves the chosen ones, whoever revoked it: the toggle, the options
 * page, chrome://extensions), settings changed (another page added or removed a site), tabs
 * activated or navigating (badge), and the content script's `AutoCleanRequest`.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { runJob } from '../host/run-job';
import { acceptMessage, type AutoCleanResponse, type ReadPage } from '../messaging';
import { onSettingsChanged, readSettings, updateSettings } from '../settings/store';
import { siteOf, siteOfPattern } from '../settings/sites';
import { refreshAllBadges, refreshBadge } from './badge';
import { hasSitePermission, syncRegistration } from '../shared/registration';

export function startAutoCleanBackground(): void {
  browser.runtime.onInstalled.addListener(() => void syncRegistration());
  browser.runtime.onStartup.addListener(() => void syncRegistration());
  browser.permissions.onAdded.addListener((permissions) => void onPermissionsAdded(permissions.origins ?? []));
  browser.permissions.onRemoved.addListener((permissions) => void onPermissionsRemoved(permissions.origins ?? []));
  // Only a change of the chosen sites matters here (a look change is written several times a
  // second while a slider moves). The first change after the background starts always counts.
  let sitesSeen: string | null = null;
  onSettingsChanged((settings) => {
    const sites = JSON.stringify(settings.sites);
    if (sites === sitesSeen) return;
    sitesSeen = sites;
    void syncRegistration().then(() => refreshAllBadges());
  });
  browser.tabs.onActivated.addListener(({ tabId }) => void refreshBadge(tabId));
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url !== undefined || change.status === 'loading') void refreshBadge(tabId, tab.url);
  });
  browser.runtime.onMessage.addListener(onAutoCleanMessage);
}

/** Sites granted from anywhere join the chosen sites (a no-op when the page that asked added them). */
export async function onPermissionsAdded(origins: readonly string[]): Promise<void> {
  const sites = origins.map(siteOfPattern).filter((s): s is string => s !== null);
  if (sites.length > 0) {
    await updateSettings((settings) => {
      for (const site of sites) if (!settings.sites.includes(site)) settings.sites.push(site);
      return settings;
    });
  }
  await syncRegistration();
  await refreshAllBadges();
}

/**
 * A revoked site leaves the chosen sites (its rules stay: they still apply in the popup), and
 * the script stops matching it. A revoked wildcard names no site: the registration is re-checked.
 */
export async function onPermissionsRemoved(origins: readonly string[]): Promise<void> {
  const revoked = new Set(origins.map(siteOfPattern).filter((s): s is string => s !== null));
  if (revoked.size > 0) {
    const { settings } = await readSettings();
    const gone: string[] = [];
    for (const site of settings.sites) if (revoked.has(site) && !(await hasSitePermission(site))) gone.push(site);
    if (gone.length > 0) await updateSettings((s) => ({ ...s, sites: s.sites.filter((site) => !gone.includes(site)) }));
  }
  await syncRegistration();
  await refreshAllBadges();
}

/**
 * Answers the auto-clean content script. Only a top frame of a tab, from this extension, on a
 * site that is chosen and granted, gets its page cleaned; anything else gets `not-chosen`.
 */
export function onAutoCleanMessage(message: unknown, sender: Runtime.MessageSender): Promise<AutoCleanResponse> | undefined {
  // The shared validator checks the exact shape and that a content script of ours sent it, and
  // logs what it rejects; auto-clean also answers only a page's top frame.
  const request = acceptMessage(message, sender, { id: browser.runtime.id, origin: browser.runtime.getURL('/') }, ['auto-clean']);
  if (!request || sender.frameId !== 0) return undefined;
  return answer(request.page, sender.url ?? (sender.tab as { url?: string } | undefined)?.url);
}

async function answer(page: ReadPage, senderUrl: string | undefined): Promise<AutoCleanResponse> {
  const site = siteOf(senderUrl);
  if (!site || siteOf(page.url) !== site) return { ok: false, reason: 'not-chosen' };
  const { settings } = await readSettings();
  if (!settings.sites.includes(site) || !(await hasSitePermission(site))) return { ok: false, reason: 'not-chosen' };
  const siteRuleLines = settings.siteRules[site] ?? [];
  return runJob({ kind: 'overlay', page, siteRuleLines });
}
