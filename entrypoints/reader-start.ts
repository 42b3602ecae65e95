import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readerKindOf, startEarly } from '@/src/reader/early-start';

/**
 * The first script of the popup and of the full-tab reader (`<script src="/reader-start.js"
 * defer>` in their HTML, before the reader's module): a small classic script. Deferred scripts and
 * module scripts run in document order once the HTML is parsed, so it always runs before the
 * reader (an `async` one raced it and lost on a busy machine), and while the reader's module graph
 * (the engine is most of it) is still loading it asks the browser for the tab and the settings
 * (`src/reader/early-start.ts`). The reader takes the answers when it starts.
 */
export default defineUnlistedScript(() => {
  startEarly(readerKindOf(location.pathname));
});
