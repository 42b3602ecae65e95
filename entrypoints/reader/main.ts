import '@/src/ui/reader.css';
import './style.css';
import { startReader } from '@/src/ui/reader-app';
import { trackReadingProgress } from '@/src/ui/progress';

// The full-tab reader (`reader.html?tab=<id>`): the popup's view, with room, progress and print.
const updateProgress = trackReadingProgress(document);
void startReader(document, 'tab').then(({ rendered }) => rendered.then(updateProgress));
