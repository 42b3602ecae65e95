import '@/src/shared/article-view.css';
import '@/src/reader/reader.css';
import './style.css';
import { startOptions } from '@/src/options/options-app';

// The options page: chosen sites and their rules, the reader's look, back up, restore, reset.
void startOptions(document);
