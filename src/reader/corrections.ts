import type { Article } from '../article';
import { canRestore, removeBlocks, restoreRemovals } from '../restore';
import { keepLine, removeLine, ruleText } from '../rules/site-rule-lines';
import { takesTooMuch } from '../pipeline/apply-site-text-rules';
import { orKey, type GetMessage } from '../shared/i18n';
import { textOf } from '../dom/text';
import { renderRemovedList, showRestored } from './removed-list';
import { wireRemoveMode, type RemoveMode } from './remove-mode';

/** What saving a rule for the page's site came to. */
export type SaveOutcome = 'saved' | 'failed';

export interface CorrectionsContext {
  doc: Document;
  t: GetMessage;
  locale: string;
  /** The page's site as the user reads it (`example.com`), or null (no per-site rule then). */
  siteLabel: string | null;
  /** Adds one line to the site's rules (`settings.siteRules`). */
  saveRule(line: string): Promise<SaveOutcome>;
  /** Shows `article` in place of the one shown: every copy from now on is made of it. */
  show(article: Article): void;
  /** Says something to the user (and to screen readers), in the reader's status line. */
  announce(message: string): void;
}

/**
 * The user's corrections of one article, in the reader: removals put back ("Restore" in the
 * removed list) and blocks taken out ("Remove something"), each undone in one click, each saved
 * for the site when asked ("Always keep on …", "Always remove on …"). The article shown is always
 * made again from the article the engine gave (`original`), so corrections compose and undo.
 */
export function startCorrections(original: Article, ctx: CorrectionsContext): { stop(): void } {
  const { doc, t, locale } = ctx;
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win) return { stop() {} };
  const restored = new Set<number>(original.restored ?? []);
  /** Blocks the user removed here, by their words (as a `remove:` rule would name them). */
  const removedHere: string[] = [];
  const base = original.removals.length;
  let current = original;

  const derive = (): Article => removeBlocks(restoreRemovals(original, restored, win), removedHere, win);
  // A saved rule Épure did not apply (it would take most of the article): said once, naming it.
  const declined = original.declinedRules?.[0];
  if (declined) ctx.announce(orKey(t, 'ruleDeclined', declined));

  const refresh = (focusSelector?: string) => {
    const scroll = win.scrollY;
    current = derive();
    ctx.show(current);
    renderList();
    removeMode.refresh();
    win.scrollTo({ top: scroll });
    if (focusSelector) doc.querySelector<HTMLElement>(focusSelector)?.focus();
  };

  const renderList = () => {
    renderRemovedList(doc, current.removals, {
      t,
      locale,
      site: ctx.siteLabel,
      restored,
      // A block removed here goes back by undoing its removal.
      canRestore: (id) => id >= base || canRestore(original, id),
      actions: {
        setRestored(ids, restore) {
          for (const id of ids) {
            if (id >= base) {
              const pattern = ruleText(current.removals[id]?.rule.replace(/^remove: /, '') ?? '');
              const at = removedHere.indexOf(pattern);
              if (at >= 0) removedHere.splice(at, 1);
            } else if (restore) restored.add(id);
            else restored.delete(id);
          }
          refresh(`#removed button[data-ids="${ids.join(',')}"]`);
          ctx.announce(orKey(t, restore ? 'restoredStatus' : 'removedAgainStatus'));
        },
        keepOnSite(removal) {
          const ids = current.removals.flatMap((r, i) => (i < base && r.text === removal.text && canRestore(original, i) ? [i] : []));
          for (const id of ids) restored.add(id);
          refresh();
          void ctx.saveRule(keepLine(removal.text)).then((outcome) =>
            ctx.announce(outcome === 'saved' ? orKey(t, 'keepSaved', ctx.siteLabel ?? '') : orKey(t, 'ruleNotSaved')),
          );
        },
      },
    });
    showRestored(doc, restored, t);
  };

  const bar = doc.getElementById('correction-bar');
  const removeMode: RemoveMode = wireRemoveMode(doc, t, (block) => {
    const text = textOf(block);
    if (!text) return;
    // A block that holds most of the article is the article: Épure keeps it, and says so.
    if (takesTooMuch(text.length, textOf(doc.getElementById('article-body') ?? block).length)) {
      ctx.announce(orKey(t, 'ruleTooBroad'));
      return;
    }
    const pattern = ruleText(text);
    removedHere.push(pattern);
    refresh();
    showRemovedBar(pattern);
  });

  /** "Removed “…”": Undo, and Always remove on the site. */
  const showRemovedBar = (pattern: string) => {
    if (!bar) return;
    const message = bar.querySelector('.correction-message');
    if (message) message.textContent = orKey(t, 'blockRemoved', pattern.length > 60 ? `${pattern.slice(0, 59)}…` : pattern);
    const undo = bar.querySelector<HTMLButtonElement>('#undo-remove');
    const always = bar.querySelector<HTMLButtonElement>('#always-remove');
    if (undo) {
      undo.onclick = () => {
        const at = removedHere.lastIndexOf(pattern);
        if (at >= 0) removedHere.splice(at, 1);
        bar.hidden = true;
        refresh();
        ctx.announce(orKey(t, 'restoredStatus'));
      };
    }
    if (always) {
      always.hidden = !ctx.siteLabel;
      always.textContent = orKey(t, 'alwaysRemoveOn', ctx.siteLabel ?? '');
      always.onclick = () => {
        bar.hidden = true;
        void ctx.saveRule(removeLine(pattern)).then((outcome) =>
          ctx.announce(outcome === 'saved' ? orKey(t, 'removeSaved', ctx.siteLabel ?? '') : orKey(t, 'ruleNotSaved')),
        );
      };
    }
    // The bar is a live region of its own: the status toast would cover its buttons.
    bar.hidden = false;
  };

  if (bar) bar.hidden = true;
  renderList();
  return {
    stop() {
      removeMode.stop();
      if (bar) bar.hidden = true;
    },
  };
}
