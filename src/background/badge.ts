/**
 * The toolbar button says when the tab's site is auto-cleaned: badge "A" and a title naming
 * the site, per tab, refreshed when a tab is activated or navigates and when the chosen sites
 * or the permissions change. The tab's address is visible to Épure exactly on the sites it may
 * read, which are the only ones that can be auto-cleaned.
 */
import browser from 'webextension-polyfill';
import { readSettings } from '../settings/store';
import { siteLabel, siteOf } from '../settings/sites';
import { t } from '../shared/i18n';
import { activeSites } from '../shared/registration';

/** Dark blue: white badge text on it is well over 4.5:1. */
const BADGE_COLOR = '#1d4f91';

/** The sites whose pages are cleaned as they load now: chosen and granted. */
export async function autoCleanedSites(): Promise<string[]> {
  const { settings } = await readSettings();
  return activeSites(settings.sites);
}

/** True when pages at `url` are cleaned as they load. */
export async function isAutoCleaned(url: string | undefined): Promise<boolean> {
  const site = siteOf(url);
  return !!site && (await autoCleanedSites()).includes(site);
}

/**
 * Sets the badge and title of one tab (`url` when the caller knows it; `active`, the
 * auto-cleaned sites, when it already has them). Never throws.
 */
export async function refreshBadge(tabId: number, url?: string, active?: readonly string[]): Promise<void> {
  try {
    const address = url ?? (await browser.tabs.get(tabId)).url;
    const site = siteOf(address);
    const on = !!site && (active ?? (await autoCleanedSites())).includes(site);
    await browser.action.setBadgeText({ tabId, text: on ? t('badgeAutoClean') : '' });
    if (on) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await browser.action.setTitle({ tabId, title: on && site ? t('actionTitleAutoClean', siteLabel(site)) : t('extName') });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}

/** Refreshes every tab (after the chosen sites or the permissions changed). */
export async function refreshAllBadges(): Promise<void> {
  const [active, tabs] = await Promise.all([autoCleanedSites(), browser.tabs.query({})]);
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : refreshBadge(tab.id, tab.url, active))));
}
