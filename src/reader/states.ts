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

/** Buttons that act on the article: usable only once there is one. */
const ARTICLE_ACTIONS = ['copy-text', 'copy-markdown', 'copy-html', 'download-md', 'open-in-tab'];

/**
 * Shows one state: `data-state` on `<body>` (the stylesheet shows and hides regions from it),
 * `aria-busy` while loading, the state's message in the live region `#state-message`, and
 * only the buttons that make sense in it. `detail` is appended for errors.
 */
export function showState(doc: Document, state: ReaderState, t: GetMessage, detail?: string): void {
  const body = doc.body;
  body.dataset.state = state;
  body.setAttribute('aria-busy', String(state === 'loading'));
  const message = doc.getElementById('state-message');
  if (message) {
    const words = orKey(t, STATE_MESSAGES[state]);
    message.textContent = detail ? `${words} ${detail}` : words;
  }
  setHidden(doc, 'clean-anyway', state !== 'not-an-article');
  setHidden(doc, 'try-again', state !== 'error');
  for (const id of ARTICLE_ACTIONS) {
    const button = doc.getElementById(id) as HTMLButtonElement | null;
    if (button) button.disabled = state !== 'article';
  }
}

function setHidden(doc: Document, id: string, hidden: boolean): void {
  const el = doc.getElementById(id);
  if (el) el.hidden = hidden;
}
