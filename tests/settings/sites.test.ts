import { describe, expect, it } from 'vitest';
import { normaliseSite, siteRulesFor, siteLabel, siteOf, siteOfPattern, sitePattern } from '../../src/settings/sites';

describe('sites', () => {
  it('a page’s site is its origin without the port', () => {
    expect(siteOf('https://www.example.com/news/a.html?x=1#top')).toBe('https://www.example.com');
    expect(siteOf('http://127.0.0.1:5173/fixtures/x/')).toBe('http://127.0.0.1');
    for (const url of ['chrome://extensions', 'file:///tmp/a.html', 'about:blank', 'not a url', '', null, undefined]) expect(siteOf(url)).toBeNull();
  });

  it('what the user types becomes a site; what is not a site is refused', () => {
    expect(normaliseSite('example.com')).toBe('https://example.com');
    expect(normaliseSite('  Example.COM  ')).toBe('https://example.com');
    expect(normaliseSite('http://example.com:8080/news/x')).toBe('http://example.com');
    expect(normaliseSite('localhost:3000')).toBe('https://localhost');
    expect(normaliseSite('127.0.0.1:8080')).toBe('https://127.0.0.1');
    expect(normaliseSite('https://[::1]:8443/')).toBe('https://[::1]');
    expect(normaliseSite('https://bücher.de')).toBe('https://xn--bcher-kva.de');
    for (const bad of ['', '  ', 'example', 'not a site', '*.example.com', 'https://*/*', 'ftp://example.com', 'javascript:alert(1)', 'https://exa mple.com', 42, null]) {
      expect(normaliseSite(bad), String(bad)).toBeNull();
    }
  });

  it('a site’s permission pattern, and back', () => {
    expect(sitePattern('https://example.com')).toBe('https://example.com/*');
    expect(siteOfPattern('https://example.com/*')).toBe('https://example.com');
    expect(siteOfPattern('http://127.0.0.1/*')).toBe('http://127.0.0.1');
    for (const pattern of ['*://*/*', '<all_urls>', 'https://*.example.com/*', '*://example.com/*', 'https://example.com/news/*', 'https://example.com:8080/*']) {
      expect(siteOfPattern(pattern), pattern).toBeNull();
    }
  });

  it('labels and rules by page address', () => {
    expect(siteLabel('https://example.com')).toBe('example.com');
    expect(siteLabel('http://127.0.0.1')).toBe('http://127.0.0.1');
    const rules = { 'https://example.com': ['.ad'] };
    expect(siteRulesFor(rules, 'https://example.com/a/b')).toEqual(['.ad']);
    expect(siteRulesFor(rules, 'http://example.com/a/b')).toEqual([]);
    expect(siteRulesFor(rules, 'chrome://newtab')).toEqual([]);
    siteRulesFor(rules, 'https://example.com/').push('mutated');
    expect(rules['https://example.com']).toEqual(['.ad']);
  });
});
