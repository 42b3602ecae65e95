import { removeFollowUs } from '../../src/pipeline/remove-follow-us';
import { describeBoxStep } from './box-step';

describeBoxStep(removeFollowUs, {
  boxes: [
    ['en', '<p><strong>Follow us on Facebook, X and Instagram</strong> for the latest news.</p>', 'Follow us on Facebook, X and Instagram', 'follow-us'],
    ['fr', '<div><p>Suivez-nous sur Facebook et Instagram</p></div>', 'Suivez-nous sur Facebook', 'follow-us'],
    ['es', '<p>Síguenos en Facebook, X e Instagram y únete a nuestro canal de WhatsApp.</p>', 'Síguenos en Facebook', 'follow-us'],
    ['pl', '<p>Obserwuj nas w Google News</p>', 'Obserwuj nas', 'follow-us'],
  ],
  keeps: [
    ['en', 'The club posted the video on Facebook and Instagram on Sunday night.'],
    ['en', 'Police urged drivers to follow the diversion signs.'],
    ['fr', 'La mairie a publié la vidéo sur Facebook dimanche soir.'],
  ],
});
