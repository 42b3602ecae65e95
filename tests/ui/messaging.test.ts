/**
 * The receivers' gate (src/messaging.ts): `isEpureMessage` accepts Épure's own messages with
 * exactly their shape, `senderProblem` checks who sent them, and `acceptMessage` combines both,
 * rejecting (undefined) and logging everything else.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { acceptMessage, isEpureMessage, keysOf, PROTOCOL, senderOf, senderProblem, type SenderInfo } from '../../src/messaging';

const SELF = { id: 'epure-id', origin: 'chrome-extension://epure-id/' };
const page = {
  tooLarge: false,
  url: 'https://news.example/story',
  html: '<p>x</p>',
  lang: 'en',
  title: 'A story',
} as const;

const GOOD = {
  'clean-and-copy': { target: 'offscreen', type: 'clean-and-copy', menuItemId: 'copy-clean-text', page, siteRuleLines: ['.ad'], frontMatter: true },
  clean: { target: 'offscreen', type: 'clean', page, siteRuleLines: [] },
  'auto-clean': { type: 'auto-clean', page },
  'e2e:overlay-state': { type: 'e2e:overlay-state' },
} as const;

const SERVICE_WORKER: SenderInfo = { id: SELF.id, url: `${SELF.origin}background.js` };
const CONTENT_SCRIPT: SenderInfo = { id: SELF.id, url: 'https://news.example/story', tab: { id: 4 }, frameId: 0 };

describe('isEpureMessage', () => {
  for (const [type, message] of Object.entries(GOOD)) {
    it(`accepts a well-formed ${type}`, () => {
      expect(isEpureMessage(message)).toBe(true);
      expect(isEpureMessage(JSON.parse(JSON.stringify(message)))).toBe(true);
    });
  }

  it('accepts a page with lang null (a page that names no language)', () => {
    expect(isEpureMessage({ type: 'auto-clean', page: { ...page, lang: null } })).toBe(true);
  });

  it('rejects what is not an object or has an unknown type', () => {
    for (const value of [null, undefined, 0, 'clean', [], ['clean'], { type: 'clean-everything' }, { type: 'toString' }, { type: '__proto__' }, { type: 42 }]) {
      expect(isEpureMessage(value), JSON.stringify(value)).toBe(false);
    }
  });

  it('rejects a wrong target, an unknown menu item, a too-large or malformed page', () => {
    expect(isEpureMessage({ ...GOOD['clean-and-copy'], target: 'background' })).toBe(false);
    expect(isEpureMessage({ ...GOOD.clean, target: undefined })).toBe(false);
    expect(isEpureMessage({ ...GOOD['clean-and-copy'], menuItemId: 'rm -rf /' })).toBe(false);
    expect(isEpureMessage({ type: 'auto-clean', page: { tooLarge: true, url: page.url, elementCount: 70_000 } })).toBe(false);
    expect(isEpureMessage({ type: 'auto-clean', page: { ...page, html: 42 } })).toBe(false);
    expect(isEpureMessage({ type: 'auto-clean', page: { ...page, lang: ['en'] } })).toBe(false);
    expect(isEpureMessage({ type: 'auto-clean', page: 'html' })).toBe(false);
  });

  it('rejects missing fields', () => {
    for (const [type, message] of Object.entries(GOOD)) {
      for (const key of Object.keys(message)) {
        if (key === 'type') continue;
        const { [key]: _, ...missing } = message as Record<string, unknown>;
        expect(isEpureMessage(missing), `${type} without ${key}`).toBe(false);
      }
    }
    const { html: _, ...noHtml } = page;
    expect(isEpureMessage({ type: 'auto-clean', page: noHtml })).toBe(false);
  });

  it('rejects extra hostile fields, on the message and on its page', () => {
    expect(isEpureMessage({ ...GOOD['e2e:overlay-state'], eval: 'alert(1)' })).toBe(false);
    expect(isEpureMessage({ ...GOOD['clean-and-copy'], html: '<img src=x onerror=alert(1)>' })).toBe(false);
    expect(isEpureMessage({ ...GOOD.clean, page: { ...page, innerHTML: '<script>alert(1)</script>' } })).toBe(false);
    expect(isEpureMessage({ ...GOOD['auto-clean'], page: { ...page, tooLarge: false, sites: ['*'] } })).toBe(false);
    expect(isEpureMessage(JSON.parse('{"type":"auto-clean","__proto__":{"polluted":true},"page":' + JSON.stringify(page) + '}'))).toBe(false);
    expect(isEpureMessage({ ...GOOD['auto-clean'], [Symbol('x')]: 1 })).toBe(false);
  });

  it('rejects wrong field types: siteRuleLines that are not a list of strings', () => {
    expect(isEpureMessage({ ...GOOD.clean, siteRuleLines: '.ad' })).toBe(false);
    expect(isEpureMessage({ ...GOOD.clean, siteRuleLines: [{ toString: () => '.ad' }] })).toBe(false);
  });

  it('rejects objects that are not plain (class instances, arrays dressed up)', () => {
    class Fake {
      type = 'e2e:overlay-state';
    }
    expect(isEpureMessage(new Fake())).toBe(false);
    expect(isEpureMessage(Object.assign(['x'], { type: 'e2e:overlay-state' }))).toBe(false);
  });
});

describe('senderProblem', () => {
  it('extension pages: this extension, an address inside the extension, in a tab or not', () => {
    expect(senderProblem(SERVICE_WORKER, 'extension-page', SELF)).toBeNull();
    // The full-tab reader and the options page are extension pages in a tab.
    expect(senderProblem({ ...SERVICE_WORKER, url: `${SELF.origin}reader.html?tab=3`, tab: { id: 4 } }, 'extension-page', SELF)).toBeNull();
    expect(senderProblem(CONTENT_SCRIPT, 'extension-page', SELF)).toMatch(/not an extension page/);
    expect(senderProblem({ ...SERVICE_WORKER, id: 'other-extension' }, 'extension-page', SELF)).toMatch(/not this extension/);
    expect(senderProblem({ id: undefined }, 'extension-page', SELF)).toMatch(/not this extension/);
    expect(senderProblem({ id: SELF.id, url: 'https://evil.example/' }, 'extension-page', SELF)).toMatch(/not an extension page/);
    expect(senderProblem({ id: SELF.id, url: 'chrome-extension://other-id/x.html' }, 'extension-page', SELF)).toMatch(/not an extension page/);
    expect(senderProblem({ id: SELF.id }, 'extension-page', SELF)).toMatch(/not an extension page/);
  });

  it('content scripts: this extension, a tab, the top frame', () => {
    expect(senderProblem(CONTENT_SCRIPT, 'content-script', SELF)).toBeNull();
    expect(senderProblem({ ...CONTENT_SCRIPT, tab: undefined }, 'content-script', SELF)).toMatch(/without a tab/);
    expect(senderProblem({ ...CONTENT_SCRIPT, frameId: 3 }, 'content-script', SELF)).toMatch(/frame 3/);
    expect(senderProblem({ ...CONTENT_SCRIPT, id: 'other-extension' }, 'content-script', SELF)).toMatch(/not this extension/);
  });
});

describe('acceptMessage', () => {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it('returns a good message from an allowed sender, without logging', () => {
    expect(acceptMessage(GOOD['clean-and-copy'], SERVICE_WORKER, SELF, ['clean', 'clean-and-copy'])).toEqual(GOOD['clean-and-copy']);
    expect(acceptMessage(GOOD['auto-clean'], CONTENT_SCRIPT, SELF, ['auto-clean'])).toEqual(GOOD['auto-clean']);
    expect(warn).not.toHaveBeenCalled();
  });

  it('passes silently over Épure messages meant for another receiver', () => {
    expect(acceptMessage(GOOD['auto-clean'], CONTENT_SCRIPT, SELF, ['clean', 'clean-and-copy'])).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it('rejects and logs a malformed message', () => {
    expect(acceptMessage({ ...GOOD.clean, extra: 1 }, SERVICE_WORKER, SELF, ['clean'])).toBeUndefined();
    expect(warn).toHaveBeenCalledWith('Épure: rejected message', expect.stringMatching(/well-formed/));
  });

  it('rejects and logs a message from the wrong sender', () => {
    // A content script (so a hostile page's tab) cannot ask the offscreen document to copy.
    expect(acceptMessage(GOOD['clean-and-copy'], CONTENT_SCRIPT, SELF, ['clean-and-copy'])).toBeUndefined();
    expect(warn).toHaveBeenLastCalledWith('Épure: rejected message', expect.stringMatching(/not an extension page/));
    // Another extension cannot either.
    expect(acceptMessage(GOOD.clean, { ...SERVICE_WORKER, id: 'other' }, SELF, ['clean'])).toBeUndefined();
    expect(warn).toHaveBeenLastCalledWith('Épure: rejected message', expect.stringMatching(/not this extension/));
    // An extension page cannot pretend to be a content script's page.
    expect(acceptMessage(GOOD['auto-clean'], SERVICE_WORKER, SELF, ['auto-clean'])).toBeUndefined();
    expect(warn).toHaveBeenLastCalledWith('Épure: rejected message', expect.stringMatching(/without a tab/));
  });
});

describe('the protocol table', () => {
  it('declares every message once: its keys, its target and who sends it', () => {
    expect(Object.keys(PROTOCOL).sort()).toEqual(Object.keys(GOOD).sort());
    for (const [type, message] of Object.entries(GOOD) as [keyof typeof GOOD, object][]) {
      expect(keysOf(type).sort(), type).toEqual(Object.keys(message).sort());
    }
    expect(senderOf('auto-clean')).toBe('content-script');
    expect(senderOf('clean-and-copy')).toBe('extension-page');
    // A content script's message from a tab is refused where only extension pages may send.
    expect(acceptMessage(GOOD.clean, CONTENT_SCRIPT, SELF, ['clean'])).toBeUndefined();
  });
});
