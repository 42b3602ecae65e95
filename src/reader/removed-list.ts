import type { Removal } from '../article';
import { orKey, plural, type GetMessage } from '../shared/i18n';
import { groupRemovals, type RemovedGroup, type RemovedRow } from './removal-kinds';
import { describeRemoval } from './removal-reason';

/** What the user can do from the list; without it, the list only says what went and why. */
export interface RemovedListActions {
  /** Puts the removals `ids` back in the article (`restore`), or takes them out again. */
  setRestored(ids: readonly number[], restore: boolean): void;
  /** Saves "always keep this" for the page's site. */
  keepOnSite(removal: Removal): void;
}

export interface RemovedListOptions {
  t: GetMessage;
  locale: string;
  /** The page's site as the user knows it (`example.com`), or null: no per-site rule then. */
  site: string | null;
  /** Removals back in the article now. */
  restored: ReadonlySet<number>;
  /** Whether a removal has a place in the article to go back to. */
  canRestore(id: number): boolean;
  actions?: RemovedListActions;
}

/**
 * Fills `<details id="removed">`: what Épure removed, grouped by kind (ad-break labels, promo
 * links, related sections …; `removal-kinds.ts`), each item's words quoted and why it went in a
 * sentence, equal items counted once ("play_circle ×6"), what the page itself hid folded into one
 * line. Each item, and each group, can be put back ("Restore") and taken out again, and kept on
 * the site for good. The heading counts what was removed that the page showed. Collapsed by
 * default, so the article comes first; hidden when nothing was removed.
 */
export function renderRemovedList(doc: Document, removals: readonly Removal[], options: RemovedListOptions): void {
  const details = doc.getElementById('removed') as HTMLDetailsElement | null;
  if (!details) return;
  const { t, locale } = options;
  const groups = groupRemovals(removals);
  const shownCount = groups.filter((g) => g.kind !== 'hidden').reduce((n, g) => n + g.count, 0);
  const summary = details.querySelector('summary');
  if (summary) summary.textContent = plural(t, 'removedSummary', shownCount, locale);
  const holder = details.querySelector('.removed-groups');
  if (!holder) return;
  holder.replaceChildren(...groups.map((group) => (group.kind === 'hidden' ? hiddenLine(doc, group, options) : groupSection(doc, group, options))));
  details.hidden = removals.length === 0;
}

/** Updates the list's Restore buttons after a change, keeping focus where the user is. */
export function showRestored(doc: Document, restored: ReadonlySet<number>, t: GetMessage): void {
  for (const button of Array.from(doc.querySelectorAll<HTMLButtonElement>('#removed button[data-ids]'))) {
    const ids = idsOf(button);
    const back = ids.every((id) => restored.has(id));
    button.setAttribute('aria-pressed', String(back));
    button.textContent = orKey(t, restoreLabel(button.classList.contains('restore-group'), back));
    button.closest('li, section')?.classList.toggle('is-restored', back);
  }
}

function groupSection(doc: Document, group: RemovedGroup, options: RemovedListOptions): HTMLElement {
  const { t } = options;
  const section = doc.createElement('section');
  section.className = 'removed-group';
  section.dataset.kind = group.kind;
  const heading = doc.createElement('h3');
  heading.className = 'removed-kind';
  heading.textContent = `${orKey(t, group.key)} (${group.count})`;
  section.append(heading);
  const restorableIds = group.rows.flatMap((row) => row.ids.filter((id) => options.canRestore(id)));
  if (options.actions && group.rows.length > 1 && restorableIds.length > 1) {
    section.append(restoreButton(doc, restorableIds, 'restore-group', options));
  }
  const list = doc.createElement('ul');
  list.append(...group.rows.map((row) => rowItem(doc, row, options)));
  section.append(list);
  return section;
}

function rowItem(doc: Document, row: RemovedRow, options: RemovedListOptions): HTMLLIElement {
  const { t, locale } = options;
  const item = doc.createElement('li');
  const text = doc.createElement('q');
  text.className = 'removed-text';
  text.textContent = row.text || orKey(t, 'removedNoText');
  item.append(text);
  if (row.ids.length > 1) {
    const times = doc.createElement('span');
    times.className = 'removed-times';
    times.textContent = ` ×${row.ids.length}`;
    item.append(times);
  }
  const why = doc.createElement('span');
  why.className = 'removed-why';
  why.textContent = describeRemoval(row.first, t, locale);
  item.append(why);
  const restorable = row.ids.filter((id) => options.canRestore(id));
  if (options.actions && restorable.length) {
    const tools = doc.createElement('span');
    tools.className = 'removed-tools';
    tools.append(restoreButton(doc, restorable, 'restore', options));
    const fromRule = row.first.step === 'apply-site-selectors' || row.first.step === 'apply-site-text-rules';
    if (options.site && !fromRule && row.text) {
      const keep = doc.createElement('button');
      keep.type = 'button';
      keep.className = 'keep-site';
      keep.textContent = orKey(t, 'alwaysKeepOn', options.site);
      const actions = options.actions;
      keep.addEventListener('click', () => actions.keepOnSite(row.first));
      tools.append(keep);
    }
    item.append(tools);
  }
  return item;
}

function restoreButton(doc: Document, ids: readonly number[], className: 'restore' | 'restore-group', options: RemovedListOptions): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = className;
  button.dataset.ids = ids.join(',');
  const actions = options.actions!;
  button.addEventListener('click', () => {
    const back = idsOf(button).every((id) => options.restored.has(id));
    actions.setRestored(idsOf(button), !back);
  });
  const back = ids.every((id) => options.restored.has(id));
  button.setAttribute('aria-pressed', String(back));
  button.textContent = orKey(options.t, restoreLabel(className === 'restore-group', back));
  return button;
}

/** What the page hid (menus, icons, pop-ups): one line, its words counted once each. */
function hiddenLine(doc: Document, group: RemovedGroup, options: RemovedListOptions): HTMLElement {
  const line = doc.createElement('details');
  line.className = 'removed-hidden';
  const summary = doc.createElement('summary');
  summary.textContent = plural(options.t, 'removedHidden', group.count, options.locale);
  const words = doc.createElement('p');
  words.textContent = group.rows
    .filter((row) => row.text)
    .map((row) => (row.ids.length > 1 ? `${row.text} ×${row.ids.length}` : row.text))
    .join(' · ');
  line.append(summary, words);
  return line;
}

/** The Restore button's words: for one item or a group, before and after it is back. */
function restoreLabel(group: boolean, back: boolean): string {
  if (group) return back ? 'removeAgainAll' : 'restoreAll';
  return back ? 'removeAgain' : 'restore';
}

function idsOf(button: HTMLElement): number[] {
  return (button.dataset.ids ?? '').split(',').filter(Boolean).map(Number);
}
