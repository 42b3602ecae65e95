import { describe, expect, it } from 'vitest';
import { removeTagLists } from '../../src/pipeline/remove-tag-lists';
import { articleDraft, PROSE, runStep, textOfRoot } from './draft';
import { describeBoxStep } from './box-step';

describeBoxStep(removeTagLists, {
  boxes: [
    ['en', '<p>Tags: <a href="/tag/energy">Energy</a>, <a href="/tag/transport">Transport</a></p>', 'Tags: Energy, Transport', 'tags'],
    ['fr', '<p>Mots-clés : Budget, Sénat, Fiscalité</p>', 'Mots-clés : Budget, Sénat, Fiscalité', 'tags'],
    ['de', '<div>Schlagwörter: <a href="/t/energiewende">Energiewende</a> · <a href="/t/klima">Klima</a></div>', 'Schlagwörter:', 'tags'],
  ],
  keeps: [
    ['en', 'Topics raised at the meeting included parking, litter and bin collections.'],
    ['en', 'Researchers fitted GPS tags to 40 swifts nesting under the bridge.'],
  ],
});

describe('remove-tag-lists keeps a sentence after a tag label', () => {
  it('keeps "Tags: …" followed by a sentence', () => {
    const sentence = 'Tags: the council says the new labels will be fitted to every bin by May. Residents can ask for a spare.';
    const draft = runStep(removeTagLists, articleDraft(`<p>${PROSE.en[0]}</p><p>${sentence}</p>`, 'en'));
    expect(textOfRoot(draft)).toContain(sentence);
  });
});
