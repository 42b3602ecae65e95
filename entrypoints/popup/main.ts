import '@/src/shared/article-view.css';
import '@/src/reader/reader.css';
import './style.css';
import { startReader } from '@/src/reader/reader-app';

// The toolbar popup (also opened by Alt+Shift+R): the clean article of the active tab.
void startReader(document, 'popup');
