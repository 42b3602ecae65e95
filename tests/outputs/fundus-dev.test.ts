import { everyOutputOf } from './every-output';

everyOutputOf('fundus-dev');
