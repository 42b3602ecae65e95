import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/article';
import { captureLead } from '../../src/pipeline/capture-lead';
import { isFailure, LEAD_STANDFIRST as STANDFIRST, leadPage, paragraphs, PROSE, throughStep, type Lang } from './draft';

function captured(html: string): Draft {
  const outcome = throughStep(html, captureLead);
  if (isFailure(outcome)) throw new Error(outcome.reason);
  return outcome;
}

describe('capture-lead', () => {
  it('is named after its file', () => expect(captureLead.name).toBe('capture-lead'));

  it.each(['fr', 'en', 'de', 'es', 'it'] as Lang[])('%s: keeps a copy of the standfirst that carries the page description, and of the lead figure', (lang) => {
    const draft = captured(leadPage(lang));
    expect(draft.lead?.standfirst?.textContent).toBe(STANDFIRST[lang]);
    expect(draft.lead?.figure?.querySelector('img')?.getAttribute('src')).toBe('https://img.example/lead.jpg');
    // Copies: the page's own elements are where they were.
    expect(draft.lead?.standfirst?.isConnected).toBe(false);
    expect(draft.doc.querySelector('.standfirst')).not.toBeNull();
  });

  it('recognises a standfirst whose description the site cut short', () => {
    const draft = captured(leadPage('fr', { description: `${STANDFIRST.fr.slice(0, 70)}…` }));
    expect(draft.lead?.standfirst?.textContent).toBe(STANDFIRST.fr);
  });

  it('takes no standfirst when no block carries the page description', () => {
    const draft = captured(leadPage('de', { description: 'Eine ganz andere Beschreibung der Seite, die nirgends steht.' }));
    expect(draft.lead?.standfirst ?? null).toBeNull();
    expect(draft.lead?.figure).toBeTruthy();
  });

  it('stops at the first paragraph of the body: a figure further down is not the lead', () => {
    const draft = captured(leadPage('es', { description: 'Nada que ver con el texto de la página, ni con la entradilla.', figureAfterBody: true }));
    expect(draft.lead).toBeUndefined();
  });

  it('reads past a script after the headline: its data is not the body beginning', () => {
    const data = JSON.stringify({ '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [1, 2, 3].map((i) => ({ '@type': 'ListItem', position: i, name: `Rubrik ${i} mit einem langen Namen für die Navigation der Seite` })) });
    const html = `<html lang="de"><head><title>Brand in Lichterfelde</title></head><body><header><h1>Brand in Lichterfelde</h1><script type="application/ld+json">${data}</script><figure><img src="https://img.example/lead.jpg" alt="Feuerwehr"><figcaption>Kräfte der Feuerwehr im Einsatz.</figcaption></figure></header><main>${paragraphs("de")}</main></body></html>`;
    expect(captured(html).lead?.figure?.querySelector('img')?.getAttribute('src')).toBe('https://img.example/lead.jpg');
  });

  it('does nothing on a page without a headline', () => {
    const html = `<!doctype html><html lang="it"><head><meta property="og:description" content="${STANDFIRST.it}"></head><body><p>${STANDFIRST.it}</p>${paragraphs('it')}</body></html>`;
    expect(captured(html).lead).toBeUndefined();
  });

  it('never treats article prose as the standfirst', () => {
    const html = `<!doctype html><html lang="en"><head><meta property="og:description" content="Something else entirely, not in the page at all."></head><body><h1>T</h1>${paragraphs('en')}</body></html>`;
    const draft = captured(html);
    expect(draft.lead).toBeUndefined();
    expect(draft.doc.body.textContent).toContain(PROSE.en[0]);
  });
});
