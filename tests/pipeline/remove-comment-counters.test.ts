import { describe, expect, it } from 'vitest';
import { removeCommentCounters } from '../../src/pipeline/remove-comment-counters';
import { articleDraft, PROSE, runStep, textOfRoot, type Lang } from './draft';

const clean = (body: string, lang: Lang) => runStep(removeCommentCounters, articleDraft(body, lang));

const COUNTERS: [Lang, string, string, string][] = [
  ['en', '<div class="meta"><a href="#comments">42 comments</a></div>', '42 comments', 'comments/en/comment-count'],
  ['en', '<p><a href="#respond">Leave a comment</a></p>', 'Leave a comment', 'comments/en/comment-count'],
  ['fr', '<div><a href="#reactions">Réagir</a></div>', 'Réagir', 'comments/fr/commentaires'],
  ['fr', '<span class="count">12 commentaires</span>', '12 commentaires', 'comments/fr/commentaires'],
  ['de', '<p><a href="#kommentare">12 Kommentare</a></p>', '12 Kommentare', 'comments/de/kommentare'],
  ['es', '<div><a href="#c">Comentarios (5)</a></div>', 'Comentarios (5)', 'comments/es/comentarios'],
  ['it', '<p><a href="#c">Leggi i commenti</a></p>', 'Leggi i commenti', 'comments/it/commenti'],
];

describe('remove-comment-counters', () => {
  it('is named after its file', () => expect(removeCommentCounters.name).toBe('remove-comment-counters'));

  it.each(COUNTERS)('%s: removes %j', (lang, html, text, rule) => {
    const draft = clean(`<p>${PROSE[lang][0]}</p>${html}<p>${PROSE[lang][1]}</p>`, lang);
    expect(textOfRoot(draft)).toBe(`${PROSE[lang][0]} ${PROSE[lang][1]}`);
    expect(draft.removals).toEqual([{ step: 'remove-comment-counters', rule, text }]);
  });

  it.each([
    ['en', 'Comments from the minister drew criticism.'],
    ['en', '3 comments by the judge were struck from the record.'],
    ['fr', '12 commentaires haineux ont été signalés à la police.'],
    ['fr', 'Réagir vite est essentiel, estime le préfet.'],
    ['de', 'Kommentieren wollte die Polizei den Vorfall nicht.'],
    ['es', 'Comentar la sentencia no corresponde al Gobierno.'],
    ['it', '12 commenti offensivi sono stati rimossi dalla piattaforma.'],
  ] as [Lang, string][])('%s: keeps the sentence %j', (lang, sentence) => {
    const draft = clean(`<p>${PROSE[lang][0]}</p><p>${sentence}</p>`, lang);
    expect(textOfRoot(draft)).toContain(sentence);
    expect(draft.removals).toEqual([]);
  });

  it('keeps a table cell that reads "Comments"', () => {
    const draft = clean('<table><tr><th>Comments</th><th>Shares</th></tr><tr><td>42</td><td>7</td></tr></table>', 'en');
    expect(textOfRoot(draft)).toContain('Comments');
  });
});
