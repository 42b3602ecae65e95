import '@/src/shared/article-view.css';
import '@/src/reader/reader.css';
import './style.css';
import { startReader } from '@/src/reader/reader-app';
import { trackReadingProgress } from '@/src/reader/progress';

// The full-tab reader (`reader.html?tab=<id>`): the popup's view, with room, progress and print.
const updateProgress = trackReadingProgress(document);
void startReader(document, 'tab').then(({ rendered }) => rendered.then(updateProgress));
