import { BYLINE_RULES } from './byline-rules';
import type { ClutterRule, RuleKind } from './rule';

/**
 * Épure's clutter rules, as data: what ad-break labels, cross-promotion lead-ins, trailing
 * section headings, share bars, newsletter boxes, comment counters, photo credits and author
 * bios say, in each language we clean. `tests/rules.test.ts` lints every rule: its examples must
 * match, its counter-examples (mostly ordinary article prose using the same words) must not.
 *
 * Grouped by kind, then by language ('*' first: rules that hold whatever the page's language).
 *
 * The helpers below only add the anchors and the punctuation every label may carry (bullets,
 * arrows, brackets, a trailing colon); the words themselves are the regex literal each rule
 * shows. All wildcards are bounded and no quantified group can match the same text two ways,
 * so no pattern backtracks catastrophically (the test runs each against adversarial input).
 */

/** Bullets, arrows, brackets or dashes a label may start with: "» À LIRE AUSSI", "- Anzeige -". */
const LEAD = String.raw`[-–—_*•·|»›>▶►▸→➜➤■#(\[👉📌🔗➡\ufe0f]{0,4} ?`;
/** Punctuation a label may end with: "Related:", "Sur le même thème »", "(Anzeige)". */
const TAIL = String.raw` ?[-–—_*•·|:：.…!»›>▶►▼↓→)\]]{0,4}`;
/** The phrase ends at a word end ("Lire aussi" but not "Lire aussitôt", "reporter" not "reporter's"). */
const WORD_END = String.raw`(?![\p{L}\p{N}'’])`;
/** A lead-in that may be followed by a title only after a separator: "Read more: …", "Related | …". */
const SEPARATOR_AHEAD = String.raw`(?= ?(?:[:：|»›>▶►→…–—-]|$))`;

/** The label is the WHOLE text (ad-label, trailing-heading, share, comments, image-credit). */
function whole(label: RegExp): RegExp {
  return new RegExp(`^${LEAD}(?:${label.source})${TAIL}$`, label.flags);
}

/** The text STARTS with the phrase as whole words, whatever follows ("Lesen Sie auch …"). */
function startsWith(phrase: RegExp): RegExp {
  return new RegExp(`^${LEAD}(?:${phrase.source})${WORD_END}`, phrase.flags);
}

/**
 * The text starts with a lead-in that is followed by a separator or by nothing: "Read more:
 * …", "Related | …", "Read more". For lead-ins that also open ordinary sentences ("Read more
 * books", "Mehr dazu sagte er nicht").
 */
function leadIn(phrase: RegExp): RegExp {
  return new RegExp(`^${LEAD}(?:${phrase.source})${SEPARATOR_AHEAD}`, phrase.flags);
}

/** The lead-in must be followed by a colon: "MORE: …", "CZYTAJ: …". */
function colonLeadIn(phrase: RegExp): RegExp {
  return new RegExp(`^${LEAD}(?:${phrase.source}) ?[:：]`, phrase.flags);
}

/** The text starts with the phrase; what follows is free (newsletter invitations). */
function opening(phrase: RegExp): RegExp {
  return new RegExp(`^${LEAD}(?:${phrase.source})`, phrase.flags);
}

