import browser from 'webextension-polyfill';
import type { Article } from '../article';
import type { ReadPage } from '../messaging';
import { lookOf } from '../settings/settings';
import { siteRulesFor } from '../settings/sites';
import { loadSettings, onSettingsChanged, updateSettings } from '../settings/store';
import { wireAutoCleanSwitch } from './auto-clean-switch';
import { cleanPageInSlices } from '../host/clean-page';
import { announce, copyPlain, copyRich } from '../shared/copy';
import { htmlOf, plainTextOf } from '../render/copy-formats';
import { downloadMarkdown } from '../shared/download';
import { takeEarlyStart } from './early-start';
import { localise, orKey, t, uiLanguage } from '../shared/i18n';
import { followSystemTheme } from '../shared/look';
import { wireLookPanel } from '../shared/look-panel';
import { showCleanProgress } from './progress';
import { readTarget, type ReaderKind, type ReadTarget } from './read-target';
import { clearArticle, renderArticle } from './render-article';
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
  showState(doc, 'loading', t);

  const settings = await loadSettings(early?.settings);
  performance.mark('epure:settings-loaded');
  // Only the look is written from here: the latest stored sites and rules are kept as they are.
  const look = wireLookPanel(doc, settings, (next) => void updateSettings((current) => ({ ...current, ...lookOf(next) })));
  onSettingsChanged((next) => look.show(next));
  followSystemTheme(doc, look.current);

  const status = doc.getElementById('copy-status');
  const autoClean = wireAutoCleanSwitch(doc, t, status);
  let page: ReadPage | null = null;
  let article: Article | null = null;
  let tabId: number | null = null;

  /** Cleans the page read last; `fromButton`: the user asked, so focus follows the result. */
  const show = async (force: boolean, fromButton = false) => {
    if (!page) return;
    const reading = page;
    // The user's rules for this site (options page) remove their elements before cleaning.
    const result = await cleanPageInSlices(reading, { force, extraSelectors: siteRulesFor(look.current().siteRules, reading.url) }, (done) =>
      showCleanProgress(doc, PAGE_READ + (1 - PAGE_READ) * done),
    );
    // "Try again" started another reading meanwhile: its result is the one to show.
    if (page !== reading) return;
    showCleanProgress(doc, 1);
    performance.mark('epure:page-cleaned');
    if (result.ok) {
      article = result;
      renderArticle(doc, result, t, locale);
      showState(doc, 'article', t);
      markPainted(doc);
      // The button that was clicked is gone now; the article's title takes the focus.
      if (fromButton) doc.getElementById('article-title')?.focus();
    } else if (result.reason === 'not-an-article') {
      showState(doc, 'not-an-article', t);
    } else if (result.reason === 'too-large') {
      showState(doc, 'too-large', t);
    } else {
      showState(doc, 'error', t, result.message);
    }
  };

  const load = async (fromButton = false) => {
    article = null;
    page = null;
    clearArticle(doc);
    showState(doc, 'loading', t);
    showCleanProgress(doc, 0);
    try {
      // The first reading was started with the reader; "Try again" reads the tab afresh.
      const target = await (firstRead ?? readTarget(kind));
      firstRead = null;
      tabId = target.tabId;
      const read = target.read;
      if (read === null) return showState(doc, 'tab-gone', t);
      performance.mark('epure:page-read');
      if (!read.ok) return showState(doc, read.reason, t, read.reason === 'error' ? read.message : undefined);
      // The "Always clean" switch asks the browser about permissions: it must not hold up the article.
      const switchShown = autoClean.show(read.page.url, look.current());
      if (read.page.tooLarge) {
        await switchShown;
        return showState(doc, 'too-large', t);
      }
      page = read.page;
      showCleanProgress(doc, PAGE_READ);
      await Promise.all([switchShown, show(false, fromButton)]);
    } catch (error) {
      console.error(error);
      showState(doc, 'error', t, error instanceof Error ? error.message : undefined);
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
    await copyPlain(plainTextOf(a));
    announce(status, orKey(t, 'copiedText'));
  });
  onClick('copy-markdown', async (a) => {
    await copyPlain(a.markdown);
    announce(status, orKey(t, 'copiedMarkdown'));
  });
  onClick('copy-html', async (a) => {
    await copyRich(htmlOf(a), plainTextOf(a));
    announce(status, orKey(t, 'copiedHtml'));
  });
  onClick('download-md', (a) => {
    downloadMarkdown(doc, a.title, a.markdown);
    announce(status, orKey(t, 'downloadedMarkdown'));
  });
  onClick('open-in-tab', async () => {
    if (tabId === null) return;
    await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?tab=${tabId}`) });
    // The toolbar popup closes once the reader opens; popup.html?tab=… opened as a page stays.
    if (kind === 'popup' && !new URLSearchParams(location.search).has('tab')) doc.defaultView?.close();
  });
  doc.getElementById('clean-anyway')?.addEventListener('click', () => {
    showState(doc, 'loading', t);
    showCleanProgress(doc, PAGE_READ);
    setTimeout(() => void show(true, true), 0);
  });
  doc.getElementById('try-again')?.addEventListener('click', () => void load(true));

  return { rendered: load() };
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
