import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/pipeline/index';

const PIPELINE_DIR = join(import.meta.dirname, '..', '..', 'src', 'pipeline');
/** Files in src/pipeline that are not steps run from STEPS. */
const NOT_STEPS = new Set(['index', 'copy-page', 'remove-matching-blocks', 'readability-fast-paths']);

describe('the pipeline (STEPS)', () => {
  const stepFiles = readdirSync(PIPELINE_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.replace(/\.ts$/, ''))
    .filter((f) => !NOT_STEPS.has(f));

  it('registers every step file, once, under its file name', () => {
    const names = STEPS.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual([...stepFiles].sort());
  });

  it('has a test file for every step', () => {
    const missing = [...stepFiles, 'copy-page'].filter((name) => !existsSync(join(import.meta.dirname, `${name}.test.ts`)));
    expect(missing).toEqual([]);
  });

  it('prepares the copy before finding the article, and cleans after it', () => {
    const at = (name: string) => STEPS.findIndex((s) => s.name === name);
    expect(at('defuse-clobbering')).toBe(0);
    for (const before of ['reveal-lazy-images', 'remove-hidden', 'apply-site-selectors', 'collect-metadata']) expect(at(before)).toBeLessThan(at('find-article'));
    for (const after of ['remove-ad-labels', 'remove-trailing-sections', 'embeds-to-links']) expect(at(after)).toBeGreaterThan(at('find-article'));
    expect(STEPS[STEPS.length - 1]!.name).toBe('prune-empty');
  });
});
