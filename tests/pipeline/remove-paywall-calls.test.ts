import { removePaywallCalls } from '../../src/pipeline/remove-paywall-calls';
import { describeBoxStep } from './box-step';

describeBoxStep(removePaywallCalls, {
  boxes: [
    ['en', '<div class="offer"><p>Subscribe to read the full article</p><p>Unlimited digital access for $1 a week. Cancel anytime.</p><a href="/subscribe">Subscribe now</a></div>', 'Subscribe to read the full article', 'paywall'],
    ['fr', '<div><p>Cet article est réservé aux abonnés.</p><p>Déjà abonné ? <a href="/connexion">Connectez-vous</a></p></div>', 'Cet article est réservé aux abonnés.', 'paywall'],
    ['de', '<section><p>Jetzt weiterlesen mit Plus</p><p>Sie sind bereits Abonnent? <a href="/login">Anmelden</a></p></section>', 'Jetzt weiterlesen mit', 'paywall'],
    ['es', '<div><p>Este contenido es exclusivo para suscriptores.</p><p>¿Ya eres suscriptor? <a href="/login">Inicia sesión</a></p></div>', 'Este contenido es exclusivo para suscriptores.', 'paywall'],
    ['pt', '<div><p>Este conteúdo é exclusivo para assinantes.</p><p>Já é assinante? <a href="/entrar">Entre</a></p></div>', 'Este conteúdo é exclusivo para assinantes.', 'paywall'],
  ],
  keeps: [
    ['en', 'Swimmers who subscribe before the end of June will be offered a 20 per cent discount.'],
    ['en', 'The paper said it passed 100,000 digital subscribers last year.'],
    ['fr', 'Les abonnés du réseau de chaleur verront la baisse sur leur prochaine facture.'],
    ['de', 'Abonnenten der Stadtwerke erhalten die Gutschrift mit der nächsten Rechnung.'],
  ],
});
