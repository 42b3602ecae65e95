// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../../src/settings/settings';
import { announce, STATUS_CLEAR_MS } from '../../src/shared/copy';
import { localise } from '../../src/shared/i18n';
import { applyLook, resolveTheme } from '../../src/shared/look';
import { wireLookPanel } from '../../src/shared/look-panel';
import { renderRemovedList } from '../../src/reader/removed-list';
import { READER_STATES, showState } from '../../src/reader/states';
import { getMessageFor } from './messages';
import { expandIncludes } from '../../scripts/lib/html-include';

const ROOT = join(__dirname, '..', '..');
const t = getMessageFor('en');

function parsePage(name: 'popup' | 'reader'): Document {
  // As the build makes it: the shared body included (scripts/lib/html-include.ts).
  const file = join(ROOT, 'entrypoints', name, 'index.html');
  const html = expandIncludes(readFileSync(file, 'utf8'), file);
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Makes the page's markup the test document (its module script is left out: nothing runs). */
function loadPage(name: 'popup' | 'reader'): void {
  const parsed = parsePage(name);
  for (const script of Array.from(parsed.querySelectorAll('script'))) script.remove();
  const imported = document.importNode(parsed.documentElement, true);
  document.documentElement.remove();
  document.append(imported);
}

/** The ids the end-to-end tests rely on (see the UI contract). */
const CONTRACT_IDS = [
  'article', 'article-title', 'article-byline', 'article-site', 'article-date', 'article-reading-time',
  'article-lead-image', 'article-body', 'clean-anyway', 'try-again', 'open-in-tab', 'copy-text',
  'copy-markdown', 'copy-html', 'download-md', 'copy-status', 'look-theme', 'look-font', 'look-size',
  'look-line-height', 'look-width', 'look-align', 'look-toggle', 'look-panel', 'removed', 'state-message',
];

describe('popup site bar', () => {
  beforeEach(() => loadPage('popup'));

  it('has the "Always clean <site>" switch and the way to the options page, hidden until a site is known', () => {
    expect(document.getElementById('site-bar')?.hidden).toBe(true);
    const toggle = document.getElementById('auto-clean');
    expect(toggle?.getAttribute('role')).toBe('switch');
    expect(toggle?.getAttribute('aria-checked')).toBe('false');
    expect(document.getElementById('auto-clean-label')).not.toBeNull();
    expect(document.getElementById('open-options')?.localName).toBe('button');
    localise(document, t);
    expect(toggle?.textContent?.trim()).toBe('Always clean this site');
  });
});

describe.each(['popup', 'reader'] as const)('%s page', (name) => {
  beforeEach(() => loadPage(name));

  it('has every element of the UI contract, once the article view is mounted (as the reader does first)', async () => {
    const { readerView } = await import('../../src/reader/render-article');
    readerView(document);
    for (const id of CONTRACT_IDS) expect(document.getElementById(id), id).not.toBeNull();
    expect(document.getElementById('progress') !== null).toBe(name === 'reader');
    expect(document.getElementById('copy-status')?.getAttribute('role')).toBe('status');
    expect(document.querySelector('#removed > summary')).not.toBeNull();
    expect(document.querySelector('#removed > .removed-groups')).not.toBeNull();
    expect(document.querySelector('#remove-mode')).not.toBeNull();
    expect(document.querySelector('#correction-bar')?.hasAttribute('hidden')).toBe(true);
    expect((document.getElementById('look-size') as HTMLInputElement).type).toBe('range');
    expect(Array.from((document.getElementById('look-theme') as HTMLSelectElement).options).map((o) => o.value)).toEqual(['light', 'dark', 'sepia', 'system']);
    expect(Array.from((document.getElementById('look-font') as HTMLSelectElement).options).map((o) => o.value)).toEqual(['serif', 'sans', 'mono', 'legible']);
    expect(Array.from((document.getElementById('look-align') as HTMLSelectElement).options).map((o) => o.value)).toEqual(['start', 'justify']);
  });

  it('labels every control and announces states', () => {
    for (const control of Array.from(document.querySelectorAll('select, input'))) {
      expect(document.querySelector(`label[for="${control.id}"]`), control.id).not.toBeNull();
    }
    localise(document, t);
    for (const button of Array.from(document.querySelectorAll('button'))) {
      expect((button.getAttribute('aria-label') ?? button.textContent ?? '').trim(), button.id).not.toBe('');
    }
    expect(document.getElementById('state')?.getAttribute('aria-live')).toBe('polite');
    expect(document.body.getAttribute('aria-busy')).toBe('true');
  });

  it('has no inline script or style (the CSP forbids them)', () => {
    const page = parsePage(name);
    expect(page.querySelector('[style]')).toBeNull();
    expect(page.querySelector('style')).toBeNull();
    const scripts = Array.from(page.querySelectorAll('script'));
    for (const script of scripts) expect(script.getAttribute('src')).toBeTruthy();
    // The first script (src/reader/early-start.ts): in the head, `defer`, so it runs before the
    // page's module (deferred and module scripts run in document order), never after it.
    expect(scripts.map((s) => [s.getAttribute('src'), s.type, s.async, s.defer, s.parentElement?.localName])).toEqual([
      ['/reader-start.js', '', false, true, 'head'],
      ['./main.ts', 'module', false, false, 'body'],
    ]);
  });
});

describe('localise', () => {
  it('fills text and aria-labels from the messages, as text only', () => {
    document.body.replaceChildren();
    const button = document.createElement('button');
    button.dataset.i18n = 'copyMarkdown';
    button.dataset.i18nAriaLabel = 'copyMarkdownLabel';
    const missing = document.createElement('span');
    missing.dataset.i18n = 'noSuchKey';
    document.body.append(button, missing);
    localise(document, getMessageFor('fr'));
    expect(button.textContent).toBe('Copier en Markdown');
    expect(button.getAttribute('aria-label')).toBe('Copier en Markdown');
    expect(missing.textContent).toBe('noSuchKey');
  });
});

describe('showState', () => {
  beforeEach(() => loadPage('popup'));

  it.each(READER_STATES)('%s: data-state, aria-busy, message and buttons', (state) => {
    showState(document, state, t);
    expect(document.body.dataset.state).toBe(state);
    expect(document.body.getAttribute('aria-busy')).toBe(String(state === 'loading'));
    expect(document.getElementById('state-message')?.textContent).not.toBe('');
    expect(document.getElementById('clean-anyway')?.hidden).toBe(state !== 'not-an-article' && state !== 'too-large');
    expect(document.getElementById('try-again')?.hidden).toBe(state !== 'error');
    // No page address given: nowhere to open.
    expect(document.getElementById('open-page')?.hidden).toBe(true);
    expect((document.getElementById('copy-markdown') as HTMLButtonElement).disabled).toBe(state !== 'article');
  });

  it('keeps the technical detail of an error out of the message, under a collapsed "Details"', () => {
    showState(document, 'error', t, { detail: 'TypeError: Boom.', pageUrl: 'https://news.example/a' });
    expect(document.getElementById('state-message')?.textContent).toBe('Something went wrong while cleaning this page.');
    const details = document.getElementById('state-details') as HTMLDetailsElement;
    expect(details.hidden).toBe(false);
    expect(details.open).toBe(false);
    expect(document.getElementById('state-detail')?.textContent).toBe('TypeError: Boom.');
    expect(document.getElementById('open-page')?.getAttribute('href')).toBe('https://news.example/a');
    expect(document.getElementById('open-page')?.hidden).toBe(false);
    showState(document, 'restricted', t, { detail: 'Cannot access a chrome:// URL', pageUrl: 'https://news.example/a' });
    expect(document.getElementById('open-page')?.hidden, 'nothing to open that could work').toBe(true);
  });

  it('in French, a state and its ways forward hold no English word', () => {
    const fr = getMessageFor('fr');
    localise(document, fr);
    for (const state of READER_STATES) {
      showState(document, state, fr, { detail: 'The page could not be read.', pageUrl: 'https://news.example/a' });
      const shown = [document.getElementById('state-message'), ...['clean-anyway', 'try-again', 'open-page'].map((id) => document.getElementById(id))]
        .filter((el) => el && !el.hidden)
        .map((el) => el!.textContent ?? '')
        .join(' ');
      expect(shown, state).not.toMatch(/\b(?:the|page could|could not|try again|clean anyway|open the page|something went wrong)\b/i);
    }
    expect(document.querySelector('#state-details summary')?.textContent).toBe('Détails');
  });
});

describe('look', () => {
  beforeEach(() => loadPage('reader'));

  it('resolves "system" from prefers-color-scheme', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('sepia', true)).toBe('sepia');
  });

  it('applies theme, font and numbers to <html>', () => {
    applyLook(document, { ...DEFAULT_SETTINGS, theme: 'sepia', font: 'mono', fontSize: 24, lineHeight: 1.8, width: 70, align: 'justify' });
    const root = document.documentElement;
    expect(root.dataset.theme).toBe('sepia');
    expect(root.dataset.font).toBe('mono');
    expect(root.dataset.align).toBe('justify');
    expect(root.style.getPropertyValue('--reader-font-size')).toBe('24px');
    expect(root.style.getPropertyValue('--reader-line-height')).toBe('1.8');
    expect(root.style.getPropertyValue('--reader-width')).toBe('70ch');
  });

  it('controls apply at once, save on change, and the toggle opens and closes the panel', () => {
    const saved: Settings[] = [];
    wireLookPanel(document, validateSettings({ theme: 'light' }).settings, (s) => saved.push(s));
    const theme = document.getElementById('look-theme') as HTMLSelectElement;
    theme.value = 'dark';
    theme.dispatchEvent(new Event('change'));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(saved.at(-1)?.theme).toBe('dark');

    const size = document.getElementById('look-size') as HTMLInputElement;
    expect(size.min).toBe('14');
    expect(size.max).toBe('28');
    size.value = '25';
    size.dispatchEvent(new Event('input'));
    expect(document.documentElement.style.getPropertyValue('--reader-font-size')).toBe('25px');
    expect(document.getElementById('look-size-value')?.textContent).toBe('25 px');

    const toggle = document.getElementById('look-toggle')!;
    const panel = document.getElementById('look-panel')!;
    expect(panel.hidden).toBe(true);
    toggle.click();
    expect(panel.hidden).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(panel.hidden).toBe(true);
    expect(document.activeElement).toBe(toggle);
  });
});

