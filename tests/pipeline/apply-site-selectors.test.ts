import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { applySiteSelectors } from '../../src/pipeline/apply-site-selectors';
import { pageOf } from '../helpers/fixtures';
import { articlePage, draftOf, PAGE_URL, PROSE, runStep } from './draft';

const PAGE = `<!doctype html><html lang="fr"><body><div id="article">
  <p>${PROSE.fr[0]}</p>
  <div class="encart-abo">Abonnez-vous dès 1 €</div>
  <p>${PROSE.fr[1]}</p>
  <aside id="sidebar"><p>Les plus lus</p></aside>
  <p class="keep">${PROSE.fr[2]}</p>
</div></body></html>`;

describe('apply-site-selectors', () => {
  it('is named after its file', () => expect(applySiteSelectors.name).toBe('apply-site-selectors'));

  it("removes what the user's per-site selectors match, recording the selector as the rule", () => {
    const draft = runStep(applySiteSelectors, draftOf(PAGE, { options: { siteRuleLines: ['.encart-abo', '#sidebar'] } }));
    const text = draft.doc.body.textContent ?? '';
    expect(text).not.toContain('Abonnez-vous');
    expect(text).not.toContain('Les plus lus');
    for (const p of PROSE.fr) expect(text).toContain(p);
    expect(draft.removals).toEqual([
      { step: 'apply-site-selectors', rule: '.encart-abo', text: 'Abonnez-vous dès 1 €' },
      { step: 'apply-site-selectors', rule: '#sidebar', text: 'Les plus lus' },
    ]);
  });

  it('skips a selector the browser cannot parse without throwing, and still applies the others', () => {
    const run = () => runStep(applySiteSelectors, draftOf(PAGE, { options: { siteRuleLines: ['div[', '>>>', '.encart-abo'] } }));
    expect(run).not.toThrow();
    const draft = run();
    expect(draft.doc.body.textContent).not.toContain('Abonnez-vous');
    expect(draft.removals.map((r) => r.rule)).toEqual(['.encart-abo']);
  });

  it('declines a selector that would take most of the article with it, and says which; the others apply', () => {
    const html = `<!doctype html><html lang="fr"><body><main><article><h1>Titre</h1>${PROSE.fr.map((p) => `<p>${p}</p>`).join('')}<div class="encart-abo">Abonnez-vous dès 1 €</div></article></main></body></html>`;
    const result = extract(pageOf(html), PAGE_URL, { siteRuleLines: ['article', '.encart-abo', 'p'] });
    if (!result.ok) throw new Error(result.reason);
    for (const p of PROSE.fr) expect(result.text).toContain(p);
    expect(result.text).not.toContain('Abonnez-vous');
    expect(result.declinedRules).toEqual(['article', 'p']);
    expect(result.removals.filter((r) => r.step === 'apply-site-selectors').map((r) => r.rule)).toEqual(['.encart-abo']);
  });

  it('changes nothing without selectors', () => {
    const before = draftOf(PAGE);
    const after = runStep(applySiteSelectors, before);
    expect(after).toBe(before);
    expect(after.doc.body.textContent).toContain('Abonnez-vous');
  });

  it('does not record an element twice when two selectors match it', () => {
    const draft = runStep(applySiteSelectors, draftOf(PAGE, { options: { siteRuleLines: ['#sidebar', 'aside', '#sidebar p'] } }));
    expect(draft.removals.map((r) => r.rule)).toEqual(['#sidebar']);
  });

  it('reaches the final article through extract', () => {
    const html = articlePage('de', '<div class="paywall-teaser">Jetzt weiterlesen mit Plus</div>');
    const result = extract(pageOf(html, PAGE_URL), PAGE_URL, { siteRuleLines: ['.paywall-teaser', ':::bad'] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).not.toContain('Jetzt weiterlesen mit Plus');
    expect(result.text).toContain(PROSE.de[0]);
    expect(result.removals).toContainEqual({ step: 'apply-site-selectors', rule: '.paywall-teaser', text: 'Jetzt weiterlesen mit Plus' });
  });
});
