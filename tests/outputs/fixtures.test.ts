import { everyOutputOf } from './every-output';

everyOutputOf('fixtures');