/**
 * A person's full name: two to four capitalised words, with particles ("Jan de Vries", "Ana de
 * la Cruz", "Jean-Luc O'Neill"). One word is not enough: "Insurance covers…" is not a bio.
 * Case matters, so patterns built on it carry `u` without `i` (with `i`, `\p{Lu}` matches "a").
 */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]{0,30}(?: (?:(?:van|von|de|der|den|da|di|del|della|du|dos|das|le|la|ten|ter|al|el|y) ){0,2}\p{Lu}[\p{L}'’.-]{0,30}){1,3}`;

/** "<Full Name> <rest>": the opening of a bio ("Jane Smith is a senior reporter …"). */
function bio(rest: RegExp): RegExp {
  return new RegExp(`^(?:${NAME}) (?:${rest.source})${WORD_END}`, rest.flags);
}

export const CLUTTER_RULES: readonly ClutterRule[] = [
  // ───────────────────────────── ad-label ─────────────────────────────
  // The WHOLE block is an ad-break label. A sentence that mentions advertising is never one.

  // '*': the English word is used as the ad-slot label on sites in every language.
  {
    id: 'ad-label/*/advertisement',
    kind: 'ad-label',
    lang: '*',
    patterns: [whole(/advertisements?|advertising|adverts?|ads?|report this ad/iu)],
    examples: ['Advertisement', 'ADVERTISEMENT', '- Advertisement -', '[Advertisement]', 'Advertisement:', 'Ad', 'REPORT THIS AD'],
    counterExamples: [
      'Advertising revenue fell 5% this quarter.',
      'Ad hoc committees met twice in March.',
      'Ads were pulled from the platform after the scandal.',
    ],
  },

  // en: "Sponsored" labels and "story continues below" breaks.
  {
    id: 'ad-label/en/advertisement-continue',
    kind: 'ad-label',
    lang: 'en',
    patterns: [
      whole(/(?:advertisement|advert|ad)(?: ?[-–—:·|] ?| )(?:scroll (?:down )?to continue(?: reading| with content)?|continue reading(?: below| the main story)?|(?:story|article|content) continues below)|sponsored/iu),
    ],
    examples: [
      'Advertisement - scroll to continue',
      'ADVERTISEMENT - CONTINUE READING BELOW',
      'Advertisement · Scroll to continue',
      'Sponsored',
      'SPONSORED',
    ],
    counterExamples: [
      'Sponsored by the city council, the festival drew 20,000 visitors.',
      'Sponsored content is labelled under the new rules.',
      'Advertisement spending continues below forecasts, analysts said.',
    ],
  },
  {
    id: 'ad-label/en/continues-below',
    kind: 'ad-label',
    lang: 'en',
    patterns: [
      whole(/(?:the )?(?:story|article|content|text|post|report) continues (?:below|after|under|beneath)(?: (?:this|the|these))?(?: (?:advertisement|advert|ads?|sponsored (?:content|message)|message))?/iu),
      whole(/continue reading(?: (?:below|the (?:main )?story|after (?:the|this) (?:ad|advertisement)|article below))/iu),
      whole(/scroll (?:down )?to continue(?: reading| with (?:the )?(?:content|article|story))?/iu),
    ],
    examples: [
      'Story continues below advertisement',
      'Article continues below',
      'Continue reading below',
      'Continue reading the main story',
      'Scroll to continue with content',
      'STORY CONTINUES BELOW THIS AD',
      'The article continues after this advertisement',
    ],
    counterExamples: [
      'The story continues below the surface: investors expect more cuts.',
      'Continue reading the fine print before you sign anything.',
      'Scroll to continue the tutorial, then tap Save to keep your work.',
    ],
  },

  // fr
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

  // de: "Anzeige" is also a police report: only the WHOLE block "Anzeige" is a label.
  {
    id: 'ad-label/de/anzeige',
    kind: 'ad-label',
    lang: 'de',
    patterns: [whole(/anzeigen?|werbung|reklame|werbepause|werbeanzeige/iu)],
    examples: ['Anzeige', 'ANZEIGE', '- Anzeige-', 'Werbung', '(Anzeige)', 'Werbepause'],
    counterExamples: [
      'Die Anzeige wurde bei der Polizei erstattet.',
      'Werbung im Internet wächst weiter.',
      'Anzeige gegen Unbekannt erstattet',
    ],
  },
  {
    id: 'ad-label/de/weiter-nach-der-anzeige',
    kind: 'ad-label',
    lang: 'de',
    patterns: [
      whole(/(?:weiter|weiterlesen|fortsetzung|mehr|lesen sie|lies|es geht weiter)(?: unten)? nach (?:der|dieser|einer) (?:anzeige|werbung|werbepause|werbeunterbrechung|anzeigenpause)(?: weiter(?:lesen)?)?/iu),
      whole(/(?:der |dieser )?(?:artikel|text|beitrag|bericht) (?:wird|geht) (?:nach|unter(?:halb)?) (?:der|dieser) (?:anzeige|werbung) (?:fortgesetzt|weiter)/iu),
    ],
    examples: [
      'Weiter nach der Anzeige',
      'Artikel wird nach der Anzeige fortgesetzt',
      'Lesen Sie nach der Anzeige weiter',
      'WEITER NACH DER WERBUNG',
      'Der Artikel wird unterhalb der Anzeige fortgesetzt',
      'Weiterlesen nach der Anzeige',
    ],
    counterExamples: [
      'Nach der Anzeige ermittelt nun die Staatsanwaltschaft.',
      'Weiter nach der Anzeige zu fragen, lehnte die Polizei ab.',
      'Der Artikel wird nach der Prüfung fortgesetzt.',
    ],
  },

  // es
  {
    id: 'ad-label/es/publicidad',
    kind: 'ad-label',
    lang: 'es',
    patterns: [whole(/publicidad|anuncios?/iu)],
    examples: ['Publicidad', 'PUBLICIDAD', 'Anuncio', '- Publicidad -'],
    counterExamples: [
      'La publicidad institucional creció un 12 % este año.',
      'Anuncio del Gobierno: subirá el salario mínimo',
    ],
  },
  {
    id: 'ad-label/es/sigue-leyendo',
    kind: 'ad-label',
    lang: 'es',
    patterns: [
      whole(/(?:sigue|seguir|contin[uú]a|continuar|contin[uú]e) leyendo(?: (?:(?:despu[eé]s|debajo) del |(?:despu[eé]s|debajo|tras|bajo)(?: de)? (?:la |el |este |esta )?)(?:publicidad|anuncio))?/iu),
      whole(/(?:(?:la )?noticia |(?:el )?art[ií]culo |(?:el )?texto |(?:la )?nota |(?:la )?informaci[oó]n )?(?:contin[uú]a|sigue) (?:(?:despu[eé]s|debajo) del |(?:despu[eé]s|debajo|tras|bajo)(?: de)? (?:la |el |este |esta )?)(?:publicidad|anuncio)/iu),
    ],
    examples: [
      'Sigue leyendo',
      'Continúa leyendo después del anuncio',
      'SIGUE LEYENDO DESPUÉS DE LA PUBLICIDAD',
      'La noticia continúa tras la publicidad',
      'Continúa después de la publicidad',
      'El artículo continúa debajo del anuncio',
    ],
    counterExamples: [
      'Sigue leyendo el informe completo en la web del ministerio.',
      'La negociación continúa tras el anuncio del Gobierno.',
    ],
  },

  // it
  {
    id: 'ad-label/it/pubblicita',
    kind: 'ad-label',
    lang: 'it',
    patterns: [whole(/pubblicit[àa]|annunci[oi]|inserzion[ei](?: pubblicitari[ae])?|spazio pubblicitario/iu)],
    examples: ['Pubblicità', 'PUBBLICITÀ', 'Annuncio', 'Inserzione pubblicitaria', '- Pubblicità -'],
    counterExamples: [
      'La pubblicità online vale il 40% del mercato.',
      "L'annuncio del governo è arrivato ieri sera.",
      'Annuncio shock del ministro: lascio',
    ],
  },
  {
    id: 'ad-label/it/continua-dopo-la-pubblicita',
    kind: 'ad-label',
    lang: 'it',
    patterns: [
      whole(/(?:l['’] ?articolo |il testo |la notizia )?(?:continua|prosegue)(?: a leggere(?: l['’]articolo| la notizia)?)? (?:dopo|sotto|oltre)(?: (?:la |il |questa |questo |l['’])(?:pubblicit[àa]|annuncio|inserzione|banner))?/iu),
      whole(/pubblicit[àa](?: ?[-–—:|·] ?| )(?:continua|prosegue)(?: a leggere)?(?: (?:sotto|di seguito|dopo|qui sotto))?/iu),
    ],
    examples: [
      'Continua a leggere dopo la pubblicità',
      'CONTINUA A LEGGERE DOPO LA PUBBLICITÀ',
      "L'articolo continua dopo la pubblicità",
      'Continua sotto',
      'Prosegue dopo la pubblicità',
      'Pubblicità - Continua a leggere sotto',
    ],
    counterExamples: [
      'Il dibattito continua dopo la pausa estiva.',
      'Continua a leggere i classici, consiglia la professoressa.',
      "L'articolo continua a suscitare polemiche.",
    ],
  },

  // pt
  {
    id: 'ad-label/pt/publicidade',
    kind: 'ad-label',
    lang: 'pt',
    patterns: [whole(/publicidade|an[uú]ncios?/iu)],
    examples: ['Publicidade', 'PUBLICIDADE', 'Anúncio', 'ANÚNCIO', '- Publicidade -'],
    counterExamples: ['A publicidade digital cresceu 10% em 2024.', 'Anúncio do governo surpreende o mercado'],
  },
  {
    id: 'ad-label/pt/continua-apos-a-publicidade',
    kind: 'ad-label',
    lang: 'pt',
    patterns: [
      whole(/(?:(?:o |a )?(?:artigo|texto|mat[ée]ria|reportagem|not[ií]cia|conte[úu]do) )?(?:continua|continue|segue|prossegue)(?: (?:lendo|a ler))? (?:ap[oó]s|depois d[aeo]s?|abaixo d[aeo]s?)(?: (?:a|o|as|os|esta|este))? ?(?:publicidade|an[uú]ncios?|propaganda)/iu),
    ],
    examples: [
      'Continua após a publicidade',
      'Continua depois da publicidade',
      'CONTINUA APÓS A PUBLICIDADE',
      'A reportagem continua após o anúncio',
      'Continue lendo após o anúncio',
      'Continue a ler após a publicidade',
      'Continua depois do anúncio',
    ],
    counterExamples: [
      'A votação continua após a publicidade do resultado parcial.',
      'O julgamento continua depois do anúncio do juiz.',
    ],
  },

  // nl
  {
    id: 'ad-label/nl/advertentie',
    kind: 'ad-label',
    lang: 'nl',
    patterns: [whole(/advertenties?|reclame/iu)],
    examples: ['Advertentie', 'ADVERTENTIE', 'Reclame', '- Advertentie -'],
    counterExamples: ['De advertentie werd door de toezichthouder verboden.', 'Reclame op televisie is duurder geworden.'],
  },
  {
    id: 'ad-label/nl/lees-verder-na-de-advertentie',
    kind: 'ad-label',
    lang: 'nl',
    patterns: [
      whole(/(?:lees verder|verder lezen|verder) (?:na|onder) (?:de|deze) (?:advertenties?|reclame)/iu),
      whole(/(?:het )?(?:artikel|bericht|verhaal|nieuws) gaat (?:verder (?:na|onder) (?:de|deze) (?:advertentie|reclame)|(?:na|onder) (?:de|deze) (?:advertentie|reclame) verder|hieronder verder)/iu),
    ],
    examples: [
      'Lees verder na de advertentie',
      'Het artikel gaat verder onder de advertentie',
      'LEES VERDER NA DE ADVERTENTIE',
      'Artikel gaat verder na de advertentie',
      'Het artikel gaat hieronder verder',
      'Verder lezen onder de advertentie',
    ],
    counterExamples: [
      'Lees verder na de advertentie van het ministerie in de krant van zaterdag.',
      'Het verhaal gaat verder na de zomer.',
    ],
  },

  // pl
  {
    id: 'ad-label/pl/reklama',
    kind: 'ad-label',
    lang: 'pl',
    patterns: [whole(/reklam[ay]|og[łl]oszenie/iu)],
    examples: ['Reklama', 'REKLAMA', '- Reklama -', 'Ogłoszenie'],
    counterExamples: [
      'Reklama internetowa rośnie szybciej niż telewizyjna.',
      'Ogłoszenie wyników wyborów przesunięto na poniedziałek.',
    ],
  },
  {
    id: 'ad-label/pl/dalsza-czesc-pod-reklama',
    kind: 'ad-label',
    lang: 'pl',
    patterns: [
      whole(/dalsz[aąy] cz[ęe][śs][ćc]i? (?:artyku[łl]u|tekstu|materia[łl]u|wpisu)(?: (?:przeczytasz|znajdziesz))? (?:pod reklam[ąa]|po reklamie|poni[żz]ej(?: reklamy)?)/iu),
      whole(/(?:artyku[łl]|tekst|materia[łl]) (?:jest )?kontynuowany (?:pod reklam[ąa]|po reklamie|poni[żz]ej)/iu),
      whole(/czytaj dalej(?: (?:pod reklam[ąa]|po reklamie|poni[żz]ej))?/iu),
    ],
    examples: [
      'Dalsza część artykułu pod reklamą',
      'Artykuł jest kontynuowany pod reklamą',
      'DALSZA CZĘŚĆ ARTYKUŁU POD REKLAMĄ',
      'Dalszą część artykułu przeczytasz pod reklamą',
      'Czytaj dalej pod reklamą',
      'Dalsza część tekstu poniżej',
    ],
    counterExamples: ['Dalsza część artykułu dotyczy wyborów.', 'Artykuł jest kontynuowany w kolejnym numerze gazety.'],
  },

  // ───────────────────────────── promo-link ─────────────────────────────
  // A short block that STARTS with a cross-promotion lead-in. Lead-ins that also open ordinary
  // sentences ("Read more books") count only when a separator or nothing follows them.

  // '*': the ">> … <<" wrapper (accepted without a link) and a lone arrow opening a short block
  // (the removal step additionally requires that block to be short and mostly a link).
  // "»" needs a space after it: German quotes open with a glued "»" (»Wir schaffen das«).
  {
    id: 'promo-link/*/wrapped',
    kind: 'promo-link',
    lang: '*',
    patterns: [/^>>[^<>]{3,300}<<$/iu, /^>[^<>]{3,300}<$/iu, /^»».{3,300}««$/iu],
    examples: [
      ">> Vous n'allez pas le croire : Elon Musk et Mark Zuckerberg s'unissent contre les créateurs de ChatGPT ! <<",
      ">> Les milliardaires portent les mêmes vêtements tous les jours. Ce n'est pas pour l'esthétique, c'est pour la productivité <<",
      '> Read the full investigation <',
      '»» Alle Infos zur Wahl ««',
    ],
    counterExamples: ['>> not closed', 'a >> b << c', 'Growth was 3% > 2% < 4% in the quarter.'],
  },
  {
    id: 'promo-link/*/arrow',
    kind: 'promo-link',
    lang: '*',
    patterns: [/^(?:» |[►▶→➜➤▸⇒] ?)\S.{2,199}$/iu],
    examples: [
      '» À lire aussi : le dossier complet',
      '► Notre dossier sur la réforme des retraites',
      '▶ Watch the full interview',
      '→ Alle Ergebnisse im Überblick',
    ],
    counterExamples: ['»Wir schaffen das«, sagte Merkel.', '→ 5', 'The arrow → points to the exit.'],
  },

  // fr
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

  // en
  {
    id: 'promo-link/en/read-more',
    kind: 'promo-link',
    lang: 'en',
    patterns: [
      leadIn(/read (?:more|also|next|this)|also read|(?:keep|continue) reading|must[- ]read|further reading/iu),
      startsWith(/click (?:here|this link) to (?:read|see|view|watch|find out|learn)|(?:read|see|watch) (?:the )?(?:full|whole|complete) (?:story|article|report|coverage|interview|video)/iu),
    ],
    examples: [
      'Read more: The hidden cost of cheap flights',
      'READ MORE: Inside the race to build AI chips',
      'Read also | Why rents keep rising',
      'Also read: Five things to know about the budget',
      'Read more',
      'Click here to read the full report',
      'Must-read: the week in review',
    ],
    counterExamples: [
      'Read more books, the doctor told her.',
      'Continue reading habits vary by age, the survey found.',
      'Read this morning, the statement was brief.',
    ],
  },
  {
    id: 'promo-link/en/related',
    kind: 'promo-link',
    lang: 'en',
    patterns: [
      leadIn(/related(?: (?:stories|story|articles?|coverage|content|links?|reading|news|posts?))?|see also|more (?:on this (?:story|topic)|coverage|news|stories)|don['’]t miss(?: this)?|do not miss|recommended(?: (?:reading|stories|for you))?|you (?:might|may) also (?:like|enjoy)|editor['’]s picks?|top stories|trending/iu),
      colonLeadIn(/more|plus/iu),
    ],
    examples: [
      'Related: How the Fed sets rates',
      'RELATED: Storm leaves thousands without power',
      'See also: Our guide to the election',
      'SEE ALSO: The best laptops of the year',
      'MORE: Five things to know',
      "Don't miss: the best deals this week",
      'Recommended: Our pick of the week',
      'You might also like: The 10 best hiking trails',
    ],
    counterExamples: [
      'Related costs rose sharply in the second half.',
      'More than 40 people were injured in the blast.',
      'See also how the policy changed in 2019.',
      "Don't miss the deadline on Friday, officials warned.",
      'Recommended daily intake varies by age.',
    ],
  },

  // de
  {
    id: 'promo-link/de/lesen-sie-auch',
    kind: 'promo-link',
    lang: 'de',
    patterns: [
      startsWith(/lesen sie (?:auch|mehr|hier|dazu(?: auch)?|außerdem|zudem)|lies (?:auch|mehr|hier)|lesetipps?|lese-tipps?|zum weiterlesen|das könnte (?:sie|dich) auch interessieren|siehe auch|auch lesenswert|(?:hier|jetzt) weiterlesen|mehr zum thema/iu),
    ],
    examples: [
      'Lesen Sie auch: Warum die Mieten weiter steigen',
      'LESEN SIE AUCH',
      'Lesen Sie mehr zum Thema Rente',
      'Mehr zum Thema: Bundestag beschließt Haushalt',
      'Zum Weiterlesen: Das Dossier zur Wahl',
      'Das könnte Sie auch interessieren: Neue Regeln für E-Autos',
      'Siehe auch: Die Chronik der Krise',
      'Lesetipp: So gelingt der Umstieg aufs E-Auto',
    ],
    counterExamples: [
      'Lesen Sie die Packungsbeilage sorgfältig.',
      'Siehe Auchinleck, der schottische Ort, nahm teil.',
    ],
  },
  {
    id: 'promo-link/de/auch-interessant',
    kind: 'promo-link',
    lang: 'de',
    patterns: [
      leadIn(/auch interessant|ebenfalls interessant|passend (?:dazu|zum thema)|zum thema|mehr dazu|mehr lesen|weiterlesen|mehr|empfehlung(?: der redaktion)?/iu),
    ],
    examples: [
      'Auch interessant: Die besten Wanderwege im Harz',
      'Passend dazu: Was sich 2025 ändert',
      'Mehr dazu: Die Reform im Überblick',
      'Weiterlesen',
      'Zum Thema: Klimaschutz in der Stadt',
      'Mehr: Alle Ergebnisse der Bundesliga',
    ],
    counterExamples: [
      'Passend dazu erklärte der Minister, dass die Steuer sinken soll.',
      'Mehr dazu sagte er nicht.',
      'Auch interessant ist, dass die Zahl der Anträge gestiegen ist.',
      'Mehr als 40 Menschen wurden verletzt.',
    ],
  },

  // es
  {
    id: 'promo-link/es/lee-tambien',
    kind: 'promo-link',
    lang: 'es',
    patterns: [
      startsWith(/(?:lee|lea|leer) (?:tambi[ée]n|adem[áa]s)|(?:tambi[ée]n )?(?:te|le) (?:puede|podr[ií]a) interesar|quiz[áa]s? (?:te|le) interese|te recomendamos leer|(?:ver|mira|vea) tambi[ée]n/iu),
    ],
    examples: [
      'Te puede interesar: Los mejores destinos para 2025',
      'Lee también: El Gobierno aprueba los presupuestos',
      'LEA TAMBIÉN | La inflación baja al 2,8 %',
      'También te puede interesar: Qué hacer en Madrid',
      'Ver también: El especial de las elecciones',
      'Quizás te interese: la guía de la renta',
    ],
    counterExamples: ['Leer tampoco es fácil para muchos niños.', 'Ver a su hijo fue lo más emocionante, dijo.'],
  },
  {
    id: 'promo-link/es/mas-informacion',
    kind: 'promo-link',
    lang: 'es',
    patterns: [
      leadIn(/le[ea]r? m[áa]s|sigue leyendo|seguir leyendo|m[áa]s informaci[óo]n|relacionad[oa]s?|noticias? relacionadas?|te recomendamos|recomendad[oa]|no te pierdas|para saber m[áa]s|m[áa]s sobre [^:|»›>–—-]{1,40}|lee|lea|ver|mira/iu),
    ],
    examples: [
      'Leer más',
      'Sigue leyendo: la crisis de la vivienda',
      'Más información: Cómo pedir la ayuda del alquiler',
      'Relacionado: El precio de la luz se dispara',
      'Noticia relacionada | Detenido el presunto autor',
      'No te pierdas: las fotos del eclipse',
    ],
    counterExamples: [
      'Más información sobre el caso llegará mañana, según la policía.',
      'Te recomendamos que bebas agua con frecuencia.',
      'Sigue leyendo el informe en la web oficial.',
      'Relacionados con el caso, tres detenidos.',
      'Leer más despacio ayuda a comprender, según el estudio.',
    ],
  },

  // it
  {
    id: 'promo-link/it/leggi-anche',
    kind: 'promo-link',
    lang: 'it',
    patterns: [
      startsWith(/leggi (?:anche|pure|inoltre|qui)|potrebbe(?:ro)? interessarti(?: anche)?|ti (?:potrebbe|potrebbero) interessare(?: anche)?|(?:vedi|guarda) anche|da non perdere|consigliat[oi] per te/iu),
    ],
    examples: [
      'Leggi anche: Le nuove regole per le pensioni',
      'LEGGI ANCHE',
      'Potrebbe interessarti: I migliori smartphone del 2025',
      'Ti potrebbe interessare: Meteo, arriva il freddo',
      'Leggi pure: La riforma della giustizia',
      'Vedi anche: Lo speciale elezioni',
      "Guarda anche: Il video dell'incidente",
    ],
    counterExamples: [
      'Leggi e decreti sono stati pubblicati in Gazzetta.',
      'Potrebbero interessare anche altri paesi le nuove sanzioni.',
    ],
  },
  {
    id: 'promo-link/it/approfondisci',
    kind: 'promo-link',
    lang: 'it',
    patterns: [
      leadIn(/approfondisci|per approfondire|scopri di pi[ùu]|leggi di pi[ùu]|leggi tutto|continua a leggere|articolo correlato|correlat[oi]|leggi|vedi|guarda|ascolta/iu),
    ],
    examples: [
      'Approfondisci: Cosa cambia con la manovra',
      'Per approfondire: la legge di bilancio',
      'Leggi tutto',
      'Correlati: Sciopero dei treni venerdì',
      'Scopri di più',
    ],
    counterExamples: [
      "Per approfondire la questione servirà un'indagine parlamentare.",
      'Scopri di più sulle nuove regole europee nel rapporto.',
      'Guarda caso, il sindaco era assente.',
    ],
  },

  // pt
  {
    id: 'promo-link/pt/leia-tambem',
    kind: 'promo-link',
    lang: 'pt',
    patterns: [
      startsWith(/(?:leia|leiam|ler|veja|vejam|confira|assista|ou[çc]a) (?:tamb[ée]m|ainda)|voc[êe] (?:pode|poder[áa]) (?:gostar|se interessar)|n[ãa]o deixe de ler/iu),
    ],
    examples: [
      'Leia também: Governo anuncia novo pacote fiscal',
      'LEIA TAMBÉM',
      'Veja também: Os melhores destinos de 2025',
      'Confira também: as fotos do evento',
      'Você pode gostar: receitas para o fim de semana',
      'Leia ainda | O impacto da reforma tributária',
    ],
    counterExamples: ['Ler tampouco é fácil para muitas crianças.', 'Veja bem: a proposta ainda não foi votada.'],
  },
  {
    id: 'promo-link/pt/saiba-mais',
    kind: 'promo-link',
    lang: 'pt',
    patterns: [
      leadIn(/leia mais|leia|ler mais|veja mais|veja|saiba mais|relacionad[oa]s?|mat[ée]rias? relacionadas?|not[ií]cias? relacionadas?|confira|recomendad[oa]s?|n[ãa]o perca|pode (?:te |lhe )?interessar|continue lendo|leia a seguir/iu),
    ],
    examples: [
      'Leia mais: Inflação desacelera em março',
      'Saiba mais: Como declarar o Imposto de Renda',
      'Relacionado: Lula viaja à China',
      'Não perca: o guia completo das eleições',
      'Veja: o vídeo do acidente',
      'Notícias relacionadas | Chuvas no Sul',
    ],
    counterExamples: [
      'Saiba mais sobre o programa no site do governo.',
      'Leia mais devagar, recomendam os especialistas.',
      'Veja como ficou a votação.',
      'Não perca a esperança, disse o técnico aos jogadores.',
    ],
  },

  // nl
  {
    id: 'promo-link/nl/lees-ook',
    kind: 'promo-link',
    lang: 'nl',
    patterns: [startsWith(/lees (?:ook|hier)|bekijk ook|kijk ook|luister ook|ook interessant om te lezen/iu)],
    examples: [
      'Lees ook: Kabinet presenteert nieuwe plannen',
      'LEES OOK',
      'Bekijk ook: De beelden van de storm',
      'Kijk ook | Het interview met de premier',
    ],
    counterExamples: ['Lees oom Jan de brief voor, vroeg ze.', 'Bekijk ooit eens de sterren vanaf de Wadden.'],
  },
  {
    id: 'promo-link/nl/meer-over',
    kind: 'promo-link',
    lang: 'nl',
    patterns: [
      leadIn(/lees meer|lees verder|meer over dit onderwerp|meer hierover|meer lezen|ook interessant|gerelateerd|zie ook|aanbevolen|meer nieuws|meer over [^:|»›>–—-]{1,40}|lees|bekijk/iu),
    ],
    examples: [
      'Lees meer: De woningmarkt in cijfers',
      'Meer over dit onderwerp: Klimaattop in Dubai',
      'Ook interessant: Zo bespaar je op energie',
      'Gerelateerd: Nieuwe regels voor e-bikes',
      'Zie ook: Dossier verkiezingen',
      'Lees verder',
    ],
    counterExamples: [
      'Lees meer boeken, adviseert de minister.',
      'Zie ook de bijlage bij het rapport.',
      'Meer over dit onderwerp wilde de woordvoerder niet kwijt.',
    ],
  },

  // pl
  {
    id: 'promo-link/pl/czytaj-takze',
    kind: 'promo-link',
    lang: 'pl',
    patterns: [
      startsWith(/(?:czytaj|przeczytaj|zobacz|sprawd[źz]|obejrzyj|pos[łl]uchaj) (?:te[żz]|tak[żz]e|r[óo]wnie[żz])|mo[żz]e (?:ci[ęe]|pana|pani[ąa]?) (?:r[óo]wnie[żz] |te[żz] )?zainteresowa[ćc]/iu),
      colonLeadIn(/czytaj|przeczytaj|zobacz|sprawd[źz]/iu),
    ],
    examples: [
      'Czytaj także: Rząd przyjął projekt budżetu',
      'CZYTAJ TEŻ',
      'Zobacz też: Najlepsze seriale roku',
      'Zobacz także: Prognoza pogody na weekend',
      'Przeczytaj również: Nowe przepisy drogowe',
      'Może cię zainteresować: Jak oszczędzać na prądzie',
      'CZYTAJ: Premier zapowiada zmiany',
    ],
    counterExamples: ['Zobacz, jak zmieniły się ceny.', 'Czytaj tekst uważnie, radzi nauczycielka.'],
  },
  {
    id: 'promo-link/pl/polecamy',
    kind: 'promo-link',
    lang: 'pl',
    patterns: [
      leadIn(/czytaj wi[ęe]cej|czytaj dalej|polecamy|wi[ęe]cej na ten temat|wi[ęe]cej informacji|powi[ąa]zane|polecany artyku[łl]|nie przegap|warto przeczyta[ćc]/iu),
    ],
    examples: [
      'Polecamy: Jak oszczędzać na prądzie',
      'Więcej na ten temat: Reforma emerytalna',
      'Czytaj więcej',
      'Powiązane: Wybory samorządowe 2024',
      'Warto przeczytać: Historia polskiej kolei',
    ],
    counterExamples: [
      'Czytaj więcej książek — apelują bibliotekarze.',
      'Polecamy wszystkim rodzicom ten poradnik.',
      'Więcej na ten temat powie jutro minister.',
    ],
  },

  // ───────────────────────────── trailing-heading ─────────────────────────────
  // The WHOLE text of a heading that opens a section which is not the article. Kickers that can
  // sit ABOVE an article ("Kommentar", "Opinion", "Dernière minute", "Última hora", "L'essentiel")
  // are left out on purpose: the removal step drops everything after the heading.

  // en
  {
    id: 'trailing-heading/en/related',
    kind: 'trailing-heading',
    lang: 'en',
    patterns: [
      whole(/related(?: (?:articles?|stories|story|posts?|content|coverage|news|links|reading|topics|videos?))?|similar (?:articles|stories|posts)|more (?:like this|stories|articles|news|headlines|to (?:read|explore)|on this (?:story|topic)|(?:from|in|on) [^:?!;,]{1,40})|other (?:stories|news|articles)|see also|you (?:may|might) also (?:like|enjoy|be interested in)|we recommend|recommended(?: (?:for you|stories|articles|reading|videos))?|editor['’]s picks?|(?:don['’]t|do not) miss|read (?:next|more)|up next|what to read next|keep reading|further reading|explore (?:more|further)|around the web|from (?:the web|our partners|around the web)|(?:sponsored|promoted) (?:stories|content|links)|you may have missed|in case you missed it/iu),
    ],
    examples: [
      'Related',
      'Related articles',
      'RELATED STORIES',
      'More from BBC News',
      'More on this story',
      'You may also like',
      'Recommended for you',
      'Read next',
    ],
    counterExamples: [
      'Related costs rose sharply',
      "More from less: how farms cut water use",
      'Other stories told by survivors',
      'Up next for the council: a vote on housing',
    ],
  },
  {
    id: 'trailing-heading/en/most-read',
    kind: 'trailing-heading',
    lang: 'en',
    patterns: [
      whole(/most (?:read|popular|viewed|shared|commented|emailed|watched|recent)(?: (?:articles|stories|news|now|today|this week|on [^:?!;,]{1,40}))?|popular(?: (?:now|today|stories|articles|posts|on [^:?!;,]{1,40}))?|trending(?: (?:now|stories|news|topics|today|on [^:?!;,]{1,40}))?|what['’]s (?:popular|trending|hot)|latest(?: (?:news|stories|articles|posts|headlines|videos|from [^:?!;,]{1,40}|in [^:?!;,]{1,40}))?|the latest|top (?:stories|news|headlines|picks)|more (?:top )?stories|more news|recent (?:posts|articles|stories|news)/iu),
    ],
    examples: ['Most read', 'Most Popular', 'MOST VIEWED', 'Trending', 'Trending now', 'Popular now', 'Latest news', 'Latest'],
    counterExamples: [
      'Most read books of 2024 explained by age',
      'Popular uprisings in the Arab world',
      'Trending downward: what the data shows',
      'Latest figures from the ONS show a rise',
    ],
  },
  {
    id: 'trailing-heading/en/tags',
    kind: 'trailing-heading',
    lang: 'en',
    patterns: [
      whole(/tags?|tagged(?: with| in)?|topics?|keywords?|categor(?:y|ies)|filed (?:under|in)(?: ?:? [^:?!;,]{1,40})?|posted in(?: ?:? [^:?!;,]{1,40})?|related topics|more topics|subjects?|labels?|about(?: (?:the )?(?:authors?|writer|reporter|contributors?))?|about us|authors?|written by/iu),
    ],
    examples: ['Tags', 'Topics', 'Keywords:', 'Filed under', 'Filed under: Politics', 'About the author', 'About', 'Posted in News'],
    counterExamples: [
      'Tags and labels in the EU regulation',
      'Topics for the next summit',
      'About 40 people attended',
      'Filed under seal, the documents remain secret',
    ],
  },
  {
    id: 'trailing-heading/en/comments-share',
    kind: 'trailing-heading',
    lang: 'en',
    patterns: [
      whole(/(?:reader )?comments|\d{1,5} comments?|leave a (?:comment|reply)|post a comment|add a comment|join the (?:conversation|discussion|debate)|have your say|share(?: this)?(?: (?:article|story|post|page))?|share on social media|newsletters?|sign up for (?:our|the) newsletter|subscribe|follow us(?: on [^:?!;,]{1,30})?/iu),
    ],
    examples: [
      'Comments',
      'Leave a comment',
      'Leave a Reply',
      'Join the conversation',
      'Share this',
      'Share this article',
      'Newsletter',
      'Follow us on Twitter',
    ],
    counterExamples: [
      'Comments from the minister drew criticism',
      'Share prices fell sharply',
      'Newsletter publishers face new rules',
      'Subscribe or cancel: the new rules explained',
    ],
  },

  // fr
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

  // de
  {
    id: 'trailing-heading/de/weitere-artikel',
    kind: 'trailing-heading',
    lang: 'de',
    patterns: [
      whole(/weitere (?:interessante )?(?:artikel|beiträge|nachrichten|news|meldungen|themen|videos|inhalte|geschichten)(?: (?:zum thema(?: [^:?!;,]{1,40})?|(?:zu|aus|von|über|im|in der) [^:?!;,]{1,40}))?|mehr (?:zum thema(?: [^:?!;,]{1,40})?|zu[mr]? [^:?!;,]{1,40}|aus (?:dem|der|den) [^:?!;,]{1,40}|news|nachrichten|artikel|themen|videos|beiträge|meldungen)|ähnliche (?:artikel|beiträge|themen|nachrichten)|verwandte (?:artikel|beiträge|themen)|links zum (?:thema|artikel)|weiterführende links/iu),
    ],
    examples: [
      'Weitere Artikel',
      'Mehr zum Thema',
      'Mehr zu Bitcoin',
      'Mehr aus dem Ressort',
      'Ähnliche Artikel',
      'Verwandte Themen',
      'Weitere Nachrichten',
      'Mehr zum Thema auf UEPO.de',
    ],
    counterExamples: [
      'Weitere Artikel des Grundgesetzes wurden geändert',
      'Mehr zu tun als je zuvor: die Pflege in der Krise',
      'Ähnliche Artikel gab es schon 2019',
    ],
  },
  {
    id: 'trailing-heading/de/das-koennte-sie-interessieren',
    kind: 'trailing-heading',
    lang: 'de',
    patterns: [
      whole(/das könnte (?:sie|dich) auch interessieren|(?:sie|du) könnte(?:n|st) auch an folgenden artikeln interessiert sein|(?:auch|ebenfalls) interessant|empfehlungen(?: der redaktion| für (?:sie|dich))?|empfohlene (?:artikel|beiträge)|unsere empfehlungen?|lesen sie auch|lies auch|siehe auch|zum thema|passend zum thema/iu),
    ],
    examples: [
      'Das könnte Sie auch interessieren',
      'Das könnte dich auch interessieren',
      'Auch interessant',
      'Empfehlungen',
      'Empfehlungen der Redaktion',
      'Lesen Sie auch',
      'Siehe auch',
      'Zum Thema',
    ],
    counterExamples: [
      'Das könnte Sie auch interessieren, sagte der Verkäufer.',
      'Auch interessant ist der zweite Befund',
      'Zum Thema Rente äußerte sich niemand',
    ],
  },
  {
    id: 'trailing-heading/de/meistgelesen',
    kind: 'trailing-heading',
    lang: 'de',
    patterns: [
      whole(/meistgelesen(?:e (?:artikel|beiträge|nachrichten|news|meldungen))?|meist(?:gesehen|kommentiert|geteilt|geklickt)(?:e (?:artikel|beiträge|videos|nachrichten))?|am meisten (?:gelesen|kommentiert|geteilt|gesehen)|(?:die )?beliebtesten (?:artikel|beiträge|nachrichten)|beliebt(?:e (?:artikel|beiträge|nachrichten|themen))?|top[- ](?:artikel|themen|news|nachrichten|meldungen)|(?:die )?neuesten? (?:artikel|beiträge|nachrichten|news|meldungen|videos)|neue beiträge|aktuelle (?:nachrichten|artikel|beiträge|news|meldungen|themen)|aktuelles|im trend|trends?|schlagzeilen|letzte (?:beiträge|artikel|meldungen)/iu),
    ],
    examples: [
      'Meistgelesen',
      'Meistgelesene Artikel',
      'Am meisten gelesen',
      'Beliebt',
      'Neueste Artikel',
      'Aktuelle Nachrichten',
      'Neueste Beiträge',
      'MEISTGELESEN',
    ],
    counterExamples: [
      'Beliebt bei Touristen: die Ostsee',
      'Neueste Artikel der Verfassung im Überblick',
      'Aktuelle Nachrichten aus Kiew bestätigen den Angriff',
    ],
  },
  {
    id: 'trailing-heading/de/schlagworte',
    kind: 'trailing-heading',
    lang: 'de',
    patterns: [
      whole(/schlagw(?:orte|örter|ort)|stichw(?:orte|örter|ort)|stichwort-wolke|tags?|themen|kategorien?|rubriken?|abgelegt unter(?: ?:? [^:?!;,]{1,40})?|veröffentlicht (?:in|unter)(?: ?:? [^:?!;,]{1,40})?|über (?:den|die) (?:autor(?:in)?|autoren|autorinnen|autor\*in|autor:in)|über mich|über uns|zum autor|zur autorin|(?:der |die )?autor(?:in)?/iu),
    ],
    examples: [
      'Schlagworte',
      'Schlagwörter',
      'Themen',
      'Über den Autor',
      'Tags',
      'Abgelegt unter Aktuelles',
      'Stichworte',
      'Zur Autorin',
    ],
    counterExamples: ['Themen der Woche im Bundestag', 'Über den Autor des Gesetzes wird viel spekuliert'],
  },
  {
    id: 'trailing-heading/de/kommentare',
    kind: 'trailing-heading',
    lang: 'de',
    patterns: [
      whole(/kommentare|\d{1,5} kommentare?|leserkommentare|diskutieren sie mit|kommentieren|(?:schreib(?:e|en sie)?|hinterlasse|hinterlassen sie|verfassen sie) einen kommentar|kommentar (?:verfassen|schreiben)|(?:diesen |den )?(?:artikel|beitrag) teilen|teilen(?: mit)?|(?:[\p{L}+]{1,20}-)?newsletter|(?:folgen sie|folge|folgt) uns(?: auf [^:?!;,]{1,30})?/iu),
    ],
    examples: [
      'Kommentare',
      'Kommentar verfassen',
      'Schreibe einen Kommentar',
      'Diskutieren Sie mit',
      'Artikel teilen',
      'Teilen mit:',
      'Newsletter',
      'Folgen Sie uns auf Facebook',
    ],
    counterExamples: [
      'Kommentare des Kanzlers sorgten für Empörung',
      'Teilen statt besitzen: Die Sharing Economy',
      'Kommentar: Die Ampel hat versagt',
      'Kommentar',
    ],
  },

  // es
  {
    id: 'trailing-heading/es/relacionados',
    kind: 'trailing-heading',
    lang: 'es',
    patterns: [
      whole(/(?:noticias|art[ií]culos|contenidos?|temas|notas|enlaces|historias) relacionad[oa]s|relacionad[oa]s|(?:tambi[ée]n )?(?:te|le) (?:puede|podr[ií]a) (?:interesar|gustar)|quiz[áa]s? (?:te|le) interese|m[áa]s (?:noticias|art[ií]culos|historias)(?: (?:de|sobre|en) [^:?!;,]{1,40})?|m[áa]s sobre [^:?!;,]{1,40}|otras noticias|(?:lee|lea|ver) tambi[ée]n|recomendad[oa]s(?: para (?:ti|usted))?|te recomendamos|no te pierdas|sigue leyendo/iu),
    ],
    examples: [
      'Noticias relacionadas',
      'Artículos relacionados',
      'Relacionados',
      'Te puede interesar',
      'También te puede interesar',
      'Más noticias',
      'Recomendados',
      'Más sobre Ucrania',
    ],
    counterExamples: [
      'Noticias relacionadas con el caso llegaron tarde',
      'Más sobre el caso: lo que sabemos',
      'Recomendados por la OMS, los ejercicios diarios',
    ],
  },
  {
    id: 'trailing-heading/es/lo-mas-leido',
    kind: 'trailing-heading',
    lang: 'es',
    patterns: [
      whole(/lo m[áa]s (?:le[ií]do|visto|compartido|comentado|popular|reciente)|(?:las |los )?m[áa]s (?:le[ií]d[oa]s|vist[oa]s|compartid[oa]s|comentad[oa]s|populares)|[úu]ltimas (?:noticias|publicaciones|entradas|informaciones|historias)|[úu]ltimos art[ií]culos|lo [úu]ltimo|tendencias?|en portada|destacad[oa]s|populares/iu),
    ],
    examples: [
      'Lo más leído',
      'Lo más visto',
      'Más leídas',
      'Últimas noticias',
      'ÚLTIMAS NOTICIAS',
      'Tendencias',
      'Lo último',
      'Destacados',
    ],
    counterExamples: [
      'Lo más leído en 2024 fue una novela',
      'Últimas noticias sobre el rescate: sigue la búsqueda',
      'Tendencias de consumo en España',
    ],
  },
  {
    id: 'trailing-heading/es/etiquetas',
    kind: 'trailing-heading',
    lang: 'es',
    patterns: [
      whole(/etiquetas|tags?|temas|categor[ií]as?|secciones|archivado en(?: ?:? [^:?!;,]{1,40})?|sobre (?:el|la) (?:autor|autora)|acerca (?:del autor|de la autora)|(?:el|la) (?:autor|autora)|comentarios|\d{1,5} comentarios?|deja (?:un|tu) comentario|comparte(?: (?:esta noticia|este art[ií]culo))?|compartir(?: (?:esta noticia|este art[ií]culo|en redes sociales))?|bolet[ií]n|newsletter|s[ií]guenos(?: en [^:?!;,]{1,30})?/iu),
    ],
    examples: [
      'Etiquetas',
      'Temas',
      'Comentarios',
      'Sobre el autor',
      'Archivado en',
      'Deja un comentario',
      'Compartir',
      'Síguenos en Twitter',
    ],
    counterExamples: [
      'Temas clave del debate presupuestario',
      'Comentarios del ministro sobre la reforma',
      'Sobre el autor del atentado se sabe poco',
    ],
  },

  // it
  {
    id: 'trailing-heading/it/articoli-correlati',
    kind: 'trailing-heading',
    lang: 'it',
    patterns: [
      whole(/(?:articoli|notizie|contenuti|post) (?:correlat[ie]|simili|consigliati|collegat[ie])|correlat[ie]|(?:potrebbe|potrebbero) interessarti(?: anche)?|ti (?:potrebbe|potrebbero) interessare(?: anche)?|(?:leggi|vedi|guarda) anche|consigliati(?: per te)?|scelti per te|altre notizie(?: (?:di|su|da) [^:?!;,]{1,40})?|altri articoli(?: (?:di|su|da) [^:?!;,]{1,40})?|(?:di pi[ùu]|altro) su [^:?!;,]{1,40}|approfondimenti|da non perdere|potrebbe piacerti(?: anche)?/iu),
    ],
    examples: [
      'Articoli correlati',
      'Notizie correlate',
      'Potrebbe interessarti anche',
      'Ti potrebbe interessare',
      'Leggi anche',
      'Consigliati per te',
      'Altre notizie',
      'Da non perdere',
    ],
    counterExamples: [
      'Articoli correlati alla riforma sono stati stralciati',
      'Altre notizie dal fronte: nuovi attacchi',
      'Leggi anche tu il rapporto',
    ],
  },
  {
    id: 'trailing-heading/it/piu-letti',
    kind: 'trailing-heading',
    lang: 'it',
    patterns: [
      whole(/(?:i |le )?pi[ùu] (?:lett[ie]|vist[ie]|condivis[ie]|commentat[ie]|popolari|cliccat[ie])(?: (?:di oggi|della settimana|del giorno|del mese))?|(?:le )?ultime (?:notizie|news)|ultim['’] ?ora|le ultime|ultimi articoli|in evidenza|in primo piano|tendenze|di tendenza/iu),
    ],
    examples: ['I più letti', 'Più letti', 'Più lette', 'Ultime notizie', "Ultim'ora", 'Le più viste', 'In evidenza', 'PIÙ LETTI'],
    counterExamples: [
      "I più letti romanzi dell'estate secondo i librai",
      'Ultime notizie dal fronte: attacco a Kharkiv',
      'Tendenze del mercato immobiliare nel 2025',
    ],
  },
  {
    id: 'trailing-heading/it/tag',
    kind: 'trailing-heading',
    lang: 'it',
    patterns: [
      whole(/tags?|argomenti|parole chiave|categori[ae]|temi|l['’]autore|l['’]autrice|(?:sull|dell)['’]autore|chi sono|commenti|\d{1,5} commenti|lascia un commento|scrivi un commento|condividi(?: (?:questo articolo|l['’]articolo|su [^:?!;,]{1,30}))?|newsletter|seguici(?: su [^:?!;,]{1,30})?/iu),
    ],
    examples: [
      'Tag',
      'Argomenti',
      'Commenti',
      "L'autore",
      'Parole chiave',
      'Lascia un commento',
      'Condividi',
      'Seguici su Facebook',
    ],
    counterExamples: [
      'Argomenti a favore della riforma',
      'Commenti del ministro sulla manovra',
      "L'autore del libro presenta il romanzo a Torino",
    ],
  },

  // pt
  {
    id: 'trailing-heading/pt/noticias-relacionadas',
    kind: 'trailing-heading',
    lang: 'pt',
    patterns: [
      whole(/(?:not[ií]cias|artigos|mat[ée]rias|conte[úu]dos?|posts?|reportagens) relacionad[oa]s|relacionad[oa]s|(?:veja|leia|confira) (?:tamb[ée]m|mais)|voc[êe] (?:pode|poder[áa]) (?:gostar|se interessar)(?: tamb[ée]m)?|pode (?:te |lhe )?interessar|(?:tamb[ée]m )?(?:te|lhe) pode interessar|mais not[ií]cias(?: (?:de|sobre) [^:?!;,]{1,40})?|mais sobre [^:?!;,]{1,40}|outras not[ií]cias|recomendad[oa]s(?: para (?:voc[êe]|si))?|n[ãa]o perca|saiba mais/iu),
    ],
    examples: [
      'Notícias relacionadas',
      'Artigos relacionados',
      'Veja também',
      'Leia também',
      'Relacionados',
      'Mais notícias',
      'Você pode gostar',
      'Mais sobre Economia',
    ],
    counterExamples: [
      'Notícias relacionadas ao caso foram apagadas',
      'Veja também o vídeo abaixo para entender',
      'Mais sobre o caso: o que se sabe',
    ],
  },
  {
    id: 'trailing-heading/pt/mais-lidas',
    kind: 'trailing-heading',
    lang: 'pt',
    patterns: [
      whole(/(?:as |os )?mais (?:lid[oa]s|vist[oa]s|partilhad[oa]s|compartilhad[oa]s|comentad[oa]s|populares)|[úu]ltimas(?: not[ií]cias| publica[çc][õo]es| mat[ée]rias)?|em alta|tend[êe]ncias|destaques|populares/iu),
    ],
    examples: ['Mais lidas', 'Mais lidos', 'Últimas notícias', 'Os mais vistos', 'Em alta', 'Destaques', 'MAIS LIDAS', 'Últimas'],
    counterExamples: [
      'Mais lidas do que nunca, as HQs voltam às bancas',
      'Últimas notícias do resgate: buscas continuam',
      'Tendências de consumo para 2025',
    ],
  },
  {
    id: 'trailing-heading/pt/tags',
    kind: 'trailing-heading',
    lang: 'pt',
    patterns: [
      whole(/tags?|etiquetas|t[óo]picos|temas|assuntos|categorias?|arquivado em(?: ?:? [^:?!;,]{1,40})?|sobre (?:o autor|a autora)|(?:o|a) (?:autor|autora)|coment[áa]rios|\d{1,5} coment[áa]rios?|deixe (?:um|seu|o seu) coment[áa]rio|partilh(?:e|ar)(?: (?:este artigo|esta not[ií]cia))?|compartilh(?:e|ar)(?: (?:este artigo|esta not[ií]cia|esta mat[ée]ria))?|newsletter|siga-nos(?: n[oa] [^:?!;,]{1,30})?/iu),
    ],
    examples: [
      'Tags',
      'Tópicos',
      'Temas',
      'Comentários',
      'Sobre o autor',
      'Deixe um comentário',
      'Compartilhe',
      'Assuntos',
    ],
    counterExamples: [
      'Temas da campanha eleitoral em debate',
      'Comentários do ministro irritam a oposição',
      'Sobre o autor do crime pouco se sabe',
    ],
  },

  // nl
  {
    id: 'trailing-heading/nl/gerelateerd',
    kind: 'trailing-heading',
    lang: 'nl',
    patterns: [
      whole(/gerelateerde? (?:artikelen|berichten|nieuws|verhalen|onderwerpen|content|video['’]?s)|gerelateerd|(?:lees|bekijk|kijk) ook|meer (?:nieuws|artikelen|berichten|verhalen)(?: (?:over|uit|van) [^:?!;,]{1,40})?|meer over (?:dit onderwerp|[^:?!;,]{1,40})|meer (?:uit|van) [^:?!;,]{1,40}|ook interessant|aanbevolen(?: (?:voor jou|voor u|artikelen))?|(?:dit|deze) (?:vind je|vindt u) misschien ook (?:interessant|leuk)|misschien ook interessant|andere (?:artikelen|berichten)|ander nieuws|zie ook/iu),
    ],
    examples: [
      'Gerelateerde artikelen',
      'Gerelateerd',
      'Lees ook',
      'Meer nieuws',
      'Meer over dit onderwerp',
      'Bekijk ook',
      'Ook interessant',
      'Meer over Oekraïne',
    ],
    counterExamples: [
      'Gerelateerde kosten stegen fors',
      'Meer nieuws dan ooit: de krant groeit',
      'Lees ook de kleine lettertjes',
    ],
  },
  {
    id: 'trailing-heading/nl/meest-gelezen',
    kind: 'trailing-heading',
    lang: 'nl',
    patterns: [
      whole(/meest (?:gelezen|bekeken|gedeeld|besproken|populair)(?: (?:artikelen|nieuws|berichten|video['’]?s))?|meestgelezen|populair(?:e (?:artikelen|berichten))?|(?:het )?laatste nieuws|laatste (?:artikelen|berichten)|nieuwste (?:artikelen|berichten)|net binnen|trending|trends/iu),
    ],
    examples: [
      'Meest gelezen',
      'Meestgelezen',
      'Laatste nieuws',
      'Het laatste nieuws',
      'Populair',
      'Meest bekeken',
      'Net binnen',
      'MEEST GELEZEN',
    ],
    counterExamples: [
      'Meest gelezen boek van het jaar is een thriller',
      'Laatste nieuws over de storm: code rood',
      'Populair bij jongeren: de e-step',
    ],
  },
  {
    id: 'trailing-heading/nl/tags',
    kind: 'trailing-heading',
    lang: 'nl',
    patterns: [
      whole(/tags?|trefwoorden|onderwerpen|thema['’]?s|categorie(?:ën|en)?|rubrieken?|over de (?:auteurs?|schrijver|redacteur)|over (?:mij|ons)|(?:de )?auteur|reacties|\d{1,5} reacties?|reageer|reageren|plaats (?:een|je|uw) reactie|laat (?:een|je|uw) reactie achter|(?:dit artikel )?delen|deel (?:dit|dit artikel|dit bericht)|nieuwsbrief|volg ons(?: op [^:?!;,]{1,30})?/iu),
    ],
    examples: ['Tags', 'Onderwerpen', 'Reacties', 'Over de auteur', 'Trefwoorden', 'Reageer', 'Delen', 'Nieuwsbrief'],
    counterExamples: [
      'Onderwerpen voor het debat van morgen',
      'Reacties van de minister waren fel',
      'Delen is het nieuwe hebben',
    ],
  },

  // pl
  {
    id: 'trailing-heading/pl/powiazane',
    kind: 'trailing-heading',
    lang: 'pl',
    patterns: [
      whole(/powi[ąa]zane(?: (?:artyku[łl]y|tre[śs]ci|tematy|wiadomo[śs]ci|materia[łl]y))?|(?:zobacz|czytaj|przeczytaj|sprawd[źz]) (?:te[żz]|tak[żz]e|r[óo]wnie[żz])|podobne (?:artyku[łl]y|tematy|wpisy)|(?:mo[żz]e|mog[ąa]) ci[ęe] (?:r[óo]wnie[żz] )?zainteresowa[ćc]|polecane(?: (?:artyku[łl]y|dla ciebie|wideo|materia[łl]y))?|polecamy|wi[ęe]cej (?:na ten temat|o [^:?!;,]{1,40}|z [^:?!;,]{1,40}|wiadomo[śs]ci|artyku[łl][óo]w)|inne (?:artyku[łl]y(?: autora)?|wiadomo[śs]ci)|czytaj (?:wi[ęe]cej|dalej)/iu),
    ],
    examples: [
      'Powiązane artykuły',
      'Zobacz też',
      'Zobacz także',
      'Czytaj także',
      'Polecane',
      'Może cię zainteresować',
      'Więcej na ten temat',
      'Więcej z kategorii Polityka',
    ],
    counterExamples: [
      'Powiązane z tym koszty wzrosły',
      'Zobacz też, jak głosowali posłowie',
      'Więcej o sprawie: co wiemy',
    ],
  },
  {
    id: 'trailing-heading/pl/najczesciej-czytane',
    kind: 'trailing-heading',
    lang: 'pl',
    patterns: [
      whole(/najcz[ęe][śs]ciej (?:czytane|komentowane|ogl[ąa]dane|udost[ęe]pniane)|najpopularniejsze(?: (?:artyku[łl]y|wiadomo[śs]ci|tematy))?|najnowsze(?: (?:wiadomo[śs]ci|artyku[łl]y|informacje|wpisy))?|ostatnie (?:wpisy|artyku[łl]y|wiadomo[śs]ci)|popularne|na czasie|trendy/iu),
    ],
    examples: [
      'Najczęściej czytane',
      'Najnowsze',
      'Najnowsze wiadomości',
      'Najpopularniejsze',
      'Popularne',
      'NAJCZĘŚCIEJ CZYTANE',
      'Ostatnie wpisy',
      'Na czasie',
    ],
    counterExamples: [
      'Najnowsze dane GUS: inflacja spada',
      'Popularne wśród turystów jest Zakopane',
      'Najczęściej czytane książki w Polsce to kryminały',
    ],
  },
  {
    id: 'trailing-heading/pl/tagi',
    kind: 'trailing-heading',
    lang: 'pl',
    patterns: [
      whole(/tagi|tag|tematy|s[łl]owa kluczowe|kategori[ae]|o autorze|o autorce|autor|autorka|komentarze|\d{1,5} komentarz(?:e|y)?|skomentuj|dodaj komentarz|napisz komentarz|udost[ęe]pnij(?: (?:artyku[łl]|ten artyku[łl]))?|newsletter|obserwuj nas(?: na [^:?!;,]{1,30})?/iu),
    ],
    examples: [
      'Tagi',
      'Tematy',
      'Komentarze',
      'O autorze',
      'Słowa kluczowe',
      'Dodaj komentarz',
      'Udostępnij',
      'Obserwuj nas na Facebooku',
    ],
    counterExamples: ['Tematy kampanii wyborczej', 'Komentarze polityków po debacie', 'O autorze zamachu wiadomo niewiele'],
  },

  // ───────────────────────────── share ─────────────────────────────
  // The WHOLE text of a share-bar label or share link, optionally with a share count.

  // '*': network names, alone, are share links whatever the language.
  {
    id: 'share/*/network-name',
    kind: 'share',
    lang: '*',
    patterns: [
      whole(/(?:facebook|twitter|x \((?:formerly )?twitter\)|linked ?in|whats ?app|pinterest|reddit|telegram|flipboard|threads|bluesky|mastodon|xing|(?:facebook )?messenger|tumblr|instagram|tiktok|youtube|vk|vkontakte|weibo|wechat|viber|e-?mail|mail|sms|rss|hacker news|google news)(?: \(?\d[\d.,]{0,8}[km]?\)?)?/iu),
    ],
    examples: ['Facebook', 'X (formerly Twitter)', 'LinkedIn', 'WhatsApp', 'WHATSAPP', 'Pinterest', 'Email', 'Flipboard'],
    counterExamples: [
      'Facebook said it would appeal the ruling.',
      'x',
      'Twitter was renamed X in 2023.',
      'Email remains the main channel for phishing.',
    ],
  },

  // '*': "X" only as a capital: a lone lowercase "x" is a maths variable or a multiplication sign.
  {
    id: 'share/*/x',
    kind: 'share',
    lang: '*',
    patterns: [whole(/X|𝕏/u)],
    examples: ['X', '𝕏', '- X -'],
    counterExamples: ['x', 'X marks the spot', 'XL'],
  },

  // en
  {
    id: 'share/en/share',
    kind: 'share',
    lang: 'en',
    patterns: [
      whole(/share(?: (?:this|it|now|article|story|post|page|via|on|to))?|share this (?:article|story|post|page|video|link)|share (?:on|via|to|with) [^:?!;,]{1,30}|(?:\d[\d.,]{0,8}[km]? )?shares?|tweet(?: this)?|pin it|copy(?: the)? link|copy (?:article )?url|link copied|print(?: this)?(?: (?:article|page|story|recipe))?|e-?mail(?: this)?(?: (?:article|story|link|to a friend))?|send to a friend|gift (?:this )?article|save(?: (?:article|story|for later))?|bookmark|follow us(?: on [^:?!;,]{1,30})?/iu),
    ],
    examples: [
      'Share',
      'Share this article',
      'Share on Facebook',
      'Tweet',
      'Pin it',
      'Copy link',
      'Print',
      'Follow us on Instagram',
    ],
    counterExamples: [
      'Shares in Apple fell 3% on Monday.',
      'Share prices slumped after the announcement.',
      'Print circulation has halved since 2010.',
      'Save the date: the festival returns in June',
    ],
  },

  // fr
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

  // de
  {
    id: 'share/de/teilen',
    kind: 'share',
    lang: 'de',
    patterns: [
      whole(/teilen|teile|(?:artikel|beitrag|seite|video) teilen|(?:diesen|den) (?:artikel|beitrag) teilen|auf [^:?!;,]{1,30} teilen|(?:teilen|senden|empfehlen) (?:auf|per|via|über) [^:?!;,]{1,30}|per (?:e-?mail|whatsapp|mail) (?:teilen|senden|versenden)|teilen mit|(?:link|url) kopieren|url zum kopieren|link kopiert|(?:artikel |seite )?drucken|drucken etc\.?|versenden|(?:artikel )?(?:per )?e-?mail|(?:artikel )?(?:merken|speichern)|twittern|empfehlen|(?:artikel )?verschenken|(?:folgen sie|folge|folgt) uns(?: auf [^:?!;,]{1,30})?|empfiehl (?:dies|diesen artikel|uns) (?:deinen|ihren) freunden|(?:diesen )?(?:artikel|beitrag) empfehlen/iu),
    ],
    examples: ['Teilen', 'Artikel teilen', 'Auf Facebook teilen', 'Link kopieren', 'Drucken', 'Per E-Mail teilen', 'Twittern', 'Merken'],
    counterExamples: [
      'Teilen ist wichtig, sagte die Ministerin.',
      'Drucken von Banknoten ist Aufgabe der Zentralbank.',
      'Auf Facebook teilen viele Nutzer Falschmeldungen.',
    ],
  },

  // es
  {
    id: 'share/es/compartir',
    kind: 'share',
    lang: 'es',
    patterns: [
      whole(/compartir|comparte|compartir (?:en|por|v[ií]a|con) [^:?!;,]{1,30}|comparte (?:en|por) [^:?!;,]{1,30}|compartir (?:esta noticia|este art[ií]culo|la noticia)|comparte (?:esta noticia|este art[ií]culo)|copiar (?:el )?(?:enlace|link|url)|enlace copiado|imprimir(?: (?:noticia|art[ií]culo))?|enviar(?: por (?:correo|e-?mail|whatsapp))?|correo(?: electr[óo]nico)?|e-?mail|guardar|tuitear|s[ií]guenos(?: en [^:?!;,]{1,30})?/iu),
    ],
    examples: [
      'Compartir',
      'Compartir en Facebook',
      'Comparte esta noticia',
      'Copiar enlace',
      'Imprimir',
      'Enviar por correo',
      'Guardar',
      'Síguenos en Instagram',
    ],
    counterExamples: [
      'Compartir piso es cada vez más común entre jóvenes.',
      'Imprimir más dinero no es la solución.',
      'Guardar silencio fue su estrategia.',
    ],
  },

  // it
  {
    id: 'share/it/condividi',
    kind: 'share',
    lang: 'it',
    patterns: [
      whole(/condividi|condividi (?:su|via|con|per) [^:?!;,]{1,30}|condividi (?:questo articolo|l['’]articolo|la notizia)|copia (?:il )?link|copia (?:l['’])?url|link copiato|stampa(?: (?:l['’]articolo|la pagina|articolo))?|invia(?: (?:per|via) e-?mail)?|e-?mail|salva|twitta|seguici(?: su [^:?!;,]{1,30})?/iu),
    ],
    examples: [
      'Condividi',
      'Condividi su Facebook',
      'Condividi questo articolo',
      'Copia link',
      'Stampa',
      'Invia per email',
      'Salva',
      'Seguici su Instagram',
    ],
    counterExamples: [
      'Stampa estera: il governo italiano sotto accusa',
      "Salva la città dall'alluvione il nuovo argine",
      'La stampa locale ha dato la notizia',
    ],
  },

  // pt
  {
    id: 'share/pt/partilhar',
    kind: 'share',
    lang: 'pt',
    patterns: [
      whole(/partilh(?:ar|e)|compartilh(?:ar|e)|(?:partilh|compartilh)(?:ar|e) (?:no|na|em|por|via|pelo|pela) [^:?!;,]{1,30}|(?:partilh|compartilh)(?:ar|e) (?:este artigo|esta not[ií]cia|esta mat[ée]ria)|copiar (?:o )?(?:link|url|endere[çc]o)|link copiado|imprimir|enviar(?: por e-?mail)?|e-?mail|guardar|salvar|siga(?:-nos)?(?: (?:n[oa]|o|a) [^:?!;,]{1,30})?/iu),
    ],
    examples: [
      'Partilhar',
      'Compartilhar',
      'Compartilhe no WhatsApp',
      'Partilhar no Facebook',
      'Copiar link',
      'Imprimir',
      'Enviar por e-mail',
      'Salvar',
    ],
    counterExamples: [
      'Partilhar casa é cada vez mais comum.',
      'Compartilhar dados exige consentimento, diz a lei.',
      'Salvar vidas é a prioridade.',
    ],
  },

  // nl
  {
    id: 'share/nl/delen',
    kind: 'share',
    lang: 'nl',
    patterns: [
      whole(/delen|deel|deel (?:dit|dit artikel|dit bericht|op [^:?!;,]{1,30}|via [^:?!;,]{1,30})|delen (?:op|via) [^:?!;,]{1,30}|(?:kopieer|kopi[ëe]ren) (?:de )?link|link (?:kopi[ëe]ren|gekopieerd)|printen|afdrukken|print|mailen|e-?mail|bewaren|opslaan|volg ons(?: op [^:?!;,]{1,30})?/iu),
    ],
    examples: ['Delen', 'Deel dit artikel', 'Delen op Facebook', 'Kopieer link', 'Printen', 'Mailen', 'Bewaren', 'Volg ons op Instagram'],
    counterExamples: [
      'Delen is het nieuwe hebben, zegt de econoom.',
      'Deel van de schade is vergoed.',
      'Printen op papier wordt duurder.',
    ],
  },

  // pl
  {
    id: 'share/pl/udostepnij',
    kind: 'share',
    lang: 'pl',
    patterns: [
      whole(/udost[ęe]pnij|udost[ęe]pnij (?:na|w|przez) [^:?!;,]{1,30}|udost[ęe]pnij (?:artyku[łl]|ten artyku[łl]|wpis)|s?kopiuj (?:link|adres)|link skopiowany|drukuj|wydrukuj|wy[śs]lij(?: (?:e-?mailem|mailem))?|e-?mail|zapisz|obserwuj nas(?: na [^:?!;,]{1,30})?/iu),
    ],
    examples: [
      'Udostępnij',
      'Udostępnij na Facebooku',
      'Udostępnij artykuł',
      'Skopiuj link',
      'Drukuj',
      'Wyślij e-mailem',
      'Zapisz',
      'Obserwuj nas na X',
    ],
    counterExamples: [
      'Udostępnij dane tylko zaufanym instytucjom, radzi UODO.',
      'Drukuj więcej pieniędzy — apelowali posłowie.',
      'Zapisz się na kurs już dziś',
    ],
  },

  // ───────────────────────────── newsletter ─────────────────────────────
  // A short block that STARTS by inviting to subscribe: a subscribe verb, then (within a short
  // clause) a newsletter/e-mail word. Prose that merely mentions a newsletter does not start so.

  // en
  {
    id: 'newsletter/en/sign-up',
    kind: 'newsletter',
    lang: 'en',
    patterns: [
      opening(/(?:sign(?:ing)? up|sign me up|subscribe|register|join|opt in)(?: now| today| here| free| for free)?(?: (?:to|for|and))? [^.!?]{0,80}?(?<!\p{L})(?:newsletters?|briefings?|digest|bulletins?|e-?mails?|inbox|mailing list|alerts|updates)(?!\p{L})/iu),
      opening(/(?:get|receive)(?: (?:our|the))?(?: (?:free|daily|weekly|best|latest|top))? [^.!?]{0,80}?(?<!\p{L})(?:newsletters?|briefing|digest|(?:in|to|into) your inbox)(?!\p{L})/iu),
      opening(/(?:enter|type) your e-?mail(?: address)?|(?:never|don['’]t) miss (?:a|an|another) (?:story|update|thing|beat|headline)|(?:stay|keep) (?:up[- ]to[- ]date|informed|in the loop|updated)[^.!?]{0,80}?(?<!\p{L})(?:newsletter|e-?mail|inbox|sign up|subscribe)|no spam[,.!]|(?:you can )?unsubscribe (?:at any time|anytime)/iu),
    ],
    examples: [
      'Sign up for our newsletter',
      'Subscribe to our newsletter',
      'Get our free newsletter',
      'Sign up to First Edition, our free daily newsletter',
      'SIGN UP FOR THE MORNING BRIEFING',
      'Enter your email address to subscribe',
      'Get the latest news delivered to your inbox',
      'Never miss a story: sign up for alerts',
    ],
    counterExamples: [
      'The company launched a newsletter for investors last year.',
      'Subscribers to the newsletter rose by 20% in 2023.',
      'Register to vote by emailing your local council before May 3.',
      'Getting the briefing right took months, officials said.',
    ],
  },

  // fr
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

  // de
  {
    id: 'newsletter/de/newsletter-abonnieren',
    kind: 'newsletter',
    lang: 'de',
    patterns: [
      opening(/(?:jetzt |hier |gleich )?(?:abonnieren sie|abonniere|abonnieren|bestellen sie|melden sie sich|melde dich|registrieren sie sich|tragen sie sich|trag dich)[^.!?]{0,80}?(?<!\p{L})(?:newsletter|e-?mail|briefing|postfach|infobrief)/iu),
      opening(/(?:(?:jetzt|hier|gleich|kostenlos(?:en)?|gratis) )*(?:zum |unseren |den |für den |zu unserem |ihren |deinen )?(?:[\p{L}+]{1,20}[- ])?newsletter[^.!?]{0,40}? (?:abonnieren|bestellen|anmelden|erhalten|sichern)/iu),
      opening(/(?:bleiben sie|bleib) (?:auf dem laufenden|informiert|up to date)|(?:gib|geben sie) (?:deine|ihre) e-?mail(?:-adresse)? ein|(?:blog|beiträge|artikel) (?:via|per) e-?mail abonnieren/iu),
    ],
    examples: [
      'Newsletter abonnieren',
      'Jetzt zum Newsletter anmelden',
      'Melden Sie sich für unseren Newsletter an',
      'Abonnieren Sie unseren kostenlosen Newsletter',
      'Bleiben Sie auf dem Laufenden',
      'Geben Sie Ihre E-Mail-Adresse ein',
      'Blog via E-Mail abonnieren',
      'FURCHE-Newsletter abonnieren und 10€ sparen',
    ],
    counterExamples: [
      'Das Unternehmen hat im vergangenen Jahr einen Newsletter für Anleger gestartet.',
      'Wer den Newsletter abonnieren will, muss künftig zahlen.',
      'Melden Sie sich bei Fragen an die Hotline.',
    ],
  },

  // es
  {
    id: 'newsletter/es/suscribete',
    kind: 'newsletter',
    lang: 'es',
    patterns: [
      opening(/(?:suscr[ií]bete|suscr[ií]base|suscribirse|suscribirte|ap[úu]ntate|ap[úu]ntese|inscr[ií]bete|inscr[ií]base|reg[ií]strate|reg[ií]strese|recibe|reciba|recibir|date de alta)[^.!?]{0,80}?(?<!\p{L})(?:bolet[ií]n(?:es)?|newsletters?|correo|e-?mail|bandeja de entrada|alertas)(?!\p{L})/iu),
      opening(/(?:introduce|escribe|ingresa|introduzca) (?:tu|su) (?:correo|e-?mail|direcci[óo]n de correo)/iu),
    ],
    examples: [
      'Suscríbete a nuestro boletín',
      'Recibe nuestro boletín',
      'Suscríbete a nuestra newsletter',
      'Apúntate a nuestra newsletter diaria',
      'Recibe las noticias más importantes en tu correo',
      'Introduce tu correo electrónico',
    ],
    counterExamples: [
      'La empresa lanzó un boletín para inversores el año pasado.',
      'Recibe la medalla de oro el atleta más joven de la historia.',
      'Regístrate en el padrón antes del lunes, pide el ayuntamiento.',
    ],
  },

  // it
  {
    id: 'newsletter/it/iscriviti',
    kind: 'newsletter',
    lang: 'it',
    patterns: [
      opening(/(?:iscriviti|iscrivetevi|iscrizione|abbonati|registrati|ricevi|ricevere|resta aggiornat[oa]|rimani aggiornat[oa]|non perderti)[^.!?]{0,80}?(?<!\p{L})(?:newsletter|bollettino|e-?mail|posta|casella)(?!\p{L})/iu),
      opening(/(?:inserisci|scrivi) (?:la tua|il tuo) (?:e-?mail|indirizzo)/iu),
    ],
    examples: [
      'Iscriviti alla newsletter',
      'Iscriviti alla nostra newsletter',
      'ISCRIVITI ALLA NEWSLETTER',
      'Ricevi la nostra newsletter',
      'Resta aggiornato con la nostra newsletter',
      'Inserisci la tua email',
    ],
    counterExamples: [
      "L'azienda ha lanciato una newsletter per gli investitori l'anno scorso.",
      'Abbonati e lettori sono cresciuti del 5%.',
      'Ricevi la risposta entro trenta giorni.',
    ],
  },

  // pt
  {
    id: 'newsletter/pt/assine',
    kind: 'newsletter',
    lang: 'pt',
    patterns: [
      opening(/(?:assine|assina|inscreva-se|inscreve-te|subscreva|subscreve|cadastre-se|registe-se|registre-se|receba|recebe|receber)[^.!?]{0,80}?(?<!\p{L})(?:newsletters?|boletim|boletins|e-?mail|caixa de entrada|correio eletr[óo]nico)(?!\p{L})/iu),
      opening(/(?:digite|insira|introduza|informe) (?:o )?seu (?:e-?mail|endere[çc]o)/iu),
    ],
    examples: [
      'Assine a newsletter',
      'Inscreva-se na nossa newsletter',
      'Receba a nossa newsletter',
      'Subscreva a newsletter',
      'Cadastre-se e receba as notícias no seu e-mail',
      'Digite seu e-mail',
    ],
    counterExamples: [
      'A empresa lançou uma newsletter para investidores no ano passado.',
      'Assine o contrato antes de sexta-feira, disse o advogado.',
      'Receba o troco em dinheiro.',
    ],
  },

  // nl
  {
    id: 'newsletter/nl/schrijf-je-in',
    kind: 'newsletter',
    lang: 'nl',
    patterns: [
      opening(/(?:schrijf (?:je|u) in|abonneer (?:je|u)|meld (?:je|u) aan|aanmelden|inschrijven|ontvang|ontvangen|blijf op de hoogte)[^.!?]{0,80}?(?<!\p{L})(?:nieuwsbrie(?:f|ven)|newsletter|e-?mail|mailbox|inbox)(?!\p{L})/iu),
      opening(/(?:vul|voer) (?:je|uw) e-?mail(?:adres)? in/iu),
    ],
    examples: [
      'Schrijf je in voor de nieuwsbrief',
      'Abonneer je op onze nieuwsbrief',
      'Meld je aan voor onze nieuwsbrief',
      'Ontvang onze nieuwsbrief',
      'Blijf op de hoogte met onze gratis nieuwsbrief',
      'Vul je e-mailadres in',
    ],
    counterExamples: [
      'Het bedrijf lanceerde vorig jaar een nieuwsbrief voor beleggers.',
      'Meld je aan bij de gemeente voor een parkeervergunning.',
      'Ontvang je huurtoeslag? Controleer dan je gegevens.',
    ],
  },

  // pl
  {
    id: 'newsletter/pl/zapisz-sie',
    kind: 'newsletter',
    lang: 'pl',
    patterns: [
      opening(/(?:zapisz si[ęe]|zasubskrybuj|subskrybuj|zam[óo]w|odbieraj|otrzymuj|b[ąa]d[źz] na bie[żz][ąa]co)[^.!?]{0,80}?(?<!\p{L})(?:newslett?er|biuletyn|e-?mail|skrzynk|powiadomie)/iu),
      opening(/(?:podaj|wpisz) (?:sw[óo]j )?(?:adres )?e-?mail/iu),
    ],
    examples: [
      'Zapisz się do newslettera',
      'Zapisz się na newsletter',
      'Zasubskrybuj nasz newsletter',
      'Subskrybuj newsletter',
      'Bądź na bieżąco – zapisz się do newslettera',
      'Podaj swój adres e-mail',
    ],
    counterExamples: [
      'Firma uruchomiła w zeszłym roku newsletter dla inwestorów.',
      'Zapisz się do przychodni przed końcem miesiąca.',
      'Zamów taksówkę przez aplikację.',
    ],
  },

  // ───────────────────────────── comments ─────────────────────────────
  // The WHOLE text of a comment counter or a call to comment.

  // en
  {
    id: 'comments/en/comment-count',
    kind: 'comments',
    lang: 'en',
    patterns: [
      whole(/\d[\d.,]{0,6}k? (?:comments?|responses?|replies|reply)|comments? ?[([]?\d[\d.,]{0,6}[)\]]?|comments|(?:view|show|see|read|load|hide|open|close|display)(?: all| more)?(?: \d[\d.,]{0,6})?(?: reader)? comments(?: \(\d{1,6}\))?|(?:leave|add|post|write|submit) (?:a|your) (?:comment|reply|response)|(?:join|start) the (?:discussion|conversation|debate)|be the first to comment|no comments(?: yet)?|comment(?: on this (?:story|article|post))?|comments (?:are )?closed|reply|have your say|notify me of (?:follow-up comments|new (?:comments|posts))(?: by e-?mail)?/iu),
    ],
    examples: [
      '42 comments',
      '1 comment',
      'Comments (12)',
      'View comments',
      'Show comments',
      'Leave a comment',
      'Add a comment',
      'Join the discussion',
    ],
    counterExamples: [
      'Comments from the minister drew criticism.',
      '3 comments by the judge were struck from the record.',
      'Leave a comment on the consultation by March 3, the agency said.',
      'Reply to the letter within 14 days.',
    ],
  },

  // fr
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

  // de
  {
    id: 'comments/de/kommentare',
    kind: 'comments',
    lang: 'de',
    patterns: [
      whole(/\d{1,3}(?:[ .]?\d{3})? ?(?:kommentare?|reaktionen|antworten|leserkommentare)|kommentare ?[([]?\d{1,6}[)\]]?|kommentare|(?:alle )?kommentare (?:anzeigen|lesen|ausblenden|einblenden|öffnen|schließen|laden)|(?:jetzt )?kommentieren(?: sie(?: hier)?)?|kommentar (?:schreiben|verfassen|abgeben)|(?:schreib(?:e|en sie)?|hinterlasse|hinterlassen sie|verfassen sie) einen kommentar|(?:bisher |noch )?keine kommentare|kommentare (?:geschlossen|deaktiviert)|diskutieren sie mit|zur diskussion|antworten/iu),
    ],
    examples: [
      '12 Kommentare',
      '1 Kommentar',
      'Kommentieren',
      'Kommentare anzeigen',
      'Kommentare (12)',
      'Kommentar verfassen',
      'Hinterlasse einen Kommentar',
      'Bisher keine Kommentare',
    ],
    counterExamples: [
      '12 Kommentare des Ministers wurden gelöscht.',
      'Kommentieren wollte die Polizei den Vorfall nicht.',
      'Antworten auf die wichtigsten Fragen',
    ],
  },

  // es
  {
    id: 'comments/es/comentarios',
    kind: 'comments',
    lang: 'es',
    patterns: [
      whole(/\d{1,3}(?:[ .,]?\d{3})? ?comentarios?|comentarios ?[([]?\d{1,6}[)\]]?|comentarios|(?:ver|mostrar|leer|ocultar)(?: los| todos los)?(?: \d{1,6})? comentarios|comentar|comenta(?: esta noticia)?|(?:deja|dejar|escribe|escribir|a[ñn]ade|a[ñn]adir) (?:un|tu) comentario|s[ée] el primero en comentar|no hay comentarios|responder/iu),
    ],
    examples: [
      '5 comentarios',
      'Comentarios (5)',
      'Comentar',
      'Ver comentarios',
      'Deja un comentario',
      'Sé el primero en comentar',
      '1 comentario',
      'COMENTARIOS',
    ],
    counterExamples: [
      '5 comentarios del presidente encendieron el debate.',
      'Comentar la sentencia no corresponde al Gobierno.',
      'Responder a la crisis exige medidas urgentes.',
    ],
  },

  // it
  {
    id: 'comments/it/commenti',
    kind: 'comments',
    lang: 'it',
    patterns: [
      whole(/\d{1,3}(?:[ .]?\d{3})? ?comment[io]|commenti ?[([]?\d{1,6}[)\]]?|commenti|(?:vedi|mostra|leggi|nascondi)(?: i| tutti i)?(?: \d{1,6})? commenti|commenta(?: (?:per primo|l['’]articolo|la notizia))?|(?:lascia|scrivi|aggiungi) un commento|nessun commento|rispondi/iu),
    ],
    examples: [
      '12 commenti',
      '1 commento',
      'Commenta',
      'Commenti (3)',
      'Leggi i commenti',
      'Lascia un commento',
      'Nessun commento',
      'Mostra commenti',
    ],
    counterExamples: [
      '12 commenti offensivi sono stati rimossi dalla piattaforma.',
      'Commenta così il ministro la decisione della Corte.',
      'Rispondi alle domande del questionario.',
    ],
  },

  // pt
  {
    id: 'comments/pt/comentarios',
    kind: 'comments',
    lang: 'pt',
    patterns: [
      whole(/\d{1,3}(?:[ .]?\d{3})? ?coment[áa]rios?|coment[áa]rios ?[([]?\d{1,6}[)\]]?|coment[áa]rios|(?:ver|mostrar|ler|ocultar)(?: os| todos os)?(?: \d{1,6})? coment[áa]rios|comentar|comente|(?:deixe|deixar|escreva|adicione) (?:um|seu|o seu) coment[áa]rio|seja o primeiro a comentar|sem coment[áa]rios|responder/iu),
    ],
    examples: [
      '12 comentários',
      'Comentários',
      'Comentários (4)',
      'Comentar',
      'Ver comentários',
      'Deixe seu comentário',
      'Seja o primeiro a comentar',
      '1 comentário',
    ],
    counterExamples: [
      'Comentários do ministro irritaram a oposição.',
      'Comentar decisões judiciais não é papel do governo.',
      'Responder às críticas foi a prioridade.',
    ],
  },

  // nl
  {
    id: 'comments/nl/reacties',
    kind: 'comments',
    lang: 'nl',
    patterns: [
      whole(/\d{1,3}(?:[ .]?\d{3})? ?reacties?|reacties ?[([]?\d{1,6}[)\]]?|reacties|(?:bekijk|toon|lees|verberg)(?: alle)?(?: \d{1,6})? reacties|reageer|reageren|(?:plaats|schrijf|laat) (?:een|je|uw) reactie(?: achter)?|geen reacties|reageer als eerste|beantwoorden/iu),
    ],
    examples: [
      '12 reacties',
      '1 reactie',
      'Reageer',
      'Reacties (8)',
      'Bekijk alle reacties',
      'Plaats een reactie',
      'Geen reacties',
      'Reageren',
    ],
    counterExamples: [
      '12 reacties van lezers werden verwijderd.',
      'Reageren op kritiek vindt de minister zinloos.',
      'Reacties uit Den Haag bleven uit.',
    ],
  },

  // pl
  {
    id: 'comments/pl/komentarze',
    kind: 'comments',
    lang: 'pl',
    patterns: [
      whole(/\d{1,3}(?:[ .]?\d{3})? ?komentarz(?:e|y)?|komentarze ?[([]?\d{1,6}[)\]]?|komentarze|(?:zobacz|poka[żz]|czytaj|ukryj)(?: wszystkie)?(?: \d{1,6})? komentarz(?:e|y)?|skomentuj|komentuj|dodaj komentarz|napisz komentarz|brak komentarzy|odpowiedz/iu),
    ],
    examples: [
      'Komentarze (3)',
      '12 komentarzy',
      'Skomentuj',
      'Komentarze',
      'Dodaj komentarz',
      'Zobacz komentarze',
      'Brak komentarzy',
      '1 komentarz',
    ],
    counterExamples: [
      'Komentarze polityków po debacie były ostre.',
      'Skomentuj to, co powiedział premier, poprosili dziennikarze.',
      '12 komentarzy usunięto z forum.',
    ],
  },

  // ───────────────────────────── image-credit ─────────────────────────────
  // The WHOLE text of a standalone credit line, at most ~120 characters. A caption that ENDS
  // with a credit is article text and stays.

  // '*': © lines, and agency names alone or with a photographer ("Reuters/Jane Doe").
  {
    id: 'image-credit/*/copyright',
    kind: 'image-credit',
    lang: '*',
    patterns: [whole(/©.{1,100}|\(c\) ?\d{4}.{0,90}|copyright (?:©|\(c\)|\d{4}|by ).{0,90}/iu)],
    examples: [
      '© Reuters',
      '© 2024 Example Media',
      '©Action Press / Bestimage',
      'Copyright © 2020 Piratenpartei',
      '(c) 2016',
      '© AFP / John Doe',
    ],
    counterExamples: [
      'Copyright law is changing in the EU, and publishers are worried.',
      'Mark Zuckerberg se lance dans un nouveau projet dingue ! Mark Zuckerberg se lance dans un nouveau projet dingue !© Action Press / Bestimage',
      '(c) the third option, rejected by the committee',
    ],
  },
  {
    id: 'image-credit/*/agency',
    kind: 'image-credit',
    lang: '*',
    patterns: [
      whole(/(?:(?:photo|foto|fot\.|bild|beeld|image|picture|zdj[ęe]cie) ?:? ?)?(?:[\p{L}.'’ -]{2,40} ?\/ ?)?(?:getty images|afp|reuters|ap|ap photo|associated press|epa|efe|epa-efe|dpa|picture[- ]alliance|shutterstock(?:\.com)?|istock(?:photo)?|ansa|anp|pap|imago(?: images)?|keystone|sipa(?: press)?|abaca(?:press)?|bestimage|belga|xinhua|unsplash|pixabay|alamy|bloomberg|kyodo|tass|europa press|lusa|nurphoto|zuma(?: press)?|maxppp|dr)(?:(?: ?[/|] ?| [–—-] | via | for )[^()]{1,80})?/iu),
    ],
    examples: [
      '(Getty Images)',
      'Getty Images',
      'AFP via Getty Images',
      'Reuters/John Doe',
      'AP Photo/Evan Vucci',
      'TebNad/Shutterstock.com',
      'Fot. PAP',
      'Beeld ANP',
    ],
    counterExamples: [
      'AFP reported that the minister resigned.',
      'Reuters said the talks would resume on Monday.',
      'Firefighters battle the blaze in Los Angeles on Tuesday. (Getty Images)',
      'AFP-Korrespondent berichtet aus Kiew.',
      'Dr. Smith said the results were promising.',
    ],
  },

  // en
  {
    id: 'image-credit/en/photo-credit',
    kind: 'image-credit',
    lang: 'en',
    patterns: [
      whole(/(?:photo(?:graph)?s?|pictures?|image|illustration|photo illustration|(?:main|top|header|featured|lead|cover|hero) (?:image|photo)|(?:photo|image|picture) credits?|credits?|photography)(?: ?[:：|] ?| by | courtesy(?: of)? | ?\/ ?| [–—-] )(?! ).{1,100}|(?:photo|image|picture) credits?|credits? ?[:：]/iu),
    ],
    examples: [
      'Photo: Jane Doe/Agency',
      'Photo credit: Jane Doe',
      'Image: NASA',
      'Image credit: ESA/Hubble',
      'Credit: John Smith for The Example Times',
      'Photograph: Jane Doe/The Guardian',
      'Photo by Jane Doe on Unsplash',
      '(Photo: AP)',
    ],
    counterExamples: [
      'Photographs of the crash scene circulated widely on social media within minutes.',
      'Firefighters battle the blaze in Los Angeles on Tuesday. Photo: Jane Doe/AP',
      'Credit card debt rose 5% in 2024.',
      'Image credit checks are often skipped by aggregators.',
    ],
  },

  // fr
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

  // de
  {
    id: 'image-credit/de/foto',
    kind: 'image-credit',
    lang: 'de',
    patterns: [
      whole(/(?:fotos?|bild(?:er)?|bildquellen?|bildnachweise?|bildrechte|fotograf(?:ie|in)?|titelbild|titelfoto|aufmacherbild|beitragsbild|symbolbild|symbolfoto|grafik|illustration|foto ?& ?text|copyright)(?: ?[:：|] ?| ?\/ ?| [–—-] )(?! ).{1,100}|bildquellen?|bildnachweise?|bildrechte|symbolbild|symbolfoto/iu),
    ],
    examples: [
      'Foto: dpa',
      'Bild: Reuters',
      'Bildquelle: Pixabay',
      'Foto: Timur',
      'Fotos: Ingo Pertramer',
      'Bildquellen',
      'Symbolbild',
      '(Foto: picture alliance / dpa)',
    ],
    counterExamples: [
      'Fotos zeigen, wie sich das Feuer ausbreitete.',
      'Polizisten sichern den Tatort in Berlin. Foto: Paul Zinken/dpa',
      'Bilder aus Kiew: Die Zerstörung ist gewaltig.',
    ],
  },

  // es
  {
    id: 'image-credit/es/foto',
    kind: 'image-credit',
    lang: 'es',
    patterns: [
      whole(/(?:fotos?|fotograf[ií]as?|im[áa]gen(?:es)?|ilustraci[óo]n|cr[ée]ditos?(?: (?:de (?:la )?)?(?:foto|imagen))?|fuente (?:de la )?(?:foto|imagen)|infograf[ií]a)(?: ?[:：|] ?| ?\/ ?| [–—-] )(?! ).{1,100}/iu),
      whole(/(?:foto|imagen) (?:cedida|facilitada|cortes[ií]a) (?:por|de) .{1,80}/iu),
    ],
    examples: [
      'Foto: EFE',
      'Imagen: Getty Images',
      'Fotografía: Juan Pérez',
      'Créditos: Reuters',
      '(Foto: Europa Press)',
      'FOTO: AFP',
      '(Foto cedida por Hidrosense)',
    ],
    counterExamples: [
      'Las fotos del accidente se difundieron en redes sociales.',
      'Agentes de la Guardia Civil en el lugar del suceso. Foto: EFE',
      'Imágenes de satélite muestran la destrucción.',
    ],
  },

  // it
  {
    id: 'image-credit/it/foto',
    kind: 'image-credit',
    lang: 'it',
    patterns: [
      whole(/(?:foto|fotografi[ae]|immagin[ei]|crediti(?: (?:foto|fotografici))?|credit(?: foto)?|illustrazione|fonte (?:foto|immagine))(?: ?[:：|] ?| ?\/ ?| [–—-] )(?! ).{1,100}/iu),
      whole(/(?:foto|immagine) (?:d['’])?archivio(?: .{1,80})?|(?:foto|immagine) (?:concessa|fornita) da .{1,80}/iu),
    ],
    examples: [
      'Foto: ANSA',
      'Fotografia: Mario Rossi',
      'Immagine: Getty Images',
      'Credit: Reuters',
      'Crediti foto: LaPresse',
      '(Foto: Ansa)',
      '(Foto Archivio La Voce del Garda)',
    ],
    counterExamples: [
      "Le foto dell'incidente hanno fatto il giro del web.",
      'I soccorritori al lavoro a Genova. Foto: ANSA',
      'Foto di gruppo per i leader del G7 a Borgo Egnazia.',
    ],
  },

  // pt
  {
    id: 'image-credit/pt/foto',
    kind: 'image-credit',
    lang: 'pt',
    patterns: [
      whole(/(?:fotos?|fotografias?|image(?:m|ns)|ilustra[çc][ãa]o|cr[ée]ditos?(?: (?:da )?(?:foto|imagem))?|foto de capa)(?: ?[:：|] ?| ?\/ ?| [–—-] )(?! ).{1,100}/iu),
    ],
    examples: [
      'Foto: Reprodução',
      'Foto: Agência Brasil',
      'Imagem: Getty Images',
      'Créditos: Lusa',
      'Fotografia: João Silva',
      '(Foto: Reuters)',
    ],
    counterExamples: [
      'As fotos do acidente circularam nas redes sociais.',
      'Bombeiros combatem o incêndio em Lisboa. Foto: Lusa',
      'Imagens de satélite mostram a destruição.',
    ],
  },

  // nl
  {
    id: 'image-credit/nl/foto',
    kind: 'image-credit',
    lang: 'nl',
    patterns: [
      whole(/(?:foto(?:['’]s)?|beeld|afbeelding|illustratie|fotografie|credits?|bron (?:foto|beeld))(?: ?[:：|] ?| ?\/ ?| [–—-] )(?! ).{1,100}/iu),
    ],
    examples: ['Foto: ANP', 'Beeld: Reuters', "Foto's: Jan Jansen", 'Afbeelding: Pixabay', 'Illustratie: Studio X', '(Foto: ANP)'],
    counterExamples: [
      "De foto's van het ongeluk gingen rond op sociale media.",
      'Agenten zetten de straat af in Rotterdam. Foto: ANP',
      'Beeldvorming speelt een grote rol in de politiek.',
    ],
  },

  // pl
  {
    id: 'image-credit/pl/fot',
    kind: 'image-credit',
    lang: 'pl',
    patterns: [
      whole(/(?:fot|foto|zdj[ęe]ci[ea]|ilustracja|grafika|[źz]r[óo]d[łl]o (?:zdj[ęe]cia|fot\.?|foto))(?: ?[:：|] ?| ?\/ ?| [–—-] )(?! ).{1,100}|fot\.:? ?(?! ).{1,100}/iu),
    ],
    examples: [
      'Fot. PAP',
      'Fot.: Jan Kowalski',
      'Zdjęcie: Reuters',
      'Foto: PAP/Radek Pietruszka',
      'Źródło zdjęcia: Getty Images',
      '(fot. Shutterstock)',
    ],
    counterExamples: [
      'Zdjęcia z miejsca wypadku obiegły media społecznościowe.',
      'Strażacy gaszą pożar w Gdańsku. Fot. PAP',
      'Fotografia była jego pasją od dziecka.',
    ],
  },

  // ───────────────────────────── author-bio ─────────────────────────────
  // A short block that STARTS like an author biography: an "About the author" heading (followed
  // by a separator or nothing), or "<Full Name> is a reporter…". Name patterns are case-sensitive
  // (`u` only): the capitals are the signal.

  // en
  {
    id: 'author-bio/en/about-the-author',
    kind: 'author-bio',
    lang: 'en',
    patterns: [leadIn(/about the (?:authors?|writer|reporter|contributors?)|meet the (?:author|writer|reporter)/iu)],
    examples: [
      'About the author',
      'ABOUT THE AUTHOR',
      'About the author: Jane Smith is a senior reporter at the Daily Example.',
      'About the writer',
    ],
    counterExamples: [
      "About the authority's decision, little is known.",
      "About the authors' claims, the court was sceptical.",
      'About the author of the report, little is known.',
    ],
  },
  {
    id: 'author-bio/en/name-is-a-reporter',
    kind: 'author-bio',
    lang: 'en',
    patterns: [
      bio(/(?:is|was) (?:a|an|the) (?:[\p{L}'’-]{1,25} ){0,3}(?:reporter|writer|journalist|editor|correspondent|columnist|contributor|critic|producer|photographer|blogger|freelancer|analyst|intern)s?|(?:covers|writes about|reports on) [^.]{1,60}? (?:for|at)(?: the)?(?= \p{Lu})/u),
    ],
    examples: [
      'Jane Smith is a senior reporter at the Daily Example.',
      'John McDonald is a staff writer covering technology.',
      "Maria Gonzalez is the Guardian's technology editor.",
      "Sam O'Neill covers energy and climate for The Example Post.",
      'Maria Delgado covers city hall and neighborhoods for the Lakeshore Tribune. Reach her at mdelgado@example.com.',
      'Ana de la Cruz is an award-winning journalist based in Madrid.',
    ],
    counterExamples: [
      'Joe Biden is a former senator from Delaware.',
      'Jane Smith, a reporter at the Times, said the story was accurate.',
      'The reporter is a key witness in the trial.',
      'Elon Musk covers the cost of the trip for his staff.',
      "Jane Smith is a reporter's worst nightmare, colleagues joked.",
    ],
  },

  // fr
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

  // de
  {
    id: 'author-bio/de/ueber-den-autor',
    kind: 'author-bio',
    lang: 'de',
    patterns: [
      leadIn(/über (?:den|die) (?:autor(?:in)?|autoren|autorinnen|autor\*in|autor:in|verfasser(?:in)?)|zum autor|zur autorin/iu),
    ],
    examples: [
      'Über den Autor',
      'ÜBER DEN AUTOR',
      'Über die Autorin: Anna Schmidt ist Redakteurin im Ressort Politik.',
      'Zum Autor',
    ],
    counterExamples: [
      'Über den Autorenvertrag wird noch verhandelt.',
      'Über die Autobahn rollen täglich 80.000 Autos.',
      'Über den Autor des Gesetzes wird viel spekuliert.',
    ],
  },
  {
    id: 'author-bio/de/name-ist-redakteur',
    kind: 'author-bio',
    lang: 'de',
    patterns: [
      bio(/(?:ist|war|arbeitet als) (?:(?:ein|eine|der|die) )?(?:[\p{Ll}-]{1,25} ){0,2}(?:Redakteur|Redakteurin|Journalist|Journalistin|Korrespondent|Korrespondentin|Reporter|Reporterin|Kolumnist|Kolumnistin|Volontär|Volontärin|Ressortleiter|Ressortleiterin|Chefredakteur|Chefredakteurin|Autor|Autorin|Fotograf|Fotografin|\p{Lu}\p{Ll}{1,25}(?:redakteur|korrespondent|reporter|journalist|kolumnist)(?:in)?)|(?:schreibt|berichtet) (?:für|aus|seit)/u),
    ],
    examples: [
      'Anna Schmidt ist Redakteurin im Ressort Politik.',
      'Markus Weber ist freier Journalist in Berlin.',
      'Julia Meyer ist Wirtschaftsredakteurin der Example Zeitung.',
      'Thomas Müller schreibt für das Feuilleton.',
      'Lena Vogel ist stellvertretende Chefredakteurin.',
    ],
    counterExamples: [
      'Angela Merkel ist eine der bekanntesten Politikerinnen Europas.',
      'Der Redakteur ist seit Montag krankgeschrieben.',
      'Thomas Müller schreibt Geschichte mit seinem 150. Länderspiel.',
    ],
  },
  {
    id: 'author-bio/de/redakteur-im-ressort',
    kind: 'author-bio',
    lang: 'de',
    patterns: [
      startsWith(/(?:Redakteur|Redakteurin|Korrespondent|Korrespondentin|Journalist|Journalistin) (?:im Ressort|in der|bei|für|seit)/u),
    ],
    examples: [
      'Redakteur in der Wirtschaft.',
      'Redakteurin im Ressort Politik seit 2018.',
      'Korrespondent für Südosteuropa mit Sitz in Wien.',
      'Journalistin bei der Example Zeitung.',
    ],
    counterExamples: [
      'Redakteure in der Zentrale streikten am Montag.',
      'Reporter in der Ukraine berichten von schweren Kämpfen.',
      'Journalisten bei der Pressekonferenz stellten kritische Fragen.',
    ],
  },

  // es
  {
    id: 'author-bio/es/sobre-el-autor',
    kind: 'author-bio',
    lang: 'es',
    patterns: [leadIn(/(?:sobre|acerca de) (?:el|la) (?:autora?|periodista)|acerca del autor|sobre (?:los|las) autor(?:es|as)/iu)],
    examples: [
      'Sobre el autor',
      'SOBRE EL AUTOR',
      'Acerca del autor',
      'Sobre la autora: Lucía Pérez es periodista especializada en economía.',
    ],
    counterExamples: [
      'Sobre el autorretrato de Frida Kahlo se ha escrito mucho.',
      'Sobre el autor del atentado se sabe poco.',
    ],
  },
  {
    id: 'author-bio/es/nombre-es-periodista',
    kind: 'author-bio',
    lang: 'es',
    patterns: [
      bio(/es (?:(?:un|una|el|la) )?(?:[\p{Ll}-]{1,25} ){0,2}(?:periodista|redactor|redactora|corresponsal|reportero|reportera|columnista|editor|editora|colaborador|colaboradora|cronista|fot[óo]grafo|fot[óo]grafa)s?/u),
    ],
    examples: [
      'Lucía Pérez es periodista especializada en economía.',
      'Carlos García Martín es redactor de la sección de Internacional.',
      'María José López es corresponsal en Bruselas.',
      'Javier de la Torre es un periodista freelance afincado en Lima.',
    ],
    counterExamples: [
      'Pedro Sánchez es el presidente del Gobierno.',
      'El periodista es uno de los más premiados.',
      'Lucía Pérez, periodista de este diario, fue agredida.',
    ],
  },

  // it
  {
    id: 'author-bio/it/l-autore',
    kind: 'author-bio',
    lang: 'it',
    patterns: [leadIn(/l['’] ?autore|l['’] ?autrice|sull['’] ?autore|chi è l['’] ?autore|gli autori/iu)],
    examples: ["L'autore", 'L’autrice', "L'autore: Marco Bianchi è giornalista professionista dal 2005.", "Sull'autore"],
    counterExamples: ["L'autore del libro presenta il romanzo a Torino.", "L'autorità garante ha aperto un'istruttoria."],
  },
  {
    id: 'author-bio/it/nome-e-giornalista',
    kind: 'author-bio',
    lang: 'it',
    patterns: [
      bio(/è (?:(?:un|una|uno|il|la) |l['’])?(?:[\p{Ll}-]{1,25} ){0,2}(?:giornalista|redattore|redattrice|corrispondente|inviat[oa]|cronista|editorialista|collaboratore|collaboratrice|caporedattore|caporedattrice|fotoreporter|blogger)/u),
    ],
    examples: [
      'Marco Bianchi è giornalista professionista dal 2005.',
      'Giulia De Luca è redattrice della sezione Esteri.',
      'Luca Rossi è un giornalista freelance che si occupa di tecnologia.',
      'Anna Maria Verdi è corrispondente da Bruxelles.',
    ],
    counterExamples: [
      'Giorgia Meloni è la presidente del Consiglio.',
      'Il giornalista è stato minacciato.',
      'Marco Bianchi, giornalista del Corriere, è stato premiato.',
    ],
  },

  // pt
  {
    id: 'author-bio/pt/sobre-o-autor',
    kind: 'author-bio',
    lang: 'pt',
    patterns: [leadIn(/sobre (?:o|a) (?:autor|autora)|sobre os autores/iu)],
    examples: ['Sobre o autor', 'SOBRE A AUTORA', 'Sobre o autor: João Silva é jornalista e cobre política.'],
    counterExamples: ['Sobre o autor do crime pouco se sabe.', 'Sobre o autocarro viajavam 40 pessoas.'],
  },
  {
    id: 'author-bio/pt/nome-e-jornalista',
    kind: 'author-bio',
    lang: 'pt',
    patterns: [
      bio(/é (?:(?:um|uma|o|a) )?(?:[\p{Ll}-]{1,25} ){0,2}(?:jornalista|rep[óo]rter|redator|redatora|redactor|redactora|correspondente|colunista|editor|editora|colaborador|colaboradora|cronista|fot[óo]grafo|fot[óo]grafa)s?/u),
    ],
    examples: [
      'João Silva é jornalista e cobre política desde 2010.',
      'Ana Costa é repórter de economia.',
      'Pedro dos Santos é editor-chefe da Example.',
      'Maria Fernanda Souza é correspondente em Bruxelas.',
    ],
    counterExamples: [
      'Lula da Silva é o presidente do Brasil.',
      'O jornalista é acusado de difamação.',
      'João Silva, jornalista da Folha, foi premiado.',
    ],
  },

  // nl
  {
    id: 'author-bio/nl/over-de-auteur',
    kind: 'author-bio',
    lang: 'nl',
    patterns: [leadIn(/over de (?:auteurs?|schrijver|schrijfster|redacteur|maker)/iu)],
    examples: ['Over de auteur', 'OVER DE AUTEUR', 'Over de auteur: Jan de Vries is politiek verslaggever.'],
    counterExamples: ['Over de auteursrechten wordt nog onderhandeld.', 'Over de auteur van het boek is weinig bekend.'],
  },
  {
    id: 'author-bio/nl/naam-is-journalist',
    kind: 'author-bio',
    lang: 'nl',
    patterns: [
      bio(/is (?:(?:een|de|het) )?(?:[\p{Ll}-]{1,25} ){0,2}\p{Ll}{0,20}(?:journalist|verslaggever|verslaggeefster|redacteur|redactrice|correspondent|columnist|schrijver|schrijfster|fotograaf|presentator|presentatrice)/u),
    ],
    examples: [
      'Jan de Vries is politiek verslaggever.',
      'Sanne van der Berg is economieredacteur bij Example.',
      'Pieter Jansen is correspondent in Washington.',
      'Fleur de Jong is een freelance journalist.',
    ],
    counterExamples: [
      'Mark Rutte is de secretaris-generaal van de NAVO.',
      'De journalist is opgepakt in Moskou.',
      'Jan de Vries, verslaggever van de krant, werd bedreigd.',
    ],
  },

  // pl
  {
    id: 'author-bio/pl/o-autorze',
    kind: 'author-bio',
    lang: 'pl',
    patterns: [leadIn(/o autorze|o autorce|o autorach/iu)],
    examples: ['O autorze', 'O AUTORZE', 'O autorce: Anna Nowak jest dziennikarką działu gospodarczego.'],
    counterExamples: ['O autorze zamachu wiadomo niewiele.', 'O autorytecie sędziów mówiono długo.'],
  },
  {
    id: 'author-bio/pl/imie-jest-dziennikarzem',
    kind: 'author-bio',
    lang: 'pl',
    patterns: [
      bio(/(?:jest|by[łl]a?) (?:[\p{Ll}-]{1,25} ){0,2}(?:dziennikarzem|dziennikark[ąa]|redaktorem|redaktork[ąa]|reporterem|reporterk[ąa]|korespondentem|korespondentk[ąa]|publicyst[ąa]|publicystk[ąa]|felietonist[ąa]|felietonistk[ąa]|fotoreporterem|fotoreporterk[ąa])/u),
    ],
    examples: [
      'Anna Nowak jest dziennikarką działu gospodarczego.',
      'Jan Kowalski jest redaktorem naczelnym portalu Example.',
      'Piotr Wiśniewski jest korespondentem w Brukseli.',
      'Katarzyna Zielińska jest doświadczoną reporterką.',
    ],
    counterExamples: [
      'Donald Tusk jest premierem Polski.',
      'Dziennikarz jest świadkiem w sprawie.',
      'Anna Nowak, dziennikarka portalu, została nagrodzona.',
    ],
  },
];

/** Every rule Épure applies: the clutter rules above and the byline/dateline rules. */
export const ALL_RULES: readonly ClutterRule[] = [...CLUTTER_RULES, ...BYLINE_RULES];

/** The languages that have their own rules; any other page language gets every rule. */
const OWN_LANGS = new Set<string>(['fr', 'en', 'de', 'es', 'it', 'pt', 'nl', 'pl']);

const NONE: readonly ClutterRule[] = Object.freeze([]);

interface KindIndex {
  /** Every rule of the kind, all languages and '*', in file order. */
  all: readonly ClutterRule[];
  /** Per page language: that language's rules, then the '*' ones. */
  byLang: ReadonlyMap<string, readonly ClutterRule[]>;
}

/** Built once at module load: callers get the same frozen arrays on every call. */
const INDEX: ReadonlyMap<RuleKind, KindIndex> = (() => {
  const index = new Map<RuleKind, KindIndex>();
  const allRules = ALL_RULES;
  const kinds = new Set(allRules.map((rule) => rule.kind));
  for (const kind of kinds) {
    const ofKind = allRules.filter((rule) => rule.kind === kind);
    const universal = ofKind.filter((rule) => rule.lang === '*');
    const byLang = new Map<string, readonly ClutterRule[]>();
    for (const lang of OWN_LANGS) {
      byLang.set(lang, Object.freeze([...ofKind.filter((rule) => rule.lang === lang), ...universal]));
    }
    index.set(kind, { all: Object.freeze(ofKind), byLang });
  }
  return index;
})();

/**
 * The rules of `kind` for a page in `lang` (a BCP 47 tag; its primary subtag counts: 'fr-FR' →
 * 'fr'): that language's rules plus the language-independent ones. When the language is unknown
 * or not one we have rules for, every language's rules of that kind: such pages still get
 * cleaned. Byline and dateline rules (`byline-rules.ts`) are indexed the same way; a kind with
 * no rules at all gives an empty list.
 */
export function rulesFor(kind: RuleKind, lang: string | null): readonly ClutterRule[] {
  const entry = INDEX.get(kind);
  if (!entry) return NONE;
  const primary = lang ? lang.trim().split(/[-_]/, 1)[0]!.toLowerCase() : '';
  return entry.byLang.get(primary) ?? entry.all;
}
