import { removeDisclaimers } from '../../src/pipeline/remove-disclaimers';
import { describeBoxStep } from './box-step';

describeBoxStep(removeDisclaimers, {
  boxes: [
    ['de', '<div><p>© 2017 Beispiel SPA, alle Rechte vorbehalten – USt-IdNr. 00470550013 Handelsbuch-Eintragsnr. 257143</p></div>', '© 2017 Beispiel SPA', 'disclaimer'],
    ['en', "<p><em>The views expressed in this article are the author's own.</em></p>", 'The views expressed', 'disclaimer'],
    ['de', '<div><p>Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.</p></div>', 'Dieser Beitrag gibt die Meinung', 'disclaimer'],
    ['fr', "<p>Les propos tenus dans cette tribune n'engagent que leur auteur.</p>", 'Les propos tenus', 'disclaimer'],
    ['es', '<p>Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor.</p>', 'Las opiniones expresadas', 'disclaimer'],
  ],
  keeps: [
    ['en', 'The views expressed at the meeting were largely critical of the plan.'],
    ['de', 'Der Beitrag der Stadt gibt die Meinung vieler Anwohner wieder, sagte die Sprecherin.'],
    ['fr', "Les propos du maire ont choqué l'opposition, qui réclame des excuses."],
  ],
});
