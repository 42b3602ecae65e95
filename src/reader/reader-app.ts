import browser from 'webextension-polyfill';
import type { Article } from '../article';
import type { ReadPage } from '../messaging';
import { lookOf } from '../settings/settings';
import { siteLabel, siteOf, siteRulesFor } from '../settings/sites';
import { startCorrections, type SaveOutcome } from './corrections';
import { applySavedTextRules } from '../restore';
import { loadSettings, onSettingsChanged, updateSettings } from '../settings/store';
import { wireAutoCleanSwitch } from './auto-clean-switch';
import { cleanPageInSlices } from '../host/clean-page';
import { announce, copyPlain, copyRich } from '../shared/copy';
import { htmlOf, plainTextOf } from '../render/copy-formats';
import { markdownFor } from '../render/front-matter';
import { downloadMarkdown } from '../shared/download';
import { takeEarlyStart } from './early-start';
import { localise, orKey, t, uiLanguage } from '../shared/i18n';
import { followSystemTheme } from '../shared/look';
import { wireLookPanel } from '../shared/look-panel';
import { showCleanProgress } from './progress';
import { readTarget, type ReaderKind, type ReadTarget } from './read-target';
import { clearArticle, readerView, renderArticle } from './render-article';
import { wireExportMenu } from './export-menu';
import { showReaderShortcut } from '../shared/shortcut';
import { keepArticle, keptArticle, keptReaderUrl } from './kept-article';
import { showState } from './states';

export type { ReaderKind } from './read-target';

/** Share of the progress bar for reading the page from its tab; cleaning fills the rest. */
const PAGE_READ = 0.15;

/**
 * The reader view, shared by the toolbar popup and the full-tab reader: reads the tab named in
 * `?tab=<id>` (or, in the popup, the active tab), cleans it in this page and shows the result
 * or, in words, why there is none.
 */
