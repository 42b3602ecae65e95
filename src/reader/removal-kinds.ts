import type { Removal } from '../article';
import { oneLine } from '../dom/text';

/**
 * The removed list's groups, as data, in the order they are shown: the clutter Épure exists to
 * remove first, the user's own rules next, what the page itself hid last (folded into one line).
 * A step not named here falls in "other".
 */
export const REMOVAL_KINDS = [
  { kind: 'ads', key: 'kind_ads', steps: ['remove-ad-labels', 'remove-sponsored-blocks'] },
  { kind: 'promo', key: 'kind_promo', steps: ['remove-promo-links'] },
  { kind: 'related', key: 'kind_related', steps: ['remove-trailing-sections', 'remove-tag-lists'] },
  { kind: 'author', key: 'kind_author', steps: ['remove-author-bio'] },
  { kind: 'subscriptions', key: 'kind_subscriptions', steps: ['remove-newsletters', 'remove-paywall-calls', 'remove-follow-us'] },
  { kind: 'share', key: 'kind_share', steps: ['remove-share-bars', 'remove-comment-counters', 'remove-feedback-widgets'] },
  { kind: 'credits', key: 'kind_credits', steps: ['remove-image-credits', 'remove-gallery-counters'] },
  { kind: 'consent', key: 'kind_consent', steps: ['remove-consent-notices'] },
  { kind: 'yours', key: 'kind_yours', steps: ['apply-site-selectors', 'apply-site-text-rules'] },
  { kind: 'other', key: 'kind_misc', steps: [] },
  { kind: 'hidden', key: 'kind_hidden', steps: ['remove-hidden'] },
] as const;

export type RemovalKind = (typeof REMOVAL_KINDS)[number]['kind'];

/** One line of the removed list: removals of one kind with the same text ("play_circle ×6"). */
export interface RemovedRow {
  text: string;
  /** Indexes into the article's `removals`. */
  ids: number[];
  first: Removal;
}

export interface RemovedGroup {
  kind: RemovalKind;
  key: string;
  rows: RemovedRow[];
  /** Removals in the group (a row of ×6 counts 6). */
  count: number;
}

const KIND_OF_STEP = new Map<string, RemovalKind>(REMOVAL_KINDS.flatMap(({ kind, steps }) => steps.map((step) => [step, kind] as const)));

/** The kind of a removal, by the step that made it. */
export function kindOf(removal: Removal): RemovalKind {
  return KIND_OF_STEP.get(removal.step) ?? 'other';
}

/**
 * The removals grouped for the list: by kind in `REMOVAL_KINDS` order, then in page order; equal
 * texts of one kind make one row. Steps that only prepare the page (nothing removed a reader
 * would miss) are left out by `shown`.
 */
export function groupRemovals(removals: readonly Removal[], shown: (removal: Removal) => boolean = () => true): RemovedGroup[] {
  const groups = new Map<RemovalKind, RemovedGroup>();
  removals.forEach((removal, id) => {
    if (!shown(removal)) return;
    const kind = kindOf(removal);
    const spec = REMOVAL_KINDS.find((k) => k.kind === kind)!;
    let group = groups.get(kind);
    if (!group) groups.set(kind, (group = { kind, key: spec.key, rows: [], count: 0 }));
    const text = oneLine(removal.text);
    const row = group.rows.find((r) => r.text === text && r.first.rule === removal.rule);
    if (row) row.ids.push(id);
    else group.rows.push({ text, ids: [id], first: removal });
    group.count++;
  });
  return REMOVAL_KINDS.flatMap(({ kind }) => (groups.has(kind) ? [groups.get(kind)!] : []));
}
