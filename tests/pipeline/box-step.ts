/**
 * The shared shape of the tests of steps that remove a labelled box (not a test file itself):
 * each box, between two paragraphs of prose, goes whole and is recorded under a rule of its
 * language; each ordinary sentence that uses the same words stays.
 */
import { describe, expect, it } from 'vitest';
import type { Step } from '../../src/article';
import { articleDraft, PROSE, runStep, textOfRoot, type Lang } from './draft';

export interface BoxStepCases {
  /** Language, the box's markup, the text it opens with, the kind of rule that must name it. */
  boxes: [Lang, string, string, string][];
  /** Language and an ordinary sentence with the same words, which must stay. */
  keeps: [Lang, string][];
}

export function describeBoxStep(step: Step, cases: BoxStepCases): void {
  const clean = (body: string, lang: Lang) => runStep(step, articleDraft(body, lang));
  describe(step.name, () => {
    it.each(cases.boxes)('%s: removes the whole box %j', (lang, html, opening, kind) => {
      const draft = clean(`<p>${PROSE[lang][0]}</p>${html}<p>${PROSE[lang][1]}</p>`, lang);
      expect(textOfRoot(draft)).toBe(`${PROSE[lang][0]} ${PROSE[lang][1]}`);
      expect(draft.removals.length).toBeGreaterThanOrEqual(1);
      expect(draft.removals[0]).toMatchObject({ step: step.name });
      expect(draft.removals[0]!.rule).toMatch(new RegExp(`^${kind}/(?:${lang}|\\*)/`));
      expect(draft.removals[0]!.text.startsWith(opening)).toBe(true);
    });

    it.each(cases.keeps)('%s: keeps the sentence %j', (lang, sentence) => {
      const draft = clean(`<p>${PROSE[lang][0]}</p><p>${sentence}</p>`, lang);
      expect(textOfRoot(draft)).toContain(sentence);
      expect(draft.removals).toEqual([]);
    });
  });
}
