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
      leadIn(/czytaj wi[ęe]cej|czytaj dalej|polecamy|wi[ęe]cej na ten temat|wi[ęe]cej informacji|powi[ąa]zane|polecany artyku[łl]|nie przegap|warto przeczyta[ćc]|przeczytaj (?:wi[ęe]cej|te[żz] to)|polecamy (?:r[óo]wnie[żz]|tak[żz]e|te[żz])|czytaj r[óo]wnie[żz]|zobacz wi[ęe]cej/iu),
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
      whole(/powi[ąa]zane(?: (?:artyku[łl]y|tre[śs]ci|tematy|wiadomo[śs]ci|materia[łl]y))?|(?:zobacz|czytaj|przeczytaj|sprawd[źz]) (?:te[żz]|tak[żz]e|r[óo]wnie[żz])|podobne (?:artyku[łl]y|tematy|wpisy)|(?:mo[żz]e|mog[ąa]) ci[ęe] (?:r[óo]wnie[żz] )?zainteresowa[ćc]|polecane(?: (?:artyku[łl]y|dla ciebie|wideo|materia[łl]y))?|polecamy|wi[ęe]cej (?:na ten temat|o [^:?!;,]{1,40}|z [^:?!;,]{1,40}|wiadomo[śs]ci|artyku[łl][óo]w)|inne (?:artyku[łl]y(?: autora)?|wiadomo[śs]ci)|inne z (?:kategorii|działu) [^:?!;,]{1,40}|czytaj (?:wi[ęe]cej|dalej)|warto przeczyta[ćc]|polecamy (?:r[óo]wnie[żz]|tak[żz]e|te[żz])|mog[ąa] ci[ęe] (?:r[óo]wnie[żz] )?zainteresowa[ćc]|przeczytaj (?:r[óo]wnie[żz]|te[żz]|tak[żz]e)/iu),
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
      'Warto przeczytać',
      'Polecane dla Ciebie',
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
      whole(/najcz[ęe][śs]ciej (?:czytane|komentowane|ogl[ąa]dane|udost[ęe]pniane)(?: (?:artyku[łl]y|wiadomo[śs]ci|teksty))?|najch[ęe]tniej (?:czytane|ogl[ąa]dane)|teraz (?:czytane|popularne|na topie)|najpopularniejsze(?: (?:artyku[łl]y|wiadomo[śs]ci|tematy|teksty))?|najnowsze(?: (?:wiadomo[śs]ci|artyku[łl]y|informacje|wpisy|teksty))?|naj[śs]wie[żz]sze(?: (?:wiadomo[śs]ci|informacje|artyku[łl]y))?|ostatnie (?:wpisy|artyku[łl]y|wiadomo[śs]ci)|ostatnio (?:dodane|opublikowane)|popularne(?: (?:artyku[łl]y|teksty|wiadomo[śs]ci))?|na czasie|trendy|(?:pozosta[łl]e|wa[żz]ne) wiadomo[śs]ci|wiadomo[śs]ci z regionu/iu),
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
      'Najchętniej czytane',
      'Teraz czytane',
      'Najświeższe',
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
      whole(/tagi|tag|tematy|s[łl]owa kluczowe|kategori[ae]|o autorze|o autorce|autor|autorka|komentarze|\d{1,5} komentarz(?:e|y)?|skomentuj|dodaj komentarz|napisz komentarz|udost[ęe]pnij(?: (?:artyku[łl]|ten artyku[łl]))?|newsletter|obserwuj nas(?: na [^:?!;,]{1,30})?|dołącz do dyskusji|tagi artykułu|powiązane tematy|twoja opinia/iu),
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

  {
    id: 'trailing-heading/pl/kontakt-dla-mediow',
    kind: 'trailing-heading',
    lang: 'pl',
    // A press release's contact box after the text: a heading, then a name, a phone, an address.
    patterns: [whole(/kontakt(?: dla (?:mediów|prasy))?|biuro prasowe|rzecznik prasowy/iu)],
    examples: ['Kontakt dla mediów:', 'Kontakt', 'Biuro prasowe'],
    counterExamples: ['Kontakt z załogą urwał się w nocy.', 'Kontakt z rodziną był utrudniony przez tydzień.'],
  },

  // ── share ──
  {
    id: 'share/pl/udostepnij',
    kind: 'share',
    lang: 'pl',
    patterns: [
      whole(/udost[ęe]pnij|udost[ęe]pnij (?:na|w|przez) [^:?!;,]{1,30}|udost[ęe]pnij (?:artyku[łl]|ten artyku[łl]|wpis)|s?kopiuj (?:link|adres)|link skopiowany|drukuj|wydrukuj|wy[śs]lij(?: (?:e-?mailem|mailem|znajomemu|link))?|e-?mail|zapisz|obserwuj nas(?: na [^:?!;,]{1,30})?|podziel si[ęe](?: (?:artyku[łl]em|na [^:?!;,]{1,30}))?|skopiowano(?: link)?|rozmiar (?:czcionki|tekstu)|(?:powi[ęe]ksz|zmniejsz) (?:tekst|czcionk[ęe])|a ?[-−+]|[-−+] ?a|a{2,3}|zapisz (?:artyku[łl]|na p[óo][źz]niej|tekst)|przeczytaj p[óo][źz]niej|(?:pos[łl]uchaj|ods[łl]uchaj)(?: (?:artyku[łl]u|tekstu))?|czytaj na g[łl]os|podaruj (?:artyku[łl]|tekst)|drukuj (?:artyku[łl]|tekst)/iu),
    ],
    examples: [
      'Udostępnij',
      'Podziel się',
      'Rozmiar czcionki:',
      'A-',
      'A+',
      'Posłuchaj artykułu',
      'Udostępnij na Facebooku',
      'Udostępnij artykuł',
      'Skopiuj link',
      'Drukuj',
      'Wyślij e-mailem',
      'Zapisz',
    ],
    counterExamples: [
      'Udostępnij dane tylko zaufanym instytucjom, radzi UODO.',
      'Drukuj więcej pieniędzy — apelowali posłowie.',
      'Zapisz się na kurs już dziś',
      'Dane o zajętości miejsc ratusz chce udostępniać w internecie.',
      'Podziel się opinią z sąsiadami, zachęca burmistrz.',
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
  {
    id: 'newsletter/pl/skrzynka-i-zgody',
    kind: 'newsletter',
    lang: 'pl',
    patterns: [
      // The pitch: "Najważniejsze wiadomości … prosto na Twoją skrzynkę".
      opening(/(?:najważniejsze|najświeższe|najciekawsze|codziennie|co tydzień|raz w tygodniu|każdego (?:dnia|ranka|poranka|tygodnia)|wszystkie)[^.!?]{0,80}? (?:prosto |bezpośrednio )?(?:na (?:twoją (?:skrzynkę|pocztę)|twój (?:adres )?e-?mail)|do twojej skrzynki)/iu),
      // The legal lines: "Możesz wypisać się w każdej chwili", "Administratorem Twoich danych osobowych jest …".
      opening(/(?:możesz|można) (?:się )?(?:wypisać|zrezygnować|odwołać zgodę|wycofać zgodę|odsubskrybować)(?: się)?(?: z (?:newslettera|subskrypcji))? (?:w każdej chwili|w dowolnym momencie|w każdym momencie)|z (?:newslettera|subskrypcji) (?:możesz|można) (?:się )?(?:wypisać|zrezygnować)|administratorem twoich danych(?: osobowych)? jest|zapisując się(?: do newslettera)?,? (?:akceptujesz|wyrażasz|zgadzasz się|potwierdzasz|oświadczasz)|wyrażam zgodę na (?:otrzymywanie|przesyłanie|przetwarzanie)/iu),
      opening(/dziękujemy za (?:zapisanie się|zapis|subskrypcję)|sprawdź (?:swoją )?skrzynkę(?: (?:e-?mail|pocztową))?(?: i potwierdź| ?[,.] ?(?:aby|by) potwierdzić)|(?:potwierdź|aktywuj) (?:swój )?(?:zapis|subskrypcję)/iu),
      // A box's title, then (within the box) a sign-up word: "Bądź na bieżąco! … Twój adres e-mail".
      opening(/bądź na bieżąco ?[!.:–—-]?(?=[^]{0,300}(?:e-?mail|skrzynk|zapisz|zapisuj|newslett))/iu),
      whole(/bądź na bieżąco|(?:twój |podaj |wpisz )?(?:swój )?adres e-?mail|twój e-?mail|zapisz się|zapisuję się|zamawiam|zasubskrybuj|subskrybuj|zapisz mnie/iu),
    ],
    examples: [
      'Najważniejsze wiadomości z Lipowca i powiatu prosto na Twoją skrzynkę, od poniedziałku do piątku.',
      'Najważniejsze wiadomości prosto na Twoją skrzynkę',
      'Możesz wypisać się w każdej chwili.',
      'Możesz wypisać się w każdej chwili. Administratorem Twoich danych osobowych jest Wydawnictwo Lipowieckie sp. z o.o.',
      'Z newslettera możesz zrezygnować w dowolnym momencie.',
      'Administratorem Twoich danych osobowych jest [Wydawca] sp. z o.o.',
      'Zapisując się, akceptujesz Regulamin i Politykę prywatności.',
      'Wyrażam zgodę na otrzymywanie informacji handlowych drogą elektroniczną.',
      'Dziękujemy za zapisanie się do newslettera!',
      'Bądź na bieżąco! Najważniejsze wiadomości prosto na Twoją skrzynkę. Twój adres e-mail',
      'Twój adres e-mail',
      'Zapisuję się',
    ],
    counterExamples: [
      'Informacje o zmianach trafią do mieszkańców w miejskim newsletterze.',
      'Rodzice mogą zapisać dziecko do przedszkola do 15 marca.',
      'Najważniejsze decyzje zapadną na sesji rady miasta.',
      'Możesz zrezygnować z ubezpieczenia w ciągu 30 dni, przypomina rzecznik.',
      'Administratorem danych osobowych jest spółka, poinformował UODO.',
    ],
  },

  // ── paywall ──
  {
    id: 'paywall/pl/tylko-dla-subskrybentow',
    kind: 'paywall',
    lang: 'pl',
    patterns: [
      opening(/(?:ten |cały |pełny )?(?:artykuł|tekst|materiał|treść|wpis)(?: jest)? dostępn[yae] (?:w całości |w pełni )?(?:tylko |wyłącznie |jedynie )?(?:w całości |w pełni )?dla (?:subskrybentów|prenumeratorów|abonentów|użytkowników (?:premium|z subskrypcją)|zalogowanych|posiadaczy)/iu),
      opening(/(?:przeczytaj|czytaj) (?:go|ten (?:artykuł|tekst)|cały (?:artykuł|tekst)|całość|dalej)[^.!?]{0,40}? (?:z|w) (?:subskrypcj|prenumerat|pakiet|abonament|dostęp)/iu),
      opening(/(?:wykorzystał(?:eś|aś|eś\/aś|eś\(aś\))|wykorzystano) (?:już )?(?:swój |miesięczny )?(?:limit|wszystkie) (?:bezpłatnych|darmowych)|(?:zarejestruj się|załóż (?:darmowe |bezpłatne )?konto|zaloguj się)(?: za darmo| bezpłatnie)?,? (?:aby|by|żeby) (?:przeczytać|czytać|kontynuować|zobaczyć|mieć dostęp|odblokować)/iu),
      whole(/(?:treść|artykuł|materiał|tekst) premium|tylko dla (?:subskrybentów|prenumeratorów|abonentów)|przeczytaj cały (?:artykuł|tekst)/iu),
    ],
    examples: [
      'Ten artykuł jest dostępny w całości tylko dla subskrybentów',
      'Artykuł dostępny w całości dla subskrybentów',
      'Przeczytaj go i wiele więcej z subskrypcją Gazety Lipowieckiej.',
      'Czytaj dalej z subskrypcją',
      'Wykorzystałeś limit bezpłatnych artykułów',
      'Zarejestruj się za darmo, aby przeczytać cały artykuł',
      'Treść premium',
      'Tylko dla subskrybentów',
    ],
    counterExamples: [
      'Liczba prenumeratorów wydania papierowego spadła o 10 proc.',
      'Tylko dla subskrybentów Netflixa dostępny jest nowy serial.',
      'Artykuł dostępny jest w bibliotece uczelni.',
      'Zaloguj się do bankowości, by sprawdzić saldo, radzi bank.',
    ],
  },
  {
    id: 'paywall/pl/kup-dostep',
    kind: 'paywall',
    lang: 'pl',
    patterns: [
      opening(/(?:kup|wykup|zamów|aktywuj|wybierz) (?:subskrypcję|dostęp|prenumeratę(?: cyfrową)?|pakiet premium|e-?wydanie)(?=$| ?[,.:!–—-]| (?:premium|cyfrowy|online|już|za \d|teraz|i czytaj|aby|by|żeby|do wszystkich))/iu),
      opening(/(?:masz|posiadasz) już (?:subskrypcję|konto|dostęp|prenumeratę|pakiet) ?\?|jesteś (?:już )?(?:prenumeratorem|subskrybentem|abonentem) ?\?/iu),
      opening(/pierwszy miesiąc (?:za|tylko za|już za) \d|dostęp (?:za|od|już od) \d{1,3}(?:,\d{2})? ?zł|\d{1,2} (?:miesiąc|miesiące|miesięcy|dni|tygodnie|tygodni) (?:za \d{1,3}(?:,\d{2})? ?zł|za darmo|gratis)/iu),
    ],
    examples: [
      'Kup dostęp',
      'Kup subskrypcję, aby czytać dalej',
      'Wykup dostęp',
      'Masz już subskrypcję?',
      'Masz już subskrypcję? Zaloguj się',
      'Masz już konto? Zaloguj się',
      'Jesteś prenumeratorem? Zaloguj się',
      'Pierwszy miesiąc za 1 zł.',
      'Dostęp za 1 zł',
    ],
    counterExamples: [
      'Mieszkańcy będą mogli kupić abonament mieszkańca za 30 zł miesięcznie.',
      'Kup bilet w automacie, radzi przewoźnik.',
      'Pierwszy miesiąc za nami, mówi trener.',
      'Klub sprzedał 4 tys. karnetów na sezon.',
    ],
  },

  // ── consent ──
  {
    id: 'consent/pl/uzywamy-cookies',
    kind: 'consent',
    lang: 'pl',
    patterns: [
      opening(/(?:używamy|wykorzystujemy|stosujemy) (?:plików cookies?|plików cookie|ciasteczek|cookies|technologii (?:śledzących|cookies))|(?:ta |nasza )?(?:strona|witryna|serwis)(?: internetowa)? (?:korzysta z|używa|wykorzystuje|stosuje) (?:plików )?(?:cookies?|ciasteczek)|szanujemy (?:twoją |pani |pana )?prywatność|dbamy o (?:twoją )?prywatność/iu),
      opening(/(?:ta |ten )?(?:treść|zawartość|materiał|element|film|wpis) (?:jest )?niedostępn[ayi] (?:ze względu na|z powodu) (?:twoje |twoich |brak )?(?:ustawienia|ustawień|preferencj|zgód|zgody|braku zgody)/iu),
      opening(/(?:aby|by|żeby) (?:wyświetlić|zobaczyć|obejrzeć|załadować|odtworzyć) (?:tę |tą |ten |tego )?(?:treść|materiał|zawartość|film|wideo|post|wpis|element|treści)[^.!?]{0,40}? (?:zaakceptuj|zgódź|wyraź zgodę|włącz|zezwól|musisz)|kliknij,? (?:aby|by|żeby) (?:wyświetlić|zobaczyć|załadować|odtworzyć) (?:treść|zawartość|materiał|film|wideo|post)/iu),
      whole(/akceptuję(?: (?:i przechodzę(?: do serwisu)?|wszystkie))?|zaakceptuj(?: wszystkie| i zamknij)?|akceptuj wszystkie|przejdź do serwisu|odrzuć wszystkie|ustawienia (?:zaawansowane|prywatności|plików cookies?|cookies?)|zarządzaj (?:zgodami|ustawieniami|plikami cookies|cookies)|(?:pokaż|załaduj|wyświetl) (?:treść|zawartość)|treść zewnętrzna|zewnętrzna treść/iu),
    ],
    examples: [
      'Używamy plików cookies',
      'Używamy plików cookies, aby wyświetlać treści z serwisów zewnętrznych, takich jak YouTube.',
      'Ta strona korzysta z plików cookie',
      'Szanujemy Twoją prywatność',
      'Ta treść jest niedostępna ze względu na Twoje ustawienia prywatności.',
      'Aby wyświetlić tę treść, zaakceptuj pliki cookie.',
      'Kliknij, aby wyświetlić treść z serwisu YouTube.',
      'Akceptuję',
      'Ustawienia zaawansowane',
      'Zarządzaj zgodami',
    ],
    counterExamples: [
      'Radni zaakceptowali projekt uchwały 14 głosami.',
      'Cukiernia sprzedaje też ciasteczka i amerykańskie cookies.',
      'Używamy tylko ekologicznych nawozów, mówi rolnik.',
      'Aby zobaczyć zaćmienie, trzeba wstać przed świtem.',
      'Ta treść ustawy budzi wątpliwości prawników.',
    ],
  },

  // ── feedback ──
  {
    id: 'feedback/pl/czy-artykul-byl-pomocny',
    kind: 'feedback',
    lang: 'pl',
    patterns: [
      opening(/czy (?:ten |ta |to )?(?:artykuł|tekst|materiał|informacja|wpis|poradnik) (?:był[ao]?|jest) (?:dla (?:ciebie|pana|pani) )?(?:pomocn[yae]|przydatn[yae]|interesując[yae]|wartościow[yae])|(?:czy )?podobał (?:ci|wam|pani|panu) się (?:ten )?(?:artykuł|tekst|materiał)|co (?:sądzisz|myślisz) o (?:tym )?(?:artykule|tekście|materiale)/iu),
      opening(/dziękujemy za (?:twoją |pani |pana )?(?:opinię|ocenę|głos|informację zwrotną|zgłoszenie|feedback)|oceń (?:ten )?(?:artykuł|tekst|materiał)|(?:widzisz|znalazł(?:eś|aś)(?:\/aś|\(aś\))?|zauważył(?:eś|aś)(?:\/aś|\(aś\))?) (?:błąd|literówkę) ?\?/iu),
      whole(/zgłoś (?:błąd|literówkę|uwagę)|(?:twoja )?opinia o artykule/iu),
    ],
    examples: [
      'Czy ten artykuł był pomocny?',
      'Czy ten artykuł był przydatny?',
      'Czy ten artykuł był pomocny? Tak Nie',
      'Podobał Ci się ten artykuł?',
      'Co sądzisz o tym artykule?',
      'Dziękujemy za opinię',
      'Dziękujemy za ocenę',
      'Oceń artykuł',
      'Widzisz błąd? Napisz do nas',
      'Zgłoś błąd',
    ],
    counterExamples: [
      'Mieszkańcy uznali nowy rozkład za przydatny, wynika z ankiety.',
      'Opinie przedsiębiorców były podzielone.',
      'Czy ten artykuł ustawy jest zgodny z konstytucją, rozstrzygnie trybunał.',
      'Dziękujemy za pomoc wszystkim wolontariuszom, mówi burmistrz.',
    ],
  },

  // ── follow-us ──
  {
    id: 'follow-us/pl/obserwuj-nas',
    kind: 'follow-us',
    lang: 'pl',
    patterns: [
      opening(/(?:obserwuj|śledź|polub|odwiedź) nas(?: (?:też |także |również |teraz )?(?:na|w)\b| ?[:!]|$)/iu),
      opening(/dołącz do (?:naszego|naszej) (?:kanału|grupy|społeczności)|dołącz do nas (?:na|w) |(?:obserwuj|subskrybuj|zasubskrybuj|dołącz do) (?:nasz |naszego )?kanał(?:u)? (?:na|w) (?:whatsappie|whatsapp|youtube|telegramie|telegram)|(?:obserwuj|subskrybuj|zasubskrybuj) (?:nasz|naszego) kanał/iu),
      opening(/(?:obserwuj|śledź) (?:nas |[\p{L}\p{N}.-]{1,30} )?(?:w|na) google news|dodaj nas do (?:ulubionych|swoich|preferowanych) (?:źródeł|źródeł w google)|pobierz (?:już dziś |teraz )?naszą (?:bezpłatną |darmową |nową )?aplikację/iu),
      opening(/chcesz (?:czytać |dostawać |otrzymywać )?więcej (?:takich |podobnych )?(?:treści|artykułów|tekstów|materiałów|informacji) ?\?|powiadomimy cię o (?:każdym )?(?:nowym )?(?:artykule|tekście|materiale)|obserwuj (?:temat|autora|autorkę|tag|kategorię),? a (?:powiadomimy|damy)/iu),
      whole(/obserwuj(?: (?:temat|autora|autorkę|tag|kategorię))?|pobierz (?:naszą )?aplikację(?: mobilną)?|zainstaluj (?:naszą )?aplikację|włącz powiadomienia(?: push)?|(?:otrzymuj|odbieraj) powiadomienia(?: push)?/iu),
    ],
    examples: [
      'Obserwuj nas na Facebooku, X i Instagramie',
      'Śledź nas na Facebooku',
      'Polub nas na Facebooku',
      'Dołącz do naszego kanału na WhatsAppie',
      'Obserwuj nasz kanał na WhatsAppie',
      'Obserwuj nas w Google News',
      'Dodaj nas do ulubionych źródeł w Google',
      'Pobierz naszą aplikację',
      'Chcesz więcej takich treści?',
      'Obserwuj temat, a powiadomimy Cię o każdym nowym artykule.',
      'Obserwuj temat',
      'Włącz powiadomienia',
    ],
    counterExamples: [
      'Policja opublikowała nagranie na Facebooku i Instagramie.',
      'Mieszkańcy powinni śledzić komunikaty straży pożarnej.',
      'Policja obserwuje sytuację na drogach wylotowych.',
      'Dołącz do grupy wsparcia, radzi psycholog.',
      'Pobierz aplikację mObywatel, aby mieć dokumenty w telefonie.',
      'Miasto chce więcej takich inwestycji w innych dzielnicach.',
    ],
  },

  // ── sponsored ──
  {
    id: 'sponsored/pl/artykul-sponsorowany',
    kind: 'sponsored',
    lang: 'pl',
    patterns: [
      leadIn(/(?:artykuł|artykuły|materiał|materiały|tekst|wpis|treść|treści) (?:sponsorowan(?:y|a|e)|partnersk(?:i|a|ie)|promocyjn(?:y|a|e)|reklamow(?:y|a|e)|partnera|reklamodawcy)|partner (?:serwisu|materiału)|polecane przez|sponsorowane|sponsored(?: content)?/iu),
      startsWith(/partnerem (?:materiału|artykułu|tekstu|cyklu|publikacji) (?:jest|są)/iu),
      opening(/(?:materiał|artykuł|tekst|wpis) (?:powstał|został przygotowany|został opracowany|przygotowano|jest publikowany) (?:we współpracy|w ramach współpracy|na zlecenie)|we współpracy z [^.!?,]{1,50}$|na zlecenie [^.!?,]{1,50}$/iu),
      opening(/(?:ten )?(?:artykuł|tekst|wpis|materiał|poradnik) zawiera linki (?:afiliacyjne|partnerskie|reklamowe|polecające)|(?:za )?(?:zakupy|zakup) (?:przez|z|poprzez) (?:linki|linków)[^.!?]{0,40}? (?:prowizj|wynagrodzeni)|(?:możemy|możesz sprawić, że) otrzyma(?:ć|my) prowizj|linki oznaczone (?:gwiazdką|\*)[^.!?]{0,30}? (?:afiliacyjne|partnerskie|reklamowe)/iu),
    ],
    examples: [
      'Artykuł sponsorowany',
      'Artykuł sponsorowany: Jak wybrać pierwszy samochód elektryczny?',
      'Materiał sponsorowany',
      'Treść sponsorowana',
      'Materiał partnera',
      'Partnerem materiału jest Autocentrum Nowak',
      'Materiał powstał we współpracy z Autocentrum Nowak',
      'We współpracy z Autocentrum Nowak',
      'Materiał promocyjny',
      'Artykuł zawiera linki afiliacyjne',
    ],
    counterExamples: [
      'Festiwal od lat sponsoruje lokalny bank.',
      'Badanie przeprowadzono we współpracy z politechniką.',
      'We współpracy z policją strażnicy miejscy kontrolują parkingi.',
      'Artykuł sponsorowany przez koncern wywołał burzę w sieci, bo nie był oznaczony.',
    ],
  },

  // ── disclaimer ──
  {
    id: 'disclaimer/pl/opinie-autora',
    kind: 'disclaimer',
    lang: 'pl',
    patterns: [opening(/(?:opinie|poglądy) (?:wyrażone )?(?:w (?:tekście|artykule|felietonie) )?(?:są|stanowią) (?:prywatnymi )?(?:opiniami|poglądami|opinią) (?:autora|autorki|autorów)|tekst (?:wyraża|prezentuje) (?:wyłącznie )?(?:opinię|poglądy) (?:autora|autorki)/iu)],
    examples: ['Opinie wyrażone w tekście są prywatnymi opiniami autora.', 'Tekst wyraża wyłącznie opinię autora.'],
    counterExamples: ['Opinie mieszkańców są podzielone, mówi burmistrz.', 'Tekst ustawy wyraża wolę większości, uważa minister.'],
  },

  // ── gallery ──
  {
    id: 'gallery/pl/zdjecie-z',
    kind: 'gallery',
    lang: 'pl',
    patterns: [
      whole(/(?:zdjęcie|fotografia|foto|fot\.|slajd|ilustracja) \d{1,3} (?:z|\/) \d{1,3}/iu),
      whole(/(?:zobacz|otwórz|przejdź do|oglądaj|obejrzyj) (?:galerię|galerii|zdjęcia|wszystkie zdjęcia|fotorelację)(?: \(?\d{1,3} (?:zdjęć|zdjęcia|zdjęcie|fot\.?)\)?)?|galeria(?: zdjęć)?(?: \(?\d{1,3}(?: (?:zdjęć|zdjęcia|zdjęcie))?\)?)?|\d{1,3} (?:zdjęć|zdjęcia|zdjęcie|fotografii|fot\.)|(?:poprzednie|następne)(?: zdjęcie)?|powiększ(?: zdjęcie)?|pełny ekran|zamknij galerię/iu),
    ],
    examples: ['Zdjęcie 1 z 10', 'Zobacz galerię', 'Zobacz galerię (10 zdjęć)', 'Przejdź do galerii', 'Galeria zdjęć', 'Zobacz zdjęcia', '10 zdjęć', '3 zdjęcia', 'Następne', 'Powiększ'],
    counterExamples: [
      'Co dziesiąte gospodarstwo domowe w mieście nie ma samochodu.',
      'Zdjęcia zniszczeń trafiły do ubezpieczyciela.',
      'Zobacz galerię obrazów w muzeum w Krakowie',
      '10 zdjęć z wakacji trafiło na wystawę.',
    ],
  },

  // ── tags ──
  {
    id: 'tags/pl/tagi',
    kind: 'tags',
    lang: 'pl',
    patterns: [leadIn(/tagi(?: artykułu)?|tag|tematy(?: artykułu)?|słowa kluczowe|więcej o|powiązane tematy|kategorie|kategoria|zobacz więcej o|czytaj więcej o/iu)],
    examples: ['Tagi:', 'Tematy: parkowanie, rada miasta, Śródmieście', 'Słowa kluczowe: budżet, szkoły', 'Więcej o: Donald Tusk', 'Powiązane tematy: wybory', 'Tagi artykułu: piłka nożna | Ekstraklasa'],
    counterExamples: [
      'Tematy sesji: budżet, szkoły i komunikacja miejska.',
      'Słowem kluczowym kampanii jest bezpieczeństwo.',
      'Więcej o sprawie mówi prokuratura.',
      'Tematy kampanii wyborczej zdominowała gospodarka.',
    ],
  },

  // ── comments ──
  {
    id: 'comments/pl/komentarze',
    kind: 'comments',
    lang: 'pl',
    patterns: [
      whole(/\d{1,3}(?:[ .]?\d{3})? ?komentarz(?:e|y)?|komentarze ?[([]?\d{1,6}[)\]]?|komentarze|(?:zobacz|poka[żz]|czytaj|ukryj)(?: wszystkie)?(?: \d{1,6})? komentarz(?:e|y)?|skomentuj|komentuj|dodaj komentarz|napisz komentarz|brak komentarzy|odpowiedz|(?:dołącz|przejdź) do dyskusji|przeczytaj(?: wszystkie)?(?: \d{1,6})? komentarz(?:e|y)?|bądź pierwsz(?:y|a),? (?:skomentuj|który skomentuje|która skomentuje)|skomentuj (?:jako pierwszy|jako pierwsza|artykuł)|dodaj pierwszy komentarz|komentowanie (?:zostało )?(?:wyłączone|zablokowane|zamknięte)|komentarze (?:zostały |są )?(?:wyłączone|zamknięte)|dyskusja (?:została )?zamknięta|zaloguj się,? (?:aby|by|żeby) (?:skomentować|dodać komentarz|komentować)|regulamin (?:komentowania|komentarzy|forum)/iu),
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
      'Dołącz do dyskusji',
      'Komentowanie zostało wyłączone',
      'Zaloguj się, aby skomentować',
    ],
    counterExamples: [
      'Komentarze polityków po debacie były ostre.',
      'Skomentuj to, co powiedział premier, poprosili dziennikarze.',
      '12 komentarzy usunięto z forum.',
      'Rzecznik ratusza nie chciał komentować sprawy.',
    ],
  },

  // ── image-credit ──
  {
    id: 'image-credit/pl/fot',
    kind: 'image-credit',
    lang: 'pl',
    patterns: [
      whole(/(?:fot|foto|zdj[ęe]ci[ea]|ilustracja|grafika|[źz]r[óo]d[łl]o(?: (?:zdj[ęe]cia|fot\.?|foto))?)(?: ?[:：|] ?| ?\/ ?| [–—-] )(?! ).{1,100}|fot\.:? ?(?! ).{1,100}/iu),
    ],
    examples: [
      'Fot. PAP',
      'Fot.: Jan Kowalski',
      'Zdjęcie: Reuters',
      'Foto: PAP/Radek Pietruszka',
      'Źródło zdjęcia: Getty Images',
      '(fot. Shutterstock)',
      'Źródło: PAP',
    ],
    counterExamples: [
      'Zdjęcia z miejsca wypadku obiegły media społecznościowe.',
      'Strażacy gaszą pożar w Gdańsku. Fot. PAP',
      'Fotografia była jego pasją od dziecka.',
      'Źródłem problemu była awaria serwera.',
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

  // ── error-page ──
  {
    id: 'error-page/pl/nie-znaleziono-strony',
    kind: 'error-page',
    lang: 'pl',
    patterns: [
      whole(/(?:(?:ups|przepraszamy|niestety)[,!.]? )?(?:nie znaleziono (?:strony|takiej strony)|(?:ta |podana )?strona nie (?:istnieje|została znaleziona|jest dostępna)|(?:strona|stronę), której szukasz,? nie istnieje|nie możemy znaleźć (?:tej )?strony|coś poszło nie tak)/iu),
    ],
    examples: ['Nie znaleziono strony', 'Ups! Strona nie istnieje', 'Strona, której szukasz, nie istnieje', 'Coś poszło nie tak', 'Nie możemy znaleźć tej strony'],
    counterExamples: ['Nie znaleziono strony internetowej spółki w rejestrze, ustalili dziennikarze.', 'Coś poszło nie tak w negocjacjach, mówi burmistrz.'],
  },

  // ── log-in ──
  {
    id: 'log-in/pl/zaloguj-sie',
    kind: 'log-in',
    lang: 'pl',
    patterns: [
      whole(/zaloguj się(?: (?:do (?:serwisu|konta|swojego konta|portalu)|na (?:swoje )?konto))?|logowanie(?: do (?:serwisu|konta|portalu))?|zaloguj|login|log in|moje konto|załóż konto|rejestracja|zarejestruj się|nie pamiętasz hasła\??|przypomnij hasło|konto (?:użytkownika|czytelnika)|(?:logowanie|zaloguj się) (?:\/|lub|albo|[|–—-]) (?:rejestracja|załóż konto|zarejestruj się)/iu),
    ],
    examples: ['Zaloguj się', 'Logowanie', 'Zaloguj się do serwisu', 'Moje konto', 'Załóż konto', 'Rejestracja', 'Nie pamiętasz hasła?', 'Logowanie / Rejestracja'],
    counterExamples: ['Logowanie do ePUAP: jak to zrobić krok po kroku', 'Moje konto bankowe zostało zablokowane', 'Rejestracja samochodu: nowe przepisy od stycznia'],
  },
];

/**
 * Common words of the language that the other languages Épure cleans do not share (words such as
 * "de", "en", "la", "in", "die", "que" are left out, so each one points one way): they tell the
 * article's language when the page does not say it, or says another one.
 */
export const PL_STOP_WORDS: readonly string[] = ['w', 'z', 'na', 'się', 'nie', 'że', 'jest', 'jak', 'po', 'ale', 'od', 'za', 'przez', 'dla', 'oraz', 'jego', 'czy', 'tak', 'już', 'być'];
