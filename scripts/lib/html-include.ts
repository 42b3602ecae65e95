import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * `<!-- include <path> -->` in an extension page's HTML is replaced by the file at `path`
 * (relative to the page), so that the popup and the full-tab reader share one body
 * (`src/reader/reader-page.html`) and stay static HTML, painted before any module runs.
 * Included files may include others; a cycle is an error.
 */
const INCLUDE = /^([ \t]*)<!--\s*include\s+(\S+)\s*-->[ \t]*$/gm;

export function expandIncludes(html: string, fromFile: string, seen: readonly string[] = []): string {
  return html.replace(INCLUDE, (_line, indent: string, path: string) => {
    const file = resolve(dirname(fromFile), path);
    if (seen.includes(file) || file === fromFile) throw new Error(`HTML include cycle: ${[...seen, file].join(' → ')}`);
    const included = expandIncludes(readFileSync(file, 'utf8'), file, [...seen, fromFile]);
    return included
      .trimEnd()
      .split('\n')
      .map((line) => (line ? indent + line : line))
      .join('\n');
  });
}

/** The Vite side: expands includes before Vite reads the page's scripts and styles. */
export function htmlIncludePlugin(): Plugin {
  return {
    name: 'epure:html-include',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, context) => expandIncludes(html, context.filename),
    },
  };
}
