import { describe, expect, it } from 'vitest';
import { dropNonContent } from '../../src/pipeline/drop-non-content';
import { draftOf, PROSE, runStep, textOfRoot } from './draft';

function run(head: string, body: string) {
  return runStep(dropNonContent, draftOf(`<!doctype html><html lang="en"><head>${head}</head><body><div id="article">${body}</div></body></html>`, { lang: 'en' }));
}

describe('drop-non-content', () => {
  it('is named after its file', () => expect(dropNonContent.name).toBe('drop-non-content'));

  it('drops scripts, styles, noscript, templates, links, icons and canvases before Readability reads the page', () => {
    const draft = run(
      '<link rel="stylesheet" href="/a.css"><style>p{color:red}</style><script>track()</script>',
      `<p>${PROSE.en[0]}</p><script>var ad = "Advertisement";</script><noscript>Enable JavaScript</noscript>
       <a href="/share"><svg viewBox="0 0 10 10"><path d="M0 0"/><text>Share</text></svg></a>
       <template><p>Template text</p></template><canvas>Chart fallback</canvas><p>${PROSE.en[1]}</p>`,
    );
    expect(draft.doc.querySelectorAll('script, style, noscript, template, link, svg, canvas')).toHaveLength(0);
    expect(textOfRoot(draft)).toBe(`${PROSE.en[0]} ${PROSE.en[1]}`);
    // Nothing a reader would miss: the "Removed" list stays for clutter.
    expect(draft.removals).toEqual([]);
  });

  it('keeps the page that an unclosed element inside a <noscript> swallowed (a parser without scripting leaves it open)', () => {
    const draft = runStep(
      dropNonContent,
      draftOf(`<!doctype html><html lang="en"><body><noscript><div id="nojs"></noscript><div id="article"><p>${PROSE.en[0]}</p><p>${PROSE.en[1]}</p><p>${PROSE.en[2]}</p></div></body></html>`, { lang: 'en' }),
    );
    // The parser put the whole page inside the noscript; it is unwrapped, not dropped.
    expect(draft.doc.querySelectorAll('noscript')).toHaveLength(0);
    expect(draft.doc.body.textContent).toContain(PROSE.en[0]);
    expect(draft.doc.body.textContent).toContain(PROSE.en[2]);
  });

  it('keeps JSON-LD, which Readability reads for the title and byline, and every image and embed', () => {
    const draft = run(
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A headline"}</script>',
      `<p>${PROSE.en[0]}</p><img src="https://news.example/a.jpg" alt=""><iframe src="https://www.youtube.com/embed/x"></iframe><video src="https://news.example/v.mp4"></video>`,
    );
    expect(draft.doc.querySelector('script[type="application/ld+json"]')).not.toBeNull();
    expect(draft.doc.querySelectorAll('img, iframe, video')).toHaveLength(3);
  });

  it('drops the page\'s navigation, asides and footers, which Readability cleans out of every article', () => {
    const draft = run(
      '',
      `<nav><ul><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav>
       <p>${PROSE.en[0]}</p>
       <aside class="pull"><p>Most read: ten stories you missed this week</p></aside>
       <p>${PROSE.en[1]}</p>
       <footer><p>© News Example. All rights reserved.</p></footer>`,
    );
    expect(draft.doc.querySelectorAll('nav, aside, footer')).toHaveLength(0);
    expect(textOfRoot(draft)).toBe(`${PROSE.en[0]} ${PROSE.en[1]}`);
  });

  it('keeps an aside or footer that holds a byline, where Readability reads it', () => {
    const draft = run(
      '',
      `<p>${PROSE.en[0]}</p>
       <footer class="entry-meta">Posted by <a href="/author/jane" rel="author">Jane Smith</a></footer>
       <aside><span class="byline">By John Roe</span></aside>
       <nav><a href="/author/jane" rel="author">More from Jane Smith</a></nav>`,
    );
    expect(Array.from(draft.doc.querySelectorAll('nav, aside, footer'), (el) => el.localName)).toEqual(['footer', 'aside']);
  });
});

