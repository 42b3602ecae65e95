import type { ClutterRule } from '../rule';
import { whole, startsWith, leadIn, opening, bio } from '../patterns';

/**
 * Clutter rules for pages in French ('fr'), by kind in the order of `RULE_KINDS`; within a kind, the
 * first rule that matches names the removal. `tests/rules.test.ts` lints them: every example
 * must match, no counter-example may.
 */
export const FR_RULES: readonly ClutterRule[] = [
  // ── ad-label ──
  {
    id: 'ad-label/fr/publicite',
    kind: 'ad-label',
    lang: 'fr',
    patterns: [whole(/publicit[ée]s?|pub|annonces?|r[ée]clame/iu)],
    examples: ['Publicité', 'PUBLICITÉ', 'Publicite', '- Publicité -', 'Annonce', 'PUB'],
    counterExamples: [
      'La publicité en ligne représente 40 % du marché.',
      'Annonce de la victoire par le ministre : la foule exulte.',
      'Pub ou pas pub, la question divise les maires.',
    ],
  },
  {
    id: 'ad-label/fr/suite-apres-publicite',
    kind: 'ad-label',
    lang: 'fr',
    patterns: [
      whole(/(?:(?:lire )?la )?suite (?:de (?:l['’]article|cet article|votre (?:article|contenu)|la lecture) )?(?:apr[eè]s|sous|en dessous de) (?:la |cette |cet |une |l['’])(?:publicit[ée]|annonce|pub|encart publicitaire)/iu),
      whole(/(?:l['’]article|votre (?:article|contenu)|le (?:contenu|texte)) (?:continue|se poursuit|reprend) (?:apr[eè]s (?:la |cette |l['’])(?:publicit[ée]|annonce|pub)|ci-dessous|plus bas|en dessous)/iu),
      whole(/publicit[ée](?: ?[,:–—-] ?| )(?:votre|le|l['’]) ?(?:contenu|article|texte) (?:continue|se poursuit|reprend)(?: ci-dessous| plus bas| apr[eè]s)?/iu),
    ],
    examples: [
      'La suite après la publicité',
      "La suite de l'article après cette publicité",
      'LA SUITE APRÈS LA PUBLICITÉ',
      "Suite de l'article après la publicité",
      'La suite de votre contenu après cette annonce',
      'Publicité, votre contenu continue ci-dessous',
      "L'article continue après la publicité",
      'La suite apres la pub',
    ],
    counterExamples: [
      'La suite après la publicité a été coupée au montage, selon le réalisateur.',
      "L'article continue de faire débat au Parlement.",
      "La suite des événements après l'annonce du gouvernement reste floue.",
    ],
  },

  // ── promo-link ──
  {
    id: 'promo-link/fr/lire-aussi',
    kind: 'promo-link',
    lang: 'fr',
    patterns: [
      startsWith(/(?:[àa] )?(?:re)?lire (?:aussi|[ée]galement|encore)|[àa] (?:voir|d[ée]couvrir) (?:aussi|[ée]galement)|d[ée]couvrez (?:aussi|[ée]galement)|(?:[àa] )?lire (?:notre|nos) (?:article|analyse|enqu[êe]te|entretien|d[ée]cryptage|reportage|portrait|chronique|tribune|dossier|critique)s?|vous n['’]allez pas (?:le|y) croire|[àa] ne pas manquer|vous aimerez (?:aussi|[ée]galement)/iu),
      leadIn(/(?:[àa] )?lire|[àa] voir|voir (?:aussi|[ée]galement)|lire la suite|sur le m[êe]me (?:sujet|th[èe]me)|notre s[ée]lection|pour (?:aller plus loin|approfondir)|en savoir plus|[àa] d[ée]couvrir|[àa] (?:[ée]couter|regarder)/iu),
    ],
    examples: [
      'Lire aussi | Les enjeux de la réforme des retraites',
      'À lire aussi : Mark Zuckerberg prêt à combattre Elon Musk',
      'A LIRE AUSSI >> Les milliardaires portent les mêmes vêtements',
      '» À LIRE ÉGALEMENT : la réforme en 5 points',
      "Vous n'allez pas le croire : Elon Musk et Mark Zuckerberg s'unissent",
      'Sur le même sujet : la réforme des retraites',
      'Lire la suite',
      'Voir aussi : notre dossier',
    ],
    counterExamples: [
      'Lire aussitôt les consignes est indispensable, rappelle le préfet.',
      "Voir aussi grand n'était pas prévu au budget.",
      'Notre sélection de films a été primée à Cannes.',
      "Sur le même sujet, le ministre n'a pas souhaité s'exprimer.",
    ],
  },
  {
    id: 'promo-link/fr/a-decouvrir',
    kind: 'promo-link',
    lang: 'fr',
    patterns: [
      startsWith(/(?:[àa] )?d[ée]couvrir (?:aussi|[ée]galement)|d[ée]couvrez (?:aussi|[ée]galement)|vous (?:aimerez|pourriez aimer) (?:aussi|[ée]galement)|(?:cela|[çc]a) (?:pourrait|peut) (?:aussi |[ée]galement )?vous int[ée]resser/iu),
    ],
    examples: [
      'À découvrir aussi : les meilleures séries de 2024',
      'Découvrez aussi notre classement des lycées',
      'Vous aimerez aussi : Netflix annule une autre série',
      'Ça pourrait vous intéresser : le top des smartphones',
    ],
    counterExamples: [
      'Découvrir la ville à vélo est devenu tendance.',
      'Découvrez-vous un talent caché pendant le confinement ?',
    ],
  },

  // ── trailing-heading ──
  {
    id: 'trailing-heading/fr/sur-le-meme-theme',
    kind: 'trailing-heading',
    lang: 'fr',
    patterns: [
      whole(/sur le m[êe]me (?:th[èe]me|sujet)|dans la m[êe]me rubrique|(?:les |nos )?articles? (?:similaires|li[ée]s|associ[ée]s|recommand[ée]s|connexes|sur le m[êe]me (?:sujet|th[èe]me))|(?:nos|les) (?:autres )?articles sur (?:le m[êe]me sujet|ce (?:sujet|th[èe]me))|sujets? (?:associ[ée]s|li[ée]s|connexes)|(?:encore )?plus d['’](?:articles|actus|actualit[ée]s|infos)(?: (?:sur|de) [^:?!;,]{1,40})?|plus de sujets|(?:tous )?(?:nos|les) (?:derniers|autres) (?:articles|dossiers|podcasts)/iu),
    ],
    examples: [
      'Sur le même thème',
      'Sur le même sujet',
      'Les articles similaires',
      'Articles liés',
      'Nos articles sur le même sujet',
      'Sujets associés',
      'Dans la même rubrique',
      "Plus d'articles sur Tech",
    ],
    counterExamples: [
      'Sur le même thème, le ministre a répondu',
      'Articles liés au budget adoptés par l’Assemblée',
      'Sujets associés à la réforme : ce qui change',
    ],
  },
  {
    id: 'trailing-heading/fr/a-lire-aussi',
    kind: 'trailing-heading',
    lang: 'fr',
    patterns: [
      whole(/(?:[àa] )?lire aussi|[àa] lire (?:[ée]galement|aussi)|voir aussi|(?:[àa] )?d[ée]couvrir (?:aussi|[ée]galement)|[àa] d[ée]couvrir(?: sur [^:?!;,]{1,40})?|ces articles (?:pourraient|peuvent|devraient) vous int[ée]resser|(?:cela|[çc]a|ceci) (?:pourrait|peut|devrait) vous int[ée]resser|vous (?:aimerez|aimeriez|pourriez aimer) (?:aussi|[ée]galement)|vous pourriez aussi aimer|recommand[ée]s? pour vous|s[ée]lectionn[ée]s? pour vous|notre s[ée]lection|pour (?:aller plus loin|approfondir)|[àa] ne pas manquer/iu),
    ],
    examples: [
      'À lire aussi',
      'Voir aussi',
      'Ces articles pourraient vous intéresser',
      'Vous aimerez aussi',
      'À découvrir',
      'Pour aller plus loin',
      'Sélectionné pour vous',
      'A LIRE AUSSI',
    ],
    counterExamples: ['Voir aussi grand pour l’Europe', 'Pour aller plus loin dans la réforme', 'Notre sélection a été primée'],
  },
  {
    id: 'trailing-heading/fr/les-plus-lus',
    kind: 'trailing-heading',
    lang: 'fr',
    patterns: [
      whole(/(?:les )?(?:(?:articles|actus|infos|vid[ée]os|news) )?(?:les )?plus (?:lu|partag[ée]|comment[ée]|vu|consult[ée])e?s|(?:les )?(?:(?:articles|actus|infos|vid[ée]os|news) )?(?:les )?plus populaires|(?:les )?derni[èe]res (?:actualit[ée]s|actus|news|infos|informations|nouvelles|vid[ée]os|d[ée]p[êe]ches|publications)|(?:les )?derniers (?:articles|contenus|dossiers|podcasts)|tendances?|(?:les )?tendances du moment|[àa] la une|(?:le )?fil info|en continu|populaires?|top articles?/iu),
    ],
    examples: [
      'Les plus lus',
      'Articles les plus lus',
      'Les plus partagés',
      'Dernières actualités',
      'Dernières news',
      'Dernières infos',
      'Tendances',
      'À la une',
    ],
    counterExamples: [
      'Les plus lus de la rentrée : le classement',
      "Dernières actualités du procès : ce qu'il faut retenir",
      'Tendances de fond du marché immobilier',
    ],
  },
  {
    id: 'trailing-heading/fr/mots-cles',
    kind: 'trailing-heading',
    lang: 'fr',
    patterns: [
      whole(/mots?[- ]cl[ée]s?|tags?|th[èe]mes?|th[ée]matiques?|sujets?|cat[ée]gories?|rubriques?|[àa] propos(?: de(?: l['’]auteure?| l['’]autrice| cet article| nous)?)?|l['’]auteure?|l['’]autrice|(?:voir )?(?:tous les (?:articles|dossiers|sujets)|toutes les (?:actualit[ée]s|actus|infos|vid[ée]os))(?: (?:sur |de |du |des |d['’]|en )[^:?!;,]{1,40})?|voir (?:tous|toutes) les [^:?!;,]{1,40}|voir plus(?: d['’]articles)?|class[ée] (?:dans|sous)(?: [^:?!;,]{1,40})?/iu),
    ],
    examples: [
      'Mots clés',
      'Mots-clés',
      'Tags',
      'À propos de',
      "À propos de l'auteur",
      'Tous les articles',
      'Voir tous les people',
      'Thèmes',
    ],
    counterExamples: [
      'Mots croisés',
      'À propos de la réforme, le Premier ministre reste flou',
      'Thèmes de campagne : ce qui a changé',
      'Tous les chiffres du chômage',
      "Voir tous les jours la même chose, c'est lassant.",
    ],
  },
  {
    id: 'trailing-heading/fr/commentaires',
    kind: 'trailing-heading',
    lang: 'fr',
    patterns: [
      whole(/commentaires|\d{1,5} commentaires?|vos (?:r[ée]actions|commentaires)|r[ée]agissez|r[ée]agir|(?:laisser|laissez|ajouter|[ée]crire) un commentaire|partager(?: (?:cet article|l['’]article|sur les r[ée]seaux sociaux))?|partagez(?: cet article)?|newsletters?|(?:notre|la) newsletter|suivez-nous(?: sur [^:?!;,]{1,30})?|abonnez-vous/iu),
    ],
    examples: [
      'Commentaires',
      'Réagissez',
      'Vos réactions',
      'Laisser un commentaire',
      'Partager cet article',
      'Newsletter',
      'Suivez-nous sur Facebook',
    ],
    counterExamples: [
      'Commentaires du président sur la réforme',
      'Partager le pouvoir, un défi pour la coalition',
      'Réagir vite face aux inondations',
    ],
  },

  // ── share ──
  {
    id: 'share/fr/partager',
    kind: 'share',
    lang: 'fr',
    patterns: [
      whole(/partager|partagez|partage|partager (?:cet article|l['’]article|sur [^:?!;,]{1,30}|par (?:e-?mail|mail|sms)|via [^:?!;,]{1,30})|partagez (?:cet article|sur [^:?!;,]{1,30})|(?:copier|copiez) (?:le )?lien|lien copi[ée]|imprimer(?: (?:cet article|l['’]article|la page))?|envoyer(?: (?:par (?:e-?mail|mail)|[àa] un ami|cet article))?|e-?mail|courriel|sauvegarder|enregistrer(?: (?:cet article|l['’]article))?|offrir (?:cet article|l['’]article)|suivez-nous(?: sur [^:?!;,]{1,30})?|tweeter/iu),
    ],
    examples: [
      'Partager',
      'Partager sur Facebook',
      'Partager cet article',
      'Copier le lien',
      'Imprimer',
      'Envoyer par e-mail',
      'Suivez-nous sur X',
      'PARTAGER',
    ],
    counterExamples: [
      'Partager les richesses est une priorité, dit-il.',
      'Imprimer des billets ne résout rien.',
      'Partage des tâches : ce que dit la loi',
    ],
  },

  // ── newsletter ──
  {
    id: 'newsletter/fr/inscrivez-vous',
    kind: 'newsletter',
    lang: 'fr',
    patterns: [
      opening(/(?:(?:pour (?:rester|[êe]tre) (?:inform[ée]e?s?|au courant)|cet article vous a plu ?\?)[^.!?]{0,40}?,? )?(?:inscrivez-vous|abonnez-vous|je m['’]inscris|je m['’]abonne|s['’]inscrire|s['’]abonner|recevez|recevoir|inscription|abonnement)[^.!?]{0,80}?(?<!\p{L})(?:newsletters?|lettres? d['’]information|infolettres?|bulletins?|alertes?|e-?mails?|courriels?|bo[iî]te (?:mail|e-?mail|de r[ée]ception))(?!\p{L})/iu),
      opening(/ne (?:manquez|ratez) (?:plus )?(?:aucune?|rien)[^.!?]{0,80}?(?<!\p{L})(?:newsletter|inscri|abonn)/iu),
      opening(/(?:entrez|saisissez|indiquez|renseignez) votre (?:adresse )?(?:e-?mail|mail|courriel)|(?:la |notre )?(?:newsletter|infolettre) ?[:：–—-] ?(?:recevez|inscrivez|abonnez|chaque|tous les)/iu),
    ],
    examples: [
      'Inscrivez-vous à notre newsletter',
      'Abonnez-vous à la newsletter',
      'Recevez notre newsletter',
      'Pour rester informé inscrivez-vous à la newsletter',
      "Recevez gratuitement notre lettre d'information",
      'Ne manquez aucune actualité : inscrivez-vous à notre newsletter',
      'Entrez votre adresse e-mail',
      "Newsletter : recevez chaque matin l'essentiel de l'actualité",
      "Cet article vous a plu ? Recevez chaque vendredi notre lettre d'information gratuite.",
    ],
    counterExamples: [
      "L'entreprise a lancé une newsletter pour ses investisseurs l'an dernier.",
      "Recevez-vous des aides de l'État ? La question divise.",
      'Inscrivez-vous sur les listes électorales avant le 3 mai.',
    ],
  },

  // ── comments ──
  {
    id: 'comments/fr/commentaires',
    kind: 'comments',
    lang: 'fr',
    patterns: [
      whole(/\d{1,3}(?:[ .]?\d{3})? ?(?:commentaires?|r[ée]actions?)|commentaires? ?[([]?\d{1,6}[)\]]?|commentaires|(?:voir|afficher|lire|masquer)(?: les| tous les)?(?: \d{1,6})? (?:commentaires|r[ée]actions)|r[ée]agir|r[ée]agissez(?: [àa] cet article)?|commenter(?: cet article)?|(?:laisser|laissez|ajouter|[ée]crire|r[ée]diger|publier) un commentaire|soyez (?:le premier|la premi[èe]re) [àa] (?:commenter|r[ée]agir)|aucun commentaire|(?:les )?commentaires sont ferm[ée]s|donnez votre avis|r[ée]pondre|signaler(?: un abus| ce commentaire)?/iu),
    ],
    examples: [
      '12 commentaires',
      '1 commentaire',
      'Réagir',
      'Réagissez',
      'Voir les commentaires',
      'Commenter',
      'Commentaires (5)',
      'Laisser un commentaire',
    ],
    counterExamples: [
      'Réagir vite est essentiel, estime le préfet.',
      '12 commentaires haineux ont été signalés à la police.',
      "Commenter l'actualité n'est pas son métier.",
    ],
  },

  // ── image-credit ──
  {
    id: 'image-credit/fr/credit-photo',
    kind: 'image-credit',
    lang: 'fr',
    patterns: [
      whole(/(?:photos?|cr[ée]dits?(?: (?:photos?|images?|illustrations?))?|illustrations?|image|infographie|visuel|photo d['’]illustration|source (?:photo|image))(?: ?[:：|] ?| ?\/ ?| [–—-] )(?! ).{1,100}|cr[ée]dits? (?:photos?|images?)|photo dr/iu),
    ],
    examples: [
      'Photo : AFP',
      'Crédit photo : Jean Dupont',
      'Crédits : Getty Images',
      'Illustration : Pixabay',
      'Crédits photos : Bestimage',
      '(Photo : Reuters)',
      "Photo d'illustration : Unsplash",
      'Crédit photo',
    ],
    counterExamples: [
      'Les photos publiées par le ministère montrent l’ampleur des dégâts.',
      "Crédit d'impôt : le gouvernement revoit sa copie",
      'Mark Zuckerberg se lance dans un nouveau projet dingue !© Action Press / Bestimage',
    ],
  },

  // ── author-bio ──
  {
    id: 'author-bio/fr/a-propos-de-l-auteur',
    kind: 'author-bio',
    lang: 'fr',
    patterns: [leadIn(/[àa] propos de l['’](?:auteure?|autrice)|l['’](?:auteure?|autrice)/iu)],
    examples: [
      "À propos de l'auteur",
      "A PROPOS DE L'AUTEUR",
      "L'auteur : Jean Dupont est journaliste au service politique.",
      'À propos de l’autrice',
    ],
    counterExamples: [
      "À propos de l'autoroute A69, le ministre reste flou.",
      "L'auteur du livre, Jean Dupont, sera présent au salon.",
    ],
  },
  {
    id: 'author-bio/fr/nom-est-journaliste',
    kind: 'author-bio',
    lang: 'fr',
    patterns: [
      bio(/est (?:(?:un|une|le|la) |l['’])?(?:[\p{L}'’-]{1,25} ){0,2}(?:journaliste|rédacteur|rédactrice|reporter|reporteur|correspondante?|chroniqueur|chroniqueuse|éditorialiste|pigiste)s?/u),
    ],
    examples: [
      'Mathis Ferrut est journaliste télé, people et télé-réalité.',
      'Claire Dubois est rédactrice en chef adjointe de la rubrique Économie.',
      'Jean-Pierre Martin est grand reporter au service Monde.',
      'Sophie Le Gall est une journaliste spécialisée dans la tech.',
    ],
    counterExamples: [
      'Emmanuel Macron est un président qui divise.',
      'Le journaliste est arrivé sur place vers midi.',
      'Florence Aubenas, journaliste au Monde, a témoigné.',
    ],
  },
  {
    id: 'author-bio/fr/journaliste-au-service',
    kind: 'author-bio',
    lang: 'fr',
    patterns: [
      startsWith(/(?:Journaliste|JOURNALISTE|Rédacteur|Rédactrice|RÉDACTEUR|RÉDACTRICE|Reporter|Grand reporter|Correspondante?|Chroniqueur|Chroniqueuse|Pigiste)(?: (?:indépendante?|pigiste|politique|économique|sportif|sportive|culturel(?:le)?|scientifique|web|multimédia|senior|freelance|en chef(?: adjointe?)?|télé|tech|santé|société))? (?:au service|à la rédaction|au sein|au pôle|spécialisée?|depuis|chez|pour|à|au|aux|en charge|chargée?|passionnée?)/u),
    ],
    examples: [
      "Journaliste au service politique depuis 2015, Claire couvre l'Élysée.",
      'Journaliste spécialisée dans les nouvelles technologies.',
      'Rédactrice en chef adjointe chez Example Média.',
      'Correspondant à Washington depuis 2019.',
      'Reporter pour la rubrique Sport.',
    ],
    counterExamples: [
      'Journalistes et photographes ont été évacués de la zone.',
      'Journaliste et militante, elle a été arrêtée lundi à Téhéran.',
      'Le correspondant à Washington a été expulsé.',
    ],
  },
  {
    id: 'author-bio/fr/passionne-depuis',
    kind: 'author-bio',
    lang: 'fr',
    patterns: [startsWith(/[Pp]assionn[ée]e?s? (?:par|de|d['’]) ?[^.!?]{1,80}? depuis/u)],
    examples: [
      'Passionné par le monde des médias depuis son plus jeune âge, la télévision n’a aucun secret pour lui.',
      "Passionnée de cinéma depuis l'enfance, elle rejoint la rédaction en 2018.",
    ],
    counterExamples: [
      'Passionnés par le projet, les habitants ont voté pour.',
      'Passionné de football, le président a assisté au match.',
    ],
  },
];
