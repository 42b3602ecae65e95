import { describe, expect, it } from 'vitest';
import { unwrapImageLinks } from '../../src/pipeline/unwrap-image-links';
import { articleDraft, PROSE, runStep } from './draft';

const picture = (href: string, extra = '') => `<figure><a href="${href}">${extra}<img src="https://news.example/img/port.jpg" alt="Le port"></a><figcaption>Le port.</figcaption></figure>`;

describe('unwrap-image-links', () => {
  it('is named after its file', () => expect(unwrapImageLinks.name).toBe('unwrap-image-links'));

  it('takes the lightbox link off a picture: an anchor of the same page, "#", a script, the picture’s own file', () => {
    for (const href of ['#lightbox-2', '#', 'https://news.example/2025/03/article.html#gallery-photo-3', 'javascript:void(0)', 'https://cdn.news.example/img/port-1600.jpg?w=1600', '']) {
      const draft = runStep(unwrapImageLinks, articleDraft(`<p>${PROSE.fr[0]}</p>${picture(href)}<p>${PROSE.fr[1]}</p>`, 'fr'));
      expect(draft.root!.querySelector('figure a'), href).toBeNull();
      expect(draft.root!.querySelector('figure img')?.getAttribute('alt'), href).toBe('Le port');
    }
  });

  it('keeps a picture’s link to another page, and every link with words of its own', () => {
    const html =
      `<p>${PROSE.en[0]}</p>${picture('https://news.example/video/port-reopens')}` +
      `<p>See the <a href="#notes">notes</a> and <a href="https://news.example/a.jpg"><img src="https://news.example/a.jpg" alt=""> the full map</a>.</p>`;
    const draft = runStep(unwrapImageLinks, articleDraft(html, 'en'));
    const hrefs = Array.from(draft.root!.querySelectorAll('a'), (a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://news.example/video/port-reopens', '#notes', 'https://news.example/a.jpg']);
  });
});
