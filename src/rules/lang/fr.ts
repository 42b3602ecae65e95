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
  {
    id: 'promo-link/fr/retrouvez-nos-articles',
    kind: 'promo-link',
    lang: 'fr',
    patterns: [
      startsWith(/retrouvez (?:aussi |[ée]galement |ici )?(?:tous nos|toutes nos|notre|nos|toute l['’]actu(?:alit[ée])?|l['’]actu(?:alit[ée])?|l['’]int[ée]gralit[ée] de (?:nos|notre))|(?:re)?lisez (?:aussi|[ée]galement|notre|nos)|[àa] relire|[àa] (?:r[ée])?[ée]couter (?:aussi|[ée]galement)|[àa] voir (?:aussi|[ée]galement)/iu),
    ],
    examples: [
      'Retrouvez tous nos articles sur la réforme des retraites',
      "Retrouvez toute l'actualité de Nantes sur notre site",
      'Retrouvez notre dossier : la guerre en Ukraine',
      'Lisez aussi : La Suisse interdit le chlorothalonil',
      'À relire : notre entretien avec la ministre',
      'À voir aussi : le reportage de nos équipes',
    ],
    counterExamples: [
      'Retrouvez-les sur le marché de Noël dès samedi.',
      'Retrouvez la liste des communes concernées ci-dessous.',
      'Lisez-le avant de signer, conseille le notaire.',
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
  {
    id: 'trailing-heading/fr/recommandations',
    kind: 'trailing-heading',
    lang: 'fr',
    patterns: [
      whole(/(?:nos |les )?recommandations(?: pour vous| de la r[ée]daction)?|(?:recommand[ée]|s[ée]lectionn[ée])e?s? par (?:la r[ée]daction|nos soins)|vous (?:aimerez|aimeriez|pourriez aimer) (?:peut-[êe]tre )?(?:aussi|[ée]galement)|vous pourriez (?:aussi |[ée]galement )?(?:[êe]tre int[ée]ress[ée]e?s? par|aimer)|(?:ailleurs |autour de nous )?sur le web|(?:les )?contenus? (?:sponsoris[ée]s|partenaires?|recommand[ée]s)|(?:les |nos )?(?:autres|nouveaux) (?:articles|actus|contenus|sujets|dossiers)(?: (?:de|du|sur) [^:?!;,]{1,40})?|(?:toute l['’]|l['’])actu(?:alit[ée])?(?: en (?:continu|direct)| (?:de|du|des|en) [^:?!;,]{1,40})?|actualit[ée]s|(?:les |nos )?articles r[ée]cents|(?:les )?(?:articles? |derniers articles? )?(?:du|de la) m[êe]me (?:auteure?|autrice|rubrique|cat[ée]gorie|th[ée]matique|journaliste)|(?:les )?\+ (?:lus|partag[ée]s|comment[ée]s)|(?:l['’]article )?le plus lu|(?:les |nos )?incontournables|en ce moment|(?:[àa] lire|lire aussi|[àa] d[ée]couvrir) (?:[ée]galement |aussi )?sur (?:le m[êe]me sujet|ce th[èe]me|ces (?:sujets|th[èe]mes)|les m[êe]mes th[èe]mes)|sur les m[êe]mes (?:th[èe]mes|sujets)|th[èe]mes (?:associ[ée]s|li[ée]s)|(?:l['’]info|les infos?) en continu|(?:nos |les )?derni[èe]res (?:vid[ée]os|publications|parutions)|(?:les )?vid[ée]os (?:du moment|les plus vues|recommand[ée]es|[àa] (?:voir|ne pas manquer))/iu),
    ],
    examples: [
      'Vous aimerez peut-être aussi',
      'Vous pourriez être intéressé par',
      'Sur le web',
      'Contenus sponsorisés',
      'Les autres articles de la rubrique Sport',
      "Toute l'actu en continu",
      'Actualités',
      'Du même auteur',
      'Les + lus',
      'En ce moment',
      'Lire aussi sur ces sujets',
      'Nos recommandations',
    ],
    counterExamples: [
      'Vous aimerez aussi ce nouveau restaurant du port',
      'Actualités locales : la mairie ferme la piscine',
      'Recommandations du Haut Conseil de la santé publique',
      'Sur le web, la rumeur enfle depuis lundi',
      'En ce moment, les prix baissent',
    ],
  },

  {
    id: 'trailing-heading/fr/contact-presse',
    kind: 'trailing-heading',
    lang: 'fr',
    // A press release's contact box after the text: a heading, then a name, a phone, an address.
    patterns: [whole(/contacts? (?:presse|médias?)|contacts?|service de presse|pour (?:tout|plus d['’])(?: renseignement| information)s?,? (?:contactez|contacter)/iu)],
    examples: ['Contact presse :', 'Contact', 'Contacts médias'],
    counterExamples: ['Contact a été pris avec la famille.', 'Contacts rompus entre les deux pays depuis mai.'],
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
  {
    id: 'share/fr/outils',
    kind: 'share',
    lang: 'fr',
    patterns: [
      whole(/a ?[-−–] ?a ?\+|a ?[-−–+]|[-−–+] ?a|a a a|aa|taille (?:du )?(?:texte|police|caract[èe]res?)|(?:agrandir|r[ée]duire|augmenter|diminuer) (?:la taille du |la taille des |le |les )?(?:texte|police|caract[èe]res)|[ée]couter(?: (?:cet |l['’])article| la version audio)?|version audio|(?:lire|[ée]couter) plus tard|(?:ajouter|enregistrer) (?:[àa]|dans) (?:mes|vos) (?:favoris|articles|s[ée]lections|listes?|sujets)|(?:mettre|ajouter) en favoris?|favoris|offrir(?: (?:cet |l['’])article)?|version imprimable|envoyer (?:par|via) (?:sms|whats ?app)|suivre(?: (?:ce|cette|le|la) (?:th[èe]me|sujet|rubrique|auteure?|autrice|journaliste|th[ée]matique))?|plus d['’]options/iu),
    ],
    examples: ['A- A+', 'A+', 'A-', 'Taille du texte', "Écouter l'article", 'Écouter', 'Lire plus tard', 'Ajouter à mes favoris', "Offrir l'article", 'Suivre ce thème', 'Version imprimable'],
    counterExamples: [
      "Écouter les habitants, c'est la priorité du maire.",
      'Offrir un livre à Noël reste une valeur sûre.',
      'Suivre le Tour de France en direct',
      'A plus tard, a-t-il lancé.',
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
  {
    id: 'newsletter/fr/pitch',
    kind: 'newsletter',
    lang: 'fr',
    patterns: [
      opening(/(?:(?:chaque|tous les) (?:matin|soir|midi|jour|semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?(?: [^.!?,]{1,20})?,? )?recevez (?:gratuitement |directement |chaque (?:matin|soir|jour|semaine) |tous les (?:matins|soirs|jours) ){0,3}(?:l['’]essentiel|le meilleur|le r[ée]sum[ée]|un r[ée]sum[ée]|toute l['’]actu(?:alit[ée])?|l['’]actu(?:alit[ée])?|les (?:informations|infos|actualit[ée]s|nouvelles) (?:essentielles|importantes|du jour|de la journ[ée]e|[àa] ne pas manquer)|notre s[ée]lection|nos (?:meilleurs|derniers) (?:articles|contenus)|les meilleures (?:promos|offres))/iu),
      opening(/(?:chaque|tous les) (?:matins?|soirs?|midis?|jours?|semaines?)[^.!?,]{0,20},? (?:l['’]essentiel de l['’]actu|les informations essentielles|le meilleur de l['’]actu|toute l['’]actu|le r[ée]sum[ée] de l['’]actu|les infos? (?:essentielles|[àa] ne pas manquer))/iu),
      opening(/ne (?:manquez|ratez) (?:plus )?rien de (?:l['’]actu(?:alit[ée])?|toute l['’]actu|nos (?:articles|contenus|enqu[êe]tes|infos))/iu),
      opening(/(?:(?:d[ée]couvrez|voir|consultez|g[ée]rez|retrouvez) (?:toutes )?(?:nos|les)|toutes nos) (?:autres )?(?:newsletters|lettres d['’]information|infolettres)/iu),
      opening(/(?:(?:votre |l['’])?adresse (?:e-?mail|mail|[ée]lectronique|courriel)|votre (?:e-?mail|courriel)|je m['’]inscris)(?: ?\*)?$/iu),
      opening(/(?:la |notre |nos )?newsletters? [\p{L}\p{N}'’&-]{1,20}(?: [\p{L}\p{N}'’&-]{1,20}){0,3}$/iu),
    ],
    examples: [
      "Chaque matin à 7 h, recevez gratuitement l'essentiel de l'actualité de votre département.",
      "Recevez gratuitement le meilleur de l'actualité",
      'Chaque soir à 18 h, les informations essentielles de la journée',
      "Ne manquez rien de l'actualité de votre région",
      'Découvrez toutes nos newsletters',
      'Votre adresse e-mail',
      'Adresse e-mail *',
      "Je m'inscris",
      'Newsletter Anjou Matin',
      'Newsletter bons plans',
    ],
    counterExamples: [
      'Recevez-vous des aides de la CAF ? Voici comment vérifier.',
      'Chaque matin, les habitants reçoivent leur baguette au comptoir.',
      'Ne manquez rien de ce spectacle étonnant qui tourne en Bretagne.',
      'Newsletters et podcasts ont désormais la cote chez les jeunes lecteurs.',
      "Le club de lecture compte désormais 200 inscrits, s'est félicitée la présidente.",
    ],
  },
  {
    id: 'newsletter/fr/desinscription',
    kind: 'newsletter',
    lang: 'fr',
    patterns: [
      opening(/vous (?:pouvez|pourrez) (?:[àa] tout moment )?vous (?:d[ée]sinscrire|d[ée]sabonner)(?: [àa] tout moment)?(?: ?[.!]|$| (?:gr[âa]ce (?:au|[àa])|via|en cliquant|depuis|[àa] l['’]aide|par le biais|en un clic|dans chaque|de nos|de cette|de la newsletter|de notre))/iu),
      opening(/(?:d[ée]sinscription|d[ée]sabonnement) (?:possible |gratuite |facile )?(?:[àa] tout moment|en un clic)/iu),
      opening(/en (?:vous inscrivant|vous abonnant|cliquant sur (?:[«"“] ?)?(?:je m['’]inscris|s['’]inscrire|m['’]inscrire|valider|je valide|inscription|envoyer|ok)(?: ?[»"”])?),? vous (?:acceptez|reconnaissez|consentez|confirmez|d[ée]clarez)/iu),
      opening(/vos (?:donn[ée]es|informations)(?: personnelles)? (?:sont|seront|font l['’]objet d['’]un) (?:trait[ée]es|collect[ée]es|utilis[ée]es|conserv[ée]es|traitement)[^.!?]{0,120}?(?:politique de confidentialit[ée]|charte (?:de confidentialit[ée]|des donn[ée]es|de protection)|rgpd|protection des donn[ée]es|newsletter|envoi)/iu),
      opening(/merci (?:pour|de) votre inscription|votre inscription (?:a bien [ée]t[ée]|est) (?:prise en compte|confirm[ée]e|enregistr[ée]e|valid[ée]e)/iu),
    ],
    examples: [
      'Vous pouvez vous désinscrire à tout moment',
      'Vous pouvez vous désinscrire à tout moment grâce au lien présent dans chaque envoi.',
      'Vous pourrez vous désinscrire à tout moment via le lien de désinscription présent dans chaque newsletter.',
      'Désinscription possible à tout moment.',
      "En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de confidentialité.",
      "En cliquant sur « Je m'inscris », vous acceptez de recevoir nos offres.",
      'Vos données sont traitées conformément à notre politique de confidentialité.',
      'Merci pour votre inscription !',
      'Votre inscription a bien été prise en compte.',
    ],
    counterExamples: [
      "Vous pouvez vous désinscrire des listes électorales en mairie jusqu'au 6 février.",
      'Vos données de santé sont-elles bien protégées ? La CNIL enquête.',
      'En vous inscrivant sur les listes électorales, vous pourrez voter en mars.',
      'Vous pouvez vous désabonner à tout moment de votre forfait, rappelle l’UFC.',
    ],
  },

  {
    id: 'newsletter/fr/devenez-membre',
    kind: 'newsletter',
    lang: 'fr',
    // A membership pitch: "Devenez membre et profitez d'offres exclusives !"
    patterns: [opening(/(?:devenez|deviens) (?:membre|abonnée?)(?: (?:de|du|d['’]) ?[^.!?]{1,30})? (?:et|pour) (?:profitez|profite|profiter|bénéficiez|bénéficie|bénéficier|recevez|reçois|recevoir|accédez|accède|accéder)/iu)],
    examples: ["Devenez membre et profitez d'offres exclusives !", 'Devenez abonné pour accéder à tous nos articles.'],
    counterExamples: ['Il est devenu membre du club en 2010 et a reçu une médaille.', 'Devenez membre, lui avait dit son père, mais il a refusé.'],
  },

  // ── paywall ──
  {
    id: 'paywall/fr/reserve-aux-abonnes',
    kind: 'paywall',
    lang: 'fr',
    patterns: [
      opening(/(?:(?:cet |l['’]|un )?article|(?:ce |le )?contenu|(?:la )?suite(?: de (?:cet |l['’])article)?|la lecture (?:de (?:cet |l['’])article|des articles|de la suite)|l['’]acc[èe]s (?:[àa] (?:cet |l['’])article|[àa] ce contenu|complet|[àa] la suite))(?: (?:est|vous est))?(?: (?:exclusivement|uniquement|enti[èe]rement))? r[ée]serv[ée]e?s? (?:aux|[àa] nos) (?:abonn[ée]s|membres|inscrits|lecteurs abonn[ée]s)/iu),
      opening(/r[ée]serv[ée]e?s? (?:aux|[àa] nos) abonn[ée]s(?= ?[.!:|–—-]|$)|(?:article |contenu )?(?:exclusi(?:f|vit[ée])|premium) abonn[ée]s$|(?:article|contenu) (?:premium|abonn[ée]s?)$/iu),
      opening(/il vous reste (?:encore )?\d{1,3} ?%/iu),
      opening(/vous (?:avez (?:atteint|consult[ée]|lu|d[ée]pass[ée])|[êe]tes arriv[ée]e? au bout de)[^.!?]{0,40}?(?:articles? (?:gratuits?|offerts?)|limite (?:d['’]articles|de lecture|mensuelle))/iu),
      opening(/vous (?:lisez|consultez) d[ée]j[àa] (?:cet article|ce contenu|un article) sur un autre (?:appareil|[ée]cran|support|navigateur)/iu),
    ],
    examples: [
      'Cet article est réservé aux abonnés. Il vous reste 70 % à découvrir.',
      'Article réservé aux abonnés',
      'Réservé aux abonnés',
      'La suite est réservée aux abonnés.',
      'La lecture des articles est réservée aux abonnés.',
      'Cet article est réservé à nos abonnés',
      'Il vous reste 75 % de cet article à lire. La suite est réservée aux abonnés.',
      "Vous avez atteint la limite d'articles gratuits",
      'Vous avez lu vos 3 articles gratuits ce mois-ci',
      'Vous lisez déjà cet article sur un autre appareil.',
      'Exclusif abonnés',
    ],
    counterExamples: [
      'Les abonnés TER pourront se faire rembourser leur mois d’octobre.',
      "L'article 49.3 est réservé aux textes budgétaires depuis 2008.",
      'Réservé aux abonnés du réseau, ce parking coûte 20 euros par mois.',
      'Le club compte 1 200 abonnés pour la saison.',
      'Il vous reste deux jours pour déclarer vos revenus.',
    ],
  },
  {
    id: 'paywall/fr/abonnez-vous-pour-lire',
    kind: 'paywall',
    lang: 'fr',
    patterns: [
      opening(/(?:abonnez-vous|je m['’]abonne|s['’]abonner)(?: (?:d[èe]s maintenant|maintenant|vite|gratuitement))?(?: [àa] [^.!?]{1,30}?)? pour (?:lire|continuer|acc[ée]der|d[ée]bloquer|poursuivre|d[ée]couvrir|profiter|consulter)/iu),
      opening(/(?:connectez-vous|identifiez-vous|inscrivez-vous|cr[ée]ez (?:votre|un) compte)(?: gratuitement)? pour (?:lire|continuer [àa] lire|poursuivre (?:votre|la) lecture|d[ée]bloquer|acc[ée]der [àa] (?:la suite|l['’]article|cet article|l['’]int[ée]gralit[ée]|tous nos|ce contenu))/iu),
      opening(/envie de (?:lire la suite|continuer [àa] lire|poursuivre (?:la|votre) lecture|d[ée]couvrir la suite)/iu),
      opening(/pour (?:lire|consulter|d[ée]couvrir|acc[ée]der [àa]) (?:la suite|cet article|l['’]article|ce contenu|l['’]int[ée]gralit[ée](?: de (?:cet |l['’])article)?)(?: de (?:cet |l['’])article| (?:en|dans son) int[ée]gralit[ée])?(?: ?[.!…]?$| ?[,:]? ?(?:abonnez|connectez|identifiez|inscrivez|cr[ée]ez|rejoignez|profitez|je m['’]abonne|choisissez|d[ée]couvrez nos offres|vous devez (?:[êe]tre abonn|vous (?:abonner|connecter|identifier|inscrire)))| et (?:acc[ée]der|profiter|d[ée]bloquer|b[ée]n[ée]ficier) )/iu),
      opening(/(?:je m['’]abonne|s['’]abonner|abonnez-vous)(?: (?:maintenant|d[èe]s maintenant|d[èe]s aujourd['’]hui|pour \d[^.!?]{0,30}|[àa] partir de [^.!?]{1,30}|gratuitement))?[.!]?$/iu),
      opening(/(?:acc[ée]dez|acc[èe]s illimit[ée]) (?:en illimit[ée] |sans limite )?[àa] (?:tous nos (?:articles|contenus)|toutes nos (?:infos|informations|enqu[êe]tes)|l['’]int[ée]gralit[ée] (?:de nos|des) (?:articles|contenus)|tout le site|tous les (?:articles|contenus) (?:du site|abonn[ée]s|premium))/iu),
      opening(/(?:profitez de (?:notre|cette|l['’]) ?offre|offre (?:sp[ée]ciale|d[ée]couverte|de bienvenue|exceptionnelle|limit[ée]e|d['’]essai|num[ée]rique|premium|abonn[ée]s?))(?: ?[:!–—-]| \d| sans engagement|$)/iu),
    ],
    examples: [
      'Abonnez-vous pour lire la suite',
      "Connectez-vous pour accéder à la suite de l'article",
      'Envie de lire la suite ?',
      'Pour lire la suite',
      "Pour lire la suite de cet article, abonnez-vous.",
      'Pour lire cet article en intégralité, connectez-vous',
      'Pour lire la suite et accéder gratuitement à 3 articles par mois, créez votre compte',
      "Je m'abonne",
      "S'abonner",
      'Accédez à tous nos contenus en illimité',
      'Accès illimité à tous nos articles',
      'Profitez de notre offre : 1 € le premier mois, sans engagement.',
    ],
    counterExamples: [
      "Pour équilibrer les comptes, la mairie mise sur un système d'abonnement.",
      "Pour lire la suite de ses aventures, il faudra attendre 2026.",
      'Pour lire la suite, il faudra attendre le deuxième tome.',
      "S'abonner à Netflix coûte désormais 13,49 euros par mois.",
      'Connectez-vous pour accéder à votre espace sur impots.gouv.fr, puis cliquez sur Déclarer.',
      "Profitez de l'été pour découvrir les sentiers du Vercors.",
    ],
  },
  {
    id: 'paywall/fr/deja-abonne',
    kind: 'paywall',
    lang: 'fr',
    patterns: [
      opening(/(?:vous [êe]tes )?d[ée]j[àa] (?:abonn[ée]e?|client(?:e)?|inscrite?|membre)s?(?: ?[?!]| ?[,.:] ?(?:connectez|identifiez|se connecter|je me connecte|s['’]identifier|connexion)| (?:connectez|identifiez|se connecter|je me connecte|s['’]identifier|connexion)|$)/iu),
      opening(/(?:(?:ou )?(?:si )?vous avez d[ée]j[àa] un (?:compte|abonnement)|d[ée]j[àa] un compte)(?: ?[?!]| ?[,.:]? ?(?:connectez|identifiez|se connecter|je me connecte|connexion)|$)|(?:cr[ée]er|cr[ée]ez) (?:un|votre) compte(?: gratuit(?:ement)?)?$/iu),
    ],
    examples: [
      'Déjà abonné ?',
      'Déjà abonné ? Connectez-vous',
      'Déjà abonné ? Se connecter',
      'Déjà abonné ? Je me connecte',
      'Vous êtes déjà abonné ? Identifiez-vous',
      'Déjà abonnée, connectez-vous',
      'Vous avez déjà un compte ? Connectez-vous',
      'Ou si vous avez déjà un compte, connectez-vous ici',
    ],
    counterExamples: [
      'Déjà abonnée au magazine depuis 1998, elle a résilié en mars.',
      'Déjà client de la banque, il a obtenu un prêt à taux zéro.',
      'Déjà membre du gouvernement en 2017, il revient à Bercy.',
    ],
  },

  // ── consent ──
  {
    id: 'consent/fr/cookies',
    kind: 'consent',
    lang: 'fr',
    patterns: [
      opening(/(?:avec votre (?:accord|consentement|autorisation),? )?(?:nous|nos partenaires et nous|avec nos partenaires,? nous|nous et nos(?: \d{1,4})? partenaires|ce site(?: web| internet)?|notre site(?: web| internet)?|[\p{L}'’. -]{1,40}? et (?:ses|nos) (?:\d{1,4} )?partenaires) (?:utilis(?:ons|e|ent)|d[ée]pos(?:ons|e|ent)|stock(?:ons|e|ent)|acc[ée]d(?:ons|e|ent)|recour(?:ons|t|ent) [àa]|faisons usage|fait usage) [^.!?]{0,60}?(?:cookies|traceurs|technologies similaires)/iu),
      opening(/en (?:poursuivant|continuant) (?:votre navigation|[àa] naviguer|sur ce site)[^.!?]{0,60}?(?:cookies|traceurs|acceptez|consentez)/iu),
      opening(/en cliquant sur (?:[«"“] ?)?(?:j['’]accepte|accepter|tout accepter|autoriser|ok|continuer sans accepter|tout refuser)/iu),
    ],
    examples: [
      'Nous utilisons des cookies pour vous offrir la meilleure expérience possible.',
      'Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles.',
      'Avec nos partenaires, nous utilisons des cookies et des technologies similaires pour stocker et accéder à des informations sur votre terminal.',
      'Le Monde et ses partenaires utilisent des cookies pour mesurer leur audience.',
      'Ce site utilise des cookies.',
      "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies.",
      "En cliquant sur « J'accepte », les cookies et autres traceurs seront déposés et vous pourrez visualiser les contenus.",
    ],
    counterExamples: [
      'La boulangerie vend aussi des cookies et des macarons.',
      'Le site utilisait des cookies sans consentement, a relevé la CNIL.',
      'Nous utilisons des produits locaux pour nos gâteaux, explique la boulangère.',
    ],
  },
  {
    id: 'consent/fr/mur-cookies',
    kind: 'consent',
    lang: 'fr',
    patterns: [
      opening(/vous (?:pouvez|pourrez) (?:[àa] tout moment )?(?:accepter|refuser|modifier|retirer|param[ée]trer|g[ée]rer|revenir sur)(?: ou (?:refuser|accepter|param[ée]trer))?,? (?:ces traitements|ces cookies|les cookies|vos choix|votre consentement|vos pr[ée]f[ée]rences|l['’]ensemble des cookies|le d[ée]p[ôo]t)/iu),
      opening(/ces (?:donn[ée]es|informations|cookies|traceurs|technologies) (?:nous )?permettent (?:notamment )?(?:de |d['’])[^.!?]{0,80}?(?:audience|publicit[ée]s?|contenus? personnalis[ée]s|annonces personnalis[ée]es|exp[ée]rience de navigation|ciblage)/iu),
      opening(/pour en savoir plus[^.!?]{0,100}?,? (?:consultez|lisez|voir|rendez-vous sur|cliquez sur) (?:notre|nos|la page) (?:politique|charte|page|param[èe]tres|gestion) (?:de confidentialit[ée]|cookies|des cookies|de gestion des cookies|vie priv[ée]e|donn[ée]es personnelles)/iu),
      opening(/pour (?:continuer [àa] )?vous (?:proposer|offrir|fournir|garantir) (?:gratuitement )?(?:une information|des (?:contenus|informations|articles|services)|un contenu|nos (?:contenus|articles|services)|un journalisme|l['’]acc[èe]s)[^.!?]{0,140}?(?:publicit[ée]|cookies|partenaires|traceurs|consentement)/iu),
      opening(/(?:le )?respect de votre vie priv[ée]e|votre vie priv[ée]e (?:est|nous) |(?:gestion|param[èe]tres|pr[ée]f[ée]rences|param[ée]trage) (?:des |de vos |de )?(?:cookies|consentement|confidentialit[ée])$|(?:nous )?(?:respectons|prot[ée]geons) votre vie priv[ée]e/iu),
    ],
    examples: [
      'Vous pouvez accepter ces traitements, les refuser ou paramétrer vos choix finalité par finalité.',
      "Ces données nous permettent de mesurer l'audience de notre site, de vous afficher des publicités et des contenus personnalisés.",
      'Pour en savoir plus sur la manière dont nous traitons vos données et sur vos droits, consultez notre politique de confidentialité et notre politique cookies.',
      'Le respect de votre vie privée est notre priorité',
      "Pour continuer à vous proposer gratuitement une information locale de qualité, La Dépêche s'appuie sur les revenus de la publicité.",
      'Gestion des cookies',
    ],
    counterExamples: [
      "Ces données nous permettent de mesurer l'évolution de l'épidémie dans le département.",
      "Pour en savoir plus sur vos droits, consultez le site du ministère.",
      'Le respect des délais est une priorité pour le chantier.',
      'Vous pouvez accepter ou refuser la proposition de la mairie jusqu’au 30 juin.',
    ],
  },
  {
    id: 'consent/fr/contenu-bloque',
    kind: 'consent',
    lang: 'fr',
    patterns: [
      opening(/ce (?:contenu|module|[ée]l[ée]ment|lecteur) (?:est|a [ée]t[ée]) (?:bloqu[ée]|masqu[ée]|d[ée]sactiv[ée])|ce (?:contenu|module|[ée]l[ée]ment) n['’]est pas (?:disponible|affich[ée]|accessible|visible)[^.!?]{0,60}?(?:cookies|consentement|pr[ée]f[ée]rences|traceurs|param[èe]tres|choix)/iu),
      opening(/ce contenu est (?:fourni|h[ée]berg[ée]|propos[ée]) par [^.!?]{1,40}?[.!] ?(?:pour (?:pouvoir )?(?:le|la) (?:visualiser|voir|afficher|consulter|lire)|(?:vous devez|il faut|veuillez) (?:accepter|autoriser)|en (?:l['’])?acceptant|il (?:peut|pourrait) (?:d[ée]poser|utiliser))/iu),
      opening(/pour (?:pouvoir )?(?:afficher|voir|visualiser|lire|acc[ée]der [àa]|consulter|regarder|[ée]couter) (?:ce|cette|le|la) (?:contenu|vid[ée]o|publication|tweet|post|[ée]l[ée]ment|module|carte|infographie|podcast|sondage)[^.!?]{0,60}?(?:accepter|autoriser|activer|consentir|modifier vos (?:pr[ée]f[ée]rences|choix|param[èe]tres)|param[ée]trer)/iu),
      opening(/vous avez (?:refus[ée]|d[ée]sactiv[ée]|bloqu[ée]) (?:les |le d[ée]p[ôo]t (?:de |des )?)?(?:cookies|traceurs)/iu),
      opening(/(?:contenu (?:externe|tiers|bloqu[ée])|contenu indisponible)$/iu),
    ],
    examples: [
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.",
      "Ce contenu n'est pas disponible en raison de vos préférences de cookies.",
      "Ce contenu est fourni par Facebook. Pour pouvoir le visualiser, vous devez accepter l'usage étant opéré par Facebook avec vos données.",
      'Pour afficher ce contenu, vous devez accepter les cookies.',
      'Pour voir cette vidéo, veuillez autoriser les cookies de YouTube.',
      'Vous avez refusé les cookies de ce service : modifiez vos préférences pour afficher ce contenu.',
      'Contenu externe',
    ],
    counterExamples: [
      "Ce contenu n'est pas disponible dans les bibliothèques du département.",
      "Ce contenu est fourni par l'AFP.",
      'Pour voir cette exposition, il faut réserver sa place en ligne.',
      'Vous avez refusé les propositions du syndicat, a regretté le maire.',
    ],
  },
  {
    id: 'consent/fr/boutons',
    kind: 'consent',
    lang: 'fr',
    patterns: [
      opening(/(?:j['’]accepte|tout accepter|accepter(?: (?:et (?:fermer|continuer)|tout|les cookies|tous les cookies))?|tout refuser|refuser(?: (?:tout|et (?:s['’]abonner|fermer|continuer)))?|continuer sans accepter|param[ée]trer(?: (?:les cookies|mes choix|vos choix))?|g[ée]rer (?:mes|vos|les) (?:choix|pr[ée]f[ée]rences|cookies|param[èe]tres)|personnaliser(?: mes choix)?|autoriser(?: les cookies)?)(?: ?[|·/]? ?(?:j['’]accepte|tout accepter|accepter(?: (?:et (?:fermer|continuer)|tout|les cookies))?|tout refuser|refuser(?: (?:tout|et (?:s['’]abonner|fermer|continuer)))?|continuer sans accepter|param[ée]trer(?: (?:les cookies|mes choix|vos choix))?|g[ée]rer (?:mes|vos|les) (?:choix|pr[ée]f[ée]rences|cookies|param[èe]tres)|personnaliser(?: mes choix)?)){0,3}$/iu),
    ],
    examples: ["J'accepte", 'Tout accepter', 'Accepter et fermer', 'Continuer sans accepter', "Refuser et s'abonner", 'Gérer mes choix', "J'accepte Gérer mes choix", 'Accepter et continuer Refuser et s’abonner Paramétrer mes choix'],
    counterExamples: ['Le maire a accepté de recevoir les commerçants lundi.', "J'accepte la défaite, a déclaré le candidat.", 'Refuser et partir, le dilemme des locataires'],
  },

  // ── feedback ──
  {
    id: 'feedback/fr/article-utile',
    kind: 'feedback',
    lang: 'fr',
    patterns: [
      opening(/(?:cet article|ce contenu|cette (?:page|information|r[ée]ponse|fiche|vid[ée]o)) vous a(?:-t-(?:il|elle))? (?:[ée]t[ée] utile|plu|int[ée]ress[ée]e?|aid[ée]e?)/iu),
      opening(/avez-vous trouv[ée] (?:cet article|ce contenu|cette (?:page|information|r[ée]ponse)) (?:utile|int[ée]ressant|pertinent)e?/iu),
      opening(/qu['’]avez-vous pens[ée] de (?:cet article|ce contenu|cette (?:page|information|lecture|vid[ée]o))/iu),
      opening(/votre avis nous (?:int[ée]resse|importe|est pr[ée]cieux)|(?:notez|[ée]valuez|votez pour|jugez) (?:cet article|ce contenu|cette page)|donnez(?:-nous)? votre avis(?: sur (?:cet article|ce contenu|cette page))?(?: ?[!.:]|$)/iu),
    ],
    examples: [
      'Cet article vous a-t-il été utile ?',
      'Cet article vous a plu ?',
      'Cette information vous a-t-elle été utile ?',
      'Avez-vous trouvé cet article intéressant ?',
      "Qu'avez-vous pensé de cet article ?",
      'Votre avis nous intéresse',
      'Notez cet article',
      'Donnez votre avis',
    ],
    counterExamples: [
      'Les parents ont jugé le dispositif utile, selon un sondage de la mairie.',
      "Cet article de loi a été voté à l'unanimité.",
      'Donnez votre avis sur le projet de PLU avant le 3 mars en mairie.',
      "La commune a demandé l'avis des habitants lors d'une réunion publique.",
    ],
  },
  {
    id: 'feedback/fr/merci-signaler',
    kind: 'feedback',
    lang: 'fr',
    patterns: [
      opening(/merci (?:pour|de) votre (?:avis|retour|vote|r[ée]ponse|participation|contribution|signalement|note|[ée]valuation)(?: ?[!.]|$)/iu),
      opening(/signal(?:er|ez)(?:-nous)? (?:une|l['’]) ?(?:erreur|faute|coquille)(?: (?:dans|sur) (?:cet |l['’])article)?(?: ?[!.]|$)|(?:une|vous avez (?:rep[ée]r[ée]|trouv[ée]|remarqu[ée]|constat[ée]|vu) une) (?:erreur|faute|coquille)(?: dans (?:cet |l['’])article)? ?\?/iu),
    ],
    examples: ['Merci pour votre avis !', 'Merci pour votre retour', 'Merci de votre vote.', 'Signaler une erreur', 'Signalez une erreur dans cet article', 'Une erreur ? Signalez-la-nous', 'Vous avez repéré une erreur ?'],
    counterExamples: [
      'Merci pour votre accueil, a lancé le président aux habitants.',
      'Signaler une erreur de facturation à son fournisseur prend quelques minutes.',
      "Une erreur d'arbitrage a coûté le match aux Verts.",
    ],
  },

  // ── follow-us ──
  {
    id: 'follow-us/fr/suivez-nous',
    kind: 'follow-us',
    lang: 'fr',
    patterns: [
      opening(/(?:suivez|retrouvez|rejoignez|likez)-nous (?:aussi |[ée]galement |d[èe]s maintenant |vite |partout )?(?:sur|via|dans) (?:les r[ée]seaux(?: sociaux)?|nos r[ée]seaux|notre (?:page|compte|cha[îi]ne|communaut[ée])|facebook|x\b|twitter|instagram|whats ?app|tiktok|linkedin|youtube|threads|bluesky|telegram|snapchat|google (?:news|actualit[ée]s)|twitch|mastodon|flipboard|pinterest|dailymotion)/iu),
      opening(/(?:rejoignez|suivez|abonnez-vous [àa]|d[ée]couvrez|retrouvez) (?:notre|la|nos) (?:nouvelle |nouvelles )?(?:cha[îi]nes?|communaut[ée]|canal|compte|page|groupe)(?: officiel(?:le)?)? (?:(?:whats ?app|youtube|telegram|instagram|facebook|tiktok|linkedin|twitch)\b|x\b|de [^.!?]{1,30}? (?:sur|on) (?:whats ?app|youtube|telegram|instagram|tiktok|facebook))/iu),
      opening(/(?:suivez|ajoutez|retrouvez|abonnez-vous [àa]) [^.!?]{1,40}? (?:sur|[àa] vos sources|dans|via) google (?:actualit[ée]s|news|discover)/iu),
      opening(/t[ée]l[ée]charge[zr] (?:gratuitement |vite |d[èe]s maintenant )?(?:notre|nos) (?:nouvelle |nouvelles )?(?:appli(?:cation)?s?|app)(?!\p{L})|t[ée]l[ée]chargez l['’](?:appli(?:cation)?|app) (?:mobile )?(?:de |du |d['’])?[^.!?]{0,30}? (?:pour ne rien (?:manquer|rater)|et recevez|et retrouvez|gratuitement)/iu),
      opening(/activez (?:les|nos) (?:notifications|alertes)(?: (?:de [^.!?]{1,30}?|push))?(?: pour (?:ne rien (?:manquer|rater)|recevoir|[êe]tre (?:inform|alert|averti))|[.!]?$)|recevez (?:nos|les) alertes (?:info|infos|actu|en temps r[ée]el)|recevez (?:toute l['’]actualit[ée]|l['’]actu(?:alit[ée])?|les infos?) (?:de [^.!?]{1,30}? )?(?:sur|via|dans) (?:whats ?app|telegram|votre (?:t[ée]l[ée]phone|smartphone|mobile))/iu),
    ],
    examples: [
      'Suivez-nous sur Facebook, X et Instagram',
      'Suivez-nous sur les réseaux sociaux',
      'Retrouvez-nous sur Instagram',
      'Rejoignez notre chaîne WhatsApp pour recevoir l’actualité de votre commune.',
      'Abonnez-vous à notre chaîne YouTube',
      'Suivez Le Réveil sur Google Actualités',
      'Ajoutez Ouest Info à vos sources Google Actualités',
      'Téléchargez notre application',
      'Activez les notifications pour ne rien manquer',
      'Recevez nos alertes info',
      "Recevez toute l'actualité de Lyon sur WhatsApp",
    ],
    counterExamples: [
      'La gendarmerie a publié la vidéo sur Facebook et Instagram dimanche.',
      'Les habitants sont invités à suivre les consignes de la préfecture.',
      'Suivez-nous sur le terrain, au cœur de la forêt landaise.',
      "Téléchargez l'application Alertes sur votre smartphone, conseille la mairie.",
      'Activez les notifications dans les réglages du téléphone, puis redémarrez.',
    ],
  },
  {
    id: 'follow-us/fr/suivre-theme',
    kind: 'follow-us',
    lang: 'fr',
    patterns: [
      opening(/envie de (?:plus|davantage) (?:de contenus?|d['’]articles?|d['’]infos?|d['’]actus?)(?: (?:comme|sur|de ce|sur ce)| ?\?)/iu),
      opening(/suiv(?:ez|re) (?:ce|le|cette|la) (?:th[èe]me|sujet|rubrique|th[ée]matique)(?: ?[:.!»]| et |$| [«"“])/iu),
      opening(/recevez une alerte (?:[àa] chaque|d[èe]s (?:qu|la|le)|lors)|(?:ajouter|ajoutez) (?:[àa]|ce sujet [àa]|ce th[èe]me [àa]) (?:mes|vos) (?:sujets|th[èe]mes|alertes|s[ée]lections)/iu),
    ],
    examples: [
      'Envie de plus de contenus comme celui-ci ?',
      'Suivez le thème « Commerces de proximité » et recevez une alerte à chaque nouvel article.',
      'Suivre ce thème',
      'Recevez une alerte à chaque nouvel article',
      'Ajouter à mes sujets',
    ],
    counterExamples: [
      'Les élus souhaitent davantage de projets comme celui-ci dans le département.',
      'Suivre le sujet de près sera indispensable, prévient le préfet.',
      "Envie de plus d'espace, la famille a quitté Paris pour la Creuse.",
    ],
  },

  // ── sponsored ──
  {
    id: 'sponsored/fr/contenu-sponsorise',
    kind: 'sponsored',
    lang: 'fr',
    patterns: [
      opening(/(?:contenus?|articles?|publications?|annonces?|liens?|dossiers?|informations?) (?:sponsoris[ée]e?s?|promotionnel(?:le)?s?|partenaires?|de marque|commercia(?:l|le|ux|les)|publicitaires?)(?:$| ?[-–—:|·•»(] ?| (?:propos[ée]e?s? |offert |r[ée]alis[ée]e?s? |pr[ée]sent[ée]e?s? )?(?:par|avec|en partenariat))/iu),
      leadIn(/sponsoris[ée]e?s?|publi-?(?:reportage|information|r[ée]dactionnel|communiqu[ée]|info)s?|brand content|native ad|partenariat(?: commercial| r[ée]mun[ée]r[ée])?|communiqu[ée] (?:partenaire|de nos partenaires)/iu),
      opening(/(?:contenu |article |dossier )?(?:propos[ée]|offert|sponsoris[ée]|financ[ée])e? par [^.,;:!?]{1,50}$|en partenariat avec [^.,;:!?]{1,50}$/iu),
      opening(/(?:cet article|ce contenu|ce dossier|cette page|ce reportage|cette (?:s[ée]lection|rubrique))(?: vous)? (?:a [ée]t[ée]|est) (?:r[ée]alis[ée]|produit|r[ée]dig[ée]|con[çc]u|propos[ée]|[ée]crit|financ[ée]|pr[ée]sent[ée]|sponsoris[ée]|offert)e? (?:en partenariat|par (?:notre|nos|un|des) (?:partenaires?|annonceurs?|sponsors?)|par (?:la|notre) (?:r[ée]gie|[ée]quipe commerciale|r[ée]daction partenaire)|avec (?:le soutien|la participation) (?:de|d['’]|du|des)|gr[âa]ce au soutien|pour le compte (?:de|d['’]|du))/iu),
    ],
    examples: [
      'Contenu sponsorisé',
      'Contenu sponsorisé : Rénovation énergétique, quelles aides en 2025 ?',
      'Contenu partenaire',
      'Publireportage',
      'Sponsorisé',
      'Proposé par Maison Ligérienne',
      'En partenariat avec la Caisse d’Épargne',
      'Cet article a été réalisé en partenariat avec la Région Bretagne.',
      'Ce contenu a été produit par notre partenaire',
      'Contenu proposé par notre partenaire',
    ],
    counterExamples: [
      'Le festival est sponsorisé par une banque régionale depuis 2019.',
      'Sponsorisé par une banque régionale depuis 2019, le festival attire 40 000 visiteurs.',
      'Le projet a été mené en partenariat avec la chambre de métiers.',
      'En partenariat avec la chambre de métiers, la mairie a lancé un appel à candidatures.',
      'Article écrit en collaboration avec nos collègues de 3D Juegos.',
      'Contenus partenaires et publicité représentent 12 % du chiffre d’affaires.',
    ],
  },
  {
    id: 'sponsored/fr/affiliation',
    kind: 'sponsored',
    lang: 'fr',
    patterns: [
      opening(/(?:cet article|cette page|ce contenu|ce guide|ce comparatif|cette s[ée]lection|ce site) (?:peut contenir|contient|comporte|comprend|inclut) (?:des|certains|parfois des) liens (?:d['’]affiliation|affili[ée]s|sponsoris[ée]s|commerciaux|marchands|partenaires|tra[çc]k[ée]s)/iu),
      opening(/(?:certains |les )?liens (?:de|dans|pr[ée]sents dans|figurant dans) (?:cet article|cette page|ce contenu) (?:sont|peuvent [êe]tre) (?:des liens )?(?:d['’]affiliation|affili[ée]s|sponsoris[ée]s|commerciaux|tra[çc]k[ée]s)/iu),
      opening(/(?:lorsque|quand|si) vous (?:achetez|effectuez un achat|commandez|cliquez)[^.!?]{0,60}?(?:nous|la r[ée]daction|notre (?:site|m[ée]dia)) (?:pouvons|peut|pourrions|pourrait|percevons|per[çc]oit|touchons|touche|recevons|re[çc]oit) (?:percevoir |toucher |recevoir )?(?:une (?:petite )?(?:commission|r[ée]mun[ée]ration))/iu),
      opening(/(?:nous|la r[ée]daction|notre (?:site|m[ée]dia)) (?:pouvons|peut|pourrions|pourrait|sommes susceptibles de|est susceptible de) (?:percevoir|toucher|recevoir) une (?:petite )?(?:commission|r[ée]mun[ée]ration)/iu),
      opening(/(?:les )?(?:produits|offres|articles|prix|bons plans) (?:pr[ée]sent[ée]s|mis en avant|list[ée]s|s[ée]lectionn[ée]s|de cet article)[^.!?]{0,40}?(?:en toute ind[ée]pendance|par (?:la|notre) r[ée]daction)/iu),
    ],
    examples: [
      "Cet article contient des liens d'affiliation.",
      'Cet article contient des liens affiliés : Numérama Pratique peut percevoir une commission si vous achetez via ces liens.',
      'Certains liens de cet article sont affiliés.',
      'Lorsque vous achetez via nos liens, nous pouvons percevoir une commission.',
      'Nous pouvons percevoir une commission sur les ventes réalisées via nos liens.',
      'Les produits présentés sont sélectionnés en toute indépendance par la rédaction.',
    ],
    counterExamples: [
      "L'entreprise peut percevoir une commission de 3 % sur chaque vente, selon le contrat.",
      'Cet article contient des erreurs, reconnaît le ministère.',
      'Les produits présentés au salon viennent tous de la région.',
    ],
  },

  // ── disclaimer ──
  {
    id: 'disclaimer/fr/propos-n-engagent',
    kind: 'disclaimer',
    lang: 'fr',
    patterns: [opening(/(?:les )?(?:propos|opinions|idées) (?:tenus |exprimés |exprimées |publiés )?(?:dans (?:cet article|cette tribune|ce texte) )?n'engagent que (?:leurs?|son|sa) auteur|cet article (?:est|a été) (?:une tribune|un texte d'opinion)|(?:cette )?tribune (?:n'engage|est publiée sous la responsabilité)/iu)],
    examples: ["Les propos tenus dans cette tribune n'engagent que leur auteur.", "Les opinions exprimées n'engagent que leurs auteurs.", "Cet article est une tribune, rédigée par un auteur extérieur au journal."],
    counterExamples: ["Les propos du maire ont choqué l'opposition.", "Cette tribune, signée par cent médecins, réclame un moratoire."],
  },

  // ── gallery ──
  {
    id: 'gallery/fr/photo-sur',
    kind: 'gallery',
    lang: 'fr',
    patterns: [whole(/(?:photos?|images?|diapo(?:sitive)?s?|vues?|clich[ée]s?) (?:n° ?)?\d{1,3} ?(?:sur|\/|de) ?\d{1,3}|\d{1,3} (?:photos|images|clich[ée]s|diapositives|vid[ée]os)/iu)],
    examples: ['Photo 1 sur 9', 'Photo 1/9', 'Image 3 sur 12', '9 photos', '12 images'],
    counterExamples: ["Un foyer sur neuf n'a pas de voiture dans la commune.", '9 photos inédites du chantier ont été dévoilées.', 'Photo 1 sur 9 : la façade'],
  },
  {
    id: 'gallery/fr/diaporama',
    kind: 'gallery',
    lang: 'fr',
    patterns: [
      whole(/(?:voir|ouvrir|lancer|afficher|d[ée]couvrir) (?:le |notre |la |les |l['’])?(?:diaporama|galerie(?: photos?)?|album(?: photos?)?|photos|images|diapo)|(?:voir|afficher) (?:toutes les|les) (?:\d{1,3} )?(?:photos|images)|diaporama|galerie(?: photos?| d['’]images)?|album photos?|en images|(?:photo|image) (?:suivante|pr[ée]c[ée]dente)|suivante|pr[ée]c[ée]dente|agrandir(?: l['’]image| la photo)?|plein [ée]cran|fermer(?: la galerie| le diaporama)?/iu),
    ],
    examples: ['Voir le diaporama', 'Diaporama', 'Voir les photos', 'Voir la galerie', 'Voir les 12 photos', 'Voir toutes les photos', 'EN IMAGES', 'Suivante', 'Plein écran', 'Galerie photos'],
    counterExamples: ['Les photos des dégâts ont été transmises à l’assureur.', 'Voir le diaporama de la fête', 'En images, la crue de la Loire'],
  },
  {
    id: 'gallery/fr/cliquez-pour-agrandir',
    kind: 'gallery',
    lang: 'fr',
    patterns: [whole(/(?:cliquez|cliquer|appuyez) (?:sur l'image |sur la photo )?pour (?:agrandir|zoomer)|agrandir (?:l'image|la photo)/iu)],
    examples: ['Cliquez pour agrandir', "Cliquez sur l'image pour agrandir", 'Agrandir la photo'],
    counterExamples: ["Cliquez pour agrandir le cercle de vos contacts, conseille l'application.", "Agrandir l'image de la ville est l'objectif du maire."],
  },

  // ── tags ──
  {
    id: 'tags/fr/mots-cles',
    kind: 'tags',
    lang: 'fr',
    patterns: [
      leadIn(/mots?[- ]cl[ée]s?|tags?|th[èe]mes?(?: (?:associ[ée]s|li[ée]s|de l['’]article))?|th[ée]matiques?|sujets?(?: (?:associ[ée]s|li[ée]s|de l['’]article|abord[ée]s))?|cat[ée]gories?|rubriques?|[ée]tiquettes?|class[ée] (?:dans|sous)|publi[ée] dans|lire (?:aussi|plus) sur (?:ces|les m[êe]mes) (?:sujets|th[èe]mes)|sur les m[êe]mes (?:sujets|th[èe]mes)|en rapport avec|plus sur ces sujets|dans (?:les|ces) (?:th[èe]mes|sujets)|mots-cl[ée]s associ[ée]s|(?:suivre|suivez) (?:ces|les) (?:sujets|th[èe]mes)/iu),
    ],
    examples: [
      'Mots-clés : Saint-Aubin-des-Prés, Commerces, Vie municipale',
      'Mots clés : Budget · Sénat',
      'Tags : Energie, Transport',
      'Thèmes associés : Santé, Hôpital',
      'Sujets : Retraites | Assemblée nationale',
      'Classé dans : Politique',
      'Catégories : Faits divers',
      'Lire aussi sur ces sujets : Climat, Energie',
    ],
    counterExamples: [
      'Les mots-clés de la campagne : sécurité, propreté et commerces.',
      'Thèmes de campagne et priorités des candidats ont été débattus lundi.',
      'Sujets de discorde entre la mairie et la préfecture, les travaux ont pris du retard.',
      'Catégories socioprofessionnelles et revenus ont été croisés par l’Insee.',
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
  {
    id: 'comments/fr/discussion',
    kind: 'comments',
    lang: 'fr',
    patterns: [
      whole(/r[ée]agi(?:r|ssez) [àa] (?:cet article|l['’]article|cette (?:info|actu|information|publication))|r[ée]actions? ?[([]\d{1,6}[)\]]|(?:participez|participer|rejoignez|rejoindre|lancez|lancer|ouvrez|ouvrir) (?:[àa] )?(?:la|le) (?:discussion|conversation|d[ée]bat)|(?:connectez-vous|identifiez-vous|inscrivez-vous|abonnez-vous) pour (?:commenter|r[ée]agir|participer(?: [àa] la discussion)?|(?:publier|laisser|ajouter|poster) un commentaire)|vous devez [êe]tre (?:connect[ée]e?|identifi[ée]e?|inscrite?|abonn[ée]e?) pour (?:commenter|r[ée]agir|participer|publier|poster|laisser)[^.!?]{0,30}|(?:les )?plus (?:appr[ée]ci[ée]s|r[ée]cents|anciens|utiles|vot[ée]s)|trier par[^.!?]{0,20}|(?:voir|afficher|charger|lire) (?:plus de|d['’]autres|les autres|la suite des) (?:commentaires|r[ée]actions)|aucune? (?:commentaire|r[ée]action)(?: pour (?:le moment|l['’]instant))?|il y a \d{1,5} (?:commentaires?|r[ée]actions?)|\d{1,4} r[ée]ponses?|(?:votre|ajouter un|[ée]crire un) commentaire|(?:r[ée]agir|r[ée]agissez|commenter)(?: [àa] cet article)? ?[–—|·-]? ?\d{1,5} (?:commentaires?|r[ée]actions?)|contribuer|(?:les )?commentaires (?:sont )?(?:d[ée]sactiv[ée]s|ferm[ée]s)|charte (?:des commentaires|de mod[ée]ration)/iu),
    ],
    examples: [
      'Réagir à cet article',
      'Réactions (14)',
      'Participez à la discussion',
      'Rejoignez la conversation',
      'Connectez-vous pour commenter',
      'Vous devez être connecté pour réagir',
      'Les plus appréciés',
      'Voir plus de commentaires',
      'Aucun commentaire pour le moment',
      'Réagir à cet article 14 commentaires',
      'Commentaires désactivés',
    ],
    counterExamples: [
      "Le ministre n'a pas souhaité réagir à ces propos.",
      'Rejoindre le débat public sur les retraites est un droit, rappelle le syndicat.',
      "L'enquête publique a recueilli 412 contributions et commentaires.",
      'Les plus anciens habitants se souviennent de la crue de 1910.',
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

  // ── error-page ──
  {
    id: 'error-page/fr/page-introuvable',
    kind: 'error-page',
    lang: 'fr',
    patterns: [
      whole(/(?:(?:oups|d[ée]sol[ée]e?s?) ?[,!.]? )?(?:(?:cette |la )?page (?:est )?(?:introuvable|non trouv[ée]e|inexistante|indisponible)|(?:cette |la )?page (?:que vous (?:cherchez|recherchez) )?n'existe (?:pas|plus)|(?:nous ne trouvons|impossible de trouver) (?:pas )?(?:cette|la) page|une erreur (?:est survenue|s'est produite))/iu),
    ],
    examples: ['Page introuvable', 'Page non trouvée', 'Oups ! Cette page n\'existe pas', 'La page que vous cherchez n\'existe plus', 'Une erreur est survenue'],
    counterExamples: ['Page introuvable dans les archives : le mystère du manuscrit', 'Une erreur est survenue lors du vote, selon le maire.'],
  },
  {
    id: 'error-page/fr/contenu-introuvable',
    kind: 'error-page',
    lang: 'fr',
    patterns: [
      whole(/(?:(?:oups|d[ée]sol[ée]e?s?) ?[,!.]? )?(?:(?:cet |l['’])?article|(?:ce |le )?contenu|(?:la )?page demand[ée]e) (?:est )?(?:introuvable|non trouv[ée]e?|n['’]existe (?:pas|plus)|n['’]est plus (?:disponible|en ligne)|(?:a [ée]t[ée] )?supprim[ée]e?|indisponible)|acc[èe]s (?:refus[ée]|interdit)|service (?:temporairement )?indisponible|site en (?:cours de )?maintenance|(?:nous sommes )?d[ée]sol[ée]s?, cette page n['’]existe pas/iu),
    ],
    examples: ['Article introuvable', "Cet article n'existe plus", "Ce contenu n'est plus disponible", 'La page demandée est introuvable', 'Accès refusé', 'Site en maintenance'],
    counterExamples: ["Article introuvable dans le Code civil : l'avocat s'interroge", 'Accès refusé aux journalistes : la polémique enfle'],
  },

  // ── log-in ──
  {
    id: 'log-in/fr/se-connecter',
    kind: 'log-in',
    lang: 'fr',
    patterns: [
      whole(/(?:se connecter|connexion|connectez-vous|identifiez-vous|identification|s['’]identifier|authentification|login|log in|inscription|cr[ée]er (?:un|votre|mon) compte|mon compte|mon espace(?: (?:abonn[ée]e?|client|personnel|membre))?|espace (?:abonn[ée]e?s?|client|membres?|personnel|lecteurs?)|mot de passe oubli[ée]|acc[ée]der [àa] (?:mon|votre) (?:compte|espace))(?: (?:[àa]|sur) (?:votre|mon) (?:compte|espace(?: (?:abonn[ée]e?|client|personnel))?))?(?: ?(?:\/|ou|et|[|–—-]) ?(?:inscription|cr[ée]er (?:un|votre) compte|s['’]inscrire|se connecter|connexion))?/iu),
    ],
    examples: ['Se connecter', 'Connexion', 'Connectez-vous', 'Identifiez-vous', 'Connexion à votre compte', 'Se connecter à mon compte', 'Mon compte', 'Espace abonné', 'Connexion / Inscription', 'Se connecter ou créer un compte'],
    counterExamples: ['Connexion internet : les zones blanches reculent', 'Mon compte en banque piraté : que faire ?', "Inscription sur les listes électorales : jusqu'au 6 février"],
  },
];

/**
 * Common words of the language that the other languages Épure cleans do not share (words such as
 * "de", "en", "la", "in", "die", "que" are left out, so each one points one way): they tell the
 * article's language when the page does not say it, or says another one.
 */
export const FR_STOP_WORDS: readonly string[] = ['le', 'les', 'et', 'est', 'une', 'dans', 'pour', 'qui', 'sur', 'pas', 'au', 'du', 'avec', 'ce', 'sont', 'ne', 'aux', 'cette', 'il', 'leur'];
