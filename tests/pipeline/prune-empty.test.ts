import { describe, expect, it } from 'vitest';
import { pruneEmpty } from '../../src/pipeline/prune-empty';
import { articleDraft, PROSE, runStep } from './draft';

describe('prune-empty', () => {
  it('is named after its file', () => expect(pruneEmpty.name).toBe('prune-empty'));

  it('drops containers that removals left empty, nested ones included', () => {
    const draft = runStep(
      pruneEmpty,
      articleDraft(`<p>${PROSE.fr[0]}</p><div class="ad"><div><span> </span></div></div><section><ul><li></li></ul></section><p>  </p><p>${PROSE.fr[1]}</p>`, 'fr'),
    );
    const root = draft.root!;
    expect(Array.from(root.children, (c) => c.localName)).toEqual(['p', 'p']);
    expect(Array.from(root.children, (c) => c.textContent)).toEqual([PROSE.fr[0], PROSE.fr[1]]);
  });

  it('keeps the space an inline element held between two words', () => {
    const draft = runStep(pruneEmpty, articleDraft(`<p>${PROSE.fr[0]}</p><p>Jiří Táborský<span class="s"> </span>z Ústavu empirických výzkumů.</p>`, 'fr'));
    expect(draft.root!.textContent).toContain('Jiří Táborský z Ústavu');
  });

  it('keeps images, videos and tables without text', () => {
    const draft = runStep(
      pruneEmpty,
      articleDraft('<figure><img src="/a.jpg" alt=""></figure><div><picture><img src="/b.jpg" alt=""></picture></div><p><a href="/c"><img src="/c.jpg" alt=""></a></p><div><table><tr><td></td></tr></table></div>', 'de'),
    );
    expect(draft.root!.querySelectorAll('img')).toHaveLength(3);
    expect(draft.root!.querySelector('figure')).not.toBeNull();
    expect(draft.root!.querySelector('a[href="/c"]')).not.toBeNull();
    expect(draft.root!.querySelector('table')).not.toBeNull();
  });

  it('keeps line breaks and rules the author put in', () => {
    const draft = runStep(pruneEmpty, articleDraft(`<p>${PROSE.es[0]}</p><p><br></p><div><hr></div><p>${PROSE.es[1]}</p>`, 'es'));
    expect(draft.root!.querySelector('br')).not.toBeNull();
    expect(draft.root!.querySelector('hr')).not.toBeNull();
  });

  it('keeps every block with text, however short', () => {
    const draft = runStep(pruneEmpty, articleDraft('<p>Sì.</p><ul><li>1</li></ul><span>—</span><em>!</em>', 'it'));
    expect(Array.from(draft.root!.children, (c) => c.textContent)).toEqual(['Sì.', '1', '—', '!']);
  });
});
