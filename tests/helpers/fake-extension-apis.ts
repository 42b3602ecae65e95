/**
 * What WXT's fake browser leaves out (`permissions`, `scripting`), faked in memory with the real
 * APIs' rules: registering an id twice, or updating or unregistering an unknown one, throws;
 * granting or revoking an origin fires `onAdded` / `onRemoved`; a declared (manifest) origin
 * cannot be removed. Install after `fakeBrowser.reset()`.
 */
import type { Permissions, Scripting } from 'webextension-polyfill';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener<A extends unknown[]> = (...args: A) => unknown;

export interface FakeEvent<A extends unknown[]> {
  addListener(listener: Listener<A>): void;
  removeListener(listener: Listener<A>): void;
  hasListener(listener: Listener<A>): boolean;
  trigger(...args: A): Promise<unknown[]>;
}

export function fakeEvent<A extends unknown[]>(): FakeEvent<A> {
  const listeners: Listener<A>[] = [];
  return {
    addListener: (l) => void listeners.push(l),
    removeListener: (l) => void (listeners.includes(l) && listeners.splice(listeners.indexOf(l), 1)),
    hasListener: (l) => listeners.includes(l),
    trigger: (...args) => Promise.all(listeners.map((l) => l(...args))),
  };
}

export function installFakePermissions(options: { granted?: string[]; declared?: string[]; answer?: boolean } = {}) {
  const granted = new Set([...(options.granted ?? []), ...(options.declared ?? [])]);
  const declared = new Set(options.declared ?? []);
  const onAdded = fakeEvent<[Permissions.Permissions]>();
  const onRemoved = fakeEvent<[Permissions.Permissions]>();
  const state = { answer: options.answer ?? true };
  const permissions = {
    contains: vi.fn(async ({ origins = [] }: Permissions.AnyPermissions) => origins.every((o) => granted.has(o))),
    getAll: vi.fn(async () => ({ origins: [...granted], permissions: [] })),
    request: vi.fn(async ({ origins = [] }: Permissions.Permissions) => {
      if (!state.answer) return false;
      const fresh = origins.filter((o) => !granted.has(o));
      for (const o of fresh) granted.add(o);
      if (fresh.length) await onAdded.trigger({ origins: fresh });
      return true;
    }),
    remove: vi.fn(async ({ origins = [] }: Permissions.Permissions) => {
      if (origins.some((o) => declared.has(o))) throw new Error('You cannot remove required permissions.');
      const gone = origins.filter((o) => granted.has(o));
      for (const o of gone) granted.delete(o);
      if (gone.length) await onRemoved.trigger({ origins: gone });
      return gone.length > 0;
    }),
    onAdded,
    onRemoved,
  };
  (fakeBrowser as unknown as { permissions: unknown }).permissions = permissions;
  return {
    permissions,
    state,
    granted,
    /** The user takes the permission back elsewhere (chrome://extensions, about:addons). */
    async revoke(origin: string) {
      granted.delete(origin);
      await onRemoved.trigger({ origins: [origin] });
    },
    /** The user grants it elsewhere. */
    async grant(origin: string) {
      granted.add(origin);
      await onAdded.trigger({ origins: [origin] });
    },
  };
}

export function installFakeScripting() {
  const scripts = new Map<string, Scripting.RegisteredContentScript>();
  const scripting = {
    registerContentScripts: vi.fn(async (list: Scripting.RegisteredContentScript[]) => {
      for (const s of list) if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      for (const s of list) scripts.set(s.id, structuredClone(s));
    }),
    updateContentScripts: vi.fn(async (list: Scripting.RegisteredContentScript[]) => {
      for (const s of list) if (!scripts.has(s.id)) throw new Error(`Content script with ID '${s.id}' does not exist.`);
      for (const s of list) scripts.set(s.id, { ...scripts.get(s.id)!, ...structuredClone(s) });
    }),
    unregisterContentScripts: vi.fn(async (filter: Scripting.ContentScriptFilter = {}) => {
      const ids = filter.ids ?? [...scripts.keys()];
      for (const id of ids) if (!scripts.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
      for (const id of ids) scripts.delete(id);
    }),
    getRegisteredContentScripts: vi.fn(async (filter: Scripting.ContentScriptFilter = {}) =>
      [...scripts.values()].filter((s) => !filter.ids || filter.ids.includes(s.id)).map((s) => structuredClone(s)),
    ),
  };
  (fakeBrowser as unknown as { scripting: unknown }).scripting = scripting;
  return { scripting, scripts };
}

/** `i18n` with the real messages of `lang` (the fake browser has none). */
export async function installFakeI18n(lang = 'en'): Promise<void> {
  const { getMessageFor } = await import('../ui/messages');
  (fakeBrowser as unknown as { i18n: unknown }).i18n = { getMessage: getMessageFor(lang), getUILanguage: () => lang };
}
