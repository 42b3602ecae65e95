import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { listFixtures, normaliseWs, runFixture } from './helpers/fixtures';

/**
 * Golden fixtures: anonymised pages with what their author says must be kept and dropped
 * (case.json), plus the reviewed expected text and removals. Regenerate expectations with
 * `npm run fixtures:update` and review the diff: never accept it blindly.
 */
describe.each(listFixtures())('fixture $slug', (fixture) => {
  const result = runFixture(fixture);
  const c = fixture.case;

  if (!c.ok) {
    it(`is refused as ${c.reason}`, () => {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toBe(c.reason);
    });
    return;
  }

  it('is cleaned', () => {
    expect(result.ok ? 'ok' : `${result.reason}: ${result.message}`).toBe('ok');
  });
  if (!result.ok) return;
  const scored = normaliseWs(`${result.title}\n${result.text}`);

  it('keeps every article paragraph', () => {
    const lost = c.keep.filter((s) => !scored.includes(normaliseWs(s)));
    expect(lost).toEqual([]);
  });

  it('drops every piece of clutter', () => {
    const left = c.drop.filter((s) => scored.includes(normaliseWs(s)));
    expect(left).toEqual([]);
    const lines = result.text.split(/\n+/).map(normaliseWs);
    expect((c.dropLines ?? []).filter((l) => lines.includes(normaliseWs(l)))).toEqual([]);
  });

  if (c.title) it('finds the title', () => expect(normaliseWs(result.title)).toBe(normaliseWs(c.title!)));

  if (c.images?.length) {
    it('turns lazy images into real images', () => {
      const doc = new JSDOM(`<body>${result.html}`).window.document;
      const srcs = Array.from(doc.querySelectorAll('img')).map((i) => i.getAttribute('src'));
      expect(c.images!.filter((src) => !srcs.includes(src))).toEqual([]);
    });
  }
  if (c.captions?.length) it('keeps captions', () => expect(c.captions!.filter((s) => !scored.includes(normaliseWs(s)))).toEqual([]));
  if (c.table) it('keeps the table', () => {
    expect(result.html).toContain('<table');
    expect(result.markdown).toMatch(/\|.*\|\n\| ?-{3,}/);
  });
  if (c.code?.length) it('keeps the code', () => expect(c.code!.filter((l) => !result.text.includes(l))).toEqual([]));
  if (c.forbidden?.length) {
    it('shows and copies nothing dangerous', () => {
      for (const output of [result.html.toLowerCase(), result.markdown.toLowerCase()]) {
        expect(c.forbidden!.filter((f) => output.includes(f.toLowerCase()))).toEqual([]);
      }
    });
  }
  if (c.videoLink) it('turns the embedded video into a link', () => expect(result.html).toContain(`href="${c.videoLink}"`));

  it('matches the reviewed golden text and removals', () => {
    const textFile = join(fixture.dir, 'expected.txt');
    const removalsFile = join(fixture.dir, 'expected-removals.json');
    expect(existsSync(textFile), `${textFile} missing: run npm run fixtures:update and review`).toBe(true);
    expect(result.text).toBe(readFileSync(textFile, 'utf8'));
    expect(result.removals).toEqual(JSON.parse(readFileSync(removalsFile, 'utf8')));
    const { title, byline, siteName, publishedTime, lang, dir, excerpt, leadImage, wordCount, readingMinutes } = result;
    expect({ title, byline, siteName, publishedTime, lang, dir, excerpt, leadImage, wordCount, readingMinutes }).toEqual(
      JSON.parse(readFileSync(join(fixture.dir, 'expected-metadata.json'), 'utf8')),
    );
  });
});
