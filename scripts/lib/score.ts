/**
 * Scoring of the quality benchmark, as /work/shared/corpus/README.md (and trafilatura's own
 * evaluation) describes it: snippets searched in whitespace-normalised extracted text.
 */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface CaseScore extends Counts {
  /** `with` snippets missing from the text (false negatives). */
  missed: string[];
  /** `without` snippets present in the text (false positives). */
  leaked: string[];
}

export interface Summary extends Counts {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  /** Share of `with` snippets kept: TP / (TP + FN) (= recall). */
  withKept: number;
  /** Share of `without` snippets removed: TN / (TN + FP). */
  withoutRemoved: number;
}

/** Collapses every whitespace run (including no-break spaces) to one space, and trims. */
export function normaliseWs(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Counts one page: each `with` snippet found is a TP (else FN), each `without` found is a FP (else TN). */
export function scoreCase(text: string, withSnippets: readonly string[], withoutSnippets: readonly string[]): CaseScore {
  const haystack = normaliseWs(text);
  const found = (snippet: string) => haystack.includes(normaliseWs(snippet));
  const missed = withSnippets.filter((s) => !found(s));
  const leaked = withoutSnippets.filter(found);
  return {
    tp: withSnippets.length - missed.length,
    fn: missed.length,
    fp: leaked.length,
    tn: withoutSnippets.length - leaked.length,
    missed,
    leaked,
  };
}

/** Sums page counts and derives precision, recall, F1 and accuracy (0 when undefined). */
export function summarise(counts: Counts | readonly Counts[]): Summary {
  const list: readonly Counts[] = Array.isArray(counts) ? counts : [counts as Counts];
  const sum: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const c of list) {
    sum.tp += c.tp;
    sum.fp += c.fp;
    sum.fn += c.fn;
    sum.tn += c.tn;
  }
  const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
  const precision = ratio(sum.tp, sum.tp + sum.fp);
  const recall = ratio(sum.tp, sum.tp + sum.fn);
  return {
    ...sum,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    accuracy: ratio(sum.tp + sum.tn, sum.tp + sum.tn + sum.fp + sum.fn),
    withKept: recall,
    withoutRemoved: ratio(sum.tn, sum.tn + sum.fp),
  };
}

/**
 * Small, mutually distinctive stop-word lists (words common to two languages, such as "de",
 * "en", "la", "in", "die", "que", were left out so each vote points one way).
 */
export const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'this', 'are', 'was', 'from', 'have', 'which', 'it', 'be', 'by', 'they', 'you', 'not']),
  de: new Set(['der', 'das', 'und', 'ist', 'nicht', 'mit', 'sich', 'auf', 'ein', 'eine', 'den', 'von', 'zu', 'auch', 'dem', 'für', 'wird', 'werden', 'sind', 'im']),
  fr: new Set(['le', 'les', 'et', 'est', 'une', 'dans', 'pour', 'qui', 'sur', 'pas', 'au', 'du', 'avec', 'ce', 'sont', 'ne', 'aux', 'cette', 'il', 'leur']),
  es: new Set(['el', 'los', 'las', 'y', 'del', 'más', 'pero', 'está', 'sus', 'fue', 'también', 'muy', 'hay', 'cuando', 'ellos', 'tiene', 'según', 'hasta', 'mucho', 'sido']),
  it: new Set(['di', 'che', 'è', 'gli', 'della', 'sono', 'nel', 'alla', 'anche', 'più', 'questo', 'degli', 'delle', 'dei', 'nella', 'essere', 'molto', 'per', 'questa', 'loro']),
  pt: new Set(['os', 'dos', 'não', 'em', 'uma', 'ao', 'pelo', 'pela', 'mais', 'são', 'também', 'foi', 'seu', 'sua', 'à', 'isso', 'pelas', 'muito', 'nas', 'já']),
  nl: new Set(['het', 'een', 'van', 'dat', 'op', 'te', 'zijn', 'niet', 'met', 'voor', 'ook', 'maar', 'bij', 'om', 'wordt', 'naar', 'werd', 'deze', 'heeft', 'wel']),
  pl: new Set(['w', 'z', 'na', 'się', 'nie', 'że', 'jest', 'jak', 'po', 'ale', 'od', 'za', 'przez', 'dla', 'oraz', 'jego', 'czy', 'tak', 'już', 'być']),
};

const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);

/** Visible text of a document: every text node outside script, style, template… */
function visibleText(doc: Document): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1 && !INVISIBLE.has((child as Element).localName)) walk(child);
    }
  };
  if (doc.body) walk(doc.body);
  return parts.join(' ');
}

/**
 * The page's language: the primary subtag of `<html lang>` (lowercased), else a stop-word vote
 * over its visible text; a tie or no stop word at all gives "und".
 */
export function detectLang(doc: Document): string {
  const declared = (doc.documentElement?.getAttribute('lang') ?? '').trim().split(/[-_]/)[0]?.toLowerCase();
  if (declared && /^[a-z]{2,3}$/.test(declared)) return declared;

  const votes = new Map<string, number>();
  for (const word of visibleText(doc).toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const [lang, words] of Object.entries(STOP_WORDS)) {
      if (words.has(word)) votes.set(lang, (votes.get(lang) ?? 0) + 1);
    }
  }
  let best = 'und';
  let bestVotes = 0;
  let tie = false;
  for (const [lang, n] of votes) {
    if (n > bestVotes) [best, bestVotes, tie] = [lang, n, false];
    else if (n === bestVotes) tie = true;
  }
  return tie || bestVotes === 0 ? 'und' : best;
}
