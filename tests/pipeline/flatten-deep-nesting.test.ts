import { describe, expect, it } from 'vitest';
import { flattenDeepNesting, MAX_REASONABLE_DEPTH } from '../../src/pipeline/flatten-deep-nesting';
import { draftOf, runStep } from './draft';

const PROSE = '<p>The council voted on Tuesday to rebuild the harbour wall after two hours of debate.</p>';
const depthOf = (el: Element) => {
  let d = 0;
  for (let e: Element | null = el; e?.parentElement; e = e.parentElement) d++;
  return d;
};

describe('flatten-deep-nesting', () => {
  it('unwraps a pathological chain of wrappers, keeping every word', () => {
    const n = MAX_REASONABLE_DEPTH * 3;
    const draft = draftOf(`<!doctype html><html><body>${'<div>'.repeat(n)}${PROSE}<p>Second paragraph.</p>${'</div>'.repeat(n)}</body></html>`, { root: null });
    const after = runStep(flattenDeepNesting, draft);
    const p = after.doc.querySelector('p')!;
    expect(depthOf(p)).toBeLessThan(10);
    expect(after.doc.body.textContent).toContain('rebuild the harbour wall');
    expect(after.doc.body.textContent).toContain('Second paragraph.');
  });

  it('leaves a page of normal depth exactly as it was', () => {
    const html = `<!doctype html><html><body><div class="page"><div class="wrap"><article><div>${PROSE}</div></article></div></div></body></html>`;
    const draft = draftOf(html, { root: null });
    const before = draft.doc.body.innerHTML;
    expect(runStep(flattenDeepNesting, draft).doc.body.innerHTML).toBe(before);
  });

  it('keeps wrappers that hold text of their own', () => {
    const n = MAX_REASONABLE_DEPTH + 20;
    const draft = draftOf(`<!doctype html><html><body>${'<div>'.repeat(n)}<div>Own words<p>Child</p></div>${'</div>'.repeat(n)}</body></html>`, { root: null });
    const after = runStep(flattenDeepNesting, draft);
    expect(after.doc.body.textContent?.replace(/\s+/g, ' ').trim()).toBe('Own wordsChild');
  });
});
