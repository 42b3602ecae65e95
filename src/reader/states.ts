import { orKey, type GetMessage } from '../shared/i18n';

/** The reader's states; `document.body.dataset.state` is always one of them (tests rely on it). */
export const READER_STATES = ['loading', 'article', 'not-an-article', 'restricted', 'too-large', 'tab-gone', 'error'] as const;
export type ReaderState = (typeof READER_STATES)[number];

/** The message shown (and announced) for each state. */
export const STATE_MESSAGES: Record<ReaderState, string> = {
  loading: 'state_loading',
  article: 'state_article',
  'not-an-article': 'state_not_an_article',
  restricted: 'state_restricted',
  'too-large': 'state_too_large',
  'tab-gone': 'state_tab_gone',
  error: 'state_error',
};

/** A way forward from a state: a button (or, for `open-page`, a link) of the state's section. */
export type StateAction = 'clean-anyway' | 'try-again' | 'open-page';

/**
 * The ways forward each state offers, and only those that can work in it: a browser page cannot
 * be read whatever one tries, a closed tab cannot be opened again from here. `open-page` needs
 * the page's address, and is offered by the tab reader only (the popup sits over the page).
 */
export const STATE_ACTIONS: Record<ReaderState, readonly StateAction[]> = {
  loading: [],
  article: [],
  'not-an-article': ['clean-anyway', 'open-page'],
  restricted: [],
  'too-large': ['clean-anyway', 'open-page'],
  'tab-gone': [],
  error: ['try-again', 'open-page'],
};

/** Every way forward some state offers: each is hidden in the states that do not. */
const ALL_ACTIONS: readonly StateAction[] = [...new Set(Object.values(STATE_ACTIONS).flat())];

/** Buttons that act on the article: usable only once there is one. */
const ARTICLE_ACTIONS = ['export-toggle', 'copy-text', 'copy-markdown', 'copy-html', 'download-md', 'print', 'open-in-tab', 'read-here'];

export interface StateOptions {
  /** Technical detail (an engine's or a browser's message, in English): under a collapsed "Details". */
  detail?: string;
  /** The page's address, for "Open the page". */
  pageUrl?: string | null;
}

/**
 * Shows one state: `data-state` on `<body>` (the stylesheet shows and hides regions from it),
 * `aria-busy` while loading, the state's message, in the UI's language, in the live region
 * `#state-message`, the state's ways forward (`STATE_ACTIONS`), and any technical detail out of
 * the way, in `#state-details`, collapsed.
 */
export function showState(doc: Document, state: ReaderState, t: GetMessage, options: StateOptions = {}): void {
  const body = doc.body;
  body.dataset.state = state;
  body.setAttribute('aria-busy', String(state === 'loading'));
  const message = doc.getElementById('state-message');
  if (message) message.textContent = orKey(t, STATE_MESSAGES[state]);
  const offered = STATE_ACTIONS[state];
  for (const action of ALL_ACTIONS) {
    const el = doc.getElementById(action);
    if (!el) continue;
    const url = action === 'open-page' ? httpUrl(options.pageUrl) : null;
    el.hidden = !offered.includes(action) || (action === 'open-page' && !url);
    if (url) el.setAttribute('href', url);
  }
  const details = doc.getElementById('state-details') as HTMLDetailsElement | null;
  const detail = doc.getElementById('state-detail');
  if (details && detail) {
    const shown = state !== 'loading' && state !== 'article' && !!options.detail;
    detail.textContent = shown ? (options.detail ?? '') : '';
    details.hidden = !shown;
    details.open = false;
  }
  for (const id of ARTICLE_ACTIONS) {
    const button = doc.getElementById(id) as HTMLButtonElement | null;
    if (button) button.disabled = state !== 'article';
  }
}

function httpUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}
