import { everyOutputOf } from './every-output';

everyOutputOf('readability-pages');
