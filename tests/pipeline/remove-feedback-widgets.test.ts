import { removeFeedbackWidgets } from '../../src/pipeline/remove-feedback-widgets';
import { describeBoxStep } from './box-step';

describeBoxStep(removeFeedbackWidgets, {
  boxes: [
    ['en', '<div class="rate"><p>Was this article helpful?</p><button>Yes</button><button>No</button></div>', 'Was this article helpful?', 'feedback'],
    ['fr', '<div><p>Cet article vous a-t-il été utile ?</p><span>Oui</span> <span>Non</span></div>', 'Cet article vous a-t-il été utile ?', 'feedback'],
    ['de', '<div><p>War dieser Artikel hilfreich?</p><span>Ja</span> <span>Nein</span></div>', 'War dieser Artikel hilfreich?', 'feedback'],
    ['es', '<div><p>¿Te ha resultado útil este artículo?</p><span>Sí</span> <span>No</span></div>', '¿Te ha resultado útil este artículo?', 'feedback'],
  ],
  keeps: [
    ['en', 'Most residents found the new timetable helpful, the survey showed.'],
    ['fr', 'Les retours des parents ont été très positifs, selon la directrice.'],
  ],
});
