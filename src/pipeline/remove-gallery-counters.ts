import type { Step } from '../article';
import { removeMatchingBlocks } from './remove-matching-blocks';

/** A gallery counter or control is a few characters ("3/12", "View gallery"). */
export const MAX_GALLERY_LABEL_CHARS = 40;

/** Drops gallery counters and controls ("3/12", "Photo 3 of 8", "View all 12 photos"); the pictures stay. */
export const removeGalleryCounters: Step = {
  name: 'remove-gallery-counters',
  run(draft) {
    return removeMatchingBlocks(draft, {
      step: 'remove-gallery-counters',
      kind: 'gallery',
      maxChars: MAX_GALLERY_LABEL_CHARS,
      wrapperSlack: 10,
      // "Foto 1 van 6" under a picture sits in its caption: the caption's other words stay.
      inCaptions: true,
    });
  },
};
