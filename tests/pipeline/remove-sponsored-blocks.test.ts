import { removeSponsoredBlocks } from '../../src/pipeline/remove-sponsored-blocks';
import { describeBoxStep } from './box-step';

describeBoxStep(removeSponsoredBlocks, {
  boxes: [
    ['en', '<div class="partner"><p>Sponsored content</p><a href="https://brand.example/x">Five ways to save on your energy bill this winter</a></div>', 'Sponsored content', 'sponsored'],
    ['fr', '<div><p>Contenu sponsorisé</p><a href="https://marque.example/x">Cinq astuces pour réduire votre facture</a></div>', 'Contenu sponsorisé', 'sponsored'],
    ['de', '<p>Wir erhalten eine Provision, wenn Sie über diese Links einkaufen.</p>', 'Wir erhalten eine Provision', 'sponsored'],
  ],
  keeps: [
    ['en', 'The extra running costs would be covered by a sponsorship deal with a local brewery.'],
    ['en', 'The bill was sponsored by two backbench MPs.'],
    ['fr', 'Le festival est sponsorisé par une banque régionale depuis dix ans.'],
  ],
});
