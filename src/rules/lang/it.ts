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
  {
    id: 'ad-label/it/scorri-per-continuare',
    kind: 'ad-label',
    lang: 'it',
    patterns: [
      whole(/(?:pubblicit[àa](?: ?[-–—:|·] ?| ))?(?:scorri (?:per|e) (?:continuare|proseguire)(?: (?:a leggere|la lettura))?|prosegui (?:la lettura|a leggere)(?: (?:dopo|sotto) (?:la pubblicit[àa]|l['’]annuncio))?)|adv|annuncio pubblicitario|messaggio pubblicitario/iu),
    ],
    examples: ['Scorri per continuare', 'Scorri per continuare a leggere', 'Pubblicità - Scorri per continuare', 'Prosegui la lettura', 'ADV', 'Messaggio pubblicitario'],
    counterExamples: [
      'Scorri per continuare la visita virtuale del museo, suggerisce la guida.',
      "Prosegui la lettura dei documenti, ha chiesto il giudice all'avvocato.",
      'Il messaggio pubblicitario è stato ritirato dopo le proteste.',
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
  {
    id: 'promo-link/it/vai-all-articolo',
    kind: 'promo-link',
    lang: 'it',
    patterns: [
      startsWith(/leggi (?:l['’]articolo|l['’]approfondimento|lo speciale|il dossier|l['’]intervista|l['’]analisi|il reportage|la (?:scheda|guida|recensione|notizia completa)|tutte le notizie|tutti gli articoli)|vai (?:all['’]articolo|allo speciale|alla notizia|al dossier|all['’]approfondimento|alla diretta)|potrebbe anche interessarti|scopri (?:anche|inoltre)|ne abbiamo parlato (?:qui|anche)/iu),
      leadIn(/per saperne di pi[ùu]|clicca qui|lo speciale|lo speciale completo|ascolta il podcast|guarda il video|leggi ancora/iu),
    ],
    examples: [
      "Leggi l'articolo: Le nuove regole per le pensioni",
      "Leggi l'approfondimento sul caso Ilva",
      "Vai all'articolo",
      'Vai allo speciale elezioni',
      'Scopri anche: i migliori ristoranti di Roma',
      'Per saperne di più: il sito del ministero',
      'Guarda il video: la frana sulla statale',
    ],
    counterExamples: [
      'Leggi e decreti attuativi non sono ancora stati pubblicati.',
      'Per saperne di più bisognerà attendere la relazione della procura.',
      'Guarda il video chi vuole capire cosa è successo, dice il sindaco.',
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
  {
    id: 'trailing-heading/it/dalla-stessa-sezione',
    kind: 'trailing-heading',
    lang: 'it',
    patterns: [
      whole(/(?:gli |le |i )?(?:articoli|notizie|news|video|storie|post) pi[ùu] (?:lett[ie]|vist[ie]|condivis[ie]|commentat[ie]|cliccat[ie]|popolari)(?: (?:di oggi|della settimana|del giorno|del mese))?|dalla stessa (?:sezione|categoria|rubrica)|dallo stesso autore|(?:altri )?articoli (?:dello stesso autore|dell['’]autore|dell['’]autrice)|(?:ti )?(?:potrebbero|potrebbe) piacer(?:ti|e)(?: anche)?|ti consigliamo|(?:suggeriti|raccomandati|selezionati) per te|per te|dal web|(?:i |gli )?(?:contenuti|articoli|link) (?:sponsorizzati|sponsor|dai partner)|(?:tutte le (?:notizie|news)|tutti gli articoli)(?: (?:di|su|da|del|della|dei|delle) [^:?!;,]{1,40}| dell['’][^:?!;,]{1,40})?|(?:leggi )?altri articoli su [^:?!;,]{1,40}|(?:notizie|news) del giorno|(?:articoli|post|notizie|commenti) recenti|ultimi (?:post|articoli|video)|navigazione (?:articoli|post)|lascia una risposta|ti potrebbe interessare anche|potrebbero interessarti anche|altro da [^:?!;,]{1,30}|(?:le )?notizie (?:di oggi|in tempo reale)|ultimissime|in diretta/iu),
    ],
    examples: [
      'Le notizie più lette',
      'Gli articoli più letti della settimana',
      'Dalla stessa sezione',
      'Dallo stesso autore',
      'Ti potrebbero piacere',
      'Suggeriti per te',
      'Contenuti sponsorizzati',
      'Tutte le notizie di Cronaca',
      'Articoli recenti',
      'Lascia una risposta',
      'Navigazione articoli',
    ],
    counterExamples: [
      'Le notizie più lette non sempre sono le più importanti',
      'Dalla stessa sezione arrivano i fondi per la ricerca',
      'Tutte le notizie sono state smentite dal ministero.',
      "Per te, per l'Italia: lo slogan della campagna",
    ],
  },

  {
    id: 'trailing-heading/it/contatti-stampa',
    kind: 'trailing-heading',
    lang: 'it',
    // A press release's contact box after the text: a heading, then a name, a phone, an address.
    patterns: [whole(/contatt[io] (?:stampa|per (?:la stampa|i media))|contatt[io]|ufficio stampa/iu)],
    examples: ['Contatti stampa', 'Ufficio stampa:'],
    counterExamples: ['Contatti con la famiglia non ci sono stati.', 'Contatti tra le parti sono ripresi ieri.'],
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
  {
    id: 'share/it/strumenti',
    kind: 'share',
    lang: 'it',
    patterns: [
      whole(/a ?[-−–] ?a ?\+|a ?[-−–+]|[-−–+] ?a|a a a|aa|dimensione (?:del )?(?:testo|carattere|font)|(?:aumenta|riduci|ingrandisci|diminuisci)(?: (?:la )?dimensione)?(?: (?:del )?(?:testo|carattere|font))?|ascolta(?: (?:l['’]articolo|questo articolo|la notizia|la versione audio))?|versione audio|leggi (?:dopo|pi[ùu] tardi)|salva (?:l['’]articolo|per dopo|nei preferiti|articolo)|(?:aggiungi ai )?preferiti|regala(?: (?:l['’]articolo|questo articolo))?|invia (?:tramite|via|per) (?:e-?mail|mail|whats ?app|sms)|invia (?:a un amico|l['’]articolo)|condividi (?:questa (?:notizia|pagina|storia)|la pagina)|segui(?: (?:l['’]argomento|questo argomento|l['’]autore|il tema|la rubrica))?|versione stampabile/iu),
    ],
    examples: ['A- A+', 'A+', 'Dimensione testo', 'Aumenta dimensione testo', "Ascolta l'articolo", 'Leggi dopo', "Salva l'articolo", "Regala l'articolo", 'Invia tramite email', 'Segui', 'Versione stampabile'],
    counterExamples: [
      'Ascolta il discorso integrale del presidente',
      'Regala un sorriso ai bambini malati',
      'Segui la diretta del consiglio comunale',
      'Aumenta la tensione tra maggioranza e opposizione',
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
  {
    id: 'newsletter/it/pitch',
    kind: 'newsletter',
    lang: 'it',
    patterns: [
      opening(/(?:ricevi|ricevere|ricevete) (?:gratis |gratuitamente |ogni (?:mattina|sera|giorno|settimana|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica) |direttamente |subito |tutti i giorni ){0,3}(?:le (?:notizie|news|ultime notizie|principali notizie|storie) (?:pi[ùu] importanti|del giorno|della (?:giornata|settimana)|principali|da non perdere|selezionate)|il meglio (?:di|del|della|dell['’])|le principali notizie|una selezione (?:di|delle|dei)|il riepilogo|i nostri (?:articoli|approfondimenti) (?:migliori|pi[ùu])|l['’]essenziale)/iu),
      opening(/[^.!?]{0,60}?(?:direttamente|ogni (?:giorno|mattina|sera|settimana)|gratis) (?:nella tua|sulla tua|in) (?:casella (?:di posta|e-?mail|mail)|inbox|posta(?: elettronica)?)/iu),
      opening(/(?:la |le )?(?:nostr[ae] )?newsletter(?: [\p{L}\p{N}'’]{1,20}){0,4} ?[:：–—-] ?(?:le notizie|ogni|tutt[ie]|ricevi|iscriviti|il meglio|una selezione|gli aggiornamenti|la selezione|l['’]approfondimento|le storie|le ultime|gli articoli|notizie|news)/iu),
      opening(/(?:la |le )?(?:nostr[ae] )?newsletters? [\p{L}\p{N}'’&-]{1,20}(?: [\p{L}\p{N}'’&-]{1,20}){0,3}$/iu),
      opening(/(?:(?:la tua|il tuo|inserisci (?:la tua|il tuo)) (?:indirizzo )?e-?mail|indirizzo e-?mail|iscriviti(?: ora| gratis| gratuitamente)?|iscrivimi)(?: ?\*)?$/iu),
      opening(/(?:scopri|guarda|vedi|esplora) (?:tutte )?le (?:nostre |altre )?newsletter/iu),
    ],
    examples: [
      'Ricevi ogni mattina le notizie più importanti',
      'Ricevi gratis il meglio di Repubblica',
      'Le notizie del giorno direttamente nella tua casella di posta',
      'La newsletter del mattino: le notizie della città e della provincia ogni giorno alle 7.',
      'Newsletter Buongiorno Milano',
      'La tua email',
      'Il tuo indirizzo email',
      'Indirizzo email *',
      'Iscriviti',
      'Scopri tutte le nostre newsletter',
    ],
    counterExamples: [
      'Ricevi la risposta entro trenta giorni, promette l’Inps.',
      "Hai trovato una truffa nella tua casella di posta? Ecco cosa fare.",
      "Il Comune pubblicherà ogni mese un resoconto sulla newsletter dell'assessorato alla Cultura.",
      'Gli studenti possono iscriversi ai corsi entro il 15 ottobre.',
      'Newsletter e podcast sono i formati che crescono di più tra i giovani lettori.',
    ],
  },
  {
    id: 'newsletter/it/disiscrizione',
    kind: 'newsletter',
    lang: 'it',
    patterns: [
      opening(/(?:puoi|potrai|potrete|[èe] possibile) (?:annullare|cancellare|revocare|disattivare) (?:l['’]iscrizione|la (?:tua )?iscrizione|la sottoscrizione|l['’]abbonamento alla newsletter)(?: alla newsletter)?(?: (?:in qualsiasi|in ogni|in qualunque) momento| quando vuoi| con un (?:clic|click))/iu),
      opening(/(?:puoi|potrai|potrete) (?:disiscriverti|cancellarti|disiscrivervi)(?: dalla newsletter)?(?: (?:in qualsiasi|in ogni|in qualunque) momento| quando vuoi| con un (?:clic|click))/iu),
      opening(/ho letto (?:e (?:accetto|compreso) )?l['’]informativa|acconsento al trattamento dei (?:miei )?dati|(?:iscrivendoti|registrandoti|cliccando su (?:["“«] ?)?(?:iscriviti|invia|registrati|iscrivimi|conferma)(?: ?["”»])?),? (?:accetti|dichiari|confermi|acconsenti)|leggi l['’]informativa (?:sulla privacy|privacy|sul trattamento)|i (?:tuoi )?dati (?:saranno|sono|verranno) trattati[^.!?]{0,80}?(?:informativa|privacy|gdpr|regolamento)/iu),
      opening(/iscrizione (?:avvenuta|completata|effettuata|confermata)(?: con successo)?|grazie per (?:esserti iscritt[oa]|l['’]iscrizione|la tua iscrizione|aver(?:e)? sottoscritto)/iu),
    ],
    examples: [
      "Puoi annullare l'iscrizione in qualsiasi momento.",
      "Potrai cancellare l'iscrizione in qualsiasi momento. Leggi l'informativa sul trattamento dei dati.",
      'Potrai disiscriverti in qualsiasi momento.',
      "Ho letto e accetto l'informativa sulla privacy",
      'Acconsento al trattamento dei dati personali',
      "Iscrivendoti accetti i termini e le condizioni d'uso.",
      'Iscrizione avvenuta con successo',
      'Grazie per esserti iscritto!',
    ],
    counterExamples: [
      "Puoi annullare l'abbonamento in qualsiasi momento dalle impostazioni dell'app, spiega Netflix.",
      "Ho letto il libro in una notte, racconta la studentessa.",
      "L'iscrizione avvenuta in ritardo ha escluso la squadra dal torneo.",
    ],
  },

  // ── paywall ──
  {
    id: 'paywall/it/riservato-agli-abbonati',
    kind: 'paywall',
    lang: 'it',
    patterns: [
      opening(/(?:(?:questo |l['’])?articolo|(?:questo |il )?contenuto|la lettura(?: (?:di questo|dell['’])articolo)?|l['’]accesso(?: (?:a questo|all['’])(?:articolo|contenuto))?)(?: [èe])?(?: (?:esclusivamente|solo|interamente))? riservat[oa] (?:agli|ai|ai nostri|agli utenti) (?:abbonati|iscritti|registrati|utenti registrati|lettori abbonati)/iu),
      opening(/riservat[oa] (?:agli|ai) abbonati(?= ?[.!:|–—-]|$)|(?:contenuto|articolo) esclusivo (?:per (?:gli )?abbonati|abbonati)|(?:contenuto |articolo )?(?:solo |esclusivamente )?per (?:gli )?abbonati$|(?:contenuto|articolo) premium$/iu),
      opening(/hai (?:raggiunto|esaurito|letto|superato|consultato)[^.!?]{0,40}?(?:articoli (?:gratuiti|gratis|disponibili|a disposizione)|limite (?:di|degli) articoli)/iu),
      opening(/(?:stai )?(?:gi[àa] )?leggendo (?:questo articolo|questo contenuto) (?:su|da) un altro (?:dispositivo|browser)/iu),
    ],
    examples: [
      'Questo articolo è riservato agli abbonati',
      'Contenuto riservato agli abbonati',
      'Articolo riservato agli abbonati',
      'Riservato agli abbonati',
      'Questo contenuto è riservato agli utenti registrati',
      'Contenuto esclusivo per gli abbonati',
      'Hai raggiunto il limite di articoli gratuiti',
      'Hai letto tutti gli articoli gratuiti di questo mese',
      'Stai già leggendo questo articolo su un altro dispositivo',
    ],
    counterExamples: [
      'La campagna abbonamenti si apre lunedì alla biglietteria di piazza Garibaldi.',
      "L'accesso alla tribuna è riservato agli abbonati della curva.",
      'Riservato agli abbonati della stagione, il parcheggio costa 50 euro.',
      'Il quotidiano ha superato i 100 mila abbonati digitali.',
    ],
  },
  {
    id: 'paywall/it/abbonati-per-continuare',
    kind: 'paywall',
    lang: 'it',
    patterns: [
      opening(/(?:abbonati|registrati|accedi|iscriviti|attiva (?:l['’]abbonamento|un abbonamento))(?: (?:ora|subito|gratuitamente|gratis|adesso))?(?: a [^.!?]{1,20}?)? per (?:continuare a leggere|leggere|sbloccare|accedere (?:a|all['’]|al)|proseguire|avere accesso|continuare la lettura)/iu),
      opening(/per (?:continuare a leggere|continuare la lettura|leggere (?:tutto )?(?:l['’]articolo|questo articolo|il resto)|sbloccare (?:l['’]articolo|questo articolo))(?: (?:questo articolo|l['’]articolo|il resto|la notizia))?(?: ?[.:!…]?$| ?[,:]? ?(?:abbonati|accedi|registrati|iscriviti|scegli|scopri|attiva|devi))/iu),
      opening(/continua a leggere (?:questo articolo|l['’]articolo)(?: (?:con|abbonandoti|a \d))?|leggi senza limiti|sblocca (?:l['’]articolo|questo articolo|tutti i contenuti|il contenuto|tutti gli articoli)|accesso (?:illimitato|completo|digitale) (?:a tutti gli articoli|a tutti i contenuti|al sito|ai contenuti|agli articoli)/iu),
      opening(/(?:scopri (?:l['’]offerta|le offerte|l['’]abbonamento|come abbonarti)|abbonati (?:ora|subito|adesso|qui)|attiva (?:ora )?(?:l['’]offerta|l['’]abbonamento)|disdici (?:quando vuoi|in (?:qualsiasi|ogni) momento))[.!]?$/iu),
    ],
    examples: [
      'Abbonati per continuare a leggere',
      'Abbonati per continuare a leggere: il primo mese a 1 euro, poi puoi disdire quando vuoi.',
      'Registrati gratuitamente per continuare a leggere',
      "Accedi per leggere l'articolo",
      'Per continuare a leggere',
      'Per continuare a leggere questo articolo, abbonati',
      'Continua a leggere questo articolo',
      'Leggi senza limiti',
      "Sblocca l'articolo",
      "Scopri l'offerta",
      'Abbonati ora',
    ],
    counterExamples: [
      'Abbonati e lettori sono cresciuti del 5% nel 2024.',
      'Per continuare a leggere i classici serve tempo, dice la professoressa.',
      'Accedi ai servizi online del Comune con lo Spid.',
      "Scopri l'offerta di lavoro pubblicata dalla Regione.",
    ],
  },
  {
    id: 'paywall/it/gia-abbonato',
    kind: 'paywall',
    lang: 'it',
    patterns: [
      opening(/(?:sei |siete )?gi[àa] (?:abbonat[oaie]|registrat[oaie]|iscritt[oaie]|cliente)(?: ?[?!]| ?[,.:] ?(?:accedi|entra|effettua|clicca|fai login)| (?:accedi|entra|effettua il login)|$)|hai gi[àa] un (?:abbonamento|account)(?: ?[?!]| ?[,.:]? ?(?:accedi|entra)|$)/iu),
    ],
    examples: ['Sei già abbonato?', 'Sei già abbonato? Accedi', 'Già abbonato? Accedi', 'Hai già un abbonamento? Accedi', 'Sei già registrato?', 'Già abbonato, accedi'],
    counterExamples: [
      'Già abbonato alla stagione precedente, avrà diritto di prelazione.',
      'Già iscritto al partito dal 1994, il sindaco si candida.',
      'Hai già un account Spid? Allora puoi chiedere il bonus online.',
    ],
  },

  // ── consent ──
  {
    id: 'consent/it/cookie',
    kind: 'consent',
    lang: 'it',
    patterns: [
      opening(/(?:noi e (?:terze parti|i nostri(?: \d{1,4})? partner)(?: selezionat[ie])?,? (?:utilizziamo|usiamo|potremmo utilizzare|trattiamo)|questo sito(?: web| internet)? (?:utilizza|usa|fa uso di|impiega|installa)|(?:noi )?utilizziamo|usiamo|[\p{L}'’. -]{1,40}? e i (?:suoi|nostri) (?:\d{1,4} )?partner (?:utilizzano|usano|utilizziamo))[^.!?]{0,40}?(?<!\p{L})(?:cookie|tecnologie simili|strumenti di tracciamento|identificatori)/iu),
      opening(/per quanto riguarda la pubblicit[àa],? noi e (?:terze parti|i nostri)|(?:con il tuo consenso,? )?noi e (?:terze parti selezionate|i nostri(?: \d{1,4})? partner),? (?:potremmo|possiamo) (?:utilizzare|trattare|archiviare)/iu),
      opening(/puoi (?:liberamente )?(?:prestare|rifiutare|revocare|modificare|negare|gestire|accettare)[^.!?]{0,40}?(?:consenso|preferenze|cookie)|cliccando su (?:["“«] ?)?(?:accetta|accetto|ok|acconsento|consenti|rifiuta)|chiudendo (?:questo|il) (?:banner|avviso|informativa)|proseguendo (?:la|nella) navigazione[^.!?]{0,40}?(?:cookie|acconsent|accett)/iu),
      opening(/(?:rispettiamo|proteggiamo) la tua privacy|la tua privacy (?:[èe] importante|ci sta a cuore)|il rispetto della tua privacy|informativa(?: (?:sui cookie|cookie|privacy|sulla privacy|breve))?$|(?:gestione|impostazioni|preferenze) (?:dei |sui |dei tuoi )?(?:cookie|consensi|privacy)$/iu),
    ],
    examples: [
      'Questo sito utilizza cookie tecnici e di profilazione',
      'Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità.',
      'Utilizziamo i cookie per mostrarti i video di YouTube',
      'Per quanto riguarda la pubblicità, noi e terze parti selezionate, potremmo utilizzare dati di geolocalizzazione precisi.',
      'Puoi liberamente prestare, rifiutare o revocare il tuo consenso, in qualsiasi momento.',
      'Cliccando su «Accetta» acconsenti all’uso dei cookie.',
      'Rispettiamo la tua privacy',
      'Informativa',
      'Impostazioni cookie',
    ],
    counterExamples: [
      'La pasticceria sforna anche biscotti e cookie all’americana.',
      'Utilizziamo ogni anno duemila tonnellate di farina, spiega il mugnaio.',
      'Il sito utilizzava cookie senza consenso, ha rilevato il Garante.',
      "Puoi rifiutare l'eredità entro dieci anni, ricorda il notaio.",
      'Informativa antimafia: il Comune sospende l’appalto',
    ],
  },
  {
    id: 'consent/it/contenuto-bloccato',
    kind: 'consent',
    lang: 'it',
    patterns: [
      opening(/questo (?:contenuto|video|elemento|post|widget) (?:non [èe] (?:disponibile|visualizzabile|visibile)[^.!?]{0,60}?(?:cookie|consenso|preferenze|privacy)|[èe] (?:bloccato|disabilitato|nascosto)|[èe] ospitato da (?:una )?terz[ae] part[ei])/iu),
      opening(/per (?:poter )?(?:visualizzare|vedere|guardare|mostrare|caricare|ascoltare) (?:questo|il|questa|la) (?:contenuto|video|post|elemento|tweet|widget|mappa|podcast|galleria)[^.!?]{0,60}?(?:accett|consenso|abilit|cookie|acconsent)/iu),
      opening(/(?:contenuto (?:esterno|bloccato|non disponibile)|hai rifiutato i cookie)(?:$|[.!]| [^.!?]{0,80}?(?:cookie|consenso|preferenze))/iu),
    ],
    examples: [
      'Questo contenuto non è disponibile perché non hai accettato i cookie di terze parti.',
      'Per visualizzare questo contenuto devi accettare i cookie.',
      'Per vedere il video è necessario prestare il consenso ai cookie di YouTube.',
      'Questo contenuto è bloccato',
      'Contenuto esterno',
      'Hai rifiutato i cookie di questo servizio: modifica le preferenze per vedere il contenuto.',
    ],
    counterExamples: [
      'Questo contenuto non è disponibile in Italia per ragioni di diritti.',
      'Per vedere il video integrale bisogna collegarsi al sito della Camera.',
      'Contenuto esterno alla gara, il ricorso è stato respinto.',
    ],
  },
  {
    id: 'consent/it/pulsanti',
    kind: 'consent',
    lang: 'it',
    patterns: [
      opening(/(?:accetta(?: (?:tutti|tutto|e chiudi|e continua|i cookie))?|accetto|rifiuta(?: (?:tutti|tutto|e abbonati|e chiudi))?|continua senza accettare|personalizza|gestisci (?:le )?(?:preferenze|opzioni|cookie)|impostazioni (?:dei )?cookie|scopri di pi[ùu] e personalizza|accetta o abbonati[^.!?]{0,30})(?: ?[|·/]? ?(?:accetta(?: (?:tutti|tutto|e chiudi|e continua|i cookie))?|accetto|rifiuta(?: (?:tutti|tutto|e abbonati|e chiudi))?|continua senza accettare|personalizza|gestisci (?:le )?(?:preferenze|opzioni|cookie)|impostazioni (?:dei )?cookie|scopri di pi[ùu] e personalizza)){0,3}$/iu),
    ],
    examples: ['Accetta', 'Accetta tutti', 'Accetta e chiudi', 'Rifiuta', 'Continua senza accettare', 'Gestisci le preferenze', 'Accetta Gestisci le preferenze', 'Rifiuta e abbonati', 'Rifiuta Accetta Scopri di più e personalizza'],
    counterExamples: ['Il Comune ha accettato la proposta della Fondazione.', 'Accetta la sconfitta, dice il candidato.', 'Rifiuta il ricovero e lascia l’ospedale'],
  },

  // ── feedback ──
  {
    id: 'feedback/it/articolo-utile',
    kind: 'feedback',
    lang: 'it',
    patterns: [
      opening(/(?:questo (?:articolo|contenuto)|questa (?:pagina|notizia|guida|informazione|risposta)) ti [èe] (?:stat[oa] utile|piaciut[oa])|ti [èe] (?:stat[oa] utile|piaciut[oa]) (?:questo (?:articolo|contenuto)|questa (?:pagina|notizia|guida)|l['’]articolo)/iu),
      opening(/hai trovato (?:utile |interessante )?(?:questo (?:articolo|contenuto)|questa (?:pagina|notizia|guida))(?: utile| interessante)? ?\?|cosa ne pensi(?: di questo articolo| di questa notizia)? ?\?(?: ?(?:lascia|scrivi|commenta|dicci|vota|facci)|$)/iu),
      opening(/(?:vota|valuta|giudica) (?:l['’]articolo|questo articolo|questa notizia|il contenuto|questo contenuto)|dai un voto(?: (?:a questo articolo|all['’]articolo))?$|la tua opinione (?:[èe] importante|conta|ci interessa)/iu),
    ],
    examples: [
      'Questo articolo ti è stato utile?',
      'Ti è piaciuto questo articolo?',
      'Questa pagina ti è stata utile?',
      'Hai trovato utile questo articolo?',
      'Cosa ne pensi?',
      "Vota l'articolo",
      'Valuta questo articolo',
    ],
    counterExamples: [
      'Le famiglie hanno trovato utile il servizio, secondo il sondaggio.',
      'Cosa ne pensi di chi parcheggia in doppia fila? Lo abbiamo chiesto ai passanti.',
      'Vota la fiducia il Senato dopo un lungo dibattito.',
    ],
  },
  {
    id: 'feedback/it/grazie-segnala',
    kind: 'feedback',
    lang: 'it',
    patterns: [
      opening(/grazie (?:per il (?:tuo )?|per la (?:tua )?|del (?:tuo )?|della (?:tua )?)(?:feedback|valutazione|voto|segnalazione|parere|risposta|contributo)(?: ?[!.]|$)/iu),
      opening(/segnal(?:a|aci|acelo|are)(?: un| l['’])? ?(?:errore|refuso|imprecisione)(?: (?:nell['’]articolo|in questo articolo))?(?: ?[!.]|$)|hai (?:trovato|notato|visto) un (?:errore|refuso|imprecisione)(?: (?:nell['’]articolo|in questo articolo))? ?\?/iu),
    ],
    examples: ['Grazie per il tuo feedback', 'Grazie per la tua valutazione!', 'Grazie per il voto', 'Segnala un errore', 'Hai trovato un errore? Segnalacelo', 'Segnalaci un errore'],
    counterExamples: [
      'Grazie per il tuo contributo alla città, ha detto il sindaco al volontario.',
      'Segnala un errore di calcolo nella manovra la Corte dei conti.',
      "Hai trovato un errore nel 730? Ecco come correggerlo.",
    ],
  },

  // ── follow-us ──
  {
    id: 'follow-us/it/seguici',
    kind: 'follow-us',
    lang: 'it',
    patterns: [
      opening(/seguici (?:anche |ora |subito )?(?:su|sui|sul|via|in) (?:i |nostri )?(?:social|canali social|nostri (?:canali|social)|facebook|x\b|twitter|instagram|whats ?app|telegram|tiktok|linkedin|youtube|threads|google (?:news|notizie)|bluesky|pinterest|canale)/iu),
      opening(/(?:iscriviti|unisciti|segui|entra|aderisci)(?: (?:al|nel|il|alla|la|nella|sul))? (?:nostr[oa] )?(?:nuov[oa] )?(?:canale|gruppo|community|comunit[àa]|pagina|profilo|account)(?: ufficiale)? (?:(?:whats ?app|telegram|youtube|instagram|facebook|tiktok|linkedin)\b|x\b|(?:di|del|della|de) [^.!?]{1,30}? (?:su|in) (?:whats ?app|telegram|youtube|instagram|facebook|tiktok))/iu),
      opening(/ricevi (?:gratis |gratuitamente )?(?:le |tutte le )?(?:notizie|news|ultime notizie|aggiornamenti)[^.!?]{0,40}? (?:su|via|sul tuo) (?:whats ?app|telegram|smartphone|cellulare)|aggiungi(?:ci| [^.!?]{1,30}?) (?:alle|tra le) (?:tue )?fonti (?:preferite|di google)/iu),
      opening(/scarica (?:gratis |gratuitamente |ora |subito )?(?:la nostra (?:nuova )?app(?:licazione)?|l['’]app(?:licazione)? (?:ufficiale )?(?:di|del|della|de) [^.!?]{1,30}? (?:per (?:restare|essere|ricevere|non perdere|leggere)|e (?:ricevi|resta|leggi)))|scarica l['’]app[.!]?$|attiva (?:le )?notifiche(?: (?:push|del browser))?(?: per (?:ricevere|restare|essere|non perdere)[^.!?]{0,60})?[.!]?$/iu),
    ],
    examples: [
      'Seguici su Facebook, X e Instagram',
      'Seguici sui social',
      'Iscriviti al nostro canale WhatsApp per ricevere le notizie della provincia.',
      'Segui il canale WhatsApp di Today',
      'Unisciti al canale Telegram',
      'Ricevi le notizie su WhatsApp',
      'Seguici su Google News',
      'Aggiungici alle fonti preferite di Google',
      'Scarica la nostra app',
      'Attiva le notifiche',
    ],
    counterExamples: [
      'Il video è stato pubblicato su Facebook e Instagram domenica sera.',
      'I cittadini sono invitati a seguire le indicazioni della Protezione civile.',
      "Scarica l'app IO per ottenere il bonus, spiega il ministero.",
      "Attiva le notifiche dalle impostazioni del telefono, poi riavvia.",
    ],
  },
  {
    id: 'follow-us/it/segui-argomento',
    kind: 'follow-us',
    lang: 'it',
    patterns: [
      opening(/vuoi (?:ricevere|leggere) (?:altri|pi[ùu]) (?:contenuti|articoli|notizie)[^.!?]{0,30}?(?:come questo|simili|su questo)|segui (?:l['’]argomento|questo (?:argomento|tema)|il tema|la (?:rubrica|sezione)|l['’]autore|questo autore)(?: ?[:.!]| e |$)|ti avviser(?:emo|[àa]) (?:a|ad|quando|di) (?:ogni )?(?:nuov|pubblic)/iu),
    ],
    examples: ['Vuoi ricevere altri contenuti come questo?', "Segui l'argomento e ti avviseremo a ogni nuovo articolo.", "Segui l'argomento", 'Segui questo tema', 'Ti avviseremo a ogni nuovo articolo'],
    counterExamples: ['Il sindaco vorrebbe altri progetti come questo in provincia.', "La procura seguirà da vicino l'indagine.", "Segui l'argomento del giorno in diretta dalla Camera"],
  },

  // ── sponsored ──
  {
    id: 'sponsored/it/contenuto-sponsorizzato',
    kind: 'sponsored',
    lang: 'it',
    patterns: [
      opening(/(?:contenut[oi]|articol[oi]|post|redazionale|annunci[oi]|link|speciale) (?:sponsorizzat[oi]|promozional[ei]|pubblicitari[oi]|commercial[ei]|partner|in partnership|brand)(?:$| ?[-–—:|·•»(] ?| (?:offert[oi]|realizzat[oi]|curat[oi]|presentat[oi]) (?:da|dal|dalla|dall['’]|in collaborazione))/iu),
      leadIn(/sponsorizzat[oa]|informazion[ei] pubblicitari[ae]|pubbli-?redazionale|publiredazionale|messaggio promozionale|branded content|brand content|native adv|in partnership|partner content/iu),
      opening(/(?:realizzato |prodotto |contenuto realizzato )?in (?:collaborazione|partnership|partenariato) con [^.,;:!?]{1,50}$|(?:contenuto |articolo )?(?:offerto|sponsorizzato|presentato|promosso) (?:da|dal|dalla|dall['’] ?|dai|dalle) ?[^.,;:!?]{1,50}$/iu),
      opening(/quest[oa] (?:articolo|contenuto|post|pagina|guida) (?:[èe] stat[oa] (?:realizzat[oa]|scritt[oa]|prodott[oa]|redatt[oa]|offert[oa]|sponsorizzat[oa])|[èe]) (?:in collaborazione con|in partnership con|sponsorizzat|da (?:un|un nostro|il nostro) (?:partner|inserzionista|sponsor)|per conto (?:di|del|della))/iu),
    ],
    examples: [
      'Contenuto sponsorizzato',
      'Contenuti sponsorizzati',
      'Sponsorizzato',
      'Informazione pubblicitaria',
      'Contenuto offerto da Banca del Territorio',
      'In collaborazione con Termoidraulica Pellegrini',
      'Realizzato in collaborazione con Enel',
      'Offerto da Acqua Panna',
      'Questo articolo è stato realizzato in collaborazione con Regione Lombardia',
    ],
    counterExamples: [
      'La rassegna è sponsorizzata da una banca del territorio.',
      'Il restauro è stato realizzato in collaborazione con la Soprintendenza.',
      'In collaborazione con la Soprintendenza, il Comune ha restaurato la facciata.',
      'Sponsorizzato da una banca, il festival attira 40 mila visitatori.',
      'Contenuti promozionali e pubblicità valgono il 12% del fatturato.',
    ],
  },
  {
    id: 'sponsored/it/affiliazione',
    kind: 'sponsored',
    lang: 'it',
    patterns: [
      opening(/(?:questo (?:articolo|post|contenuto)|questa (?:pagina|guida|selezione)) (?:contiene|pu[òo] contenere|include) (?:dei |alcuni )?link (?:di affiliazione|affiliati|sponsorizzati|commerciali)/iu),
      opening(/(?:alcuni |i )?link (?:presenti )?(?:in questo articolo|in questa pagina|nel testo) (?:sono|possono essere) (?:link )?(?:di affiliazione|affiliati|sponsorizzati)/iu),
      opening(/(?:se (?:acquisti|compri|effettui un acquisto)|acquistando|gli acquisti (?:effettuati )?(?:tramite|attraverso))[^.!?]{0,60}?(?:potremmo|possiamo|la redazione (?:potrebbe|pu[òo])|(?:potrebbero|possono) generare) (?:ricevere |percepire |guadagnare )?(?:una (?:piccola )?commissione|un compenso|commissioni)/iu),
    ],
    examples: [
      'Questo articolo contiene link di affiliazione',
      'Questo articolo contiene link affiliati: se acquisti tramite questi link potremmo ricevere una commissione.',
      'Alcuni link presenti in questo articolo sono di affiliazione.',
      'Se acquisti tramite i nostri link, potremmo ricevere una commissione.',
      'Gli acquisti effettuati tramite i link presenti in questo articolo potrebbero generare una commissione.',
    ],
    counterExamples: [
      "Se acquisti un'auto elettrica, la Regione ti rimborsa fino a 3 mila euro.",
      'Questo articolo contiene errori, ammette il ministero.',
    ],
  },

  // ── disclaimer ──
  {
    id: 'disclaimer/it/opinioni-dell-autore',
    kind: 'disclaimer',
    lang: 'it',
    patterns: [opening(/(?:le )?opinioni (?:espresse )?(?:in questo (?:articolo|testo) )?sono (?:personali|quelle dell'autore|dell'autore|di esclusiva responsabilità dell'autore)|l'articolo riflette (?:esclusivamente )?(?:le opinioni|il pensiero) dell'autore/iu)],
    examples: ["Le opinioni espresse in questo articolo sono dell'autore.", 'Le opinioni espresse sono personali.'],
    counterExamples: ["Le opinioni dei residenti sono state raccolte dal comune.", "L'articolo riflette un lavoro di due anni, ha detto la sindaca."],
  },

  // ── gallery ──
  {
    id: 'gallery/it/foto-di',
    kind: 'gallery',
    lang: 'it',
    patterns: [whole(/(?:foto|immagin[ei]|slide) (?:n\. ?)?\d{1,3} ?(?:di|\/|su) ?\d{1,3}|\d{1,3} (?:foto|immagini|video|slide)/iu)],
    examples: ['Foto 1 di 14', 'Foto 3/14', 'Immagine 2 di 9', '14 foto', '8 immagini'],
    counterExamples: ['Una famiglia su quattordici non ha l’auto.', '14 foto inedite del cantiere sono state pubblicate.', 'Foto 1 di 14: la facciata'],
  },
  {
    id: 'gallery/it/galleria',
    kind: 'gallery',
    lang: 'it',
    patterns: [
      whole(/(?:guarda|sfoglia|vai alla|apri|apri la|avvia|avvia la|vedi|scorri) (?:la )?(?:photo ?gallery|foto ?gallery|gallery|galleria(?: fotografica)?|fotogallery)|(?:guarda|vedi|sfoglia) (?:tutte )?le (?:\d{1,3} )?(?:foto|immagini)|photo ?gallery|foto ?gallery|galleria fotografica|galleria|gallery|le foto|(?:foto|immagine) (?:successiva|precedente)|successiv[ao]|precedente|ingrandisci|schermo intero|chiudi(?: la gallery)?/iu),
    ],
    examples: ['Guarda la gallery', 'Sfoglia la gallery', 'Vai alla gallery', 'Fotogallery', 'Galleria fotografica', 'Guarda tutte le foto', 'Le foto', 'Successiva', 'Chiudi'],
    counterExamples: ["Le foto dei danni sono state inviate all'assicurazione.", 'Guarda la gallery del matrimonio reale', 'Chiudi la porta, dice il vigile'],
  },

  // ── tags ──
  {
    id: 'tags/it/argomenti',
    kind: 'tags',
    lang: 'it',
    patterns: [
      leadIn(/tags?|argomenti(?: correlati| trattati)?|parole chiave|temi|categori[ae]|etichette|keywords?|leggi (?:altri articoli|anche) su|tutti gli articoli su|altri articoli su|per saperne di pi[ùu] su|(?:segui )?gli argomenti|approfondisci(?: gli argomenti)?/iu),
    ],
    examples: ['Tag: teatro, spettacoli dal vivo, beni culturali', 'Argomenti: teatro | cultura', 'Parole chiave: sanità, ospedale', 'Temi: lavoro · sindacati', 'Categorie: Cronaca', 'Argomenti'],
    counterExamples: [
      'Gli argomenti del consiglio comunale: bilancio, scuole e viabilità.',
      'Le parole chiave del progetto sono accessibilità e sostenibilità.',
      'Argomenti a favore della riforma non mancano, dice il ministro.',
      'Temi caldi in consiglio comunale: bilancio e scuole.',
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
  {
    id: 'comments/it/discussione',
    kind: 'comments',
    lang: 'it',
    patterns: [
      whole(/partecipa (?:alla|a una) discussione|(?:entra|unisciti) nella discussione|d[iì]['’]? la tua|dicci la tua|(?:vai|passa) ai commenti|visualizza(?: i| tutti i)?(?: \d{1,6})? commenti|sii (?:il primo|la prima) a commentare|(?:i )?commenti sono (?:chiusi|disabilitati|sospesi)|commenti (?:chiusi|disabilitati)|(?:accedi|registrati|iscriviti|abbonati) per (?:commentare|lasciare un commento|partecipare(?: alla discussione)?)|devi (?:essere )?(?:registrat[oa]|loggat[oa]|autenticat[oa]|abbonat[oa]|effettuare il login) per (?:commentare|pubblicare un commento|lasciare un commento|partecipare)[^.!?]{0,30}|regole della community|(?:mostra|carica|leggi|vedi) (?:altri|pi[ùu]) commenti|(?:scrivi|aggiungi|inserisci) il tuo commento|il tuo commento|(?:i )?pi[ùu] (?:recenti|votati|vecchi|apprezzati)|ordina per[^.!?]{0,20}|\d{1,4} rispost[ae]|(?:partecipa alla discussione|commenta) ?[–—|·-]? ?\d{1,5} comment[io]|segnala(?: (?:il commento|abuso|questo commento))?/iu),
    ],
    examples: [
      'Partecipa alla discussione',
      'Dì la tua',
      'Vai ai commenti',
      'Visualizza commenti',
      'Sii il primo a commentare',
      'I commenti sono chiusi',
      'Accedi per commentare',
      'Devi essere registrato per commentare',
      'Regole della community',
      'Partecipa alla discussione – 23 commenti',
      'Mostra altri commenti',
    ],
    counterExamples: [
      'Il sindaco ha preferito non commentare la sentenza.',
      "I commenti dell'assessora si sono tradotti in un programma di visite guidate.",
      'Partecipa alla discussione anche il ministro degli Esteri.',
      'I più recenti dati Istat sulla disoccupazione',
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

  // ── error-page ──
  {
    id: 'error-page/it/pagina-non-trovata',
    kind: 'error-page',
    lang: 'it',
    patterns: [
      whole(/(?:(?:ops|spiacenti|ci dispiace)[,!.]? )?(?:(?:questa |la )?pagina non (?:trovata|esiste|(?:è )?disponibile)|(?:la )?pagina (?:che stai cercando|richiesta) non (?:esiste|è stata trovata|è disponibile)|non (?:riusciamo a|abbiamo potuto) trovare (?:la|questa) pagina|qualcosa è andato storto)/iu),
    ],
    examples: ['Pagina non trovata', 'Ops! Questa pagina non esiste', 'La pagina che stai cercando non esiste', 'Qualcosa è andato storto', 'Pagina non disponibile'],
    counterExamples: ['Pagina non trovata: il giallo del manoscritto', 'Qualcosa è andato storto nella trattativa, dice il sindaco.'],
  },
  {
    id: 'error-page/it/contenuto-non-trovato',
    kind: 'error-page',
    lang: 'it',
    patterns: [
      whole(/(?:(?:ops|spiacenti|ci dispiace)[,!.]? )?(?:(?:questo |l['’])?articolo|(?:questo |il )?contenuto|la pagina richiesta) (?:non (?:[èe] stat[oa] )?(?:trovat[oa]|esiste(?: pi[ùu])?|[èe] pi[ùu] disponibile)|[èe] stat[oa] (?:rimoss[oa]|cancellat[oa]))|accesso negato|servizio (?:temporaneamente )?non disponibile|sito in manutenzione/iu),
    ],
    examples: ['Articolo non trovato', "L'articolo non esiste più", 'Il contenuto è stato rimosso', 'Accesso negato', 'Sito in manutenzione'],
    counterExamples: ["Articolo non trovato nel codice: la difesa chiede l'annullamento", 'Accesso negato ai giornalisti: è polemica'],
  },

  // ── log-in ──
  {
    id: 'log-in/it/accedi',
    kind: 'log-in',
    lang: 'it',
    patterns: [
      whole(/(?:accedi|accesso|login|log in|entra|effettua (?:l['’]accesso|il login)|registrati|registrazione|crea (?:un|il tuo) account|il mio account|(?:il mio |il tuo )?profilo|area (?:riservata|personale|utenti|abbonati|clienti)|password dimenticata|recupera (?:la )?password)(?: (?:al|a|con) (?:tuo |il tuo |mio )?(?:account|profilo|area riservata))?(?: ?(?:\/|o|e|[|–—-]) ?(?:registrati|registrazione|accedi|crea (?:un )?account|iscriviti))?/iu),
    ],
    examples: ['Accedi', 'Login', 'Accedi al tuo account', 'Accedi o registrati', 'Effettua il login', 'Area riservata', 'Il mio account', 'Accedi con il tuo account', 'Registrati'],
    counterExamples: ['Accedi ai servizi online del Comune', 'Accesso agli atti: cosa prevede la legge', 'Area riservata ai pedoni in centro'],
  },
];

/**
 * Common words of the language that the other languages Épure cleans do not share (words such as
 * "de", "en", "la", "in", "die", "que" are left out, so each one points one way): they tell the
 * article's language when the page does not say it, or says another one.
 */
export const IT_STOP_WORDS: readonly string[] = ['di', 'che', 'è', 'gli', 'della', 'sono', 'nel', 'alla', 'anche', 'più', 'questo', 'degli', 'delle', 'dei', 'nella', 'essere', 'molto', 'per', 'questa', 'loro'];
