import type { ClutterRule } from '../rule';
import { whole, startsWith, leadIn, opening, bio } from '../patterns';

/**
 * Clutter rules for pages in Dutch ('nl'), by kind in the order of `RULE_KINDS`; within a kind, the
 * first rule that matches names the removal. `tests/rules.test.ts` lints them: every example
 * must match, no counter-example may.
 */
export const NL_RULES: readonly ClutterRule[] = [
  // ── ad-label ──
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

  // ── promo-link ──
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

  // ── trailing-heading ──
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

  // ── share ──
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

  // ── newsletter ──
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

  // ── comments ──
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

  // ── image-credit ──
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

  // ── author-bio ──
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
];
