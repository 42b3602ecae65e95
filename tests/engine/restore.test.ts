import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article';
import { canRestore, removalsMatching, restoreRemovals } from '../../src/restore';
import { listFixtures, runFixture } from '../helpers/fixtures';

const win = () => new JSDOM('<!doctype html><body></body>').window as unknown as Window & typeof globalThis;
const squash = (s: string) => s.replace(/\s+/g, ' ');

function article(slug: string): Article {
  const fixture = listFixtures().find((f) => f.slug === slug)!;
  const result = runFixture(fixture);
  if (!result.ok) throw new Error(`${slug}: ${result.reason}`);
  return result;
}

describe('Restore: a removed block comes back where it was', () => {
  it('an ad-break label comes back between the paragraphs it stood between, in the text and the Markdown', () => {
    const a = article('fr-seed-semantic');
    const [label] = removalsMatching(a.removals, { step: 'remove-ad-labels' });
    expect(label).toBeDefined();
    expect(canRestore(a, label!)).toBe(true);
    const restored = restoreRemovals(a, [label!], win());
    expect(restored.restored).toEqual([label]);
    expect(a.text).not.toContain('La suite après la publicité');
    expect(restored.text.match(/La suite après la publicité/g)).toHaveLength(1);
    expect(restored.markdown).toContain('La suite après la publicité');
    // In place: the paragraphs around it in the restored text are neighbours in the original.
    const paragraphs = restored.text.split('\n\n');
    const at = paragraphs.findIndex((p) => p.includes('La suite après la publicité'));
    expect(at).toBeGreaterThan(0);
    const original = a.text.split('\n\n');
    expect(original.indexOf(paragraphs[at + 1]!) - original.indexOf(paragraphs[at - 1]!)).toBe(1);
    expect(restored.wordCount).toBeGreaterThan(a.wordCount);
  });

  it('a trailing section comes back after the article, and goes again when no longer chosen', () => {
    const a = article('fr-seed-semantic');
    const trailing = removalsMatching(a.removals, { step: 'remove-trailing-sections' });
    expect(trailing.length).toBeGreaterThan(0);
    const restored = restoreRemovals(a, trailing, win());
    const heading = 'Mots clés';
    expect(a.removals[trailing[0]!]!.text).toMatch(/^Mots clés/);
    expect(a.text).not.toContain(heading);
    expect(squash(restored.text)).toContain(heading);
    expect(squash(restored.text).indexOf(heading)).toBeGreaterThan(squash(restored.text).indexOf('Meta vise un milliard'));
    // Always built from the article the engine gave: choosing nothing gives it back exactly.
    const again = restoreRemovals(a, [], win());
    expect(again.html).toBe(a.html);
    expect(again.text).toBe(a.text);
  });

  it('what went before Readability ran (hidden elements) has no place to go back to', () => {
    const a = article('fr-seed-semantic');
    const hidden = removalsMatching(a.removals, { step: 'remove-hidden' });
    expect(hidden.length).toBeGreaterThan(0);
    for (const i of hidden) expect(canRestore(a, i)).toBe(false);
    expect(restoreRemovals(a, hidden, win()).html).toBe(a.html);
  });

  it('on every fixture: no mark left in the article, nothing lost by restoring all, the article back by restoring none', () => {
    for (const fixture of listFixtures().filter((f) => f.case.ok)) {
      const a = runFixture(fixture);
      if (!a.ok) continue;
      expect(a.html, fixture.slug).not.toMatch(/id="epure-/);
      if (!a.restorable) continue;
      const all = a.removals.map((_, i) => i);
      const restored = restoreRemovals(a, all, win());
      expect(restored.html, fixture.slug).not.toMatch(/id="epure-/);
      const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      const back = new Set(words(restored.text));
      expect(words(a.text).filter((w) => !back.has(w)), fixture.slug).toEqual([]);
      expect(restoreRemovals(a, [], win()).html, fixture.slug).toBe(a.html);
    }
  });
});
