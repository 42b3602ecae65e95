import type { ClutterRule } from '../rule';
import { whole, startsWith, leadIn, colonLeadIn, opening, bio } from '../patterns';

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
  // Sponsorship labels standing alone over a paid slot ("Gesponsorde content", "Advertorial").
  {
    id: 'ad-label/nl/gesponsord',
    kind: 'ad-label',
    lang: 'nl',
    patterns: [
      whole(/gesponsorde? (?:content|inhoud|artikel|bijdrage|links|berichten|verhalen)|gesponsord|partner ?content|partnerbijdrage|advertorial|betaalde (?:samenwerking|content|inhoud|bijdrage|partnerschap)|commerci[eë]le (?:content|inhoud|bijdrage|samenwerking)|branded content|promotiebericht|sponsored(?: content)?/iu),
    ],
    examples: ['Gesponsorde content', 'Gesponsord', 'Partnercontent', 'Advertorial', 'Betaalde samenwerking', 'Commerciële content'],
    counterExamples: [
      'Gesponsorde berichten op sociale media worden strenger gecontroleerd.',
      'Het festival wordt al jaren gesponsord door een lokale brouwerij.',
      'Promotie naar de eerste klasse',
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
  // Media pointers and "click here" lines: "Kijk: …", "Video: …", "Klik hier voor de uitslagen".
  {
    id: 'promo-link/nl/kijk-luister',
    kind: 'promo-link',
    lang: 'nl',
    patterns: [
      colonLeadIn(/kijk|luister|video|video['’]s|foto['’]?s|fotoreeks|fotoserie|in beeld|podcast|quiz|liveblog|live|eerder verschenen|uit het archief|ook gelezen/iu),
      startsWith(/klik hier (?:om|voor)|lees (?:hier )?(?:het )?(?:volledige|hele) (?:artikel|verhaal|interview|rapport)|(?:bekijk|lees) (?:hier )?(?:al )?(?:ons|onze|het) (?:dossier|liveblog|overzicht)/iu),
    ],
    examples: [
      'Kijk: Zo verliep de storm in Zeeland',
      'VIDEO: Brandweer blust felle brand',
      "Foto's: De mooiste beelden van het festival",
      'Luister: De podcast van deze week',
      'Klik hier voor de uitslagen',
      'Lees het volledige artikel',
      'Bekijk ons dossier over de verkiezingen',
    ],
    counterExamples: [
      'Kijk maar naar de cijfers, zegt de econoom.',
      'Luister naar de experts, zei de minister.',
      'Live muziek is er op het plein tot middernacht.',
      'Lees het rapport zorgvuldig, raadt de ombudsman aan.',
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
  // Section titles over teaser lists and partner widgets after the article.
  {
    id: 'trailing-heading/nl/meer-zoals-dit',
    kind: 'trailing-heading',
    lang: 'nl',
    patterns: [
      whole(/meer zoals dit|wil (?:je|u) meer (?:artikels|artikelen|verhalen|nieuws) (?:zoals dit|van dit soort|over dit onderwerp)\??|(?:populair|meest gelezen|meest bekeken) (?:nu|vandaag|deze week|in [^:?!;,]{1,30})|best gelezen|veelgelezen|veel gelezen|nieuwste|meest recent|recent(?:e (?:artikelen|berichten))?|ook gelezen|anderen lazen ook|lees ook deze (?:artikelen|verhalen)|(?:misschien )?ook interessant voor (?:jou|u)|lees meer|meer lezen|gesponsorde (?:links|artikelen|berichten|inhoud)|aanbevolen door [^:?!;,]{1,30}|van onze partners|uit andere media|partnercontent|meer (?:in|uit) (?:deze|de) rubriek|meer van (?:de|deze) (?:auteur|redacteur|journalist)|gerelateerde (?:tags|onderwerpen)|in dit artikel|lees meer over|meer over|geselecteerd door (?:de|onze) redactie|ook in het nieuws|(?:andere|meer) artikels|aanbevolen (?:artikels|verhalen|video['’]?s)/iu),
    ],
    examples: ['Meer zoals dit', 'Wil je meer artikels zoals dit?', 'Populair nu', 'Best gelezen', 'Veelgelezen', 'Anderen lazen ook', 'Lees meer', 'Van onze partners', 'Meer uit deze rubriek', 'Gerelateerde onderwerpen'],
    counterExamples: [
      'Meer zoals dit soort initiatieven is welkom',
      'Nieuwste cijfers tonen een daling',
      'Lees meer boeken, adviseert de minister',
      'Best gelezen boek is een thriller',
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

  {
    id: 'trailing-heading/nl/perscontact',
    kind: 'trailing-heading',
    lang: 'nl',
    // A press release's contact box after the text: a heading, then a name, a phone, an address.
    patterns: [whole(/(?:pers|media)contact(?:en)?|contact(?:persoon|gegevens)?|voor (?:meer informatie|vragen),? (?:neem contact op|kunt u contact opnemen)(?: met)?/iu)],
    examples: ['Perscontact:', 'Contact', 'Contactpersoon'],
    counterExamples: ['Contact met de bemanning ging verloren.', 'Contactpersonen van de school werden ingelicht.'],
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
  // The rest of an article toolbar: e-mail, text size, save, listen, gift.
  {
    id: 'share/nl/werkbalk',
    kind: 'share',
    lang: 'nl',
    patterns: [
      whole(/(?:verstuur|stuur|verzend|deel) (?:via|per) e-?mail|deel (?:het )?artikel|(?:deel|delen) (?:via|op)|(?:e-?mail|mail) (?:dit|het) artikel|(?:dit )?artikel (?:mailen|printen|afdrukken|delen|bewaren|opslaan|kopen)|lettergrootte|lettertype|tekstgrootte|tekst (?:vergroten|verkleinen)|(?:letters? )?(?:groter|kleiner)|a ?[-−–] ?a ?\+|a ?\+ ?a ?[-−–]|a ?[-−–+]|[-−–+] ?a|a a a|aa|bewaar(?: (?:dit )?artikel| voor later)?|bewaard|lees later|later lezen|opgeslagen|voorlezen|(?:beluister|luister naar) (?:dit|het) artikel|beluister|luister|cadeau (?:geven|doen)|geef (?:dit artikel )?cadeau|schenk (?:dit )?artikel|link kopi[eë]ren|kopi[eë]ren|gekopieerd!?|print (?:dit )?artikel|printversie/iu),
    ],
    examples: ['Verstuur via e-mail', 'Lettergrootte', 'A- A+', 'A+', 'Bewaar artikel', 'Lees later', 'Voorlezen', 'Beluister dit artikel', 'Cadeau geven', 'Link kopiëren'],
    counterExamples: [
      'De stad zal die gegevens elk kwartaal delen met de gemeenteraad.',
      'Voor wie niet online is, worden formulieren afgedrukt.',
      'Luister naar de experts, zei de minister.',
      'Bewaar je bonnetjes goed, adviseert de Belastingdienst.',
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
  // The other lines of a sign-up box: the name, the field, the button, the small print.
  {
    id: 'newsletter/nl/aanmeldblok',
    kind: 'newsletter',
    lang: 'nl',
    patterns: [
      opening(/nieuwsbrie(?:f|ven)(?: ?[:|–—-] ?| )[^.!?]{0,100}?(?<!\p{L})(?:inschrijven|schrijf (?:je|u|me) in|aanmelden|meld (?:je|u|me) aan|abonneren|e-?mailadres|mailbox|inbox|uitschrijven|afmelden)(?!\p{L})/iu),
      opening(/[^.!?]{0,100}?(?:(?:elke|iedere) (?:ochtend|dag|week|werkdag|avond|vrijdag|zaterdag|zondag)|gratis) in (?:je|jouw|uw) (?:mailbox|inbox)/iu),
      opening(/(?:je|u) (?:kunt|kan) (?:je|u|zich) (?:op elk moment|altijd|te allen tijde|op ieder moment|eenvoudig|op elk gewenst moment)(?: weer| opnieuw)? (?:afmelden|uitschrijven)(?=$|[.!,]| via | door | met | voor (?:de|onze|deze) (?:nieuwsbrie|e-?mail|mail))|(?:afmelden|uitschrijven) kan (?:altijd|op elk moment|op ieder moment|te allen tijde)/iu),
      opening(/door (?:je|u|jezelf|zich) (?:aan te melden|in te schrijven|te registreren|te abonneren)[^.!?]{0,40}? (?:ga je|gaat u|ga jij|ga je je) akkoord/iu),
      opening(/(?:bedankt|dank je|dank u) (?:wel )?voor (?:je|jouw|uw) (?:aanmelding|inschrijving)|je bent (?:nu )?(?:ingeschreven|aangemeld)(?: voor (?:de|onze) nieuwsbrief)?[.!]?$|(?:bekijk|ontdek|beheer) (?:al )?(?:onze|je|jouw|uw|alle) nieuwsbrieven|gratis nieuwsbrief|onze (?:gratis )?(?:dagelijkse|wekelijkse|maandelijkse) (?:nieuwsbrief|e-?mail|update)/iu),
      opening(/(?:je|jouw|uw) e-?mailadres ?[*:]?$|e-?mailadres ?[*:]?$|(?:inschrijven|aanmelden|schrijf me in|meld me aan|abonneren)[.!]?$/iu),
    ],
    examples: [
      'Nieuwsbrief Scheldebode Vandaag Ontvang elke werkdag om 17 uur het nieuws uit jouw gemeente in je mailbox. Inschrijven',
      'Het belangrijkste nieuws elke ochtend in je mailbox',
      'Je kan je op elk moment uitschrijven.',
      'Je kunt je op elk moment weer afmelden.',
      'Afmelden kan altijd.',
      'Door je aan te melden ga je akkoord met onze privacyverklaring.',
      'Bedankt voor je aanmelding!',
      'Bekijk al onze nieuwsbrieven',
      'Jouw e-mailadres',
      'Inschrijven',
    ],
    counterExamples: [
      'Inwoners die zich abonneren op de digitale nieuwsbrief van de stad krijgen een overzicht.',
      'Ouders kunnen hun kind tot 1 maart aanmelden bij de basisschool.',
      'Nieuwsbrieven van de gemeente worden voortaan digitaal verstuurd.',
      'Door je aan te melden bij de huisarts krijg je sneller hulp.',
    ],
  },

  // ── paywall ──
  {
    id: 'paywall/nl/abonnee',
    kind: 'paywall',
    lang: 'nl',
    patterns: [
      opening(/(?:dit|het) (?:artikel|verhaal|stuk|interview|bericht) is (?:alleen |enkel |uitsluitend )?(?:exclusief )?(?:beschikbaar |toegankelijk |te lezen )?(?:voor|bestemd voor) (?:onze )?(?:betalende )?(?:abonnees|leden|plus-?abonnees|premium-?leden)/iu),
      opening(/exclusief voor (?:abonnees|leden)(?!\p{L})|(?:alleen|enkel) voor (?:abonnees|leden)[.!]?$|(?:plus|premium)[- ]?artikel[.!]?$/iu),
      opening(/lees (?:verder|dit artikel|het (?:hele|volledige) artikel|meer|onbeperkt|alle artikelen) met (?:(?:een|je|uw) (?:[\p{L}-]{1,20} )?(?:abonnement|account|lidmaatschap)|plus|premium)|lees onbeperkt(?!\p{L})|met een (?:[\p{L}-]{1,20} )?abonnement (?:lees|krijg|heb|geniet) (?:je|u)(?!\p{L})/iu),
      opening(/(?:ben je|bent u) (?:al )?(?:abonnee|lid|geabonneerd)\?|al (?:een )?(?:abonnee|account|lid)\?|nog geen (?:abonnee|abonnement|account|lid)\?|(?:heb je|heeft u|hebt u) (?:al )?een (?:abonnement|account)\?/iu),
      opening(/word (?:nu )?(?:abonnee|lid)(?=$|[.!:,]| (?:en (?:lees|krijg|steun)|voor (?:€|\d|slechts|maar)|vanaf))|neem (?:nu )?een abonnement(?=$|[.!:,]| (?:en|voor|vanaf))|sluit (?:nu )?een abonnement af(?=$|[.!:,]| (?:en|voor|vanaf))|probeer (?:\d{1,2}|een|één) (?:maand(?:en)?|weken?|dagen) (?:gratis(?=$|[.!:,]| en )|voor (?:€|\d))|(?:maandelijks|dagelijks|altijd|per maand) opzegbaar[.!]?$|bekijk (?:de|alle|onze) (?:formules|abonnementen|aanbiedingen|abonnementsformules)(?=$|[.!:]| en )|kies (?:je|uw|jouw) (?:formule|abonnement)/iu),
      opening(/(?:je hebt|u heeft|u hebt) (?:je|uw|al je|al uw|alle) (?:gratis )?(?:artikelen|artikels|verhalen)(?: voor deze (?:maand|week))? (?:gelezen|opgebruikt|bekeken)|(?:log|meld) (?:je |u )?(?:in|aan) om (?:verder te lezen|dit artikel te lezen|het (?:hele|volledige) artikel te lezen)|registreer (?:je |u )?(?:gratis )?(?:en lees|om verder te lezen)|om (?:dit|het (?:hele|volledige)) artikel (?:verder )?te (?:lezen|bekijken)[^.!?]{0,30}?(?:abonnee|abonnement|inloggen|log in|aanmelden|account|registreren)/iu),
    ],
    examples: [
      'Dit artikel is exclusief voor abonnees.',
      'Exclusief voor abonnees',
      'Lees verder met een abonnement: de eerste maand voor 1 euro, daarna maandelijks opzegbaar.',
      'Ben je al abonnee? Meld je aan',
      'Al abonnee? Log in',
      'Word abonnee',
      'Probeer 1 maand gratis',
      'Bekijk de formules',
      'Je hebt je gratis artikelen voor deze maand gelezen',
      'Log in om verder te lezen',
      'Nog geen abonnee?',
      'Met een abonnement lees je alle artikelen op de site en in de app.',
    ],
    counterExamples: [
      'Wie een abonnement heeft op de deelfietsen, rijdt het eerste halfuur gratis.',
      'De krant heeft inmiddels 300.000 digitale abonnees.',
      'Het zwembad telt 1.200 abonnementhouders.',
      'Ben je al lid van een vakbond, dan betaal je minder.',
      'Lees verder met een glimlach, schreef de columnist.',
      'Word lid van de bibliotheek was het advies van de wethouder.',
    ],
  },

  // ── consent ──
  {
    id: 'consent/nl/cookies',
    kind: 'consent',
    lang: 'nl',
    patterns: [
      opening(/(?:wij|we)(?: en (?:onze|derde) (?:\d{1,4} )?(?:partners|partijen|leveranciers))? (?:gebruiken|plaatsen|maken gebruik van) (?:cookies|trackingcookies|tracking|vergelijkbare technieken)(?= (?:en|om|op|voor|zodat|die|wanneer|bij|van)(?!\p{L})|[.,;]|$)|(?:deze|onze) (?:web)?(?:site|app) (?:gebruikt|maakt gebruik van|plaatst) cookies(?!\p{L})/iu),
      opening(/(?:wij|we) (?:respecteren|waarderen|hechten (?:veel )?waarde aan) (?:je|jouw|uw) privacy|(?:wij|we) (?:hebben|vragen) (?:je|jouw|uw) toestemming (?:nodig )?(?:om|voor) (?:cookies|deze|de inhoud|content|externe)|deze cookies (?:zijn (?:nodig|noodzakelijk|essentieel)|zorgen|worden gebruikt|maken het mogelijk|helpen)|door (?:verder te gaan|gebruik te maken van (?:deze|onze) (?:web)?site|op ['‘"]?akkoord['’"]? te klikken)[^.!?]{0,40}?(?:ga je|gaat u) akkoord/iu),
      opening(/(?:cookie|privacy)[- ]?(?:instellingen|voorkeuren|beleid|verklaring|melding)(?: (?:aanpassen|wijzigen|beheren|bekijken))?[.!]?$|(?:noodzakelijke|functionele|analytische|marketing|advertentie|statistische|sociale[- ]media|tracking)[- ]?cookies$|altijd actief$/iu),
      opening(/(?:alles|alle cookies|cookies) (?:accepteren|aanvaarden|toestaan|weigeren)[.!]?$|(?:accepteren|aanvaarden|toestaan|weigeren)(?: en (?:doorgaan|sluiten|verder(?: gaan)?))?[.!]?$|(?:ik ga akkoord|ga akkoord(?: en (?:doorgaan|sluiten|bekijk))?|akkoord(?: en (?:doorgaan|sluiten))?)[.!]?$|alleen (?:noodzakelijke|functionele|essentiële) cookies|accepteer (?:alle |de )?(?:sociale[- ]media[- ])?cookies(?!\p{L})|toestemming geven[.!]?$/iu),
    ],
    examples: [
      'Wij gebruiken cookies om berichten van Facebook te tonen.',
      'Wij en onze partners gebruiken cookies en vergelijkbare technieken',
      'Deze website gebruikt cookies',
      'Cookievoorkeuren aanpassen',
      'Privacyinstellingen',
      'Alles accepteren',
      'Accepteren',
      'Ik ga akkoord',
      'Alleen noodzakelijke cookies',
      'Accepteer cookies om deze video te bekijken.',
    ],
    counterExamples: [
      'De gemeenteraad ging maandag akkoord met het voorstel.',
      'De bakker verkoopt ook cookies en brownies.',
      'Accepteren van de uitslag is moeilijk voor de partij.',
      'Wij gebruiken steeds meer energie, blijkt uit cijfers van het CBS.',
      'Wij gebruiken cookies als beloning voor de honden, vertelt de trainer.',
    ],
  },
  {
    id: 'consent/nl/geblokkeerde-inhoud',
    kind: 'consent',
    lang: 'nl',
    patterns: [
      opening(/(?:deze|de|dit) (?:inhoud|content|video|post|bericht|embed|tweet|kaart|media|afbeelding|element) (?:kan|kon) niet (?:worden )?(?:weergegeven|getoond|geladen|afgespeeld)(?: worden)?[^.!?]{0,80}?(?:cookie|toestemming|privacy|instellingen|voorkeuren)/iu),
      opening(/(?:deze|de) (?:inhoud|content|video|post|embed|tweet|kaart|media) is geblokkeerd|wil (?:je|u) (?:deze|de) (?:inhoud|content|video|post|tweet|kaart) (?:zien|bekijken)\?|(?:op deze plek|hier) (?:staat|zie je|vind je) (?:normaal(?: gesproken)? )?(?:een |de )?(?:externe|ingevoegde|ingebedde) (?:content|inhoud|video|post|element)/iu),
      opening(/om (?:deze|de|dit) (?:inhoud|content|video|post|bericht|embed|tweet|kaart|media|element) te (?:bekijken|zien|tonen|laden|afspelen)[^.!?]{0,50}?(?:cookies?|toestemming|accepteer|accepteren|akkoord|instellingen)(?!\p{L})|(?:schakel javascript in|javascript is (?:uitgeschakeld|vereist))|(?:je|uw) browser ondersteunt (?:geen|deze) (?:video|audio)/iu),
    ],
    examples: [
      'Deze inhoud kan niet worden weergegeven omdat je geen toestemming gaf voor cookies van sociale media.',
      'Deze inhoud kan niet worden weergegeven vanwege je cookie-instellingen.',
      'Om deze content te bekijken, moet je cookies van sociale media accepteren.',
      'Schakel JavaScript in om deze video te bekijken.',
      'Wil je deze inhoud zien? Accepteer dan de cookies van sociale media.',
      'Op deze plek staat externe content van YouTube.',
    ],
    counterExamples: [
      'Om deze video te maken, werkte de school samen met de bibliotheek.',
      'Deze video kan niet worden afgespeeld op oudere telefoons, meldt de fabrikant.',
      'Hier staat een video van de aanslag, die door de politie is vrijgegeven.',
    ],
  },

  // ── feedback ──
  {
    id: 'feedback/nl/nuttig',
    kind: 'feedback',
    lang: 'nl',
    patterns: [
      opening(/(?:was|is) (?:dit|het) (?:artikel|bericht|verhaal|antwoord) (?:nuttig|interessant|behulpzaam|handig|leerzaam)\??|vond (?:je|u) (?:dit|het) (?:artikel|bericht|verhaal|stuk) (?:nuttig|interessant|informatief|handig|leerzaam|goed)|wat vond (?:je|u) van (?:dit|het) (?:artikel|bericht|verhaal|stuk)\?|beoordeel (?:dit|het) (?:artikel|bericht|verhaal|recept)|geef (?:je|uw|jouw) (?:mening|beoordeling|feedback)(?=$|[.!:?]| over (?:dit|het) artikel)|hoe (?:nuttig|interessant|tevreden) (?:vond (?:je|u)|was) (?:dit|het) artikel/iu),
      opening(/(?:bedankt|dank je|dank u|dankjewel|dankuwel)(?: wel)? voor (?:je|jouw|uw) (?:feedback|beoordeling|stem|mening)(?!\p{L})/iu),
      opening(/(?:zie je|ziet u|zag je|heb je|hebt u) (?:een )?(?:fout|foutje|taalfout|vergissing)(?: gezien| gespot| ontdekt)?\?|fout(?:je)? (?:gezien|gespot|ontdekt)\?|(?:meld|rapporteer) (?:een )?(?:fout|foutje|taalfout)(?=$|[.!:?]| in (?:dit|het) artikel)|tip (?:de|onze) redactie(?=$|[.!:?]| via | op | en )|(?:heb je|hebt u|heeft u) (?:een )?(?:tip|nieuwstip)(?: voor (?:de|onze) redactie)?(?:\?| of (?:zie|ziet) (?:je|u) een fout)/iu),
    ],
    examples: [
      'Vond je dit artikel nuttig?',
      'Vond je dit artikel nuttig? Ja Nee',
      'Was dit artikel nuttig?',
      'Wat vond je van dit artikel?',
      'Bedankt voor je feedback!',
      'Zie je een fout? Laat het ons weten',
      'Fout gezien? Meld het hier',
      'Tip de redactie',
      'Heb je een tip of zie je een fout?',
    ],
    counterExamples: [
      'Bewoners vonden de nieuwe regeling nuttig, blijkt uit een enquête.',
      'De mening van de buurt wordt meegenomen in het besluit.',
      'Meld een fout in je aangifte op tijd bij de Belastingdienst.',
      'Heb je een tip voor een uitje, laat het de VVV weten.',
    ],
  },

  // ── follow-us ──
  {
    id: 'follow-us/nl/volg-ons',
    kind: 'follow-us',
    lang: 'nl',
    patterns: [
      opening(/volg (?:[^.!?,:;]|\.(?=\S)){1,40}? (?:op|via) (?:facebook|x\b|twitter|instagram|linkedin|tiktok|youtube|threads|bluesky|mastodon|whatsapp|telegram|snapchat|google (?:nieuws|news)|sociale media|flipboard|pinterest)/iu),
      opening(/volg (?:ons|onze) [^.!?,]{0,30}?(?:whatsapp|telegram|instagram|tiktok|youtube)[- ]?(?:kanaal|account|pagina|community)|(?:word lid van|sluit (?:je|u) aan bij|abonneer (?:je|u) op) (?:ons|onze|het) [^.!?,]{0,30}?(?:whatsapp|telegram|youtube|facebook)[- ]?(?:kanaal|groep|community|pagina)/iu),
      opening(/ontvang (?:het |ons |al het |onze )?(?:laatste |belangrijkste )?(?:nieuws|berichten|updates)[^.!?]{0,30}? via (?:whatsapp|telegram|de app|onze app|pushberichten)|download (?:onze|de gratis|onze gratis) (?:nieuws)?app(?!\p{L})|download de (?:nieuws)?app(?=$|[.!])|(?:zet|schakel) (?:de )?(?:meldingen|pushberichten|notificaties) aan(?=$|[.!])|ontvang (?:onze )?pushberichten|voeg (?:ons|[^.!?,]{1,30}?) toe als (?:voorkeursbron|favoriete bron)/iu),
      opening(/wil (?:je|u) meer (?:artikels|artikelen|verhalen|nieuws|berichten) (?:zoals dit|over dit onderwerp|van dit soort)\??|wil (?:je|u) meer van dit soort (?:artikels|artikelen|verhalen)\??|volg (?:dit|het) (?:onderwerp|thema|dossier)(?=$|[.!:]| en )|volg deze (?:auteur|journalist|redacteur|schrijver)|(?:krijg|ontvang) een melding (?:bij|als|wanneer|van) (?:elk|ieder|een) nieuwe? (?:artikel|bericht)|blijf op de hoogte[.!]?$/iu),
    ],
    examples: [
      'Volg ons op Facebook, X en Instagram',
      'Volg ons WhatsApp-kanaal',
      'Volg ons op WhatsApp',
      'Ontvang het nieuws via WhatsApp',
      'Download onze app',
      'Zet meldingen aan',
      'Volg ons op Google Nieuws',
      'Wil je meer artikels zoals dit? Volg dit onderwerp en krijg een melding bij elk nieuw artikel over Oudenbeke. Volgen',
      'Wil je meer van dit soort artikelen?',
      'Volg dit onderwerp',
    ],
    counterExamples: [
      'De politie deelde de beelden op Facebook en Instagram.',
      'Bewoners moeten de instructies van de brandweer volgen.',
      'Volg de borden naar het evenemententerrein, vraagt de politie.',
      'Download de app van de gemeente en meld zo een kapotte lantaarnpaal.',
    ],
  },

  // ── sponsored ──
  {
    id: 'sponsored/nl/gesponsord',
    kind: 'sponsored',
    lang: 'nl',
    patterns: [
      leadIn(/gesponsorde? (?:content|inhoud|artikel|bijdrage|links|berichten|verhalen)|gesponsord|partner ?content|partnerbijdrage|advertorial|betaalde (?:samenwerking|content|inhoud|bijdrage|partnerschap)|commerci[eë]le (?:content|inhoud|bijdrage|samenwerking)|branded content|promotiebericht|sponsored(?: content)?|van onze partners|(?:aangeboden|mogelijk gemaakt|gesponsord) door [^.!?,;:]{1,40}|in samenwerking met [^.!?,;:]{1,40}|aanbevolen door [^.!?,;:]{1,30}/iu),
      opening(/(?:dit|het volgende) (?:artikel|bericht|verhaal|stuk|item|content|dossier|advertorial) (?:is|werd|kwam)(?: tot stand gekomen| tot stand| gemaakt| geschreven| geproduceerd)? (?:in samenwerking met|in opdracht van|mogelijk gemaakt door|gesponsord door|betaald door|aangeboden door)/iu),
      opening(/(?:dit|het) (?:artikel|bericht|stuk) bevat (?:affiliate ?links|affiliatelinks|gesponsorde links)|(?:als|wanneer) (?:je|u) (?:via|op) (?:een |de |onze )?(?:link|links|deze links)[^.!?]{0,60}?(?:ontvangen|krijgen|verdienen) (?:wij|we)|(?:wij|we) (?:kunnen|ontvangen|krijgen|verdienen) (?:mogelijk )?(?:een )?(?:kleine )?(?:commissie|vergoeding|provisie)/iu),
    ],
    examples: [
      'Partnercontent',
      'Gesponsorde content',
      'In samenwerking met Woonwinkel Verbeke',
      'Advertorial',
      'Aangeboden door Voorbeeldbank',
      'Dit artikel kwam tot stand in samenwerking met Voorbeeld Energie.',
      'Dit artikel bevat affiliate links.',
      'Als je via een link in dit artikel iets koopt, ontvangen wij een kleine commissie.',
    ],
    counterExamples: [
      'Het festival wordt al jaren gesponsord door een lokale brouwerij.',
      'Het onderzoek gebeurde in samenwerking met de universiteit.',
      'In samenwerking met de universiteit opent de stad volgend jaar een lab.',
      'Gesponsorde berichten op sociale media worden strenger gecontroleerd.',
    ],
  },

  // ── disclaimer ──
  {
    id: 'disclaimer/nl/mening-van-de-auteur',
    kind: 'disclaimer',
    lang: 'nl',
    patterns: [opening(/(?:de )?(?:mening|meningen|standpunten) (?:in dit (?:artikel|stuk|opiniestuk) )?(?:is|zijn) (?:die|deze) van de (?:auteur|auteurs|schrijver)|dit (?:artikel|stuk) is een (?:opiniestuk|column|ingezonden brief)/iu)],
    examples: ['De mening in dit artikel is die van de auteur.', 'Dit stuk is een opiniestuk.'],
    counterExamples: ['De mening van de bewoners is gevraagd in een enquête.', 'Dit artikel is een van de eerste over de brug.'],
  },

  // ── gallery ──
  {
    id: 'gallery/nl/fotoreeks',
    kind: 'gallery',
    lang: 'nl',
    patterns: [
      whole(/(?:foto|afbeelding|beeld) \d{1,3} (?:van|\/) \d{1,3}|(?:bekijk|toon|open)(?: (?:alle|de|het))?(?: \d{1,3})? (?:foto['’]?s|beelden|afbeeldingen)|(?:bekijk|open|toon)(?: (?:de|het|onze))? (?:fotoreeks|fotoserie|fotogalerij|fotogalerie|galerij|fotoalbum|fotospecial)|\d{1,3} (?:foto['’]?s|beelden|afbeeldingen)|foto['’]?s ?\(\d{1,3}\)|fotogalerij|fotogalerie|fotoreeks|fotoserie|galerij|(?:het nieuws )?in beeld|vorige(?: foto)?|volgende(?: foto)?|vergroot(?: (?:de )?(?:foto|afbeelding))?|sluiten|sluit (?:galerij|fotoreeks)|volledig scherm|swipe voor meer(?: foto['’]?s)?/iu),
    ],
    examples: ['Foto 1 van 6', 'Afbeelding 2 van 8', "Bekijk alle foto's", 'Bekijk de fotoreeks', 'Bekijk fotoserie', 'Fotogalerij', "6 foto's", 'In beeld', 'Volgende', 'Vergroot'],
    counterExamples: [
      "De foto's van de schade zijn doorgestuurd naar de verzekeraar.",
      'Eén op de zes huishoudens heeft geen auto.',
      'Volgende week beslist de gemeenteraad.',
    ],
  },

  // ── tags ──
  {
    id: 'tags/nl/trefwoorden',
    kind: 'tags',
    lang: 'nl',
    patterns: [
      leadIn(/tags?|trefwoorden|trefwoord|onderwerpen|onderwerp|gerelateerde onderwerpen|thema['’]?s|thema|categorie(?:ën|en)?|rubrieken?|labels?|meer over|lees meer over|in dit artikel|zoekwoorden|sleutelwoorden/iu),
    ],
    examples: ['Tags: energie, verkeer', 'Meer over:', 'Meer over: Oudenbeke Openbare verlichting Energie', 'Onderwerpen: Klimaat, Energie', 'Trefwoorden: begroting, gemeenteraad', 'Lees meer over: Oekraïne, NAVO'],
    counterExamples: [
      'De onderwerpen op de agenda: parkeren, scholen en de begroting.',
      'Vogelaars plaatsten tags bij veertig gierzwaluwen.',
      'Onderwerpen voor het debat van morgen zijn nog niet bekend.',
      'Meer over dit plan volgt later deze week.',
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
  // Calls to join the discussion, and the notices of a closed comment section.
  {
    id: 'comments/nl/praat-mee',
    kind: 'comments',
    lang: 'nl',
    patterns: [
      whole(/praat mee|discussieer mee|doe mee (?:aan|met) (?:de|het) (?:discussie|debat|gesprek)|reageer (?:op (?:dit|het) (?:artikel|bericht|verhaal)|hier|ook|nu)|(?:bekijk|toon|lees|open)(?: alle| de)? reacties(?: \(\d{1,6}\))?|wees de eerste die reageert|(?:reageren|reacties plaatsen) is (?:niet meer|niet langer) mogelijk(?: (?:bij|op|onder) (?:dit|het) artikel)?|de reactiemogelijkheid is (?:gesloten|uitgeschakeld)|(?:log|meld) (?:je |u )?(?:in|aan) om te reageren|huisregels(?: voor (?:reageren|reacties))?|reactie (?:plaatsen|schrijven|toevoegen)|(?:schrijf|plaats) (?:een |je |uw )?reactie|deel (?:je|uw) mening(?: in de reacties| hieronder)?|wat vind (?:jij|je|u)(?: ervan)?\?|annuleer(?: reactie)?/iu),
    ],
    examples: ['Praat mee', 'Discussieer mee', 'Reageer op dit artikel', 'Toon reacties', 'Wees de eerste die reageert', 'Reageren is niet meer mogelijk', 'Log in om te reageren', 'Huisregels voor reageren', 'Wat vind jij?'],
    counterExamples: [
      'De reacties van buurtbewoners op de infoavond waren gemengd.',
      'De minister wilde niet reageren op de kritiek.',
      'Praat mee over de toekomst van het dorp op 3 mei in het buurthuis.',
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
  // A source line naming a photo agency: "Bron: BELGA".
  {
    id: 'image-credit/nl/bron-agentschap',
    kind: 'image-credit',
    lang: 'nl',
    patterns: [
      whole(/bron ?[:：] ?(?:belga|anp|afp|reuters|ap|epa|dpa|getty images|hh|photo news|imageselect|shutterstock|istock|unsplash|pixabay|novum|persgroep|mediahuis|[\p{L}.'’ -]{2,40} ?\/ ?(?:belga|anp|afp|reuters|ap|epa|hh))/iu),
    ],
    examples: ['Bron: BELGA', 'Bron: ANP', 'Bron: Jan Jansen/ANP'],
    counterExamples: ['Bron: CBS, bewerking door de redactie van de krant in Amsterdam en omstreken', 'Bronnen in Den Haag bevestigen het nieuws.'],
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

  // ── error-page ──
  {
    id: 'error-page/nl/pagina-niet-gevonden',
    kind: 'error-page',
    lang: 'nl',
    patterns: [
      whole(/(?:(?:oeps|sorry|helaas)[,!.]? )?(?:(?:deze |de )?pagina (?:is )?niet gevonden|(?:deze |de )?pagina (?:die je zoekt |die u zoekt )?(?:bestaat niet(?: meer)?|is niet (?:meer )?beschikbaar)|we kunnen (?:deze|de) pagina niet vinden|er (?:is|ging) iets mis(?:gegaan)?)/iu),
    ],
    examples: ['Pagina niet gevonden', 'Oeps! Deze pagina bestaat niet', 'We kunnen deze pagina niet vinden', 'Er is iets misgegaan', 'De pagina die je zoekt bestaat niet meer'],
    counterExamples: ['Pagina niet gevonden: hoe een tikfout een bank miljoenen kostte', 'Er ging iets mis bij de stemming, zei de burgemeester.'],
  },

  // ── log-in ──
  {
    id: 'log-in/nl/inloggen',
    kind: 'log-in',
    lang: 'nl',
    patterns: [
      whole(/inloggen|log ?in|login|aanmelden|meld (?:je|u) aan|(?:inloggen|log in|aanmelden) (?:bij|op) (?:je|jouw|uw|mijn) (?:[\p{L}]{1,20} ?)?(?:account|profiel)|(?:inloggen|log in|aanmelden) (?:of|\/|en) (?:registreren|registreer|account aanmaken|abonneren)|(?:registreren|account aanmaken) (?:of|\/) (?:inloggen|aanmelden)|mijn account|mijn profiel|welkom terug|(?:abonnees|leden|klanten) ?(?:login|inloggen)/iu),
    ],
    examples: ['Inloggen', 'Log in', 'Aanmelden', 'Inloggen bij je account', 'Inloggen of registreren', 'Mijn account', 'Welkom terug'],
    counterExamples: ['Inloggen bij DigiD lukt weer na storing', 'Aanmelden voor de marathon kan tot vrijdag'],
  },
];

/**
 * Common words of the language that the other languages Épure cleans do not share (words such as
 * "de", "en", "la", "in", "die", "que" are left out, so each one points one way): they tell the
 * article's language when the page does not say it, or says another one.
 */
export const NL_STOP_WORDS: readonly string[] = ['het', 'een', 'van', 'dat', 'op', 'te', 'zijn', 'niet', 'met', 'voor', 'ook', 'maar', 'bij', 'om', 'wordt', 'naar', 'werd', 'deze', 'heeft', 'wel'];
