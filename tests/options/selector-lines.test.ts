// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseSelectorLines } from '../../src/options/selector-lines';

describe('per-site rules as typed', () => {
  it('one selector per line; blank lines, spaces and repeats left out', () => {
    expect(parseSelectorLines('.ad\n\n  aside.related  \r\n.ad\n#newsletter > p', document)).toEqual({
      ok: true,
      selectors: ['.ad', 'aside.related', '#newsletter > p'],
    });
    expect(parseSelectorLines('', document)).toEqual({ ok: true, selectors: [] });
  });

  it('the first bad selector is named with its line number', () => {
    expect(parseSelectorLines('.ad\n\ndiv[data-x=\n.ok', document)).toEqual({ ok: false, line: 3, selector: 'div[data-x=', reason: 'syntax' });
    expect(parseSelectorLines('p:nth-child(\n', document)).toMatchObject({ ok: false, line: 1 });
    expect(parseSelectorLines(`.a\n.${'x'.repeat(600)}`, document)).toMatchObject({ ok: false, line: 2, reason: 'too-long' });
  });

  it('a selector is data: checking it matches nothing on the page and runs nothing', () => {
    document.body.innerHTML = '<p class="ad">x</p>';
    expect(parseSelectorLines('.ad', document)).toEqual({ ok: true, selectors: ['.ad'] });
    expect(document.querySelector('.ad')).not.toBeNull();
  });

  it('keeps the reader’s `remove:` and `keep:` lines as they are, and refuses one without words', () => {
    expect(parseSelectorLines('.ad\nremove: Lire la suite sur notre appli\nkeep: Sur le même thème', document)).toEqual({
      ok: true,
      selectors: ['.ad', 'remove: Lire la suite sur notre appli', 'keep: Sur le même thème'],
    });
    expect(parseSelectorLines('remove: ', document)).toMatchObject({ ok: false, line: 1, reason: 'syntax' });
    expect(parseSelectorLines('keep:  x', document)).toMatchObject({ ok: true });
  });
});
