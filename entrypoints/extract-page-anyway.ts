import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { SerialisedPage } from '@/src/messaging';
import { serialisePage } from '@/src/content/serialise-page';

/**
 * `extract-page` without the size limit: injected only when the user, told that the page is
 * very large, chose "Clean anyway" (the reader then cleans it without limits, in slices, with
 * its progress bar). A file of its own: an injected file takes no arguments.
 */
export default defineUnlistedScript((): SerialisedPage => serialisePage(document, location.href, Number.POSITIVE_INFINITY));
