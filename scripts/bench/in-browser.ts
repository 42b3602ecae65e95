/**
 * The part of `npm run bench` that runs inside headless Chromium (bundled by esbuild into one
 * script, `scripts/bench.ts` injects it into a blank page). For one page's markup it times, on
 * the same markup and in the same run:
 * - `serialise`: `outerHTML` of the parsed page, what Épure's content script costs the page;
 * - `floor`: parsing the serialised page with `DOMParser`, the inert copy any reader works on;
 * - `readability`: that parse plus `new Readability(doc).parse()`, Readability alone;
 * - `defuddle`: that parse plus `new Defuddle(doc).parse()`;
 * - `epure`: the reader's copy (`parseCopy`: the markup without its styles and scripts, then
 *   parsed) plus Épure's whole pipeline, with the options `cleanPage` gives it. On a web page no
 *   CSP checks the copy, so attributes are not renamed there (part 5 measures that).
 * Each is repeated `reps` times, interleaved (each round in a shuffled order), and the median kept.
 */
import { Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import { extract, type StepTiming } from '../../src/extract';
import { parseCopy } from '../../src/host/clean-page';
import { median } from './median';

export interface BrowserTiming {
  serialise: number;
  floor: number;
  readability: number;
  defuddle: number;
  epure: number;
  /** Épure's steps in the median run, including its own parse (`parse`). */
  steps: StepTiming[];
  outcome: string;
  /** Errors thrown by Readability or Defuddle on this page (Épure's engine never throws). */
  errors: string[];
  elements: number;
  textChars: number;
}

/** Milliseconds `fn` took; a throw (Readability on a clobbered page) is timed and counted. */
function timed(fn: () => unknown, errors: string[]): number {
  const started = performance.now();
  try {
    fn();
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  }
  return performance.now() - started;
}

function run(html: string, url: string, reps: number): BrowserTiming {
  const parse = () => new DOMParser().parseFromString(html, 'text/html');
  const probe = parse();
  const samples = { serialise: [] as number[], floor: [] as number[], readability: [] as number[], defuddle: [] as number[], epure: [] as number[] };
  const epureRuns: { ms: number; steps: StepTiming[] }[] = [];
  let outcome = '';
  const errors: string[] = [];
  const timeEpure = () => {
    const steps: StepTiming[] = [];
    const started = performance.now();
    // The copy the reader parses: the markup without its styles and scripts (`parseCopy`).
    const doc = parseCopy(html);
    steps.push({ step: 'parse', ms: performance.now() - started });
    // The options `cleanPage` gives the engine in the reader.
    const result = extract(doc, url, { ownsSource: true, markupChars: html.length }, steps);
    const ms = performance.now() - started;
    samples.epure.push(ms);
    epureRuns.push({ ms, steps });
    outcome = result.ok ? 'article' : result.reason;
  };
  const systems: (() => void)[] = [
    () => samples.serialise.push(timed(() => probe.documentElement.outerHTML, errors)),
    () => samples.floor.push(timed(parse, errors)),
    () => samples.readability.push(timed(() => new Readability(parse()).parse(), errors)),
    () => samples.defuddle.push(timed(() => new Defuddle(parse(), { url }).parse(), errors)),
    timeEpure,
  ];
  for (let rep = 0; rep < reps; rep++) {
    // Each round runs the systems in a shuffled order: none always runs first, last, or right
    // after the same one (after Defuddle, say, whose garbage the next system would pay for when
    // it is collected). Seeded by the page and the round: the orders differ from page to page,
    // and two runs of the benchmark use the same ones.
    for (const i of shuffled(systems.length, hashOf(url) ^ Math.imul(rep + 1, 0x9e3779b9))) systems[i]!();
  }
  const epure = median(samples.epure);
  return {
    serialise: median(samples.serialise),
    floor: median(samples.floor),
    readability: median(samples.readability),
    defuddle: median(samples.defuddle),
    epure,
    steps: epureRuns.find((r) => r.ms === epure)?.steps ?? [],
    outcome,
    errors: [...new Set(errors)],
    elements: probe.getElementsByTagName('*').length,
    textChars: probe.body?.textContent?.length ?? 0,
  };
}

/** 0…n-1 in an order fixed by `seed`: Fisher–Yates driven by mulberry32 (32-bit integer steps, exact). */
function shuffled(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let state = seed | 0;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** FNV-1a of a string: a seed per page. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

(globalThis as unknown as { epureBench: { run: typeof run } }).epureBench = { run };
