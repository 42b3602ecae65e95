import '@/src/shared/article-view.css';
import './style.css';
import { startWelcome } from '@/src/welcome/welcome-app';

// The welcome page: opened once, on install; again from the options page.
void startWelcome(document);
