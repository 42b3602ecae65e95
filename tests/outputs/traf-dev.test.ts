import { everyOutputOf } from './every-output';

everyOutputOf('traf-dev');
