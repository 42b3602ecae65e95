/**
 * Pages built to be heavy (issue 5), shared by `tests/e2e/heavy-pages.test.ts` and
 * `npm run bench`: each is a real article (prose a reader should keep) inside something that
 * would freeze a careless extension.
 */

const SENTENCES = [
  'The regional council approved the new tram line after a debate that lasted well into the night.',
  'Engineers expect the first section, between the station and the university, to open within three years.',
  'Shopkeepers on the high street worry that the works will keep customers away for months.',
  'The mayor promised compensation for businesses that lose more than a fifth of their turnover.',
  'Opponents say the money would be better spent on buses, which can change routes as the city grows.',
];

function paragraph(i: number, sentences = 3): string {
  const text = Array.from({ length: sentences }, (_, k) => SENTENCES[(i + k) % SENTENCES.length]).join(' ');
  return `<p>${text} (Paragraph ${i + 1}.)</p>`;
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

export interface HeavyPage {
  slug: string;
  /** What makes it heavy, for reports. */
  label: string;
  html: string;
  /** Outcomes a user may get: the article, or the clear "too large" message. */
  outcomes: readonly ('article' | 'too-large')[];
  /** A sentence the article must hold when it is shown. */
  keep: string;
}

/** An article beside `elements` elements of navigation and widgets. */
export function manyElementsPage(elements = 100_000): HeavyPage {
  const items = Math.ceil(elements / 3);
  const nav = Array.from({ length: items }, (_, i) => `<li><a href="/section/${i}"><span>Section ${i}</span></a></li>`).join('');
  const article = Array.from({ length: 12 }, (_, i) => paragraph(i)).join('');
  return {
    slug: 'many-elements',
    label: `${elements.toLocaleString('en')} elements`,
    html: page('A page of 100,000 elements', `<nav><ul>${nav}</ul></nav><article><h1>Tram line approved</h1>${article}</article>`),
    outcomes: ['article', 'too-large'],
    keep: SENTENCES[0]!,
  };
}

/** An article of about `megabytes` MB of text. */
export function hugeTextPage(megabytes = 5): HeavyPage {
  const one = paragraph(0).length;
  const count = Math.ceil((megabytes * 1024 * 1024) / one);
  const article = Array.from({ length: count }, (_, i) => paragraph(i, 3)).join('');
  return {
    slug: 'huge-text',
    label: `${megabytes} MB of text`,
    html: page('A page of 5 MB of text', `<article><h1>Tram line approved</h1>${article}</article>`),
    outcomes: ['article', 'too-large'],
    keep: SENTENCES[1]!,
  };
}

/** An article at the bottom of `depth` nested elements. */
export function deepPage(depth = 1000): HeavyPage {
  const article = Array.from({ length: 12 }, (_, i) => paragraph(i)).join('');
  return {
    slug: 'deep',
    label: `nested ${depth} deep`,
    html: page('A page nested 1,000 deep', `${'<div>'.repeat(depth)}<h1>Tram line approved</h1>${article}${'</div>'.repeat(depth)}`),
    outcomes: ['article', 'too-large'],
    keep: SENTENCES[2]!,
  };
}

export function heavyPages(): HeavyPage[] {
  return [manyElementsPage(), hugeTextPage(), deepPage()];
}
