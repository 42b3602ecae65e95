import browser from 'webextension-polyfill';
import { runJob } from '../host/run-job';
import { isMenuItemId, MENU_ITEMS, type CopyFailure, type CopyOutcome, type MenuItemId } from '../messaging';
import { refreshBadge } from './badge';
import { loadSettings } from '../settings/store';
import { wantsFrontMatter } from '../render/front-matter';
import { siteRulesFor } from '../settings/sites';
import { t } from '../shared/i18n';
import { readTab } from '../host/read-tab';

/** The menu titles' message keys, by item id. */
const MENU_TITLES: Record<MenuItemId, string> = {
  'copy-clean-text': 'menuCopyCleanText',
  'copy-clean-markdown': 'menuCopyCleanMarkdown',
};

/** How long the ✓ / ! badge stays on the toolbar button. */
const BADGE_MS = 2500;

/** (Re)creates the two items; safe to call at every background start. */
export async function createContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const id of MENU_ITEMS) {
    browser.contextMenus.create({ id, title: t(MENU_TITLES[id]), contexts: ['page', 'selection', 'link'] });
  }
}

/**
 * "Copy clean text" / "Copy clean Markdown": reads the tab (the click granted activeTab), cleans
 * the page in an extension context and puts the result on the clipboard, then shows ✓ or ! on
 * the toolbar button. Returns what it copied, or why it did not.
 */
export async function onContextMenuClick(menuItemId: unknown, tabId: number | undefined): Promise<CopyOutcome> {
  const outcome = await cleanAndCopy(menuItemId, tabId);
  if (tabId !== undefined) void flashBadge(tabId, outcome.ok);
  if (!outcome.ok) console.warn(`Épure: nothing copied (${outcome.reason})`);
  return outcome;
}

async function cleanAndCopy(menuItemId: unknown, tabId: number | undefined): Promise<CopyOutcome> {
  if (!isMenuItemId(menuItemId)) return fail('error');
  if (tabId === undefined || tabId < 0) return fail('tab-gone');
  const read = await readTab(tabId);
  if (!read.ok) return fail(read.reason);
  if (read.page.tooLarge) return fail('too-large');
  try {
    const settings = await loadSettings();
    const siteRuleLines = siteRulesFor(settings.siteRules, read.page.url);
    const frontMatter = wantsFrontMatter(settings.markdownFrontMatter, 'copy');
    return await runJob({ kind: 'copy', menuItemId, page: read.page, siteRuleLines, frontMatter });
  } catch (error) {
    console.error(error);
    return fail('error');
  }
}

async function flashBadge(tabId: number, ok: boolean): Promise<void> {
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: ok ? '#1a7f37' : '#b42318' });
    await browser.action.setBadgeText({ tabId, text: ok ? '✓' : '!' });
    // Then back to what the tab shows otherwise: "A" on an auto-cleaned site, else nothing.
    setTimeout(() => void refreshBadge(tabId), BADGE_MS);
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}

function fail(reason: CopyFailure): CopyOutcome {
  return { ok: false, reason };
}
