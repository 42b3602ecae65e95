import { readStoredAreas, type StoredAreas } from '../settings/store';
import { readTarget, type ReaderKind, type ReadTarget } from './read-target';

/**
 * The two slow questions a reader asks the browser, asked by the page's first script
 * (`entrypoints/reader-start.ts`, a small classic script loaded `defer`, before the reader's module) while the reader's own
 * modules are still loading: reading the tab (`scripting.executeScript`) and reading the stored
 * settings. Both are round trips to the browser that leave this page idle, and the reader's
 * modules arrive tens of milliseconds after a small script does (every extension file is a
 * round trip of its own, and a module runs only once all of its imports are there), so the
 * answers are usually in by the time the reader starts and takes them (`takeEarlyStart`).
 */
export interface EarlyStart {
  kind: ReaderKind;
  target: Promise<ReadTarget>;
  settings: Promise<StoredAreas>;
}

/** Where the first script leaves its questions for the reader: a global, as they are two bundles. */
const SLOT = 'epureEarlyStart';

/** Left in the slot by the reader when it starts: a first script that comes later asks nothing. */
const TAKEN = 'taken';

type WithSlot = typeof globalThis & { [SLOT]?: EarlyStart | typeof TAKEN };

/** Which reader this page is: the toolbar popup reads the active tab when it names none. */
export function readerKindOf(pathname: string): ReaderKind {
  return pathname.endsWith('/popup.html') ? 'popup' : 'tab';
}

/**
 * Asks both questions now, and leaves them for the reader; null, asking nothing, when the
 * reader has started already (it asked itself). Never throws: neither answer ever rejects.
 */
export function startEarly(kind: ReaderKind): EarlyStart | null {
  const slot = globalThis as WithSlot;
  if (slot[SLOT] !== undefined) return null;
  performance.mark('epure:early-start');
  const early: EarlyStart = { kind, target: readTarget(kind), settings: readStoredAreas() };
  slot[SLOT] = early;
  return early;
}

/**
 * The questions the first script asked for a reader of this `kind`, once: a second call (the
 * reader's "Try again" reads afresh anyway) gets null. Null too when the first script has not
 * run (it failed to load, or arrives after the reader): the reader then asks itself.
 */
export function takeEarlyStart(kind: ReaderKind): EarlyStart | null {
  const slot = globalThis as WithSlot;
  const early = slot[SLOT];
  slot[SLOT] = TAKEN;
  if (typeof early !== 'object' || early.kind !== kind) return null;
  performance.mark('epure:early-taken');
  return early;
}
