/**
 * An article image that cannot load (offline, hotlink-blocked) would leave its alt text and an
 * empty frame the size of the picture: it hides itself instead, and takes its figure (so its
 * caption) with it when the figure has nothing else left to show: a caption under nothing reads
 * as a stray line. Used by the article view (`article-view.ts`), in every reader.
 */
export function hideBrokenImages(scope: Element): void {
  for (const img of Array.from(scope.querySelectorAll('img'))) {
    img.addEventListener('error', () => hideBroken(img), { once: true });
    // One that failed already (from the cache, or before this ran) fires no error any more.
    if (img.complete && img.naturalWidth === 0 && img.getAttribute('src')) hideBroken(img);
  }
}

const MEDIA = 'img, video, picture, svg, iframe, audio, canvas, object';

function hideBroken(img: HTMLImageElement): void {
  img.hidden = true;
  // A `<picture>` is its image: it goes too.
  const picture = img.parentElement?.localName === 'picture' ? img.parentElement : null;
  if (picture) picture.hidden = true;
  const figure = img.closest('figure');
  if (!figure) return;
  const stillShown = Array.from(figure.querySelectorAll<HTMLElement>(MEDIA)).some(
    (media) => !media.hidden && !media.closest('[hidden]') && !(media.localName === 'picture' && media.querySelector('img[hidden]')),
  );
  if (!stillShown) figure.hidden = true;
}