describe('removed list', () => {
  beforeEach(() => loadPage('popup'));

  const REMOVALS = [
    { step: 'remove-hidden', rule: 'aria-hidden', text: 'play_circle' },
    { step: 'remove-hidden', rule: 'aria-hidden', text: 'play_circle' },
    { step: 'remove-hidden', rule: 'hidden-attribute', text: 'Menu' },
    { step: 'remove-share-bars', rule: 'share/*/facebook', text: 'Facebook' },
    { step: 'remove-ad-labels', rule: 'ad-label/fr/suite-apres', text: 'La suite après la publicité' },
    { step: 'remove-ad-labels', rule: 'ad-label/fr/suite-apres', text: 'La suite après la publicité' },
    { step: 'remove-trailing-sections', rule: 'trailing/fr/meme-theme', text: 'Sur le même thème' },
    { step: 'remove-image-credits', rule: 'image-credit/*/copyright', text: '© AFP' },
    { step: 'remove-consent-notices', rule: 'consent/fr/cookies', text: 'Ce contenu est bloqué car vous n’avez pas accepté les cookies' },
  ];
  const options = (restored = new Set<number>(), actions?: Parameters<typeof renderRemovedList>[2]['actions']) => ({
    t,
    locale: 'en',
    site: 'example.fr',
    restored,
    canRestore: (id: number) => id >= 3,
    actions,
  });

  it('groups by kind, the clutter Épure exists for first, repeats once, what the page hid in one line', () => {
    renderRemovedList(document, REMOVALS, options());
    const details = document.getElementById('removed') as HTMLDetailsElement;
    expect(details.hidden).toBe(false);
    expect(details.open).toBe(false);
    // The count is what the page showed: the hidden elements are not counted.
    expect(details.querySelector('summary')?.textContent).toBe('6 items removed');
    const kinds = Array.from(details.querySelectorAll('.removed-group')).map((g) => (g as HTMLElement).dataset.kind);
    expect(kinds).toEqual(['ads', 'related', 'share', 'credits', 'consent']);
    expect(details.querySelector('.removed-group[data-kind="credits"] .removed-kind')?.textContent).toMatch(/^Photo credits and gallery counters/);
    const ads = details.querySelector('.removed-group[data-kind="ads"]')!;
    expect(ads.querySelectorAll('li')).toHaveLength(1);
    expect(ads.querySelector('li')?.textContent).toContain('La suite après la publicité ×2');
    // The reason is a sentence, with no rule id in it.
    expect(ads.querySelector('.removed-why')?.textContent).toContain('Advertising label');
    expect(ads.querySelector('.removed-why')?.textContent).not.toContain('suite-apres');
    const hidden = details.querySelector('.removed-hidden')!;
    expect(hidden.querySelector('summary')?.textContent).toBe('3 elements hidden on the page');
    expect(hidden.textContent).toContain('play_circle ×2');
  });

  it('offers Restore where a removal has a place to go back to, and Always keep on the site', () => {
    const calls: [number[], boolean][] = [];
    const kept: string[] = [];
    renderRemovedList(document, REMOVALS, options(new Set([6]), { setRestored: (ids, back) => calls.push([[...ids], back]), keepOnSite: (r) => kept.push(r.text) }));
    const details = document.getElementById('removed')!;
    expect(details.querySelector('.removed-hidden button')).toBeNull();
    const adRestore = details.querySelector<HTMLButtonElement>('.removed-group[data-kind="ads"] li button.restore')!;
    expect(adRestore.textContent).toBe('Restore');
    expect(adRestore.getAttribute('aria-pressed')).toBe('false');
    adRestore.click();
    expect(calls).toEqual([[[4, 5], true]]);
    // Put back already: the button takes it out again.
    const trailing = details.querySelector<HTMLButtonElement>('.removed-group[data-kind="related"] button.restore')!;
    expect(trailing.textContent).toBe('Remove again');
    trailing.click();
    expect(calls[1]).toEqual([[6], false]);
    details.querySelector<HTMLButtonElement>('.removed-group[data-kind="ads"] button.keep-site')!.click();
    expect(kept).toEqual(['La suite après la publicité']);
    expect(details.querySelector('.removed-group[data-kind="ads"] button.keep-site')?.textContent).toBe('Always keep on example.fr');
  });

  it('is hidden when nothing was removed', () => {
    renderRemovedList(document, [], options());
    expect(document.getElementById('removed')?.hidden).toBe(true);
  });
});

