import { CLEANED_LANGS, LANGUAGES } from '../../src/rules/registry';

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
 * Gold-text scoring, as scrapinghub's article-extraction-benchmark does it (the scoring of
 * ../shared/corpus/fundus-dev): word tokens (letters, digits, marks, underscore: Python's `\w+`),
 * 4-token shingles counted with multiplicity, tp/fp/fn normalised by their sum so that a long
 * page weighs no more than a short one.
 */
export interface GoldScore {
  tp: number;
  fp: number;
  fn: number;
}

export interface GoldSummary {
  pages: number;
  /** Mean over pages that returned any shingle (a refused page has no precision). */
  precision: number;
  /** Mean over pages whose gold has a shingle (a refused page scores 0). */
  recall: number;
  /** Harmonic mean of the two means. */
  f1: number;
}

export const SHINGLE_SIZE = 4;

/** Word tokens as Python's `re.findall(r'\w+', text)` finds them. */
export function wordTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
}

/** The text's shingles (runs of `n` tokens) with their counts; a text shorter than `n` tokens is one shingle. */
export function shingles(text: string, n = SHINGLE_SIZE): Map<string, number> {
  const tokens = wordTokens(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  if (tokens.length === 0) return counts;
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page: shingles of the prediction against the gold's, normalised to sum to 1. */
export function scoreGold(prediction: string, gold: string): GoldScore {
  const want = shingles(gold);
  const got = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...want.keys(), ...got.keys()])) {
    const w = want.get(key) ?? 0;
    const g = got.get(key) ?? 0;
    tp += Math.min(w, g);
    fp += Math.max(0, g - w);
    fn += Math.max(0, w - g);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

/** Precision and recall averaged over pages, F1 their harmonic mean. */
export function summariseGold(scores: readonly GoldScore[]): GoldSummary {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(scores.filter((s) => s.tp + s.fp > 0).map((s) => s.tp / (s.tp + s.fp)));
  const recall = mean(scores.filter((s) => s.tp + s.fn > 0).map((s) => s.tp / (s.tp + s.fn)));
  return { pages: scores.length, precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Each language's stop words, from the rules registry (`src/rules/lang/<code>.ts`): one list for the engine and the benchmark. */
export const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  CLEANED_LANGS.map((lang) => [lang, new Set(LANGUAGES[lang].stopWords)]),
);

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
