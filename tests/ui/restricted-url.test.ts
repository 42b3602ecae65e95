import { describe, expect, it } from 'vitest';
import { classifyInjectionError, isRestrictedUrl } from '../../src/host/restricted-url';

describe('isRestrictedUrl', () => {
  it.each([
    'chrome://extensions/',
    'chrome://newtab/',
    'edge://settings',
    'about:blank',
    'about:addons',
    'view-source:https://example.com/',
    'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html',
    'moz-extension://1234/popup.html',
    'https://chromewebstore.google.com/detail/abc',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/fr/firefox/addon/ublock-origin/',
    'https://microsoftedge.microsoft.com/addons/detail/x',
  ])('%s is off limits', (url) => {
    expect(isRestrictedUrl(url)).toBe(true);
  });

  it.each([
    'https://www.lemonde.fr/article.html',
    'http://127.0.0.1:8080/source.html',
    'https://chrome.google.com/search',
    'https://google.com/webstore',
    'https://mozilla.org/addons',
    // Readable once the user allows file access: the injection error decides.
    'file:///home/me/article.html',
    undefined,
    '',
    'not a url',
  ])('%s is not known to be off limits', (url) => {
    expect(isRestrictedUrl(url)).toBe(false);
  });
});

describe('classifyInjectionError', () => {
  it.each([
    ['Cannot access a chrome:// URL', 'restricted'],
    ['Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission to access this host.', 'restricted'],
    ['The extensions gallery cannot be scripted.', 'restricted'],
    ['Frame with ID 0 is showing error page', 'restricted'],
    ['Missing host permission for the tab', 'restricted'],
    ['No tab with id: 123.', 'tab-gone'],
    ['Invalid tab ID: 123', 'tab-gone'],
    ['Something else broke', 'error'],
  ] as const)('"%s" → %s', (message, expected) => {
    expect(classifyInjectionError(new Error(message))).toBe(expected);
  });

  it('accepts anything thrown, not only Errors', () => {
    expect(classifyInjectionError('No tab with id: 4')).toBe('tab-gone');
    expect(classifyInjectionError(undefined)).toBe('error');
  });
});
