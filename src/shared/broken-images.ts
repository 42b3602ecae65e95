/**
 * An article image that cannot load (offline, hotlink-blocked) would leave its alt text and an
 * empty frame the size of the picture: it hides itself instead; its caption stays. Shared by
 * the reader (`render-article`) and the on-page reader (`auto-clean/overlay`).
 */
export function hideBrokenImages(scope: Element): void {
  for (const img of Array.from(scope.querySelectorAll('img'))) {
    img.addEventListener('error', () => (img.hidden = true), { once: true });
    // One that failed already (from the cache, or before this ran) fires no error any more.
    if (img.complete && img.naturalWidth === 0 && img.getAttribute('src')) img.hidden = true;
  }
}
