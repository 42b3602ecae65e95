import type { ClutterRule } from '../rule';
import { whole, startsWith, leadIn, opening, bio } from '../patterns';

/**
 * Clutter rules for pages in German ('de'), by kind in the order of `RULE_KINDS`; within a kind, the
 * first rule that matches names the removal. `tests/rules.test.ts` lints them: every example
 * must match, no counter-example may.
 */
export const DE_RULES: readonly ClutterRule[] = [
  // ── ad-label ──
  // "Anzeige" is also a police report: only the WHOLE block "Anzeige" is a label.
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

  // ── promo-link ──
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

  // ── trailing-heading ──
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

  // ── share ──
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

  // ── newsletter ──
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

  // ── comments ──
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

  // ── image-credit ──
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

  // ── author-bio ──
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
];
