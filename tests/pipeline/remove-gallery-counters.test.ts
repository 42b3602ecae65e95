import { describe, expect, it } from 'vitest';
import { removeGalleryCounters } from '../../src/pipeline/remove-gallery-counters';
import { articleDraft, PROSE, runStep, textOfRoot } from './draft';
import { describeBoxStep } from './box-step';

describeBoxStep(removeGalleryCounters, {
  boxes: [
    ['en', '<div class="counter"><span>3/12</span></div>', '3/12', 'gallery'],
    ['en', '<p>Photo 3 of 8</p>', 'Photo 3 of 8', 'gallery'],
    ['de', '<div><a href="#gallery">Bildergalerie öffnen</a></div>', 'Bildergalerie öffnen', 'gallery'],
    ['nl', '<p>Foto 1 van 6</p>', 'Foto 1 van 6', 'gallery'],
  ],
  keeps: [
    ['en', 'One in 12 households in the district has no car.'],
    ['de', 'Fotos der Schäden wurden an die Versicherung geschickt.'],
  ],
});

describe('remove-gallery-counters in captions', () => {
  it('takes the counter out of a caption and keeps the caption and the picture', () => {
    const draft = runStep(
      removeGalleryCounters,
      articleDraft(`<p>${PROSE.nl[0]}</p><figure><img src="https://news.example/a.jpg" alt=""><figcaption><span class="count">Foto 1 van 6</span> <span class="text">De nieuwe brug bij zonsopgang.</span></figcaption></figure><p>${PROSE.nl[1]}</p>`, 'nl'),
    );
    expect(textOfRoot(draft)).toContain('De nieuwe brug bij zonsopgang.');
    expect(textOfRoot(draft)).not.toContain('Foto 1 van 6');
    expect(draft.root!.querySelector('img')).not.toBeNull();
  });
});
