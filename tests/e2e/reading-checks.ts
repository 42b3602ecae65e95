/**
 * What the figures-and-links tests measure in a reader page, written once for Chromium
 * (playwright) and Firefox (puppeteer): both evaluate these functions in the page.
 */

/** How the figures look: the caption's size and display beside the text's; which captions show. */
export function figureLook({ caption: captionText, broken: brokenCaptionText }: { caption: string; broken: string }) {
  const body = document.getElementById('article-body')!;
  const captions = Array.from(body.querySelectorAll('figcaption'));
  const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const caption = captions.find((c) => c.textContent?.includes(captionText));
  const broken = captions.find((c) => c.textContent?.includes(brokenCaptionText));
  const paragraph = body.querySelector('p')!;
  const img = caption?.closest('figure')?.querySelector('img');
  return {
    captionShown: !!caption && shown(caption),
    captionDisplay: caption ? getComputedStyle(caption).display : null,
    captionSize: caption ? parseFloat(getComputedStyle(caption).fontSize) : 0,
    captionColour: caption ? getComputedStyle(caption).color : null,
    textSize: parseFloat(getComputedStyle(paragraph).fontSize),
    textColour: getComputedStyle(paragraph).color,
    captionBelowImage: !!caption && !!img && caption.getBoundingClientRect().top >= img.getBoundingClientRect().bottom - 1,
    brokenCaptionShown: !!broken && shown(broken),
    listItems: body.querySelectorAll('figure li, figcaption li').length,
    plainLine: document.getElementById('plain-line')?.getBoundingClientRect().height ?? -1,
    supLine: document.getElementById('sup-line')?.getBoundingClientRect().height ?? -2,
  };
}

/** The in-page links as the reader left them (their `href`s), and where `#id` sits now. */
export function inPageLinks() {
  const body = document.getElementById('article-body')!;
  return Array.from(body.querySelectorAll('a')).map((a) => ({ text: a.textContent?.trim() ?? '', href: a.getAttribute('href'), target: a.getAttribute('target') }));
}

/** Whether the element with `id` (or the one the reader gave it) is on screen and focused. */
export function onScreen(id: string) {
  const el = document.getElementById(id) ?? document.querySelector(`[id$="${id}"]`);
  if (!el) return { found: false, visible: false, focused: false, url: location.href };
  const box = el.getBoundingClientRect();
  return {
    found: true,
    visible: box.top >= -1 && box.top < window.innerHeight,
    focused: document.activeElement === el || el.contains(document.activeElement),
    url: location.href,
  };
}
