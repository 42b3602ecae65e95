import type { Removal } from '../article';
import { orKey, type GetMessage } from '../shared/i18n';
import { describeRemoval } from './removal-reason';

/**
 * Fills `<details id="removed"><summary>Removed (N)</summary><ul>…</ul></details>`: one item per
 * removal, its text quoted and why it went (step and rule, in words). Collapsed by default, so
 * the article comes first; hidden when nothing was removed.
 */
export function renderRemovedList(doc: Document, removals: readonly Removal[], t: GetMessage, locale: string): void {
  const details = doc.getElementById('removed') as HTMLDetailsElement | null;
  if (!details) return;
  const summary = details.querySelector('summary');
  const list = details.querySelector('ul');
  if (summary) summary.textContent = orKey(t, 'removedSummary', String(removals.length));
  if (!list) return;
  const items = removals.map((removal) => {
    const item = doc.createElement('li');
    const text = doc.createElement('q');
    text.className = 'removed-text';
    text.textContent = removal.text || orKey(t, 'removedNoText');
    const why = doc.createElement('span');
    why.className = 'removed-why';
    why.textContent = describeRemoval(removal, t, locale);
    item.append(text, why);
    return item;
  });
  list.replaceChildren(...items);
  details.open = false;
  details.hidden = removals.length === 0;
}
