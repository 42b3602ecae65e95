import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readerKindOf, startEarly } from '@/src/reader/early-start';

/**
 * The first script of the popup and of the full-tab reader (`<script src="/reader-start.js"
 * async>` in their HTML): a small classic script, so it runs as soon as it arrives, before the
 * reader's modules have all loaded, and asks the browser for the tab and the settings
 * (`src/reader/early-start.ts`). The reader takes the answers when it starts.
 */
export default defineUnlistedScript(() => {
  startEarly(readerKindOf(location.pathname));
});
