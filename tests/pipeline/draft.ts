/**
 * Builders shared by the per-step tests (not a test file itself): a Draft made from a small
 * hand-written page, either by running the real pipeline up to a step, or by pointing `root`
 * at an element of the copy so one step can be tested alone.
 */
import type { Draft, ExtractOptions, PageMetadata, Step, StepOutcome } from '../../src/article';
import { copyPage, pageBaseUrl, DEFAULT_MAX_ELEMENTS } from '../../src/pipeline/copy-page';
import { STEPS } from '../../src/pipeline/index';
import { toText } from '../../src/render/to-text';
import { normaliseWs, pageOf } from '../helpers/fixtures';
import { MAX_TEXT_CHARS } from '../../src/pipeline/limit-text-size';

export const PAGE_URL = 'https://news.example/2025/03/article.html';

const EMPTY_META: PageMetadata & { dir: 'ltr' | 'rtl' | null } = {
  title: null,
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: null,
  excerpt: null,
  leadImage: null,
  markedAuthor: null,
  declaredKind: null,
  hasPasswordField: false,
  dir: null,
};

export function optionsOf(options: ExtractOptions = {}): Required<ExtractOptions> {
  return { force: false, strict: false, maxElements: DEFAULT_MAX_ELEMENTS, siteRuleLines: [], ownsSource: false, markupChars: Number.POSITIVE_INFINITY, maxTextChars: MAX_TEXT_CHARS, ...options } as Required<ExtractOptions>;
}

export interface DraftInit {
  url?: string;
  lang?: string | null;
  options?: ExtractOptions;
  /** Selector of the element of the copy that plays the article root; default `#article`, else body. */
  root?: string | null;
  meta?: Partial<PageMetadata>;
}

/** A Draft on a copy of `html`, with `root` an element of the copy (no Readability involved). */
export function draftOf(html: string, init: DraftInit = {}): Draft {
  const url = init.url ?? PAGE_URL;
  const source = pageOf(html, url);
  const doc = copyPage(source, url);
  if (!isDocument(doc)) throw new Error(`copyPage failed: ${doc.reason}`);
  const selector = init.root === undefined ? '#article' : init.root;
  const root = selector === null ? null : (doc.querySelector(selector) ?? doc.body);
  return {
    source,
    url,
    baseUrl: pageBaseUrl(source, url),
    options: optionsOf(init.options),
    doc,
    root,
    meta: { ...EMPTY_META, lang: init.lang ?? null, ...init.meta },
    removals: [],
  };
}

/** A Draft whose article root is a `<div id="article">` holding `bodyHtml`, in language `lang`. */
export function articleDraft(bodyHtml: string, lang: string, init: Omit<DraftInit, 'lang'> = {}): Draft {
  return draftOf(`<!doctype html><html lang="${lang}"><head><title>T</title></head><body><div id="article">${bodyHtml}</div></body></html>`, {
    ...init,
    lang,
  });
}

/** Runs one step and fails the test if it stopped the pipeline. */
export function runStep(step: Step, draft: Draft): Draft {
  const outcome = step.run(draft);
  if (isFailure(outcome)) throw new Error(`${step.name} failed: ${outcome.reason} ${outcome.message}`);
  return outcome;
}

/** Copies the page and runs the real pipeline up to and including `step`. */
export function throughStep(html: string, step: Step, init: { url?: string; options?: ExtractOptions } = {}): StepOutcome {
  const url = init.url ?? PAGE_URL;
  const source = pageOf(html, url);
  const doc = copyPage(source, url, optionsOf(init.options).maxElements);
  if (!isDocument(doc)) return doc;
  let draft: Draft = { source, url, baseUrl: pageBaseUrl(source, url), options: optionsOf(init.options), doc, root: null, meta: { ...EMPTY_META }, removals: [] };
  for (const s of STEPS.slice(0, STEPS.indexOf(step) + 1)) {
    const outcome = s.run(draft);
    if (isFailure(outcome)) return outcome;
    draft = outcome;
  }
  return draft;
}

export function isFailure(outcome: StepOutcome): outcome is Extract<StepOutcome, { ok: false }> {
  return 'ok' in outcome && outcome.ok === false;
}

function isDocument(value: unknown): value is Document {
  return !!value && (value as Node).nodeType === 9;
}

