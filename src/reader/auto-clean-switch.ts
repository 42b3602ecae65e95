import browser from 'webextension-polyfill';
import { hasSitePermission } from '../shared/registration';
import { siteLabel, siteOf, sitePattern } from '../settings/sites';
import type { Settings } from '../settings/settings';
import { updateSettings } from '../settings/store';
import { announce } from '../shared/copy';
import { orKey, type GetMessage } from '../shared/i18n';

export interface AutoCleanSwitch {
  /** Shows the switch for the page at `url` (hidden for anything but an http(s) page). */
  show(url: string | null, settings: Settings): Promise<void>;
}

/**
 * The popup's "Always clean <site>" switch (`#auto-clean`, `role="switch"`). Turning it on asks
 * for the host permission of exactly that site, first thing in the click handler (browsers
 * grant a permission prompt only to a user gesture, and an `await` before it would lose it),
 * then adds the site to the chosen ones; the background registers the content script. Turning
 * it off removes the site and gives the permission back. `#open-options` opens the options page.
 */
export function wireAutoCleanSwitch(doc: Document, t: GetMessage, status: HTMLElement | null): AutoCleanSwitch {
  const bar = doc.getElementById('site-bar');
  const button = doc.getElementById('auto-clean');
  const label = doc.getElementById('auto-clean-label');
  let site: string | null = null;
  let on = false;

  const render = () => {
    button?.setAttribute('aria-checked', String(on));
    if (label && site) {
      label.textContent = orKey(t, 'autoCleanSite', siteLabel(site));
      button?.setAttribute('title', label.textContent);
    }
  };

  button?.addEventListener('click', () => {
    if (!site) return;
    const chosen = site;
    const name = siteLabel(chosen);
    if (!on) {
      // No await before this line: the permission prompt needs the click's user gesture.
      const asked = browser.permissions.request({ origins: [sitePattern(chosen)] });
      void asked
        .then(async (granted) => {
          if (!granted) return announce(status, orKey(t, 'autoCleanDenied', name));
          await updateSettings((s) => ({ ...s, sites: s.sites.includes(chosen) ? s.sites : [...s.sites, chosen] }));
          on = true;
          render();
          announce(status, orKey(t, 'autoCleanOn', name));
        })
        .catch((error: unknown) => {
          console.error(error);
          announce(status, orKey(t, 'autoCleanFailed'));
        });
      return;
    }
    on = false;
    render();
    void updateSettings((s) => ({ ...s, sites: s.sites.filter((x) => x !== chosen) }))
      // A permission the build itself declares cannot be given back: that is fine.
      .then(() => browser.permissions.remove({ origins: [sitePattern(chosen)] }).catch(() => false))
      .then(() => announce(status, orKey(t, 'autoCleanOff', name)))
      .catch((error: unknown) => {
        console.error(error);
        announce(status, orKey(t, 'autoCleanFailed'));
      });
  });

  doc.getElementById('open-options')?.addEventListener('click', () => {
    void browser.runtime.openOptionsPage().then(() => {
      // The toolbar popup closes; popup.html?tab=… opened as a page (tests) stays.
      if (!new URLSearchParams(doc.defaultView?.location.search ?? '').has('tab')) doc.defaultView?.close();
    });
  });

  return {
    async show(url, settings) {
      site = siteOf(url);
      if (!bar) return;
      if (!site) {
        bar.hidden = true;
        return;
      }
      on = settings.sites.includes(site) && (await hasSitePermission(site));
      render();
      bar.hidden = false;
    },
  };
}
