import { removeConsentNotices } from '../../src/pipeline/remove-consent-notices';
import { describeBoxStep } from './box-step';

describeBoxStep(removeConsentNotices, {
  boxes: [
    ['en', '<div class="embed-blocked"><p>This content is not available due to your privacy preferences.</p><a href="#">Update your settings here to see it.</a></div>', 'This content is not available due to your privacy preferences.', 'consent'],
    ['fr', '<div><p>Nous utilisons des cookies pour améliorer votre expérience sur notre site.</p><span role="button">Accepter</span></div>', 'Nous utilisons des cookies', 'consent'],
    ['de', '<div><p>Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.</p><span role="button">Akzeptieren</span></div>', 'Wir verwenden Cookies', 'consent'],
    ['it', '<div><p>Questo sito utilizza cookie tecnici e di profilazione.</p><span>Accetta</span> <span>Rifiuta</span></div>', 'Questo sito utilizza cookie', 'consent'],
  ],
  keeps: [
    ['en', 'The bakery sold 3,000 cookies at the fair, the organisers said.'],
    ['fr', 'La Cnil a sanctionné trois sites qui déposaient des cookies sans consentement.'],
    ['de', 'Die Datenschutzbehörde prüft, wie Websites Cookies ohne Einwilligung setzen.'],
  ],
});
