import { describe, expect, it } from 'vitest';
import { collectMetadata } from '../../src/pipeline/collect-metadata';
import { draftOf, runStep } from './draft';

function metaOf(head: string, htmlAttrs = '', body = '<p>Texte</p>') {
  const draft = draftOf(`<!doctype html><html ${htmlAttrs}><head>${head}</head><body><div id="article">${body}</div></body></html>`, {
    url: 'https://www.example-news.fr/tech/article-123.html',
  });
  return runStep(collectMetadata, draft).meta;
}

const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('collect-metadata', () => {
  it('is named after its file', () => expect(collectMetadata.name).toBe('collect-metadata'));

  it('reads Open Graph and article meta tags', () => {
    const meta = metaOf(
      `<title>Piscine : le chantier démarre | Le Quotidien</title>
       <meta property="og:title" content="Piscine : le chantier démarre">
       <meta property="og:site_name" content="Le Quotidien">
       <meta property="og:description" content="Quatre millions d'euros pour rénover la piscine.">
       <meta property="article:published_time" content="2025-03-11T06:30:00+01:00">
       <meta name="author" content="Marie Dupont">
       <meta property="og:image" content="/images/piscine.jpg">`,
      'lang="fr"',
    );
    expect(meta).toMatchObject({
      title: 'Piscine : le chantier démarre',
      siteName: 'Le Quotidien',
      excerpt: "Quatre millions d'euros pour rénover la piscine.",
      publishedTime: '2025-03-11T06:30:00+01:00',
      byline: 'Marie Dupont',
      leadImage: 'https://www.example-news.fr/images/piscine.jpg',
      lang: 'fr',
    });
  });

  it('falls back to <title>, description and twitter:image', () => {
    const meta = metaOf(
      `<title>  Hallenbad   wird saniert </title>
       <meta name="description" content="Vier Millionen Euro für das Bad.">
       <meta name="twitter:image" content="https://img.example/bad.jpg">`,
      'lang="de"',
    );
    expect(meta).toMatchObject({ title: 'Hallenbad wird saniert', excerpt: 'Vier Millionen Euro für das Bad.', leadImage: 'https://img.example/bad.jpg', lang: 'de' });
  });

  it('ignores an author meta that is a profile URL', () => {
    const meta = metaOf('<meta name="author" content="https://www.facebook.com/someone">');
    expect(meta.byline).toBeNull();
  });

  it('reads JSON-LD inside @graph: headline, author list, date, publisher, image object', () => {
    const meta = metaOf(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'El Diario', url: 'https://www.example-news.fr/' },
          {
            '@type': 'NewsArticle',
            headline: 'El polideportivo reabre en 2026',
            datePublished: '2025-09-08T07:00:00+02:00',
            author: [{ '@type': 'Person', name: 'Lucía Fernández' }, { '@type': 'Person', name: 'Jorge Ruiz' }],
            publisher: { '@type': 'Organization', name: 'El Diario' },
            image: { '@type': 'ImageObject', url: '/fotos/polideportivo.jpg' },
            description: 'Cuatro millones para el polideportivo.',
          },
        ],
      }),
      'lang="es"',
    );
    expect(meta).toMatchObject({
      title: 'El polideportivo reabre en 2026',
      byline: 'Lucía Fernández, Jorge Ruiz',
      publishedTime: '2025-09-08T07:00:00+02:00',
      siteName: 'El Diario',
      excerpt: 'Cuatro millones para el polideportivo.',
      leadImage: 'https://www.example-news.fr/fotos/polideportivo.jpg',
      lang: 'es',
    });
  });

  it('reads JSON-LD given as a top-level array, with string authors and an image list', () => {
    const meta = metaOf(
      ld([
        { '@type': 'BreadcrumbList', itemListElement: [] },
        { '@type': ['Article', 'NewsArticle'], headline: 'La piscina riapre', author: ['Marco Bianchi', 'https://x.example/marco'], image: ['https://img.example/piscina.jpg', 'https://img.example/piscina-2.jpg'] },
      ]),
      'lang="it"',
    );
    expect(meta).toMatchObject({ title: 'La piscina riapre', byline: 'Marco Bianchi', leadImage: 'https://img.example/piscina.jpg' });
  });

  it('skips broken JSON-LD without failing and uses the next block', () => {
    const meta = metaOf(`<script type="application/ld+json">{ "@type": "NewsArticle", headline: broken</script>${ld({ '@type': 'BlogPosting', headline: 'A working post', author: { name: 'Jane Smith' } })}`);
    expect(meta).toMatchObject({ title: 'A working post', byline: 'Jane Smith' });
  });

  it('prefers the meta tags to JSON-LD for the title, JSON-LD to meta for the author', () => {
    const meta = metaOf(`<meta property="og:title" content="OG title"><meta name="author" content="Meta Author">${ld({ '@type': 'NewsArticle', headline: 'LD headline', author: { name: 'LD Author' } })}`);
    expect(meta.title).toBe('OG title');
    expect(meta.byline).toBe('LD Author');
  });

  it('refuses a lead image that is not http(s)', () => {
    const meta = metaOf('<meta property="og:image" content="javascript:alert(1)">');
    expect(meta.leadImage).toBeNull();
  });

  it('takes the language from content-language or og:locale when <html> has none', () => {
    expect(metaOf('<meta http-equiv="Content-Language" content="de-DE, en">').lang).toBe('de-DE');
    expect(metaOf('<meta property="og:locale" content="it_IT">').lang).toBe('it-IT');
    expect(metaOf('', 'lang="  fr-FR "').lang).toBe('fr-FR');
  });

  it('takes the publication date from a <time datetime> when no meta says it', () => {
    expect(metaOf('', '', '<p><time datetime="2025-04-10T11:20">10 aprile 2025</time></p>').publishedTime).toBe('2025-04-10T11:20');
  });

  it('leaves everything null on a bare page instead of inventing values', () => {
    expect(metaOf('')).toMatchObject({ title: null, byline: null, siteName: null, publishedTime: null, lang: null, excerpt: null, leadImage: null, markedAuthor: null });
  });

  it('notes the author the markup names: a rel="author" link, or an itemprop="author" element\'s name', () => {
    expect(metaOf('', '', '<p>Texte</p><span class="by">Par <a href="/auteur/ana" rel="author"> Ana  Ruiz </a></span>').markedAuthor).toBe('Ana Ruiz');
    const schema = '<meta itemprop="author" content="x"><span itemprop="author creator" itemscope><a href="/auteur/afp"><span itemprop="name">AFP</span></a> (Paris)</span>';
    expect(metaOf('', '', `<p>Texte</p>${schema}`).markedAuthor).toBe('AFP');
    // A bio is not a name; the byline itself (meta tags, JSON-LD, Readability) is left alone.
    const bio = `<div itemprop="author">${'Ana Ruiz est journaliste au service économie depuis 2012, après dix ans à Madrid. '.repeat(2)}</div>`;
    expect(metaOf('', '', `<p>Texte</p>${bio}`)).toMatchObject({ markedAuthor: null, byline: null });
  });
});

