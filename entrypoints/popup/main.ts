import '@/src/ui/reader.css';
import './style.css';
// First: starts loading the engine before the reader's other modules are evaluated.
import '@/src/ui/engine-loader';
import { startReader } from '@/src/ui/reader-app';

// The toolbar popup (also opened by Alt+Shift+R): the clean article of the active tab.
void startReader(document, 'popup');
