/**
 * Rewrites each fixture's expected.txt, expected-removals.json and expected-metadata.json from
 * the engine's current output, and expected.md where the fixture has one (the reviewed Markdown
 * copies: tests/render/markdown-golden.test.ts). Run `npm run fixtures:update [slug ...]`, then READ the git diff:
 * a golden file is a reviewed statement of what Épure should produce, not a snapshot.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFixtures, runFixture } from '../tests/helpers/fixtures';

const only = new Set(process.argv.slice(2));
for (const fixture of listFixtures()) {
  if (only.size && !only.has(fixture.slug)) continue;
  const result = runFixture(fixture);
  if (!result.ok) {
    console.log(`${fixture.slug}: ${result.reason} (${result.message})`);
    continue;
  }
  writeFileSync(join(fixture.dir, 'expected.txt'), result.text);
  writeFileSync(join(fixture.dir, 'expected-removals.json'), `${JSON.stringify(result.removals, null, 2)}\n`);
  const { title, byline, siteName, publishedTime, lang, dir, excerpt, leadImage, wordCount, readingMinutes } = result;
  writeFileSync(join(fixture.dir, 'expected-metadata.json'), `${JSON.stringify({ title, byline, siteName, publishedTime, lang, dir, excerpt, leadImage, wordCount, readingMinutes }, null, 2)}\n`);
  const markdownFile = join(fixture.dir, 'expected.md');
  if (existsSync(markdownFile) || process.env.WITH_MARKDOWN) writeFileSync(markdownFile, result.markdown);
  console.log(`${fixture.slug}: ${result.removals.length} removals, ${result.wordCount} words`);
}
