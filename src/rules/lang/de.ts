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
      startsWith(/lesen sie (?:auch|mehr|hier|dazu(?: auch)?|außerdem|zudem)|lies (?:auch|mehr|hier)|lest (?:auch|mehr|hier)|lesetipps?|lese-tipps?|zum weiterlesen|das könnte (?:sie|dich) auch interessieren|siehe auch|auch lesenswert|(?:hier|jetzt) weiterlesen|mehr zum thema/iu),
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
      'Lest auch: Warum Evergrande pleite ist',
    ],
    counterExamples: [
      'Lesen Sie die Packungsbeilage sorgfältig.',
      'Lest ihr noch Zeitung, fragte der Lehrer.',
      'Siehe Auchinleck, der schottische Ort, nahm teil.',
    ],
  },
  {
    id: 'promo-link/de/auch-interessant',
    kind: 'promo-link',
    lang: 'de',
    patterns: [
      leadIn(/auch interessant|ebenfalls interessant|ebenfalls lesenswert|auch lesen|passend (?:dazu|zum thema)|dazu passend|zum thema|zum artikel|mehr dazu|mehr lesen|weiterlesen|mehr|empfehlung(?: der redaktion)?|(?:unser |der )?(?:lese)?tipp der redaktion/iu),
      // "Mehr zu X lesen Sie hier.", "Aktuelle Meldungen zu X finden Sie in unserem Liveblog:": the whole line is the pointer.
      opening(/(?:mehr (?:über|zu[mr]?|aus|von)|(?:aktuelle|alle|weitere|neueste) (?:meldungen|informationen|infos|nachrichten|news|entwicklungen|artikel|beiträge|berichte|hintergründe)(?: (?:über|zu[mr]?|aus|von))?) [^.!?]{1,80}? (?:lesen sie|lest|lies|finden sie|findet ihr|findest du|gibt es|erfahren sie) (?:jederzeit |stets |immer |auch |alle )?(?:hier|in unserem [\p{L}-]{2,30}|auf unserer [\p{L}-]{2,30}|im [\p{L}-]{2,30})[.:!]?$/iu),
    ],
    examples: [
      'Auch interessant: Die besten Wanderwege im Harz',
      'Passend dazu: Was sich 2025 ändert',
      'Mehr dazu: Die Reform im Überblick',
      'Weiterlesen',
      'Zum Thema: Klimaschutz in der Stadt',
      'Mehr: Alle Ergebnisse der Bundesliga',
      'Zum Artikel: Tarifrunde im ÖPNV: Das wird verhandelt',
      'Mehr über die Füchse Berlin lesen Sie hier.',
      'Mehr zur Lage im Nahen Osten lesen Sie in unserem Liveblog:',
      'Aktuelle Meldungen zu Russlands Angriff auf die Ukraine finden Sie jederzeit in unserem Liveblog:',
    ],
    counterExamples: [
      'Passend dazu erklärte der Minister, dass die Steuer sinken soll.',
      'Mehr dazu sagte er nicht.',
      'Auch interessant ist, dass die Zahl der Anträge gestiegen ist.',
      'Mehr als 40 Menschen wurden verletzt.',
      'Mehr über die Täter ist nicht bekannt.',
      'Aktuelle Informationen finden Sie hier nicht, sagte er.',
    ],
  },
  {
    id: 'promo-link/de/zurueck-zur-uebersicht',
    kind: 'promo-link',
    lang: 'de',
    patterns: [startsWith(/zurück zu(?:r|m) (?:listenansicht|übersicht|newsübersicht|artikelübersicht|startseite|blog|archiv|pressemitteilungen|news)(?= ?[»›>]?$)/iu)],
    examples: ['zurück zur Listenansicht', 'Zurück zur Übersicht', 'Zurück zum Blog', 'zurück zur Newsübersicht'],
    counterExamples: ['Zurück zur Übersicht über die Kosten: Die Stadt rechnet mit 22 Millionen Euro.', 'Zurück zum Thema kam der Bürgermeister erst nach einer Stunde.'],
  },

  // ── trailing-heading ──
  {
    id: 'trailing-heading/de/weitere-artikel',
    kind: 'trailing-heading',
    lang: 'de',
    patterns: [
      whole(/weitere (?:interessante )?(?:artikel|beiträge|nachrichten|news|meldungen|themen|videos|inhalte|geschichten)(?: (?:zum thema(?: [^:?!;,]{1,40})?|(?:zu|aus|von|über|im|in der) [^:?!;,]{1,40}))?|mehr (?:zum thema(?: [^:?!;,]{1,40})?|zu[mr]? [^:?!;,]{1,40}|aus (?:dem|der|den|diesem|dieser) [^:?!;,]{1,40}|news|nachrichten|artikel|themen|videos|beiträge|meldungen)|weitere empfehlungen|ähnliche (?:artikel|beiträge|themen|nachrichten)|verwandte (?:artikel|beiträge|themen)|links zum (?:thema|artikel)|weiterführende links/iu),
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
      whole(/das könnte (?:sie|dich) auch interessieren|(?:sie|du) könnte(?:n|st) auch an folgenden artikeln interessiert sein|(?:auch|ebenfalls) interessant|empfehlungen(?: der redaktion| für (?:sie|dich))?|empfohlene (?:artikel|beiträge)|unsere empfehlungen?|weitere empfehlungen|(?:für (?:sie|dich)|von der redaktion) empfohlen|lesen sie auch|lies auch|lest auch|auch lesen|siehe auch|zum thema|passend zum thema|passend dazu|dazu passend|lesetipps?(?: der redaktion)?|(?:das )?(?:könnte|dürfte) (?:ihnen|dir) auch gefallen|auch (?:auf|bei) [\p{L}\p{N}-]{2,30}\.(?:de|at|ch|com|net|org)/iu),
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
      'Lest auch',
      'Auch auf gofeminin.de',
      'Für Sie empfohlen',
    ],
    counterExamples: [
      'Das könnte Sie auch interessieren, sagte der Verkäufer.',
      'Auch auf Sylt steigen die Preise',
      'Auch interessant ist der zweite Befund',
      'Zum Thema Rente äußerte sich niemand',
    ],
  },
  {
    id: 'trailing-heading/de/meistgelesen',
    kind: 'trailing-heading',
    lang: 'de',
    patterns: [
      whole(/(?:die )?meistgelesen(?:e|en)?(?: (?:artikel|beiträge|nachrichten|news|meldungen))?|(?:die )?meist(?:gesehen|kommentiert|diskutiert|geteilt|geklickt)(?:e|en)?(?: (?:artikel|beiträge|videos|nachrichten))?|am meisten (?:gelesen|kommentiert|diskutiert|geteilt|gesehen)|(?:die )?beliebteste[n]? (?:artikel|beiträge|nachrichten|videos)|(?:gerade|aktuell|jetzt) (?:beliebt|meistgelesen|im trend)|beliebt(?:e (?:artikel|beiträge|nachrichten|themen))?|news (?:&|und) schlagzeilen|zuletzt (?:veröffentlicht|erschienen)|top[- ](?:artikel|themen|news|nachrichten|meldungen)|(?:die )?neuesten? (?:artikel|beiträge|nachrichten|news|meldungen|videos)|neue beiträge|aktuelle (?:nachrichten|artikel|beiträge|news|meldungen|themen)|aktuelles|im trend|trends?|schlagzeilen|letzte (?:beiträge|artikel|meldungen)/iu),
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
      'Meistdiskutierte Artikel',
      'Die meistgelesenen Artikel',
      'Gerade beliebt',
    ],
    counterExamples: [
      'Beliebt bei Touristen: die Ostsee',
      'Neueste Artikel der Verfassung im Überblick',
      'Aktuelle Nachrichten aus Kiew bestätigen den Angriff',
      'Der Krimi ist das meistgelesene Buch der Stadtbibliothek.',
    ],
  },
  // "Über uns" is left out: on a company's own page it heads the text itself (corpus: bummfilm.de).
  {
    id: 'trailing-heading/de/schlagworte',
    kind: 'trailing-heading',
    lang: 'de',
    patterns: [
      whole(/schlagw(?:orte|örter|ort)|stichw(?:orte|örter|ort)|stichwort-wolke|tags?|themen|kategorien?|rubriken?|abgelegt unter(?: ?:? [^:?!;,]{1,40})?|veröffentlicht (?:in|unter)(?: ?:? [^:?!;,]{1,40})?|über (?:den|die) (?:autor(?:in)?|autoren|autorinnen|autor\*in|autor:in)|über mich|zum autor|zur autorin|(?:der |die )?autor(?:in)?/iu),
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
      whole(/kommentare|\d{1,5} kommentare?|leserkommentare|diskutieren sie mit|kommentieren|(?:schreib(?:e|en sie)?|hinterlasse|hinterlassen sie|verfassen sie) einen kommentar|kommentar (?:verfassen|schreiben)|(?:diesen |den )?(?:artikel|beitrag) teilen|teilen(?: mit)?|(?:[\p{L}+]{1,20}-)?newsletter|(?:folgen sie|folge|folgt) uns(?: auf [^:?!;,]{1,30})?|(?:forum: )?\d{1,5} postings?|postings|(?:ihre|deine) meinung (?:zählt|ist gefragt)|(?:jetzt )?mitdiskutieren/iu),
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
      'Forum: 5 Postings',
      'Ihre Meinung zählt.',
    ],
    counterExamples: [
      'Kommentare des Kanzlers sorgten für Empörung',
      'Teilen statt besitzen: Die Sharing Economy',
      'Kommentar: Die Ampel hat versagt',
      'Kommentar',
    ],
  },
  {
    id: 'trailing-heading/de/naechster-artikel',
    kind: 'trailing-heading',
    lang: 'de',
    patterns: [whole(/(?:vorschau auf den )?(?:nächsten|vorherigen) (?:artikel|beitrag)|(?:nächster|vorheriger) (?:artikel|beitrag)|(?:heute )?empfehlen wir(?: ihnen)?|wir empfehlen(?: ihnen)?|unsere empfehlungen?|empfehlungen der redaktion|entdecken sie (?:jetzt|mehr)/iu)],
    examples: ['Vorschau auf den nächsten Artikel', 'Nächster Artikel', 'Heute empfehlen wir', 'Empfehlungen der Redaktion', 'Entdecken Sie jetzt'],
    counterExamples: ['Wir empfehlen, die Anlage im Winter nicht selbst vom Schnee zu befreien.', 'Entdecken Sie jetzt die Altstadt, sagte die Stadtführerin.'],
  },

  {
    id: 'trailing-heading/de/presse-kontakt',
    kind: 'trailing-heading',
    lang: 'de',
    // A press release's contact box after the text: a heading, then a name, a phone, an address.
    patterns: [whole(/(?:presse|medien)?kontakt(?:e)?|kontakt für (?:die )?(?:presse|medien)|ansprechpartner(?:in|innen)?(?: zum thema| für (?:die )?(?:presse|medien|rückfragen))?|für rückfragen/iu)],
    examples: ['Kontakt:', 'Pressekontakt', 'Ansprechpartnerin zum Thema:'],
    counterExamples: ['Kontakt mit der Polizei hatte er nie.', 'Ansprechpartner gibt es in jeder Filiale, sagte er.'],
  },

  // ── share ──
  {
    id: 'share/de/teilen',
    kind: 'share',
    lang: 'de',
    patterns: [
      whole(/teilen|teile|(?:artikel|beitrag|seite|video) teilen|(?:diesen|den) (?:artikel|beitrag) teilen|auf [^:?!;,]{1,30} teilen|(?:teilen|senden|empfehlen) (?:auf|per|via|über) [^:?!;,]{1,30}|per (?:e-?mail|whatsapp|mail) (?:teilen|senden|versenden)|teilen mit|(?:link|url) kopieren|url zum kopieren|link kopiert|(?:artikel |seite )?drucken|drucken etc\.?|versenden|(?:artikel )?(?:per )?e-?mail|(?:artikel )?(?:merken|speichern)|twittern|empfehlen|(?:artikel )?verschenken|(?:folgen sie|folge|folgt) uns(?: auf [^:?!;,]{1,30})?|empfiehl (?:dies|diesen artikel|uns) (?:deinen|ihren) freunden|(?:diesen )?(?:artikel|beitrag) empfehlen|(?:den |diesen )?(?:artikel|beitrag) mit (?:anderen|freunden) teilen|link teilen|senden|weiterleiten|zitieren|druckversion|druckansicht|(?:artikel )?(?:zur|auf die) (?:merkliste|leseliste)(?: hinzufügen)?|zur merkliste|gemerkt|(?:artikel |beitrag |text )?(?:vorlesen|anhören)(?: lassen)?|audio (?:abspielen|anhören)|schriftgrö(?:ß|ss)e(?: (?:ändern|anpassen))?|textgrö(?:ß|ss)e|(?:text|schrift) (?:vergrö(?:ß|ss)ern|verkleinern)|a ?[-−+]|[-−+] ?a|a{2,3}|(?:den |diesen )?(?:artikel|beitrag) mit anderen teilen\/diskutieren|quellen (?:anzeigen|ausblenden|einblenden)/iu),
    ],
    examples: ['Teilen', 'Artikel teilen', 'Auf Facebook teilen', 'Link kopieren', 'Drucken', 'Per E-Mail teilen', 'Twittern', 'Merken', 'Schriftgröße', 'A-', 'A+', 'Artikel anhören'],
    counterExamples: [
      'Teilen ist wichtig, sagte die Ministerin.',
      'Drucken von Banknoten ist Aufgabe der Zentralbank.',
      'Auf Facebook teilen viele Nutzer Falschmeldungen.',
      'A-Klasse',
      'Der Landkreis will die Fahrgastzahlen mit der Hochschule teilen.',
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
  {
    id: 'newsletter/de/anmelde-box',
    kind: 'newsletter',
    lang: 'de',
    patterns: [
      // A newsletter's title, then (within the box) a sign-up word: "Newsletter „Der Abend“ … anmelden".
      opening(/(?:der |unser )?(?:[\p{L}\p{N}+]{1,20}-)?newsletter ?(?::|[„"»][^„"»«“”]{1,40}[“"«”])(?=[^]{0,350}(?:anmeld|abonnier|bestell|e-?mail|postfach|abmeld))/iu),
      // The pitch: "… – werktags um 6 Uhr kostenlos in Ihrem Postfach", "… direkt in Ihr Postfach".
      opening(/[^.!?]{0,80}?(?:kostenlos|gratis|direkt|bequem|pünktlich|jeden (?:morgen|abend|tag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|werktags|täglich|wöchentlich|einmal (?:pro|in der|die) woche)[^.!?]{0,30}? (?:in ihr(?:em)?|in dein(?:em)?|ins|per e-?mail in ihr(?:em)?) (?:e-?mail-)?postfach(?= ?(?:[.!,;–—-]|$))/iu),
      opening(/(?:der|unser) (?:[\p{L}\p{N}+]{1,25}[- ])?newsletter (?:informiert (?:sie|dich|euch)|versorgt (?:sie|dich|euch)|bringt (?:ihnen|dir|euch)|liefert (?:ihnen|dir|euch)|schickt (?:ihnen|dir|euch))|[„"»][^„"»«“”]{1,40}[“"«”]: (?:der|unser) (?:[\p{L}\p{N}+]{1,25}[- ])?newsletter (?:informiert|versorgt|bringt|liefert)/iu),
      // The legal lines: "Abmeldung jederzeit möglich", "Mit der Anmeldung stimmen Sie … zu".
      opening(/(?:eine )?abmeldung (?:ist )?(?:jederzeit|kostenlos) (?:möglich|über)|(?:sie können|du kannst) (?:sich|dich) jederzeit (?:wieder )?(?:abmelden|austragen|vom newsletter abmelden)|(?:der newsletter|die anmeldung|ihre einwilligung) (?:kann|lässt sich) jederzeit (?:wieder )?(?:abbestellt|widerrufen|gekündigt|abgemeldet)/iu),
      opening(/mit (?:der|meiner|ihrer|deiner) (?:anmeldung|registrierung|eintragung)(?: (?:zum|für den) newsletter)? (?:stimm|willig|erklär|akzeptier|bestätig)|ich möchte (?:den|unseren|einen|die) (?:[\p{L}\p{N}+-]{1,20})?newsletter|wir (?:verwenden|nutzen) (?:ihre|deine) e-?mail-?adresse|(?:vielen )?dank(?:e)? für (?:ihre|deine) (?:anmeldung|registrierung)|bitte bestätigen sie (?:ihre|die) (?:e-?mail|anmeldung)/iu),
      whole(/(?:ihre |deine )?e-?mail-?adresse(?: eingeben)?|(?:jetzt |kostenlos |gratis )?(?:anmelden|abonnieren|registrieren)|(?:jetzt )?kostenlos (?:anmelden|abonnieren|bestellen)|hier geht['’]?s zur (?:anmeldung|newsletter-anmeldung)/iu),
    ],
    examples: [
      'Newsletter „Oberland am Morgen“ Was in der Region los ist – werktags um 6 Uhr kostenlos in Ihrem Postfach. E-Mail-Adresse Kostenlos anmelden',
      'Newsletter: Sport inside Jeden Montag die Topstorys der Woche. Sie können sich jederzeit wieder abmelden.',
      'Was in der Region los ist – werktags um 6 Uhr kostenlos in Ihrem Postfach.',
      'Die wichtigsten Nachrichten des Tages – direkt in Ihr Postfach',
      '"Hier ist Bayern": Der BR24 Newsletter informiert Sie immer montags bis freitags zum Feierabend über das Wichtigste vom Tag.',
      'Eine Abmeldung ist jederzeit möglich.',
      'Sie können sich jederzeit wieder abmelden, wenn Sie das möchten.',
      'Mit der Anmeldung stimmen Sie unserer Datenschutzerklärung zu.',
      'Mit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu.',
      'Vielen Dank für Ihre Anmeldung! Bitte bestätigen Sie Ihre E-Mail-Adresse.',
      'E-Mail-Adresse',
      'Kostenlos anmelden',
    ],
    counterExamples: [
      'Außerdem informiert die Gemeinde in ihrem Newsletter und im Mitteilungsblatt über den Start.',
      'Interessierte können sich bis Freitag für die Infoveranstaltung anmelden.',
      'Der Verein verschickt seinen Newsletter an rund 400 Mitglieder.',
      'Täglich landen bei der Behörde Hunderte Anträge im Postfach.',
      'Eine Abmeldung ist nur schriftlich möglich, teilte die Behörde mit.',
      'Mit der Anmeldung beim Finanzamt beginnt die Frist.',
    ],
  },

  {
    id: 'newsletter/de/mitglied-werden',
    kind: 'newsletter',
    lang: 'de',
    // A membership pitch: "Werden Sie Mitglied bei … und erhalten Sie exklusive Angebote!"
    patterns: [opening(/(?:jetzt )?(?:werden sie|werde) (?:jetzt )?mitglied(?: (?:bei|von|im|in) [^.!?]{1,30})? und (?:erhalten sie|erhalte|sichern sie sich|sichere dir|profitieren sie|profitiere|genie(?:ß|ss)en sie|genie(?:ß|ss)e)/iu)],
    examples: ['Werden Sie Mitglied bei for me und erhalten Sie exklusive Angebote!', 'Werde jetzt Mitglied und sichere dir alle Vorteile.'],
    counterExamples: ['Werden Sie Mitglied im Verein, sagte der Vorsitzende, und die Mannschaft bekommt neue Trikots.', 'Er wurde Mitglied und erhielt eine Urkunde.'],
  },

  // ── paywall ──
  {
    id: 'paywall/de/weiterlesen-mit-abo',
    kind: 'paywall',
    lang: 'de',
    patterns: [
      opening(/(?:jetzt )?(?:weiterlesen|weiter lesen|mehr lesen|alles lesen|ganz lesen|artikel lesen) mit (?:[\p{L}\p{N}]{1,15} ?)?(?:plus|\+|abo|premium|digital|pur|[\p{Lu}\p{N}]{1,4}\+)/iu),
      opening(/mit (?:[\p{L}\p{N}]{1,15}[ -]?)?(?:plus|\+|abo|premium|digital-?abo) (?:weiterlesen|weiter lesen|alles lesen|lesen)(?=$| ?[.!:–—-])/iu),
      opening(/(?:dieser|der) (?:artikel|beitrag|inhalt|text|plus-artikel) (?:ist|steht) (?:nur|exklusiv|ausschlie(?:ß|ss)lich) (?:für|unseren) (?:[\p{L}+-]{1,20}-)?(?:abonnent|abonnenten|abonnentinnen|plus-|digital-|registrierte|zahlende|mitglieder|premium|abo-)/iu),
      opening(/(?:um (?:den|diesen) (?:artikel|beitrag|text) (?:vollständig |ganz |weiter )?(?:zu lesen|weiterzulesen|lesen zu können)|(?:lesen sie|lies) (?:den|diesen) (?:vollständigen|ganzen|kompletten|gesamten) (?:artikel|beitrag|text) mit)/iu),
      opening(/(?:sie haben|du hast) (?:ihr|dein|das) (?:monatliches |kostenloses )?(?:limit|kontingent)[^.!?]{0,40}? (?:erreicht|aufgebraucht|ausgeschöpft)/iu),
      whole(/exklusiv für (?:[\p{L}+-]{1,20}-)?abonnent(?:en|innen)(?: und abonnent(?:en|innen))?|(?:[\p{L}\p{N}]{1,10}[ -]?)?plus-(?:artikel|inhalt)|abo-(?:inhalt|artikel)/iu),
    ],
    examples: [
      'Jetzt weiterlesen mit OB+',
      'Weiterlesen mit Z+',
      'Mehr lesen mit F+',
      'Mit Plus weiterlesen',
      'Dieser Artikel ist nur für Abonnenten verfügbar.',
      'Dieser Inhalt ist exklusiv für Digital-Abonnenten',
      'Um den Artikel weiterzulesen, registrieren Sie sich kostenlos.',
      'Lesen Sie den vollständigen Artikel mit Ihrem Digital-Abo.',
      'Sie haben Ihr monatliches Limit an kostenlosen Artikeln erreicht.',
      'Exklusiv für Abonnenten',
      'Plus-Artikel',
    ],
    counterExamples: [
      'Wer ein Deutschlandticket-Abo hat, fährt kostenlos mit.',
      'Die Zeitung zählt inzwischen mehr als 100.000 Digital-Abonnenten.',
      'Mit Plus und Minus rechnen Kinder schon in der ersten Klasse.',
      'Der Artikel ist nur für Juristen verständlich, sagt die Professorin.',
      'Um den Artikel 5 des Grundgesetzes zu ändern, braucht es eine Zweidrittelmehrheit.',
    ],
  },
  {
    id: 'paywall/de/bereits-abonnent',
    kind: 'paywall',
    lang: 'de',
    patterns: [
      opening(/(?:sie sind |du bist )?(?:bereits|schon) (?:abonnent(?:in)?|abonniert|kunde|kundin|registriert|mitglied|[\p{L}+-]{1,20}-(?:abonnent(?:in)?|kunde|kundin|leser(?:in)?))(?:\*in)? ?\?(?= ?(?:$|(?:hier |jetzt |bitte |zum |zur )?(?:anmelden|einloggen|login|log-?in|anmeldung)))/iu),
      opening(/(?:sie haben|du hast) (?:bereits|schon) (?:ein(?:en)? )?(?:[\p{L}+]{1,20}-)?(?:abo|abonnement|zugang|konto|kundenkonto|account) ?\?/iu),
    ],
    examples: [
      'Bereits Abonnent?',
      'Bereits Abonnent? Hier einloggen',
      'Schon Abonnent? Hier anmelden',
      'Sie sind bereits Abonnent? Jetzt einloggen',
      'Sie haben bereits ein Digital-Abo? Hier anmelden',
      'Schon registriert? Zum Login',
      'Bereits Plus-Kunde?',
    ],
    counterExamples: [
      'Bereits Abonnenten der Zeitung erhalten den Zugang kostenlos.',
      'Schon Kunde? Nicht unbedingt, sagt der Verbraucherschützer.',
      'Sie haben bereits ein Konto bei der Sparkasse eröffnet.',
      'Der Verein hat 300 Dauerkarten für seine Abonnenten reserviert.',
    ],
  },
  {
    id: 'paywall/de/abo-angebot',
    kind: 'paywall',
    lang: 'de',
    patterns: [
      opening(/(?:jetzt |nur )?\d{1,2} (?:wochen|woche|monate?|tage) (?:lang )?(?:für (?:nur )?\d{1,3}(?:,\d{2})? ?(?:€|euro|chf|fr\.)|(?:kostenlos|gratis|für 0 ?€|für 0,00 ?€) (?:testen|lesen|nutzen))/iu),
      opening(/(?:jetzt )?(?:alle|unbegrenzt(?: alle)?) (?:artikel|inhalte|beiträge|plus-artikel|texte)[^!?]{0,60}? (?:lesen|nutzen)(?: ?[–—:-] ?| )(?:\d{1,2} (?:wochen|woche|monate?|tage)|ab \d|für \d|schon ab|nur \d)/iu),
      opening(/danach (?:nur )?\d{1,3}(?:,\d{2})? ?(?:€|euro|chf|fr\.)(?: ?\/| pro| im| je)? ?(?:monat(?:lich)?|woche|mtl\.?)[^.!?]{0,30}?kündbar/iu),
      opening(/(?:mit werbung (?:weiter)?lesen|(?:werbefrei|ohne werbung)(?: und (?:ohne )?tracking)? (?:lesen|weiterlesen|nutzen)|pur-?abo)(?=$| ?[.!:–—-])/iu),
      whole(/jetzt (?:testen|abonnieren|abo abschlie(?:ß|ss)en|abo sichern|freischalten|upgraden)|zum (?:angebot|abo|abo-shop)|angebot (?:wählen|sichern|ansehen)|abo (?:abschlie(?:ß|ss)en|wählen|sichern)|(?:monatlich|jederzeit) kündbar|hier einloggen|plus testen/iu),
    ],
    examples: [
      '4 Wochen für 0,99 €, danach monatlich kündbar',
      '1 Monat kostenlos testen',
      'Jetzt 30 Tage gratis lesen',
      'Alle Artikel auf oberland-bote.example lesen – 4 Wochen für 0,99 €, danach monatlich kündbar.',
      'Danach 9,99 € monatlich, jederzeit kündbar.',
      'Mit Werbung lesen',
      'Jetzt testen',
      'Zum Angebot',
      'Monatlich kündbar',
    ],
    counterExamples: [
      '4 Wochen für die Reparatur braucht die Werkstatt.',
      'Danach 500 Euro pro Monat zahlen die Mieter, bis der Vertrag endet.',
      'Jetzt testen Forscher einen neuen Impfstoff gegen Malaria.',
      'Alle Artikel der Verfassung lesen sich wie ein Bekenntnis.',
      'Mit Werbung verdient die Plattform Milliarden.',
    ],
  },
  {
    id: 'paywall/de/journalismus-unterstuetzen',
    kind: 'paywall',
    lang: 'de',
    patterns: [opening(/(?:bitte )?unterstütze?n? (?:sie |du )?(?:uns(?: und unsere arbeit)?|unsere arbeit|unseren journalismus|unabhängigen journalismus|guten journalismus|lokalen journalismus)(?=[ .,!:]|$)|jetzt (?:unterstützen|spenden)(?=[ .,!:]*$| und (?:weiterlesen|mitmachen))|(?:wenn|weil) (?:ihnen|dir) unser (?:journalismus|angebot|magazin) (?:gefällt|etwas wert ist)/iu)],
    examples: ['Unterstützen Sie unabhängigen Journalismus', 'Bitte unterstütze unsere Arbeit mit einer Spende.', 'Jetzt unterstützen und weiterlesen'],
    counterExamples: ['Unterstützen Sie die Initiative, fragte der Reporter den Bürgermeister.', 'Jetzt unterstützen auch die Grünen den Antrag.'],
  },

  // ── consent ──
  // ZDF's "Ein Klick für den Datenschutz" box is left alone: it frames the infographic's title, and
  // fundus-dev's gold keeps the box (de-ZDF_2024_04_22).
  {
    id: 'consent/de/wir-verwenden-cookies',
    kind: 'consent',
    lang: 'de',
    patterns: [
      opening(/wir (?:und unsere (?:\d{1,4} )?partner )?(?:verwenden|nutzen|setzen|benutzen)[^.!?]{0,40}? (?:cookies|tracking-technologien)/iu),
      opening(/(?:diese|unsere) (?:website|webseite|seite|internetseite|plattform) (?:verwendet|nutzt|benutzt|setzt) (?:cookies|technisch notwendige cookies)/iu),
      opening(/wir respektieren (?:ihre|deine) privatsphäre|wir (?:benötigen|brauchen) (?:ihre|deine) (?:zustimmung|einwilligung),? um|(?:ihre|deine) privatsphäre ist uns wichtig|erst wenn (?:sie|du) hier klick(?:en|st)/iu),
    ],
    examples: [
      'Wir verwenden Cookies und ähnliche Technologien, um Ihnen an dieser Stelle einen Beitrag von Instagram anzuzeigen.',
      'Wir und unsere Partner verwenden Cookies und ähnliche Technologien.',
      'Wir nutzen Cookies, um unsere Website für Sie zu verbessern.',
      'Diese Website verwendet Cookies.',
      'Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.',
      'Wir benötigen Ihre Zustimmung, um den Inhalt von Instagram zu laden.',
      'Erst wenn Sie hier klicken, werden Bilder und andere Daten von Twitter nachgeladen.',
    ],
    counterExamples: [
      'Die Bäckerei verkauft neben Brezen auch Cookies und Brownies.',
      'Der Gemeinderat stimmte dem Vorhaben einstimmig zu.',
      'Wir verwenden das Geld für neue Spielgeräte, sagte die Kita-Leiterin.',
      'Diese Website verwendet der Verein seit 2010 für Ankündigungen.',
    ],
  },
  {
    id: 'consent/de/externer-inhalt',
    kind: 'consent',
    lang: 'de',
    patterns: [
      startsWith(/externer inhalt|externe inhalte (?:anzeigen|laden|erlauben|aktivieren|zulassen)|empfohlener (?:redaktioneller|externer) inhalt|eingebetteter inhalt/iu),
      opening(/an dieser stelle (?:finden sie|findest du|ist|wird|befindet sich) (?:ein(?:en)? )?(?:externe[nrs]? |eingebettete[nrs]? )?(?:inhalt|beitrag|video|tweet|post|element|content|inhalte)(?: von| eines| aus|,| der| angezeigt| eingebunden)/iu),
      opening(/ich bin (?:damit )?einverstanden,? dass mir (?:externe |eingebettete )?inhalte|(?:damit|dabei|hierbei|dadurch) (?:können|werden) (?:ihre )?(?:personenbezogene )?daten an (?:drittplattformen|drittanbieter|dritte)|personenbezogene daten (?:können|werden) (?:dabei |dadurch |so )?an (?:drittplattformen|drittanbieter)/iu),
      opening(/um (?:diesen|den|den eingebetteten|den externen) (?:inhalt|content|tweet|instagram-post|post) (?:anzuzeigen|zu sehen|zu laden|sehen zu können)|(?:dieser|der) (?:inhalt|content|beitrag) (?:kann|wird) (?:aufgrund|wegen) (?:ihrer|deiner) (?:datenschutz|cookie|privatsphäre)|mit (?:dem laden|dem abspielen|dem klick|einem klick)[^.!?]{0,40}? (?:akzeptieren|stimmen|willigen|erklären) (?:sie|du)/iu),
      whole(/akzeptieren(?: und (?:anzeigen|laden|fortfahren|weiter))?|alle (?:cookies )?akzeptieren|alle ablehnen|zustimmen und (?:weiter|fortfahren|anzeigen)|nur (?:notwendige|essenzielle|essentielle|erforderliche) cookies(?: (?:akzeptieren|zulassen|erlauben|verwenden))?|(?:cookie|privatsphäre|datenschutz)-?einstellungen(?: (?:verwalten|ändern|anpassen|öffnen))?|einstellungen (?:verwalten|anpassen)|(?:externen )?inhalt (?:laden|anzeigen|entsperren|freischalten)|(?:[\p{L}\p{N}]{2,20}-)?inhalte? (?:erlauben|zulassen|laden|aktivieren|anzeigen|akzeptieren)|mehr dazu in unserer datenschutzerklärung/iu),
    ],
    examples: [
      'Externer Inhalt',
      'Externer Inhalt Wir verwenden Cookies und ähnliche Technologien, um Ihnen an dieser Stelle einen Beitrag von Instagram anzuzeigen.',
      'Empfohlener redaktioneller Inhalt',
      'An dieser Stelle finden Sie externen Inhalt, der den Artikel ergänzt.',
      'An dieser Stelle findest du einen externen Inhalt von YouTube, der den Artikel ergänzt.',
      'Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.',
      'Personenbezogene Daten können an Drittplattformen übermittelt werden. Mehr dazu in unserer Datenschutzerklärung.',
      'Um diesen Inhalt anzuzeigen, müssen Sie Cookies akzeptieren.',
      'Akzeptieren und anzeigen',
      'YouTube-Inhalte erlauben',
      'Privatsphäre-Einstellungen',
      'Alle akzeptieren',
    ],
    counterExamples: [
      'Externe Inhalte müssen gekennzeichnet werden, urteilte das Gericht.',
      'An dieser Stelle findet man heute einen Supermarkt.',
      'Ich bin damit einverstanden, sagte der Bürgermeister.',
      'Um den Beitrag zu finanzieren, erhöht die Stadt die Gebühren.',
      'Akzeptieren wollte die Gewerkschaft das Angebot nicht.',
    ],
  },

  // ── feedback ──
  {
    id: 'feedback/de/artikel-hilfreich',
    kind: 'feedback',
    lang: 'de',
    patterns: [
      opening(/(?:war|ist) (?:dieser|der|dieses|das) (?:artikel|beitrag|text|inhalt|ratgeber|video) (?:für (?:sie|dich) )?(?:hilfreich|lesenswert|informativ|nützlich|interessant) ?\?/iu),
      opening(/(?:wie )?(?:hat|gefällt|gefiel) (?:ihnen|dir|euch) (?:dieser|der|unser) (?:artikel|beitrag|text)(?: gefallen)? ?\?|wie (?:bewerten|findest|finden) (?:sie|du) (?:diesen|den) (?:artikel|beitrag|text) ?\?|wie zufrieden (?:sind sie|bist du) mit (?:diesem|dem) (?:artikel|beitrag|text)/iu),
      opening(/(?:vielen )?dank(?:e)? für (?:ihr|dein|euer|ihre|deine|eure) (?:feedback|bewertung|rückmeldung|votum|stimme)|(?:ihre|deine) meinung ist uns wichtig|hier können sie (?:den|diesen) (?:artikel|beitrag) bewerten|bewerten sie (?:diesen|den) (?:artikel|beitrag)/iu),
      opening(/(?:fehler|tippfehler) (?:gefunden|entdeckt) ?\?|(?:haben sie|hast du) einen fehler (?:gefunden|entdeckt)|(?:einen )?fehler (?:im (?:artikel|text) )?(?:melden|gefunden\? jetzt melden)$/iu),
      whole(/(?:diesen )?(?:artikel|beitrag) bewerten|feedback geben|(?:ihr|dein) feedback/iu),
    ],
    examples: [
      'War dieser Artikel hilfreich?',
      'War dieser Artikel hilfreich? Ja Nein',
      'Wie hat Ihnen dieser Artikel gefallen?',
      'Hat Ihnen dieser Artikel gefallen?',
      'Wie bewerten Sie diesen Artikel?',
      'Danke für Ihr Feedback!',
      'Vielen Dank für Ihre Bewertung',
      'Hier können Sie den Artikel bewerten',
      'Fehler gefunden? Jetzt melden',
      'Fehler melden',
      'Artikel bewerten',
      'Ihre Meinung ist uns wichtig',
    ],
    counterExamples: [
      'Viele Eltern fanden das Angebot hilfreich, ergab eine Umfrage der Stadt.',
      'Die Rückmeldungen der Anwohner waren überwiegend positiv.',
      'War dieser Artikel des Gesetzes verfassungswidrig, fragten die Richter.',
      'Fehler melden Nutzer oft erst Wochen später, heißt es beim Hersteller.',
      'Dank ihrer Stimme kam die Mehrheit zustande.',
    ],
  },
  {
    id: 'feedback/de/erfahrungen-mitteilen',
    kind: 'feedback',
    lang: 'de',
    patterns: [opening(/bitte teilen sie uns (?:ihre (?:erfahrungen|meinung)|mit,? (?:wie|was))|teilen sie uns ihre (?:erfahrungen|meinung) mit|(?:wie )?gefällt (?:dir|ihnen) (?:unser|dieser|der) [\p{L}-]{1,30}\?/iu)],
    examples: ['Bitte teilen Sie uns Ihre Erfahrungen mit, wenn Sie unseren Kaffee schon probiert haben.', 'Teilen Sie uns Ihre Meinung mit!', 'Gefällt dir unser Klettermagazin?'],
    counterExamples: ['Die Stadt teilte mit, dass die Erfahrungen mit dem Pilotprojekt gut seien.', 'Gefällt Ihnen der Entwurf nicht, können Sie bis Mai Einspruch erheben, sagte die Planerin.'],
  },

  // ── follow-us ──
  {
    id: 'follow-us/de/folgen-sie-uns',
    kind: 'follow-us',
    lang: 'de',
    patterns: [
      opening(/(?:folgen sie|folge|folgt) uns(?: (?:jetzt |auch |doch )?(?:auf|bei|in|über)\b| ?[:!]|$)/iu),
      opening(/(?:folgen sie|folge|folgt) (?:[\p{L}\p{N}.-]{1,30} )?(?:bei|auf|in) google news|(?:jetzt )?(?:bei|auf|in) google news folgen/iu),
      opening(/(?:jetzt |hier )?(?:unserem|unseren|dem) (?:[\p{L}\p{N}+.-]{1,30}[- ])?(?:kanal|channel|account|profil) (?:auf [\p{L}]{2,20} )?(?:folgen|abonnieren)|(?:hier geht['’]?s zu(?:m|r)?|zu(?:m|r)) (?:unserem |unserer )?(?:whatsapp|telegram)[- ]?(?:kanal|channel|gruppe|community)|(?:unser|unseren) (?:whatsapp|telegram)-?(?:kanal|channel)/iu),
      opening(/(?:der|die|das) [^:.!?]{1,40} (?:auf|bei) (?:whatsapp|telegram|google news|instagram|tiktok)(?= ?[:|–—-]? ?[^.!?]{0,40}(?:folgen|abonnieren|kanal))/iu),
      opening(/(?:laden sie|lade dir|lade|holen sie sich|hol dir|installieren sie) (?:jetzt )?(?:kostenlos )?unsere (?:kostenlose |neue )?(?:[\p{L}\p{N}+.-]{1,30}[- ])?app|jetzt (?:die |unsere )?(?:[\p{L}\p{N}+.-]{1,30}[- ])?app (?:herunterladen|laden|installieren|downloaden)|push-(?:benachrichtigungen|mitteilungen|nachrichten) (?:aktivieren|erhalten|einschalten)|wir sind (?:jetzt |auch )?(?:auf|bei) (?:whatsapp|telegram|instagram|tiktok|threads|bluesky|mastodon|youtube|google news)\b/iu),
      opening(/(?:abonnieren sie|abonniere|abonniert) (?:jetzt )?unseren (?:[\p{L}\p{N}+.-]{1,30}[- ])?(?:kanal|channel|podcast)/iu),
    ],
    examples: [
      'Folgen Sie uns auf Facebook, X und Instagram',
      'Folgen Sie uns auf WhatsApp',
      'Folgen Sie uns bei Google News',
      'Jetzt bei Google News folgen',
      'Jetzt unserem Kanal folgen',
      'Der Oberland-Bote auf WhatsApp: Jetzt unserem Kanal folgen',
      "Hier geht's zum WhatsApp-Kanal",
      'Unser WhatsApp-Kanal',
      'Laden Sie unsere App herunter',
      'Jetzt die App herunterladen',
      'Push-Benachrichtigungen aktivieren',
      'Abonnieren Sie unseren YouTube-Kanal',
    ],
    counterExamples: [
      'Die Polizei veröffentlichte das Video auf Facebook und Instagram.',
      'Anwohner sollen den Anweisungen der Feuerwehr folgen.',
      'Folgen Sie uns unauffällig, sagte der Polizist.',
      'Laden Sie die App der Bank nur aus dem offiziellen Store herunter, rät das BSI.',
      'Die Polizei auf Instagram: Wie Behörden um junge Menschen werben',
    ],
  },
  {
    id: 'follow-us/de/thema-folgen',
    kind: 'follow-us',
    lang: 'de',
    patterns: [
      opening(/mehr (?:artikel|beiträge|texte|geschichten|nachrichten|news) (?:wie diese[nr]?|zu diesem thema|dieser art) ?\?|(?:sie möchten|möchten sie|du möchtest|möchtest du) (?:mehr|weitere) (?:solche |solcher )?(?:artikel|beiträge|texte|nachrichten)[^.!?]{0,40}\?/iu),
      opening(/(?:folgen sie|folge) (?:dem|diesem) (?:thema|autor|autorin|ressort)(?: ?[„"»][^„"»«“”]{1,40}[“"«”])? und|(?:folgen sie|folge) (?:dem|diesem) (?:thema|autor|autorin|ressort)(?= ?[.!:]?$)/iu),
      whole(/(?:thema|themen|autor(?:in)?|ressort|kanal) folgen|(?:zur )?merkliste hinzufügen/iu),
    ],
    examples: [
      'Mehr Artikel wie diesen?',
      'Sie möchten mehr solche Artikel lesen?',
      'Folgen Sie dem Thema „Weilerbach“ und wir benachrichtigen Sie, sobald ein neuer Artikel erscheint.',
      'Folgen Sie dem Thema und wir benachrichtigen Sie, sobald ein neuer Artikel erscheint.',
      'Thema folgen',
      'Autor folgen',
    ],
    counterExamples: [
      'Der Landkreis wünscht sich mehr Projekte wie diesen Bürgerbus.',
      'Die Gemeinde will der Empfehlung des Gutachters folgen.',
      'Folgen Sie dem Autor durch die Gassen der Altstadt, wo jedes Haus eine Geschichte hat.',
    ],
  },

  // ── sponsored ──
  {
    id: 'sponsored/de/gesponsert',
    kind: 'sponsored',
    lang: 'de',
    patterns: [
      leadIn(/sponsored(?: content| post| article| story)?|gesponsert(?:er (?:beitrag|inhalt|artikel))?|advertorial|bezahlte (?:partnerschaft|kooperation|anzeige|werbung)|werbliche?r? (?:inhalt|beitrag)|werbebeitrag|partner-?(?:inhalt|inhalte|beitrag|content|angebot)|(?:inhalte?|angebote?|beiträge) (?:unserer|unseres) (?:partner|werbepartner|partners)/iu),
      opening(/(?:in (?:kooperation|zusammenarbeit|partnerschaft) mit|präsentiert von|unterstützt von|gesponsert von|mit freundlicher unterstützung (?:von|der|des)) [^.!?,]{1,50}$/iu),
      opening(/(?:dieser|der) (?:beitrag|artikel|text|inhalt) (?:entstand|wurde erstellt|wurde verfasst|ist)[^.!?]{0,20}? in (?:bezahlter |kommerzieller |werblicher )(?:kooperation|zusammenarbeit|partnerschaft)|(?:dieser|der) (?:beitrag|artikel|text|inhalt) (?:entstand|wurde erstellt) in (?:kooperation|zusammenarbeit|partnerschaft) mit (?:unserem|unseren) (?:werbe)?partner/iu),
    ],
    examples: [
      'Sponsored Content',
      'Sponsored Content: Wärmepumpe im Altbau',
      'In Kooperation mit Voralpen-Energie',
      'Gesponsert',
      'Präsentiert von Stadtwerke Sonnhausen',
      'Mit freundlicher Unterstützung der Sparkasse Weilerbach',
      'Advertorial',
      'Bezahlte Partnerschaft',
      'Dieser Beitrag entstand in bezahlter Kooperation mit Voralpen-Energie.',
      'Inhalte unserer Partner',
    ],
    counterExamples: [
      'Das Stadtfest wird seit Jahren von der Sparkasse gesponsert.',
      'Das Projekt entstand in Kooperation mit der Hochschule Sonnhausen.',
      'In Zusammenarbeit mit der Polizei sucht die Stadt nach Zeugen.',
      'Mit freundlicher Unterstützung der Nachbarn gelang der Umzug, erzählt sie.',
      'Gesponserte Beiträge sind in sozialen Netzwerken kaum zu erkennen.',
      'Gesponsert wird das Stadtfest von der Sparkasse.',
    ],
  },
  {
    id: 'sponsored/de/affiliate-provision',
    kind: 'sponsored',
    lang: 'de',
    patterns: [
      opening(/(?:hinweis: |transparenz(?:hinweis)?: |\*)?(?:dieser|der|unser) (?:artikel|beitrag|text|inhalt|ratgeber|vergleich) enthält (?:sogenannte |so genannte )?(?:affiliate|partner|provisions|werbe)-?links/iu),
      opening(/(?:hinweis: |\*)?(?:für (?:links|käufe) (?:auf|über) diese(?:r|n)? (?:seite|links?)|bei (?:einem kauf|einer bestellung) (?:über|via) (?:diese[n]?|einen dieser|die|unsere) (?:links?|partnerlinks?|affiliate-links?)|(?:wenn|falls) (?:sie|du) (?:über|via) (?:diese[n]?|einen dieser|einen solchen|die|unsere) (?:links?|partnerlinks?)[^.!?]{0,30}? (?:kauf|bestell))/iu),
      opening(/(?:hinweis: |\*)?(?:die )?mit (?:einem )?(?:\*|\(\*\)|sternchen|symbol) (?:gekennzeichneten|markierten|versehenen) links|(?:\*|hinweis: )?(?:wir erhalten|erhalten wir) (?:dafür |hierfür )?(?:ggf\. |gegebenenfalls |eventuell |unter umständen |bei einem kauf )?eine (?:kleine )?provision/iu),
    ],
    examples: [
      'Dieser Artikel enthält Affiliate-Links. Bei einem Kauf erhalten wir eine Provision.',
      'Für Links auf dieser Seite erhält CHIP ggf. eine Provision vom Händler, z.B. für solche mit -Symbol.',
      'Bei einem Kauf über diese Links erhalten wir eine kleine Provision.',
      'Wenn Sie über diese Links etwas kaufen, erhalten wir eine Provision.',
      'Die mit * gekennzeichneten Links sind Affiliate-Links.',
      '*Wir erhalten eine kleine Provision, für Sie ändert sich am Preis nichts.',
    ],
    counterExamples: [
      'Affiliate-Links sind umstritten, sagen Verbraucherschützer.',
      'Bei einem Kauf über das Internet gilt ein Widerrufsrecht von 14 Tagen.',
      'Für Links auf Hetzseiten haftet der Betreiber, urteilte das Gericht.',
      'Der Makler erhält eine Provision von 3,57 Prozent.',
    ],
  },

  // ── disclaimer ──
  {
    id: 'disclaimer/de/meinung-des-autors',
    kind: 'disclaimer',
    lang: 'de',
    patterns: [opening(/(?:dieser|der) (?:beitrag|artikel|text|kommentar|gastbeitrag) gibt (?:die|nur die|ausschlie(?:ß|ss)lich die) (?:meinung|ansicht|auffassung) (?:des|der) (?:autors|autorin|verfassers|verfasserin|gastautors)|bei diesem (?:beitrag|artikel|text) handelt es sich um (?:einen|ein) (?:blog|gastbeitrag|kommentar|meinungsbeitrag)|namentlich gekennzeichnete (?:beiträge|artikel) geben nicht/iu)],
    examples: ['Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.', 'Bei diesem Beitrag handelt es sich um ein Blog aus der Community', 'Namentlich gekennzeichnete Beiträge geben nicht unbedingt die Meinung der Redaktion wieder.'],
    counterExamples: ['Der Beitrag der Stadt gibt die Meinung vieler Anwohner wieder, sagte die Sprecherin.', 'Bei diesem Beitrag handelt es sich um eine Erhöhung von zehn Euro im Monat.'],
  },

  // ── gallery ──
  {
    id: 'gallery/de/bild-von',
    kind: 'gallery',
    lang: 'de',
    patterns: [
      whole(/(?:bild|foto|fotos|grafik|seite|slide) \d{1,3} (?:von|\/|aus) \d{1,3}/iu),
      whole(/(?:zur|zu der) (?:bilder)?galerie|(?:zur|zu den) (?:fotostrecke|bilderstrecke|bilderserie|bildern)|(?:bilder)?galerie (?:öffnen|ansehen|anzeigen|starten)|(?:fotostrecke|bilderstrecke) (?:öffnen|ansehen|starten|anzeigen)|alle (?:\d{1,3} )?(?:bilder|fotos) (?:anzeigen|ansehen|sehen)|(?:bilder)?galerie \(?\d{1,3} (?:bilder|fotos)\)?|\d{1,3} (?:bilder|fotos)|bild (?:anzeigen|schlie(?:ß|ss)en|vergrö(?:ß|ss)ern)|vergrö(?:ß|ss)ern|vollbild(?:modus)?|bildergalerie|fotostrecke|bilderstrecke|(?:nächstes|vorheriges) bild|galerie schlie(?:ß|ss)en/iu),
    ],
    examples: ['Bild 1 von 8', 'Foto 1 von 8', 'Zur Bildergalerie', 'Bildergalerie öffnen', 'Alle Bilder anzeigen', 'Galerie (8 Bilder)', '12 Fotos', 'Bild anzeigen', 'Vergrößern', 'Fotostrecke'],
    counterExamples: ['Jeder achte Haushalt im Ort hat kein Auto.', 'Fotos der Schäden wurden der Versicherung übergeben.', 'Bild 1 von 8 zeigt den Täter.', '12 Fotos hängen im Rathaus.'],
  },
  {
    id: 'gallery/de/zum-vergroessern',
    kind: 'gallery',
    lang: 'de',
    patterns: [whole(/zum vergrö(?:ß|ss)ern (?:auf (?:das|die) (?:bild|grafik|abbildung) )?klicken|(?:bild|grafik|foto) vergrö(?:ß|ss)ern|klicken (?:sie )?(?:hier )?zum vergrö(?:ß|ss)ern/iu)],
    examples: ['Zum Vergrößern auf das Bild klicken', 'Zum Vergrössern klicken', 'Bild vergrößern', 'Klicken Sie zum Vergrößern'],
    counterExamples: ['Zum Vergrößern der Anlage fehlt der Stadt das Geld.', 'Das Bild vergrößern die Behörden, indem sie weitere Aufnahmen auswerten.'],
  },

  // ── tags ──
  {
    id: 'tags/de/schlagwoerter',
    kind: 'tags',
    lang: 'de',
    patterns: [
      leadIn(/schlagw(?:orte|örter|ort)|stichw(?:orte|örter|ort)|tags?|themen|weitere themen|themen in diesem artikel|(?:mehr )?zum thema|mehr zu|abgelegt unter|kategorien|rubriken?|zugehörige themen(?:seiten)?|verwandte themen|keywords?|labels?/iu),
    ],
    examples: ['Schlagwörter:', 'Schlagworte: Energiewende, Windkraft', 'Stichworte: Bundestag · Haushalt', 'Tags: Bilt, Cent, Eimsbüttel', 'Themen: Ukraine-Krieg | Russland', 'Mehr zu: Nahverkehr', 'Zugehörige Themenseiten: Digitalisierung und IT-Sicherheit', 'Abgelegt unter: Kommunalpolitik'],
    counterExamples: [
      'Die Themen der Sitzung: Haushalt, Schulen und Verkehr.',
      'Das Schlagwort der Kampagne lautet „Gemeinsam unterwegs“.',
      'Tags darauf reiste die Delegation nach Brüssel ab.',
      'Themen wie Wohnen und Pflege bestimmen den Wahlkampf.',
    ],
  },

  // ── comments ──
  {
    id: 'comments/de/kommentare',
    kind: 'comments',
    lang: 'de',
    patterns: [
      whole(/\d{1,3}(?:[ .]?\d{3})? ?(?:kommentare?|reaktionen|antworten|leserkommentare)|kommentare ?[([]?\d{1,6}[)\]]?|kommentare|(?:alle )?kommentare (?:anzeigen|lesen|ausblenden|einblenden|öffnen|schließen|laden)|(?:jetzt )?kommentieren(?: sie(?: hier)?)?|kommentar (?:schreiben|verfassen|abgeben)|(?:schreib(?:e|en sie)?|hinterlasse|hinterlassen sie|verfassen sie) einen kommentar|(?:bisher |noch )?keine kommentare|kommentare (?:geschlossen|deaktiviert)|diskutieren sie mit|zur diskussion|antworten|(?:jetzt )?mitdiskutieren|zu den kommentaren|(?:die )?kommentarfunktion (?:ist|wurde)(?: für diesen (?:artikel|beitrag))? (?:geschlossen|deaktiviert|abgeschaltet)|(?:melden sie sich an|melde dich an|bitte anmelden),? um (?:zu )?kommentieren|(?:seien sie|sei) (?:der|die) erste,? (?:der|die)(?: diesen (?:artikel|beitrag))? kommentiert|(?:forum: )?\d{1,3}(?:[ .]?\d{3})? postings?|postings ?[([]?\d{1,6}[)\]]?|(?:ihre|deine) meinung (?:zählt|ist gefragt)|(?:bitte )?beachten sie unsere (?:netiquette|community-richtlinien|diskussionsregeln)/iu),
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
      'Die Kommentarfunktion ist geschlossen.',
      'Melden Sie sich an, um zu kommentieren.',
      'Forum: 5 Postings',
      'Zu den Kommentaren',
    ],
    counterExamples: [
      '12 Kommentare des Ministers wurden gelöscht.',
      'Kommentieren wollte die Polizei den Vorfall nicht.',
      'Antworten auf die wichtigsten Fragen',
      'Im Beteiligungsverfahren gingen 412 Kommentare von Bürgerinnen und Bürgern ein.',
      'Die Ministerin wollte die Vorwürfe nicht kommentieren.',
    ],
  },

  // ── image-credit ──
  {
    id: 'image-credit/de/foto',
    kind: 'image-credit',
    lang: 'de',
    patterns: [
      whole(/(?:fotos?|bild(?:er)?|bildquellen?|bildnachweise?|bildrechte|fotograf(?:ie|in)?|titelbild|titelfoto|aufmacherbild|beitragsbild|symbolbild|symbolfoto|grafik|illustration|foto ?& ?text|copyright|quelle)(?: ?[:：|] ?| ?\/ ?| [–—-] )(?! ).{1,100}|bildquellen?|bildnachweise?|bildrechte|symbolbild|symbolfoto|mit (?:agenturmaterial|material (?:von|der|des) [^.!?]{1,40})/iu),
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
      '(Quelle: APA/sda/dpa)',
      'Quelle: ntv.de, ino/dpa',
      'Mit Agenturmaterial.',
    ],
    counterExamples: [
      'Fotos zeigen, wie sich das Feuer ausbreitete.',
      'Polizisten sichern den Tatort in Berlin. Foto: Paul Zinken/dpa',
      'Bilder aus Kiew: Die Zerstörung ist gewaltig.',
      'Quellen der Polizei zufolge war der Täter bekannt.',
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
      bio(/(?:ist|war|arbeitet als) (?:(?:ein|eine|der|die) )?(?:[\p{Ll}-]{1,25} ){0,2}(?:Redakteur|Redakteurin|Journalist|Journalistin|Korrespondent|Korrespondentin|Reporter|Reporterin|Kolumnist|Kolumnistin|Volontär|Volontärin|Ressortleiter|Ressortleiterin|Chefredakteur|Chefredakteurin|Autor|Autorin|Fotograf|Fotografin|\p{Lu}\p{Ll}{1,25}(?:redakteur|korrespondent|reporter|journalist|kolumnist)(?:in)?|[\p{Lu}\p{N}][\p{L}\p{N}]{0,15}-(?:Redakteur|Reporter|Korrespondent|Journalist|Kolumnist|Autor)(?:in)?)|(?:schreibt|berichtet) (?:für|aus|seit)/u),
      // "Korrespondent Ulrich Exner ist bei WELT für landespolitische Themen zuständig."
      /^(?:Korrespondent|Korrespondentin|Redakteur|Redakteurin|Reporter|Reporterin|Autor|Autorin|Kolumnist|Kolumnistin) \p{Lu}[\p{L}'’.-]{1,30}(?: \p{Lu}[\p{L}'’.-]{1,30}){1,2} (?:ist|war|arbeitet|berichtet|schreibt)\b(?=[^.!?]{0,100}(?:zuständig|tätig|verantwortlich|redakteur|korrespondent|berichtet|schreibt|ressort))/u,
    ],
    examples: [
      'Anna Schmidt ist Redakteurin im Ressort Politik.',
      'Markus Weber ist freier Journalist in Berlin.',
      'Julia Meyer ist Wirtschaftsredakteurin der Example Zeitung.',
      'Thomas Müller schreibt für das Feuilleton.',
      'Lena Vogel ist stellvertretende Chefredakteurin.',
      'Manuela Conrad ist ZDF-Reporterin für das Berichtsgebiet Russland, Kaukasus und Zentralasien.',
      'Korrespondent Ulrich Exner ist bei WELT für landespolitische Themen zuständig.',
    ],
    counterExamples: [
      'Angela Merkel ist eine der bekanntesten Politikerinnen Europas.',
      'Der Redakteur ist seit Montag krankgeschrieben.',
      'Thomas Müller schreibt Geschichte mit seinem 150. Länderspiel.',
      'Reporter Max Müller ist bei dem Angriff verletzt worden.',
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

  // ── error-page ──
  {
    id: 'error-page/de/seite-nicht-gefunden',
    kind: 'error-page',
    lang: 'de',
    patterns: [
      whole(/(?:(?:hoppla|ups|oh nein|entschuldigung)[,!.]? )?(?:(?:diese |die )?seite (?:wurde )?nicht gefunden|(?:diese |die )?seite(?:, die sie suchen,)? (?:existiert|gibt es) (?:leider )?nicht(?: mehr)?|(?:diese |die )?seite (?:ist )?nicht (?:mehr )?(?:verfügbar|erreichbar)|(?:wir konnten|leider konnten wir) (?:diese|die) seite nicht finden|seite nicht vorhanden|da ist (?:etwas|was) schiefgelaufen)/iu),
    ],
    examples: ['Seite nicht gefunden', 'Hoppla! Diese Seite existiert nicht', 'Die Seite ist nicht mehr verfügbar', 'Diese Seite existiert leider nicht mehr', 'Da ist etwas schiefgelaufen'],
    counterExamples: ['Seite nicht gefunden: Wie ein Tippfehler eine Bank Millionen kostete', 'Die Seite der Opposition ist nicht verfügbar für Gespräche, sagte er am Montag.'],
  },

  // ── log-in ──
  {
    id: 'log-in/de/anmelden',
    kind: 'log-in',
    lang: 'de',
    patterns: [
      whole(/(?:jetzt )?(?:anmelden|einloggen|login|log-?in|anmeldung|registrieren|registrierung)(?: (?:\/|oder|und|[|–—-]) (?:registrieren|registrierung|anmelden|einloggen|konto erstellen))?|(?:bei|in) (?:ihrem|deinem|mein(?:em)?) (?:konto|kundenkonto|benutzerkonto|account) (?:anmelden|einloggen)|(?:im|ins) (?:kundenkonto|benutzerkonto|konto) (?:anmelden|einloggen)|mein (?:konto|kundenkonto|profil|account)|kunden-?login|benutzeranmeldung|passwort vergessen\??|(?:neues )?konto (?:erstellen|anlegen)|(?:zum |zur )?(?:login|anmeldung) für (?:abonnenten|abonnentinnen|kunden|mitglieder)/iu),
    ],
    examples: ['Anmelden', 'Einloggen', 'Login', 'Anmelden / Registrieren', 'Bei Ihrem Konto anmelden', 'Im Kundenkonto anmelden', 'Mein Konto', 'Passwort vergessen?', 'Konto erstellen'],
    counterExamples: ['Anmeldung zur Kita: Was Eltern wissen müssen', 'Mein Konto wurde gehackt: Was tun?', 'Registrierung von Prostituierten: Das neue Gesetz im Überblick'],
  },
];

/**
 * Common words of the language that the other languages Épure cleans do not share (words such as
 * "de", "en", "la", "in", "die", "que" are left out, so each one points one way): they tell the
 * article's language when the page does not say it, or says another one.
 */
export const DE_STOP_WORDS: readonly string[] = ['der', 'das', 'und', 'ist', 'nicht', 'mit', 'sich', 'auf', 'ein', 'eine', 'den', 'von', 'zu', 'auch', 'dem', 'für', 'wird', 'werden', 'sind', 'im'];