describe('copy confirmation', () => {
  it('is visible, then clears after 2 s', () => {
    vi.useFakeTimers();
    const status = document.createElement('p');
    announce(status, 'Copied as Markdown');
    expect(status.textContent).toBe('Copied as Markdown');
    vi.advanceTimersByTime(STATUS_CLEAR_MS + 1);
    expect(status.textContent).toBe('');
    vi.useRealTimers();
  });
});

describe('renderArticle header (the body goes through DOMPurify, which is not tested here)', () => {
  beforeEach(() => loadPage('popup'));

  it('fills the fields, sets lang/dir from the article and keeps UI-language text isolated', async () => {
    const { renderArticle } = await import('../../src/reader/render-article');
    renderArticle(
      document,
      {
        title: 'مقال تجريبي', byline: 'سارة أحمد', siteName: null, publishedTime: '2025-01-28T12:00:00Z', lang: 'ar', dir: 'rtl',
        excerpt: null, leadImage: null, url: 'https://www.news.example/a', html: '', text: 'x', markdown: '# x', wordCount: 500,
        readingMinutes: 3, short: false, removals: [],
      },
      t,
      'en',
    );
    const article = document.getElementById('article')!;
    expect(article.getAttribute('lang')).toBe('ar');
    expect(article.getAttribute('dir')).toBe('rtl');
    expect(document.getElementById('article-title')?.textContent).toBe('مقال تجريبي');
    expect(document.getElementById('article-site')?.textContent).toBe('news.example');
    expect(document.getElementById('article-reading-time')?.textContent).toBe('3 min read');
    expect(document.querySelector('#article-reading-time > bdi')?.getAttribute('lang')).toBe('en');
    expect(document.getElementById('article-date')?.textContent).toBe('January 28, 2025');
    expect(document.getElementById('article-date')?.getAttribute('datetime')).toBe('2025-01-28T12:00:00Z');
    expect(document.getElementById('article-lead-image')?.hidden).toBe(true);
    expect(document.getElementById('removed')?.hidden).toBe(true);
  });

  it('says a short result is a short article, beside its reading time', async () => {
    const { renderArticle } = await import('../../src/reader/render-article');
    renderArticle(
      document,
      {
        title: 'Brève', byline: null, siteName: null, publishedTime: null, lang: 'fr', dir: null, excerpt: null, leadImage: null,
        url: 'https://www.news.example/b', html: '<p>La piscine rouvre lundi.</p>', text: 'La piscine rouvre lundi.', markdown: '# Brève',
        wordCount: 4, readingMinutes: 1, short: true, removals: [],
      },
      t,
      'en',
    );
    expect(document.getElementById('article-reading-time')?.textContent).toBe('Short article · 1 min read');
  });
});

describe('reading progress', () => {
  beforeEach(() => loadPage('reader'));

  it('reads 0 without an article, and follows the state', async () => {
    const { trackReadingProgress } = await import('../../src/reader/progress');
    document.body.dataset.state = 'error';
    const update = trackReadingProgress(document);
    update();
    expect(document.getElementById('progress')?.getAttribute('aria-valuenow')).toBe('0');
    document.body.dataset.state = 'article';
    update();
    // happy-dom has no layout: nothing to scroll counts as read to the end.
    expect(document.getElementById('progress')?.getAttribute('aria-valuenow')).toBe('100');
  });
});