/** The article text as a reader sees it (blocks apart, whitespace collapsed). */
export function textOfRoot(draft: Draft): string {
  return draft.root ? normaliseWs(toText(draft.root)) : '';
}

/** The separate lines (text leaves) of the root, for "this whole line is gone" checks. */
export function linesOf(draft: Draft): string[] {
  const root = draft.root;
  if (!root) return [];
  return Array.from(root.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, div, span, a, figcaption, blockquote'))
    .filter((el) => !el.querySelector('p, li, h1, h2, h3, h4, h5, h6, div, figcaption, blockquote'))
    .map((el) => normaliseWs(el.textContent ?? ''))
    .filter(Boolean);
}

/**
 * Article prose per language: long paragraphs (well over 120 characters, no links) that a
 * reader would never want removed. Several per language so Readability sees an article.
 */
export const PROSE = {
  fr: [
    "Le conseil municipal a voté mardi soir la rénovation complète de la piscine Jean-Moulin, fermée depuis deux ans, pour un montant de quatre millions d'euros financés en partie par la région.",
    "Les travaux commenceront au printemps et devraient durer dix-huit mois. Les clubs de natation seront accueillis pendant ce temps dans le bassin intercommunal, à quinze minutes en bus du centre-ville.",
    "L'opposition a dénoncé un calendrier trop serré et demandé qu'une partie du budget soit consacrée aux vestiaires, jugés vétustes par les associations sportives qui les utilisent chaque semaine.",
  ],
  en: [
    "The city council voted on Tuesday night to rebuild the Harbour Street library, closed since a fire two winters ago, in a project expected to cost eleven million dollars over the next three years.",
    "Construction will start in the spring and is expected to last eighteen months. In the meantime the children's reading programme will move to the community hall on Mill Road, a short walk from the old site.",
    "Opposition members said the timetable was too tight and asked that part of the budget be set aside for the archive, which volunteers have been sorting by hand in a rented warehouse since the fire.",
  ],
  de: [
    "Der Stadtrat hat am Dienstagabend beschlossen, das Hallenbad am Stadtpark für rund vier Millionen Euro zu sanieren, nachdem es seit zwei Jahren wegen Schäden am Dach geschlossen ist.",
    "Die Bauarbeiten sollen im Frühjahr beginnen und etwa achtzehn Monate dauern. Die Schwimmvereine trainieren in dieser Zeit im Bad der Nachbargemeinde, das mit dem Bus in einer Viertelstunde erreichbar ist.",
    "Die Opposition kritisierte den engen Zeitplan und forderte, einen Teil des Geldes für die Umkleiden zu verwenden, die nach Angaben der Vereine seit Jahren in einem schlechten Zustand sind.",
  ],
  es: [
    "El ayuntamiento aprobó el martes por la noche la reforma completa del polideportivo municipal, cerrado desde hace dos años, con un presupuesto de cuatro millones de euros financiado en parte por la comunidad.",
    "Las obras comenzarán en primavera y durarán unos dieciocho meses. Mientras tanto, los clubes de natación entrenarán en la piscina del municipio vecino, a quince minutos en autobús del centro.",
    "La oposición criticó un calendario demasiado ajustado y pidió que una parte del presupuesto se destine a los vestuarios, que las asociaciones deportivas consideran anticuados desde hace años.",
  ],
  it: [
    "Il consiglio comunale ha approvato martedì sera la ristrutturazione completa della piscina comunale, chiusa da due anni, con un investimento di quattro milioni di euro finanziato in parte dalla regione.",
    "I lavori inizieranno in primavera e dureranno circa diciotto mesi. Nel frattempo le società di nuoto si alleneranno nella piscina del comune vicino, a quindici minuti di autobus dal centro.",
    "L'opposizione ha criticato un calendario troppo stretto e ha chiesto che una parte dei fondi venga destinata agli spogliatoi, che le associazioni sportive giudicano vecchi e poco sicuri da anni.",
  ],
  pt: [
    "A câmara municipal aprovou na terça-feira à noite a renovação completa da piscina municipal, encerrada há dois anos por causa de infiltrações no telhado, num investimento de quatro milhões de euros.",
    "As obras vão começar na primavera e devem durar dezoito meses. Entretanto, os clubes de natação vão treinar na piscina da cidade vizinha, com transporte pago pelo município.",
    "A oposição criticou um calendário demasiado apertado e pediu que uma parte do orçamento fosse destinada aos balneários, que considera em pior estado do que a própria piscina.",
  ],
  nl: [
    "De gemeenteraad heeft dinsdagavond ingestemd met de volledige renovatie van het zwembad aan het stadspark, dat al twee jaar dicht is door lekkages in het dak, voor ongeveer vier miljoen euro.",
    "De werkzaamheden beginnen in het voorjaar en duren naar verwachting achttien maanden. Intussen trainen de zwemclubs in het bad van de buurgemeente, met vervoer dat de gemeente betaalt.",
    "De oppositie vond de planning te krap en vroeg om een deel van het budget te besteden aan de kleedkamers, die volgens haar in slechtere staat zijn dan het zwembad zelf.",
  ],
  pl: [
    "Rada miasta zatwierdziła we wtorek wieczorem gruntowny remont miejskiego basenu, zamkniętego od dwóch lat z powodu przeciekającego dachu, za około cztery miliony złotych.",
    "Prace rozpoczną się wiosną i potrwają około osiemnastu miesięcy. W tym czasie kluby pływackie będą trenować na basenie w sąsiedniej gminie, a dojazd opłaci miasto.",
    "Opozycja skrytykowała zbyt napięty harmonogram i zaapelowała, by część pieniędzy przeznaczyć na szatnie, które jej zdaniem są w gorszym stanie niż sam basen.",
  ],
} as const;

export type Lang = keyof typeof PROSE;
export const LANGS = Object.keys(PROSE) as Lang[];

/** The prose of `lang` as `<p>` elements. */
export function paragraphs(lang: Lang): string {
  return PROSE[lang].map((p) => `<p>${p}</p>`).join('\n');
}

/** A whole article page (title, h1, prose) Readability recognises, with `extra` inside the article. */
export function articlePage(lang: Lang, extra = '', head = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Article ${lang}</title>${head}</head>
<body><header><nav><a href="/">Home</a> <a href="/news/">News</a></nav></header>
<main><article><h1>Article ${lang}</h1>${paragraphs(lang)}${extra}</article></main>
<footer><p>Footer</p></footer></body></html>`;
}

/** Standfirsts (the page description) per language, for the lead steps. */
export const LEAD_STANDFIRST: Record<Lang, string> = {
  fr: "Quatre millions d'euros pour rénover la piscine Jean-Moulin, fermée depuis deux ans.",
  en: 'Eleven million dollars to rebuild the Harbour Street library, closed since the fire.',
  de: 'Vier Millionen Euro für das Hallenbad am Stadtpark, das seit zwei Jahren geschlossen ist.',
  es: 'Cuatro millones de euros para reformar el polideportivo municipal, cerrado desde hace dos años.',
  it: 'Quattro milioni di euro per ristrutturare la piscina comunale, chiusa da due anni.',
  pt: 'Quatro milhões de euros para renovar a piscina municipal, encerrada há dois anos.',
  nl: 'Vier miljoen euro om het zwembad aan het stadspark te renoveren, dat al twee jaar dicht is.',
  pl: 'Cztery miliony złotych na remont miejskiego basenu, zamkniętego od dwóch lat.',
};

/** A page whose header (headline, standfirst, lead figure) sits apart from the body container. */
export function leadPage(lang: Lang, options: { description?: string; figureAfterBody?: boolean } = {}): string {
  const description = options.description ?? LEAD_STANDFIRST[lang];
  const figure = '<figure class="lead"><img src="https://img.example/lead.jpg" alt="Lead"><figcaption>La piscina nel 1975, prima della chiusura.</figcaption></figure>';
  return `<!doctype html><html lang="${lang}"><head><title>T</title><meta property="og:description" content="${description}"></head>
<body><div class="page"><header class="article-header"><div class="kicker"><a href="/sport/">Sport</a></div><h1><span>Titre ${lang}</span></h1>
<div class="meta"><span>12.03.2025</span></div><p class="standfirst">${LEAD_STANDFIRST[lang]}</p>${options.figureAfterBody ? '' : figure}</header>
<div class="article-body">${paragraphs(lang)}${options.figureAfterBody ? figure : ''}</div></div></body></html>`;
}
