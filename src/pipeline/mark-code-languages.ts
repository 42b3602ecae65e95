import type { Step } from '../article';

/** Class names pages give a code block's language: `language-js`, `lang-js`, `highlight-js`, `brush: js`. */
const CODE_LANGUAGE = /(?:^|\s)(?:language|lang|highlight|brush)(?:-|:\s*)([a-z0-9+#-]+)(?:\s|;|$)/i;

/**
 * Keeps a code block's language through the clean-up: Readability drops every class, and the
 * language of `<pre><code class="language-python">` lives in one. It is written to `data-lang`
 * on the `<pre>` (which Readability and the sanitizer keep), for the Markdown's fenced block.
 */
export const markCodeLanguages: Step = {
  name: 'mark-code-languages',
  run(draft) {
    const body = draft.doc.body;
    if (!body) return draft;
    for (const pre of Array.from(body.querySelectorAll('pre'))) {
      if (pre.hasAttribute('data-lang')) continue;
      const code = pre.querySelector('code');
      const language = code?.getAttribute('class')?.match(CODE_LANGUAGE)?.[1] ?? pre.getAttribute('class')?.match(CODE_LANGUAGE)?.[1] ?? code?.getAttribute('data-lang');
      if (language) pre.setAttribute('data-lang', language.toLowerCase());
    }
    return draft;
  },
};
