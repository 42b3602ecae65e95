import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/article';
import { extract } from '../../src/extract';
import { restoreLead } from '../../src/pipeline/restore-lead';
import { pageOf } from '../helpers/fixtures';
import { articleDraft, draftOf, LEAD_STANDFIRST, leadPage, PAGE_URL, paragraphs, PROSE, runStep, textOfRoot } from './draft';

/** A draft whose article root holds `body`, with `lead` captured as detached elements. */
function withLead(body: string, lead: { standfirst?: string; figure?: string }): Draft {
  const draft = draftOf(`<!doctype html><html lang="fr"><body><div id="held">${lead.standfirst ?? ''}${lead.figure ?? ''}</div><div id="article">${body}</div></body></html>`, { lang: 'fr' });
  const held = draft.doc.getElementById('held')!;
  held.remove();
  return { ...draft, lead: { standfirst: lead.standfirst ? held.firstElementChild : null, figure: lead.figure ? held.lastElementChild : null } };
}

const STANDFIRST = '<p class="standfirst">Quatre millions pour la piscine Jean-Moulin, fermée depuis deux ans.</p>';
const FIGURE = '<figure><img src="https://img.example/lead.jpg" alt=""><figcaption>La piscine en 1975.</figcaption></figure>';

describe('restore-lead', () => {
  it('is named after its file', () => expect(restoreLead.name).toBe('restore-lead'));

  it('puts back a missing standfirst and lead figure at the top, standfirst first', () => {
    const draft = runStep(restoreLead, withLead(paragraphs('fr'), { standfirst: STANDFIRST, figure: FIGURE }));
    const first = Array.from(draft.root!.children).slice(0, 3);
    expect(first.map((el) => el.localName)).toEqual(['p', 'figure', 'p']);
    expect(first[0]!.textContent).toBe('Quatre millions pour la piscine Jean-Moulin, fermée depuis deux ans.');
    expect(first[1]!.querySelector('img')!.getAttribute('src')).toBe('https://img.example/lead.jpg');
    expect(first[2]!.textContent).toBe(PROSE.fr[0]);
  });

  it('turns a standfirst that was a <div> into a paragraph, keeping its inline markup', () => {
    const draft = runStep(restoreLead, withLead(paragraphs('fr'), { standfirst: '<div class="chapo">La <strong>piscine</strong> rouvrira en 2026.</div>' }));
    const first = draft.root!.firstElementChild!;
    expect(first.localName).toBe('p');
    expect(first.querySelector('strong')?.textContent).toBe('piscine');
  });

  it('does not repeat a standfirst or a figure Readability already kept', () => {
    const draft = runStep(restoreLead, withLead(`${STANDFIRST}${FIGURE}${paragraphs('fr')}`, { standfirst: STANDFIRST, figure: FIGURE }));
    expect(draft.root!.querySelectorAll('.standfirst, p')).toHaveLength(4);
    expect(draft.root!.querySelectorAll('img')).toHaveLength(1);
  });

  it('replaces a kept lead image that lost its caption with the captioned figure', () => {
    const draft = runStep(restoreLead, withLead(`<figure><img src="https://img.example/lead.jpg" alt=""></figure>${paragraphs('fr')}`, { figure: FIGURE }));
    expect(draft.root!.querySelectorAll('img')).toHaveLength(1);
    expect(draft.root!.querySelector('figcaption')?.textContent).toBe('La piscine en 1975.');
  });

  it('changes nothing without a captured lead', () => {
    const before = articleDraft(paragraphs('fr'), 'fr');
    const html = textOfRoot(before);
    const after = runStep(restoreLead, before);
    expect(textOfRoot(after)).toBe(html);
  });

  it.each(['fr', 'en', 'de', 'es', 'it'] as const)('%s: the reader sees the standfirst and the lead image of a page whose header sits outside the body', (lang) => {
    const result = extract(pageOf(leadPage(lang), PAGE_URL), PAGE_URL);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const paras = result.text.split('\n\n');
    const standfirstAt = paras.indexOf(LEAD_STANDFIRST[lang]);
    expect(standfirstAt).toBeGreaterThanOrEqual(0);
    expect(standfirstAt).toBeLessThan(paras.indexOf(PROSE[lang][0]));
    expect(result.html).toContain('src="https://img.example/lead.jpg"');
  });
});
