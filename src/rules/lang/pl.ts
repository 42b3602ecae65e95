import type { ClutterRule } from '../rule';
import { whole, startsWith, leadIn, colonLeadIn, opening, bio } from '../patterns';

/**
 * Clutter rules for pages in Polish ('pl'), by kind in the order of `RULE_KINDS`; within a kind, the
 * first rule that matches names the removal. `tests/rules.test.ts` lints them: every example
 * must match, no counter-example may.
 */
export const PL_RULES: readonly ClutterRule[] = [
  // ── ad-label ──
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

  // ── promo-link ──
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

  // ── trailing-heading ──
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

  // ── share ──
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

  // ── newsletter ──
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

  // ── comments ──
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

  // ── image-credit ──
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

  // ── author-bio ──
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
