import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LONGEST_LABEL_CHARS } from '../../src/dom/blocks';

const PIPELINE = join(__dirname, '../../src/pipeline');

describe('short elements: one walk of the article shared by every step', () => {
  it('no step looks for labels longer than the shared walk finds (it would walk the article again on each call)', async () => {
    const limits: { file: string; name: string; value: unknown }[] = [];
    for (const file of readdirSync(PIPELINE).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(PIPELINE, file), 'utf8');
      const names = [...source.matchAll(/shortElements\([^,]+,\s*(\w+)\)|maxChars:\s*(\w+)/g)].map((m) => m[1] ?? m[2]!).filter((n) => n !== 'number');
      if (!names.length) continue;
      // eslint-disable-next-line no-unsanitized/method -- the project's own step modules, by file name
      const module = (await import(join(PIPELINE, file))) as Record<string, unknown>;
      for (const name of names) if (name !== 'maxChars') limits.push({ file, name, value: module[name] });
    }
    // The removal steps' limits, each exported by its step so that this test can read it.
    expect(limits.length).toBeGreaterThanOrEqual(15);
    for (const { file, name, value } of limits) {
      expect(typeof value, `${file}: ${name} is not exported`).toBe('number');
      expect(value as number, `${file}: ${name}`).toBeLessThanOrEqual(LONGEST_LABEL_CHARS);
    }
  });
});
