/**
 * The options page's sites: the ones cleaned on load (`settings.sites`) and the ones with
 * rules (`settings.siteRules`), one card each. A card's checkbox turns auto-clean on (asking
 * for the site's host permission, first thing in the click) or off (giving it back); its
 * textarea holds the site's rules, one CSS selector per line, checked before they are saved;
 * "Remove" forgets the site and its rules, with an Undo toast, and gives the permission back
 * once Undo is no longer offered.
 */
import browser from 'webextension-polyfill';
import { hasSitePermission } from '../shared/registration';
import type { Settings } from '../settings/settings';
import { normaliseSite, siteLabel, sitePattern } from '../settings/sites';
import { updateSettings } from '../settings/store';
import { orKey, type GetMessage } from '../shared/i18n';
import { parseSelectorLines } from './selector-lines';
import type { UndoToast } from './undo-toast';

export interface SiteList {
  /** Shows `settings` (the latest stored), keeping what the user is typing in a textarea. */
  render(settings: Settings): Promise<void>;
}

/** The sites to list: the chosen ones first, in their order, then those that only have rules. */
export function listedSites(settings: Settings): string[] {
  return [...settings.sites, ...Object.keys(settings.siteRules).filter((site) => !settings.sites.includes(site))];
}

export function wireSiteList(doc: Document, t: GetMessage, toast: UndoToast): SiteList {
  const list = doc.getElementById('site-list')!;
  const empty = doc.getElementById('sites-empty');
  const form = doc.getElementById('add-site-form') as HTMLFormElement | null;
  const input = doc.getElementById('add-site-input') as HTMLInputElement | null;
  const formError = doc.getElementById('add-site-error');
  const status = doc.getElementById('sites-status');
  let latest: Settings | null = null;
  let nextId = 0;

  const say = (message: string) => {
    if (status) status.textContent = message;
  };
  const setFormError = (message: string) => {
    if (formError) formError.textContent = message;
    if (message) input?.setAttribute('aria-invalid', 'true');
    else input?.removeAttribute('aria-invalid');
  };

  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!input) return;
    const typed = input.value.trim();
    const site = normaliseSite(typed);
    if (!site) {
      setFormError(typed ? orKey(t, 'addSiteInvalid', typed) : orKey(t, 'addSiteEmpty'));
      input.focus();
      return;
    }
    const name = siteLabel(site);
    // No await before this line: the permission prompt needs the click's (or Enter's) gesture.
    const asked = browser.permissions.request({ origins: [sitePattern(site)] });
    setFormError('');
    void asked
      .then(async (granted) => {
        if (!granted) {
          setFormError(orKey(t, 'addSiteDenied', name));
          return;
        }
        await updateSettings((s) => ({ ...s, sites: s.sites.includes(site) ? s.sites : [...s.sites, site] }));
        input.value = '';
        say(orKey(t, 'siteAdded', name));
      })
      .catch((error: unknown) => {
        console.error(error);
        setFormError(orKey(t, 'addSiteFailed', name));
      });
  });

  const cardOf = (site: string) =>
    Array.from(list.querySelectorAll<HTMLLIElement>('li.site-card')).find((li) => li.dataset.site === site) ?? null;

  const createCard = (site: string): HTMLLIElement => {
    const id = `site-${nextId++}`;
    const name = siteLabel(site);
    const li = doc.createElement('li');
    li.className = 'site-card';
    li.dataset.site = site;

    const heading = doc.createElement('h3');
    heading.className = 'site-name';
    heading.id = `${id}-name`;
    heading.tabIndex = -1;
    heading.textContent = name;

    const check = doc.createElement('div');
    check.className = 'field-check';
    const box = doc.createElement('input');
    box.type = 'checkbox';
    box.id = `${id}-auto`;
    box.className = 'site-auto';
    box.setAttribute('aria-describedby', `${id}-warning`);
    const boxLabel = doc.createElement('label');
    boxLabel.htmlFor = box.id;
    boxLabel.textContent = orKey(t, 'siteAutoClean');
    check.append(box, boxLabel);

    const warning = doc.createElement('p');
    warning.className = 'site-warning';
    warning.id = `${id}-warning`;
    warning.textContent = orKey(t, 'siteNeedsPermission');
    warning.hidden = true;

    const rulesLabel = doc.createElement('label');
    rulesLabel.htmlFor = `${id}-rules`;
    rulesLabel.className = 'rules-label';
    rulesLabel.textContent = orKey(t, 'siteRulesLabel');
    const rules = doc.createElement('textarea');
    rules.id = `${id}-rules`;
    rules.className = 'site-rules';
    rules.rows = 3;
    rules.spellcheck = false;
    rules.setAttribute('autocapitalize', 'off');
    rules.setAttribute('aria-describedby', `${id}-rules-hint ${id}-rules-error`);
    const hint = doc.createElement('p');
    hint.className = 'hint';
    hint.id = `${id}-rules-hint`;
    hint.textContent = orKey(t, 'siteRulesHint');
    const error = doc.createElement('p');
    error.className = 'error';
    error.id = `${id}-rules-error`;
    error.setAttribute('role', 'alert');

    const actions = doc.createElement('div');
    actions.className = 'site-actions';
    const save = doc.createElement('button');
    save.type = 'button';
    save.className = 'save-rules';
    save.textContent = orKey(t, 'saveRules');
    save.setAttribute('aria-label', orKey(t, 'saveRulesFor', name));
    const remove = doc.createElement('button');
    remove.type = 'button';
    remove.className = 'remove-site';
    remove.textContent = orKey(t, 'removeSite');
    remove.setAttribute('aria-label', orKey(t, 'removeSiteFor', name));
    const saved = doc.createElement('span');
    saved.className = 'site-status';
    saved.setAttribute('role', 'status');
    actions.append(save, remove, saved);

    li.append(heading, check, warning, rulesLabel, rules, hint, error, actions);

    box.addEventListener('click', () => {
      if (box.checked) {
        // No await before this line: the permission prompt needs the click's gesture.
        const asked = browser.permissions.request({ origins: [sitePattern(site)] });
        void asked
          .then(async (granted) => {
            if (!granted) {
              box.checked = false;
              saved.textContent = orKey(t, 'siteAutoDenied', name);
              return;
            }
            await updateSettings((s) => ({ ...s, sites: s.sites.includes(site) ? s.sites : [...s.sites, site] }));
            saved.textContent = orKey(t, 'siteAutoOn', name);
          })
          .catch((err: unknown) => console.error(err));
        return;
      }
      // Off: the card stays (its rules still apply in the popup), the permission goes back.
      void updateSettings((s) => ({
        ...s,
        sites: s.sites.filter((x) => x !== site),
        siteRules: { ...s.siteRules, [site]: s.siteRules[site] ?? [] },
      }))
        .then(() => browser.permissions.remove({ origins: [sitePattern(site)] }).catch(() => false))
        .then(() => {
          saved.textContent = orKey(t, 'siteAutoOff', name);
        });
    });

    rules.addEventListener('input', () => {
      if (error.textContent) {
        error.textContent = '';
        rules.removeAttribute('aria-invalid');
      }
      saved.textContent = '';
    });

    save.addEventListener('click', () => {
      const parsed = parseSelectorLines(rules.value, doc);
      if (!parsed.ok) {
        error.textContent = orKey(t, parsed.reason === 'too-long' ? 'rulesTooLong' : 'rulesInvalid', [String(parsed.line), parsed.selector]);
        rules.setAttribute('aria-invalid', 'true');
        rules.focus();
        return;
      }
      void updateSettings((s) => ({ ...s, siteRules: { ...s.siteRules, [site]: parsed.selectors } })).then(() => {
        rules.value = parsed.selectors.join('\n');
        rules.dataset.saved = rules.value;
        saved.textContent = orKey(t, 'rulesSaved', name);
      });
    });

    remove.addEventListener('click', () => {
      let before: { chosenAt: number; rules: string[] | undefined } = { chosenAt: -1, rules: undefined };
      void updateSettings((s) => {
        before = { chosenAt: s.sites.indexOf(site), rules: s.siteRules[site] };
        const siteRules = { ...s.siteRules };
        delete siteRules[site];
        return { ...s, sites: s.sites.filter((x) => x !== site), siteRules };
      }).then(() => {
        toast.show(orKey(t, 'siteRemoved', name), {
          undo: () =>
            void updateSettings((s) => {
              const sites = [...s.sites];
              if (before.chosenAt >= 0 && !sites.includes(site)) sites.splice(Math.min(before.chosenAt, sites.length), 0, site);
              const siteRules = before.rules ? { ...s.siteRules, [site]: before.rules } : s.siteRules;
              return { ...s, sites, siteRules };
            }),
          // Once Undo is gone, the permission goes back (unless the site was chosen again meanwhile).
          commit: () => {
            if (before.chosenAt >= 0 && !latest?.sites.includes(site)) {
              void browser.permissions.remove({ origins: [sitePattern(site)] }).catch(() => false);
            }
          },
        });
      });
    });

    return li;
  };

  const updateCard = (li: HTMLLIElement, site: string, settings: Settings, permitted: boolean) => {
    const chosen = settings.sites.includes(site);
    const box = li.querySelector<HTMLInputElement>('input.site-auto')!;
    box.checked = chosen && permitted;
    li.querySelector<HTMLElement>('.site-warning')!.hidden = !(chosen && !permitted);
    const rules = li.querySelector<HTMLTextAreaElement>('textarea.site-rules')!;
    const stored = (settings.siteRules[site] ?? []).join('\n');
    // What the user is typing (differs from what was saved) is never overwritten.
    if (rules.dataset.saved === undefined || rules.value === rules.dataset.saved) rules.value = stored;
    rules.dataset.saved = stored;
  };

  return {
    async render(settings) {
      latest = settings;
      const sites = listedSites(settings);
      const permitted = await Promise.all(sites.map(hasSitePermission));
      if (latest !== settings) return; // A newer render is on its way.
      const focusWasIn = list.contains(doc.activeElement);
      for (const li of Array.from(list.querySelectorAll<HTMLLIElement>('li.site-card'))) {
        if (!sites.includes(li.dataset.site ?? '')) li.remove();
      }
      sites.forEach((site, i) => {
        const li = cardOf(site) ?? createCard(site);
        updateCard(li, site, settings, permitted[i]!);
        if (list.children[i] !== li) list.insertBefore(li, list.children[i] ?? null);
      });
      if (empty) empty.hidden = sites.length > 0;
      if (focusWasIn && !list.contains(doc.activeElement)) doc.getElementById('sites-heading')?.focus();
    },
  };
}
