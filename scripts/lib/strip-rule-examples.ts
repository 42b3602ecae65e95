/**
 * Every clutter rule carries the examples it must match and the counter-examples it must not
 * (`src/rules/rule.ts`): they sit next to its patterns so that whoever edits a rule sees what it
 * is for, and `tests/rules.test.ts` checks them. No code of the extension reads them, and they
 * were a quarter of the engine's chunk: 42 kB of strings that every popup parsed and built
 * before it could clean a page (docs/performance.md).
 *
 * `stripRuleExamples` empties them in the shipped bundles: in the object literals of a rules
 * module that have `patterns`, the value of `examples` and `counterExamples` becomes `[]`. The
 * rule keeps its shape and its type, its patterns stay as written, and tests, which import the
 * source, still see every example.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';
import type { ClutterRule } from '../../src/rules/rule';

/** The properties of a rule that only tests read. */
export const TEST_ONLY_RULE_KEYS: ReadonlySet<string> = new Set(['examples', 'counterExamples']);

/** The modules whose rules are stripped: the rule data under `src/rules/` (the languages' files in `src/rules/lang/`). */
export const RULES_MODULE = /[\\/]src[\\/]rules[\\/](?:lang[\\/])?[^\\/]+\.ts$/;

/** Shorter than this, a counter-example ("x", "Share") may also be a pattern's word. */
const MIN_SENTENCE_CHARS = 20;

/**
 * The rules' counter-examples that are sentences: text that can only be in a bundle or a module
 * if the examples were not stripped (`npm run size` and the tests look for them).
 */
export function exampleSentences(rules: readonly ClutterRule[]): string[] {
  return rules.flatMap((rule) => rule.counterExamples).filter((text) => text.length >= MIN_SENTENCE_CHARS);
}

/** `source` (TypeScript) with the examples of every rule object emptied. */
export function stripRuleExamples(source: string, fileName = 'rules.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const emptied: { start: number; end: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node) && node.properties.some((p) => propertyName(p) === 'patterns')) {
      for (const property of node.properties) {
        if (ts.isPropertyAssignment(property) && TEST_ONLY_RULE_KEYS.has(propertyName(property) ?? '')) {
          emptied.push({ start: property.initializer.getStart(file), end: property.initializer.getEnd() });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  // From the end, so that earlier offsets stay valid.
  for (const { start, end } of emptied.sort((a, b) => b.start - a.start)) out = `${out.slice(0, start)}[]${out.slice(end)}`;
  return out;
}

function propertyName(property: ts.ObjectLiteralElementLike): string | null {
  const name = property.name;
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : null;
}

/** The build step (`wxt.config.ts`): rules modules lose their examples before they are bundled. */
export function stripRuleExamplesPlugin(): Plugin {
  return {
    name: 'epure:strip-rule-examples',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!RULES_MODULE.test(id.split('?', 1)[0]!)) return null;
      return { code: stripRuleExamples(code, id), map: null };
    },
  };
}
