import { describe, expect, it } from 'vitest';
import { firstMatch, forgetMatches } from '../../src/rules/match';
import { rulesOfKind } from '../../src/rules/registry';
import type { ClutterRule } from '../../src/rules/rule';

const rule = (id: string, pattern: RegExp): ClutterRule =>
  ({ id, kind: 'share', lang: 'en', patterns: [pattern], examples: [], counterExamples: [] }) as unknown as ClutterRule;

describe('firstMatch remembers answers per rule list', () => {
  it('answers each rule list for itself, whatever was asked before', () => {
    const shareList = [rule('share/x', /^share$/iu)];
    const adList = [rule('ad/x', /^advertisement$/iu)];
    expect(firstMatch(shareList, 'Share')?.id).toBe('share/x');
    // The same text against another list: that list's answer, not the one remembered for the first.
    expect(firstMatch(adList, 'Share')).toBeNull();
    expect(firstMatch(adList, 'Advertisement')?.id).toBe('ad/x');
    expect(firstMatch(shareList, 'Advertisement')).toBeNull();
  });

  it('gives the registry rules the same answers asked twice, in either order, and after forgetting', () => {
    const rules = rulesOfKind('newsletter', 'en');
    const texts = ['Sign up for our newsletter', 'The newsletter was sent to all staff.', 'Subscribe to our daily email', 'Share'];
    const first = texts.map((t) => firstMatch(rules, t)?.id ?? null);
    expect(first[0]).not.toBeNull();
    expect(first[1]).toBeNull();
    expect([...texts].reverse().map((t) => firstMatch(rules, t)?.id ?? null)).toEqual([...first].reverse());
    forgetMatches();
    expect(texts.map((t) => firstMatch(rules, t)?.id ?? null)).toEqual(first);
  });
});
