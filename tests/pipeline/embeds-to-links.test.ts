import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { embedsToLinks } from '../../src/pipeline/embeds-to-links';
import { pageOf } from '../helpers/fixtures';
import { articleDraft, articlePage, PAGE_URL, PROSE, runStep } from './draft';

const links = (root: Element | null) => Array.from(root?.querySelectorAll('a') ?? [], (a) => [a.getAttribute('href'), a.textContent]);

describe('embeds-to-links', () => {
  it('is named after its file', () => expect(embedsToLinks.name).toBe('embeds-to-links'));

  it('turns a YouTube iframe into a link to the video, labelled with its title', () => {
    const draft = runStep(
      embedsToLinks,
      articleDraft(`<p>${PROSE.en[0]}</p><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Council meeting highlights" width="560"></iframe><p>${PROSE.en[1]}</p>`, 'en'),
    );
    expect(draft.root!.querySelector('iframe')).toBeNull();
    expect(links(draft.root)).toEqual([['https://www.youtube.com/embed/dQw4w9WgXcQ', '▶ Council meeting highlights']]);
    expect(draft.root!.querySelector('a')!.parentElement!.localName).toBe('p');
    expect(draft.root!.textContent).toContain(PROSE.en[1]);
  });

  it('labels an untitled embed with its host and resolves protocol-relative and relative sources', () => {
    const draft = runStep(
      embedsToLinks,
      articleDraft('<iframe src="//www.dailymotion.com/embed/video/x8abc"></iframe><video><source src="/media/piscine.mp4" type="video/mp4"></video>', 'fr'),
    );
    expect(links(draft.root)).toEqual([
      ['https://www.dailymotion.com/embed/video/x8abc', '▶ dailymotion.com'],
      ['https://news.example/media/piscine.mp4', '▶ news.example'],
    ]);
  });

  it('reads the address of <object data>, <embed src> and lazy iframes (data-src)', () => {
    const draft = runStep(
      embedsToLinks,
      articleDraft(
        '<object data="https://player.example/a.swf"></object><embed src="https://player.example/b"><iframe data-src="https://player.vimeo.com/video/42" title="Video"></iframe>',
        'de',
      ),
    );
    expect(links(draft.root).map(([href]) => href)).toEqual(['https://player.example/a.swf', 'https://player.example/b', 'https://player.vimeo.com/video/42']);
    expect(draft.root!.querySelector('iframe, object, embed')).toBeNull();
  });

  it('drops an embed with a javascript:, data: or missing address instead of linking to it', () => {
    const draft = runStep(
      embedsToLinks,
      articleDraft(
        `<p>${PROSE.es[0]}</p><iframe src="javascript:alert(1)"></iframe><iframe src="data:text/html,<script>alert(1)</script>"></iframe><iframe></iframe><audio></audio>`,
        'es',
      ),
    );
    expect(draft.root!.querySelector('iframe, audio')).toBeNull();
    expect(draft.root!.querySelectorAll('a')).toHaveLength(0);
    expect(draft.root!.textContent).toContain(PROSE.es[0]);
  });

  it('gives the reader a clickable video link in the final article', () => {
    const html = articlePage('it', '<iframe src="https://www.youtube.com/embed/abc123" title="Il varo"></iframe>');
    const result = extract(pageOf(html, PAGE_URL), PAGE_URL);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.html).toContain('href="https://www.youtube.com/embed/abc123"');
    expect(result.html).not.toContain('<iframe');
    expect(result.markdown).toContain('[▶ Il varo](https://www.youtube.com/embed/abc123)');
  });
});
