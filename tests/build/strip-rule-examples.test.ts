import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleSentences, RULES_MODULE, stripRuleExamples } from '../../scripts/lib/strip-rule-examples';
import { ALL_RULES } from '../../src/rules/registry';
import type { ClutterRule } from '../../src/rules/rule';

const ROOT = join(__dirname, '..', '..');
const RULES_DIR = join(ROOT, 'src', 'rules');

describe('stripRuleExamples (shipped bundles carry no rule examples)', () => {
  it('empties the examples of objects with patterns, and nothing else', () => {
    const source = [
      "const NOTE = { examples: ['kept: no patterns here'] };",
      'export const RULES = [',
      "  { id: 'a', patterns: [/x/iu], examples: ['Advertisement', `Anzeige`], counterExamples: [\"An ad hoc committee met.\"] },",
      "  { counterExamples: ['b'], 'examples': ['c'], id: 'b', patterns: [new RegExp('^y$', 'u')] },",
      '];',
    ].join('\n');
    const out = stripRuleExamples(source);
    expect(out).toContain("examples: ['kept: no patterns here']");
    expect(out).toContain("{ id: 'a', patterns: [/x/iu], examples: [], counterExamples: [] }");
    expect(out).toContain("{ counterExamples: [], 'examples': [], id: 'b', patterns: [new RegExp('^y$', 'u')] }");
  });

  const modules = readdirSync(RULES_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => RULES_MODULE.test(join(RULES_DIR, f)));
  const scratch = mkdtempSync(join(tmpdir(), 'epure-stripped-rules-'));
  mkdirSync(join(scratch, 'lang'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('leaves the rules modules valid TypeScript, without a sentence of their counter-examples', () => {
    const counterExamples = exampleSentences(ALL_RULES);
    expect(counterExamples.length).toBeGreaterThan(200);
    for (const name of modules) {
      const stripped = stripRuleExamples(readFileSync(join(RULES_DIR, name), 'utf8'), name);
      const { diagnostics } = ts.transpileModule(stripped, { reportDiagnostics: true, fileName: name });
      expect(diagnostics ?? [], name).toEqual([]);
      for (const text of counterExamples) expect(stripped.includes(text), text).toBe(false);
      writeFileSync(join(scratch, name), stripped);
    }
  });

  it('gives the same rules, with the same patterns, when the stripped modules run', async () => {
    // eslint-disable-next-line no-unsanitized/method -- the stripped copy of src/rules this test wrote
    const stripped = (await import(join(scratch, 'registry.ts'))) as { ALL_RULES: readonly ClutterRule[] };
    const shape = (rule: ClutterRule) => ({ id: rule.id, kind: rule.kind, lang: rule.lang, patterns: rule.patterns.map(String) });
    expect(stripped.ALL_RULES.map(shape)).toEqual(ALL_RULES.map(shape));
    for (const rule of stripped.ALL_RULES) expect([rule.examples, rule.counterExamples]).toEqual([[], []]);
  });

  it('is safe because no code of the extension reads a rule example', () => {
    const readers: string[] = [];
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (/\.tsx?$/.test(entry.name) && /\.(?:examples|counterExamples)\b/.test(readFileSync(path, 'utf8'))) readers.push(path);
      }
    };
    for (const dir of ['src', 'entrypoints']) visit(join(ROOT, dir));
    expect(readers).toEqual([]);
  });
});
