import type { ClutterRule } from '../rule';
import { whole, startsWith, leadIn, opening, bio } from '../patterns';

/**
 * Clutter rules for pages in Italian ('it'), by kind in the order of `RULE_KINDS`; within a kind, the
 * first rule that matches names the removal. `tests/rules.test.ts` lints them: every example
 * must match, no counter-example may.
 */
export const IT_RULES: readonly ClutterRule[] = [
  // ── ad-label ──
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

  // ── promo-link ──
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

  // ── trailing-heading ──
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

  // ── share ──
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

  // ── newsletter ──
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

  // ── comments ──
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

  // ── image-credit ──
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

  // ── author-bio ──
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
];
