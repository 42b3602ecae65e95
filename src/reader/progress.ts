/**
 * The full-tab reader's reading-progress bar `#progress` (`role="progressbar"`): how far the
 * article has been read, 0–100, updated on scroll and resize. With no article on screen
 * (loading, or a state in words) it reads 0: a full bar over a message would say "finished".
 * The bar is scaled through the CSSOM (`transform`), which the extension's CSP allows.
 */
export function trackReadingProgress(doc: Document): () => void {
  const bar = doc.getElementById('progress');
  const win = doc.defaultView;
  if (!bar || !win) return () => {};
  const fill = bar.querySelector<HTMLElement>('.progress-fill');
  let frame = 0;
  const update = () => {
    frame = 0;
    const scrollable = doc.documentElement.scrollHeight - win.innerHeight;
    const ratio =
      doc.body.dataset.state !== 'article' ? 0 : scrollable > 0 ? Math.min(1, Math.max(0, win.scrollY / scrollable)) : 1;
    const percent = Math.round(ratio * 100);
    bar.setAttribute('aria-valuenow', String(percent));
    if (fill) fill.style.transform = `scaleX(${ratio})`;
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(update);
  };
  win.addEventListener('scroll', schedule, { passive: true });
  win.addEventListener('resize', schedule);
  // The page grows when the article arrives or the text size changes, without a resize event.
  if (typeof ResizeObserver !== 'undefined') new ResizeObserver(schedule).observe(doc.body);
  new MutationObserver(schedule).observe(doc.body, { attributes: true, attributeFilter: ['data-state'] });
  update();
  return update;
}

/**
 * The cleaning progress bar `#clean-progress` (`role="progressbar"`), shown while the reader
 * loads: `fraction` 0…1 of the work done. A heavy page takes seconds; the bar says it is moving.
 */
export function showCleanProgress(doc: Document, fraction: number): void {
  const bar = doc.getElementById('clean-progress');
  if (!bar) return;
  const ratio = Math.min(1, Math.max(0, fraction));
  bar.setAttribute('aria-valuenow', String(Math.round(ratio * 100)));
  const fill = bar.querySelector<HTMLElement>('.progress-fill');
  if (fill) fill.style.transform = `scaleX(${ratio})`;
}