export async function startReader(doc: Document, kind: ReaderKind): Promise<{ rendered: Promise<void> }> {
  performance.mark('epure:reader-started');
  // The tab is read while the settings load; the page's first script has usually asked for
  // both already (`early-start`), while this module and the engine were still loading.
  const early = takeEarlyStart(kind);
  let firstRead: Promise<ReadTarget> | null = early?.target ?? readTarget(kind);
  const locale = uiLanguage();
  doc.documentElement.lang = locale;
  localise(doc, t);
  readerView(doc);
  const exportMenu = wireExportMenu(doc);
  if (kind === 'popup') void showReaderShortcut(doc);
  showState(doc, 'loading', t);
  // `?read=<key>`: an article cleaned already and kept for this reader (see `kept-article`).
  const readKey = kind === 'tab' ? new URLSearchParams(location.search).get('read') : null;

  const settings = await loadSettings(early?.settings);
  performance.mark('epure:settings-loaded');
  // Only the look is written from here: the latest stored sites and rules are kept as they are.
  const look = wireLookPanel(doc, settings, (next) => void updateSettings((current) => ({ ...current, ...lookOf(next) })));
  // Export choices (front matter, file name) as they are now: the options page may change them.
  let exports = settings;
  onSettingsChanged((next) => {
    exports = next;
    look.show(next);
  });
  followSystemTheme(doc, look.current);

  const status = doc.getElementById('copy-status');
  const autoClean = wireAutoCleanSwitch(doc, t, status);
  let page: ReadPage | null = null;
  let article: Article | null = null;
  let tabId: number | null = null;

  let corrections: { stop(): void } | null = null;
  /** Shows a clean article: what every copy and export from now on is made of. */
  const present = (clean: Article) => {
    article = clean;
    renderArticle(doc, clean, t, locale);
    showState(doc, 'article', t);
    markPainted(doc);
    // The removed list, Restore and "Remove something": the article shown changes with them.
    corrections?.stop();
    const site = siteOf(clean.url);
    corrections = startCorrections(clean, {
      doc,
      t,
      locale,
      siteLabel: site ? siteLabel(site) : null,
      saveRule: (line) => (site ? saveSiteRule(site, line) : Promise.resolve('failed')),
      show: (corrected) => {
        article = corrected;
        renderArticle(doc, corrected, t, locale);
      },
      announce: (message) => announce(status, message),
    });
  };

  /** Cleans the page read last; `fromButton`: the user asked, so focus follows the result. */
  const show = async (force: boolean, fromButton = false, anyway = false) => {
    if (!page) return;
    const reading = page;
    // The user's rules for this site (options page) remove their elements before cleaning.
    const options = { force, anyway, siteRuleLines: siteRulesFor(look.current().siteRules, reading.url) };
    const result = await cleanPageInSlices(reading, options, (done) =>
      showCleanProgress(doc, PAGE_READ + (1 - PAGE_READ) * done),
    );
    // "Try again" started another reading meanwhile: its result is the one to show.
    if (page !== reading) return;
    showCleanProgress(doc, 1);
    performance.mark('epure:page-cleaned');
    if (result.ok) {
      // Sent here by the toolbar with the page in hand: from now on the address names the kept
      // article, so a reload shows it again (the page itself is in the tab's history, not here).
      if (kind === 'tab' && new URLSearchParams(location.search).has('page')) {
        history.replaceState(null, '', keptReaderUrl(await keepArticle(result)));
      }
      present(result);
      // The button that was clicked is gone now; the article's title takes the focus.
      if (fromButton) doc.getElementById('article-title')?.focus();
    } else if (result.reason === 'not-an-article' || result.reason === 'too-large') {
      showState(doc, result.reason, t, { detail: result.message, pageUrl: reading.url });
    } else {
      showState(doc, 'error', t, { detail: result.message, pageUrl: reading.url });
    }
  };

  /** Shows the article kept under `key`: no page to read, nothing to clean again. */
  const showKept = async (key: string) => {
    const kept = await keptArticle(key);
    // Kept for the session only: after a restart the page itself is the way forward.
    if (!kept) return showState(doc, 'tab-gone', t);
    // The site's rules as they are now (one may have been saved since): as a fresh cleaning would.
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    present(win ? applySavedTextRules(kept, siteRulesFor(look.current().siteRules, kept.url), win) : kept);
    await autoClean.show(kept.url, look.current());
  };

  /** `anyway`: the user chose "Clean anyway" on a too-large page: read and clean it without limits. */
  const load = async (fromButton = false, anyway = false) => {
    article = null;
    page = null;
    clearArticle(doc);
    showState(doc, 'loading', t);
    showCleanProgress(doc, 0);
    try {
      if (readKey !== null) return await showKept(readKey);
      // The first reading was started with the reader; "Try again" reads the tab afresh.
      const target = await (firstRead ?? readTarget(kind, { anyway }));
      firstRead = null;
      tabId = target.tabId;
      const read = target.read;
      if (read === null) return showState(doc, 'tab-gone', t);
      performance.mark('epure:page-read');
      if (!read.ok) return showState(doc, read.reason, t, { detail: read.message });
      // The "Always clean" switch asks the browser about permissions: it must not hold up the article.
      const switchShown = autoClean.show(read.page.url, look.current());
      if (read.page.tooLarge) {
        await switchShown;
        return showState(doc, 'too-large', t, { pageUrl: read.page.url });
      }
      page = read.page;
      showCleanProgress(doc, PAGE_READ);
      await Promise.all([switchShown, show(false, fromButton, anyway)]);
    } catch (error) {
      console.error(error);
      showState(doc, 'error', t, { detail: error instanceof Error ? error.message : undefined, pageUrl: page?.url });
    } finally {
      if (fromButton && doc.body.dataset.state === 'error') doc.getElementById('try-again')?.focus();
    }
  };

  const onClick = (id: string, action: (article: Article) => Promise<void> | void) => {
    doc.getElementById(id)?.addEventListener('click', () => {
      if (!article) return;
      const current = article;
      void Promise.resolve()
        .then(() => action(current))
        .catch((error: unknown) => {
          console.error(error);
          announce(status, orKey(t, 'copyFailed'));
        });
    });
  };

  onClick('copy-text', async (a) => {
    await copyPlain(plainTextOf(a, doc.getElementById('article-body')));
    announce(status, orKey(t, 'copiedText'));
  });
  onClick('copy-markdown', async (a) => {
    await copyPlain(markdownFor(a, exports.markdownFrontMatter, 'copy'));
    announce(status, orKey(t, 'copiedMarkdown'));
  });
  onClick('copy-html', async (a) => {
    await copyRich(htmlOf(a), plainTextOf(a, doc.getElementById('article-body')));
    announce(status, orKey(t, 'copiedHtml'));
  });
  onClick('download-md', (a) => {
    downloadMarkdown(doc, { title: a.title, site: a.siteName }, exports.fileNamePattern, markdownFor(a, exports.markdownFrontMatter, 'download'));
    announce(status, orKey(t, 'downloadedMarkdown'));
  });
  // The toolbar popup closes once the reader opens; popup.html?tab=… opened as a page stays.
  const closePopup = () => {
    if (kind === 'popup' && !new URLSearchParams(location.search).has('tab')) doc.defaultView?.close();
  };
  onClick('open-in-tab', async (a) => {
    // The article is kept, not read again: the new tab survives a reload and the page's closing.
    await browser.tabs.create({ url: keptReaderUrl(await keepArticle(a)) });
    closePopup();
  });
  onClick('read-here', async (a) => {
    if (tabId === null) return;
    // The page's own address stays in the tab's history: Back, Escape or "Close" return to it.
    await browser.tabs.update(tabId, { url: keptReaderUrl(await keepArticle(a)) });
    closePopup();
  });
  onClick('print', () => doc.defaultView?.print());

  /** The tab reader's way back: to the page it replaced, else to the article's page. */
  const closeReader = () => {
    const win = doc.defaultView;
    if (!win) return;
    const original = article?.url ?? page?.url ?? null;
    if (win.history.length > 1) win.history.back();
    else if (original && /^https?:\/\//i.test(original)) win.location.assign(original);
  };
  if (kind === 'tab') {
    doc.getElementById('close-reader')?.addEventListener('click', closeReader);
    doc.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || event.defaultPrevented || exportMenu?.open) return;
      const panel = doc.getElementById('look-panel');
      if (panel && !panel.hidden) return;
      event.preventDefault();
      closeReader();
    });
  }
  doc.getElementById('clean-anyway')?.addEventListener('click', () => {
    // Too large: the page was not even read; it is read again, and cleaned, without limits.
    if (doc.body.dataset.state === 'too-large') return void load(true, true);
    showState(doc, 'loading', t);
    showCleanProgress(doc, PAGE_READ);
    setTimeout(() => void show(true, true), 0);
  });
  doc.getElementById('try-again')?.addEventListener('click', () => void load(true));

  return { rendered: load() };
}

/** Adds `line` to the rules of `site`, once; the rest of the settings as they are stored now. */
async function saveSiteRule(site: string, line: string): Promise<SaveOutcome> {
  try {
    await updateSettings((current) => {
      const lines = current.siteRules[site] ?? [];
      return lines.includes(line) ? current : { ...current, siteRules: { ...current.siteRules, [site]: [...lines, line] } };
    });
    return 'saved';
  } catch (error) {
    console.error(error);
    return 'failed';
  }
}

/**
 * Leaves a User Timing mark, `epure:article-painted`, once the article has been painted (the
 * frame after rendering): `npm run bench` reads it as the time to article, from the reader's
 * navigation start, beside the marks of the stages before it (`epure:early-start`, left by the
 * page's first script, `…reader-started`, `…settings-loaded`, `…page-read`, `…page-cleaned`).
 */
function markPainted(doc: Document): void {
  const win = doc.defaultView;
  win?.requestAnimationFrame(() => win.setTimeout(() => performance.mark('epure:article-painted'), 0));
}
