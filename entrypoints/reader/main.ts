import '@/src/ui/reader.css';
import './style.css';
// First: starts loading the engine before the reader's other modules are evaluated.
import '@/src/ui/engine-loader';
import { startReader } from '@/src/ui/reader-app';
import { trackReadingProgress } from '@/src/ui/progress';

// The full-tab reader (`reader.html?tab=<id>`): the popup's view, with room, progress and print.
const updateProgress = trackReadingProgress(document);
void startReader(document, 'tab').then(({ rendered }) => rendered.then(updateProgress));
