import type { ClutterRule } from '../rule';
import { whole, startsWith, leadIn, opening, bio } from '../patterns';

/**
 * Clutter rules for pages in Spanish ('es'), by kind in the order of `RULE_KINDS`; within a kind, the
 * first rule that matches names the removal. `tests/rules.test.ts` lints them: every example
 * must match, no counter-example may.
 */
export const ES_RULES: readonly ClutterRule[] = [
  // ── ad-label ──
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
  {
    id: 'ad-label/es/espacio-publicitario',
    kind: 'ad-label',
    lang: 'es',
    patterns: [whole(/espacio publicitario|fin (?:de la|del) (?:publicidad|anuncio)|publicidad[,.]? (?:sigue|contin[uú]a) (?:leyendo )?(?:abajo|debajo)/iu)],
    examples: ['Espacio publicitario', 'ESPACIO PUBLICITARIO', 'Fin de la publicidad', 'Publicidad, sigue leyendo abajo'],
    counterExamples: ['El espacio publicitario de la estación se alquiló por 2 millones.', 'Fin de la publicidad en las televisiones públicas, pide el PP.'],
  },

  // ── promo-link ──
  {
    id: 'promo-link/es/lee-tambien',
    kind: 'promo-link',
    lang: 'es',
    patterns: [
      startsWith(/(?:lee|lea|leer) (?:tambi[ée]n|adem[áa]s)|(?:tambi[ée]n )?(?:te|le) (?:puede|podr[ií]a) interesar|podr[ií]a interesarte|tambi[ée]n (?:lea|te puede interesar)|quiz[áa]s? (?:te|le) interese|te recomendamos leer|(?:ver|mira|mire|vea|checa|chequea) tambi[ée]n/iu),
    ],
    examples: [
      'Te puede interesar: Los mejores destinos para 2025',
      'Lee también: El Gobierno aprueba los presupuestos',
      'LEA TAMBIÉN | La inflación baja al 2,8 %',
      'También te puede interesar: Qué hacer en Madrid',
      'Ver también: El especial de las elecciones',
      'Quizás te interese: la guía de la renta',
      'Checa también: los horarios del metro',
      'VEA TAMBIÉN: Estrella de la educación no brilla',
      'También lea: ¿Beneficia al país una mejor calificación de la agencia?',
    ],
    counterExamples: ['Leer tampoco es fácil para muchos niños.', 'Ver a su hijo fue lo más emocionante, dijo.', 'También lee novelas de misterio, confiesa la ministra.'],
  },
  {
    id: 'promo-link/es/mas-informacion',
    kind: 'promo-link',
    lang: 'es',
    patterns: [
      leadIn(/(?:le[ea]r? m[áa]s|saber m[áa]s|le(?:er|e|a) (?:el )?(?:art[ií]culo|la nota|la noticia) complet[oa]|ver (?:la )?(?:nota|noticia) complet[oa]|sigue leyendo|seguir leyendo|m[áa]s informaci[óo]n|relacionad[oa]s?|noticias? relacionadas?|te recomendamos|recomendad[oa]|no te pierdas|para saber m[áa]s|m[áa]s sobre [^:|»›>–—-]{1,40}|notas? relacionadas?|lectura recomendada|te sugerimos|ent[ée]rate|(?:tambi[ée]n )?puedes leer|lee|lea|ver|vea|mira|mire|checa)(?![-‐]\p{L})/iu),
    ],
    examples: [
      'Leer más',
      'Sigue leyendo: la crisis de la vivienda',
      'Más información: Cómo pedir la ayuda del alquiler',
      'Relacionado: El precio de la luz se dispara',
      'Noticia relacionada | Detenido el presunto autor',
      'No te pierdas: las fotos del eclipse',
      'Mire: El cantante da positivo a COVID-19',
      'LEER ARTICULO COMPLETO',
      'Nota relacionada: Detienen al sospechoso',
    ],
    counterExamples: [
      'Más información sobre el caso llegará mañana, según la policía.',
      'Te recomendamos que bebas agua con frecuencia.',
      'Sigue leyendo el informe en la web oficial.',
      'Leer más despacio ayuda a comprender, según el estudio.',
      'MIRA-Award für die beste Moderation',
      'Mire usted, eso no es así, replicó el ministro.',
    ],
  },

  // ── trailing-heading ──
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
  {
    id: 'trailing-heading/es/recomendados-para-ti',
    kind: 'trailing-heading',
    lang: 'es',
    patterns: [
      whole(/(?:contenido|art[ií]culo|enlace|tema) relacionado|noticia relacionada|recomendad[oa]s? para (?:ti|usted|vos)|seleccionad[oa]s? para (?:ti|usted)|(?:quiz[áa]s? )?tambi[ée]n te (?:guste|interese|puede gustar)|m[áa]s (?:contenidos?|historias|noticias|art[ií]culos) como (?:este|esta|esto)|(?:otras )?noticias de inter[ée]s|noticias destacadas|en tendencia|lo m[áa]s (?:le[ií]do|visto|compartido|comentado|popular) (?:hoy|ahora|esta semana|de (?:hoy|la semana|la [úu]ltima semana|las [úu]ltimas 24 horas|el d[ií]a|el mes))|lo m[áa]s (?:le[ií]do|visto|compartido) del? (?:d[ií]a|mes)|(?:noticias|art[ií]culos|v[ií]deos|historias) m[áa]s (?:le[ií]d[oa]s|vist[oa]s|compartid[oa]s|comentad[oa]s|populares)|contenido patrocinado|recomendado por|contenido recomendado|lo m[áa]s nuevo/iu),
    ],
    examples: [
      'Recomendado para ti',
      'Contenido relacionado',
      'Noticia relacionada',
      'Quizás también te guste',
      'Más contenidos como este',
      'Lo más leído hoy',
      'Noticias más leídas',
      'Otras noticias de interés',
      'Contenido patrocinado',
      'En tendencia',
    ],
    counterExamples: [
      'Recomendado para ti y tu familia: el seguro de hogar',
      'Noticias más leídas del año pasado fueron sobre la DANA',
      'Contenido patrocinado y publicidad encubierta en redes',
    ],
  },

  {
    id: 'trailing-heading/es/contacto-prensa',
    kind: 'trailing-heading',
    lang: 'es',
    // A press release's contact box after the text: a heading, then a name, a phone, an address.
    patterns: [whole(/contactos? (?:de|para) (?:prensa|medios)|contactos?|gabinete de prensa/iu)],
    examples: ['Contacto de prensa:', 'Contacto'],
    counterExamples: ['Contacto con la familia no hubo.', 'Contactos entre ambos gobiernos se retomaron ayer.'],
  },

  // ── share ──
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
  {
    id: 'share/es/herramientas',
    kind: 'share',
    lang: 'es',
    patterns: [
      whole(/tama[ñn]o (?:de (?:la )?(?:letra|fuente)|del? texto)|(?:aumentar|reducir|disminuir|agrandar|achicar) (?:el )?(?:tama[ñn]o (?:de (?:la )?(?:letra|fuente)|del texto)|(?:la )?(?:letra|fuente)|texto)|a ?[-−–+]|[-−–+] ?a|escuchar(?: (?:la |esta |el |este )?(?:noticia|art[ií]culo|audio|nota))?|escucha (?:esta noticia|este art[ií]culo|la noticia)|reproducir audio|guardar (?:noticia|art[ií]culo|(?:en|para) (?:leer )?(?:m[áa]s tarde|favoritos))|(?:a[ñn]adir|agregar) a (?:favoritos|mi lista)|favoritos|regalar(?: (?:este |el |esta |la )?(?:art[ií]culo|noticia|contenido))?|regala (?:este art[ií]culo|esta noticia)|versi[óo]n (?:para imprimir|imprimible)|enviar (?:a un amigo|por (?:mail|sms|telegram))/iu),
    ],
    examples: [
      'Tamaño de letra',
      'A-',
      'A+',
      'Aumentar tamaño del texto',
      'Escuchar',
      'Escuchar noticia',
      'Guardar noticia',
      'Regalar artículo',
      'Añadir a favoritos',
      'Versión para imprimir',
    ],
    counterExamples: [
      'Escuchar a los vecinos es la prioridad, dijo la alcaldesa.',
      'Regalar libros vuelve a estar de moda.',
      'El tamaño de letra de los contratos será mayor por ley.',
      'A+ es la nota que obtuvo la deuda española.',
    ],
  },

  // ── newsletter ──
  {
    id: 'newsletter/es/suscribete',
    kind: 'newsletter',
    lang: 'es',
    patterns: [
      opening(/(?:suscr[ií]bete|suscrib[ií]te|anot[áa]te|suscr[ií]base|suscribirse|suscribirte|ap[úu]ntate|ap[úu]ntese|inscr[ií]bete|inscr[ií]base|reg[ií]strate|reg[ií]strese|recibe|reciba|recibir|date de alta)[^.!?]{0,80}?(?<!\p{L})(?:bolet[ií]n(?:es)?|newsletters?|correo|e-?mail|bandeja de entrada|alertas)(?!\p{L})/iu),
      opening(/(?:introduce|introduzca|escribe|escriba|ingresa|ingrese|indica|indique|d[ée]janos) (?:tu|su|aqu[ií] tu) (?:correo|e-?mail|direcci[óo]n de (?:correo|e-?mail))/iu),
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
  {
    id: 'newsletter/es/baja-privacidad',
    kind: 'newsletter',
    lang: 'es',
    patterns: [
      opening(/(?:puedes|podr[áa]s|puede|podr[áa]) (?:darte|darse) de baja(?: (?:de (?:la|esta) (?:newsletter|suscripci[óo]n|lista)|del (?:bolet[ií]n|servicio)))? (?:en )?cualquier momento(?:[.!]|$)/iu),
      opening(/(?:puedes|podr[áa]s|puede|podr[áa]) (?:cancelar|anular|revocar)(?: (?:tu|su|la))? (?:suscripci[óo]n|consentimiento|alta) (?:en )?(?:cualquier momento|cuando quieras)(?:[.!]|$)/iu),
      opening(/al (?:suscribirte|suscribirse|registrarte|registrarse|darte de alta|darse de alta|apuntarte|inscribirte),? (?:aceptas|confirmas|consientes|declaras|autorizas|reconoces|acepta(?:s)? (?:nuestr[ao]s?|la pol[ií]tica|las condiciones|los t[ée]rminos|el aviso legal))/iu),
      opening(/he le[ií]do y acepto|acepto (?:la |las |el |los )?(?:pol[ií]tica de privacidad|condiciones (?:de uso|legales|generales)|t[ée]rminos (?:y condiciones|de uso)|aviso legal)/iu),
      opening(/¡? ?gracias por (?:suscribirte|suscribirse|registrarte|apuntarte|darte de alta|tu suscripci[óo]n)|¡? ?ya est[áa]s (?:suscrit[oa]|apuntad[oa]|dad[oa] de alta)|¡? ?te has (?:suscrito|registrado|dado de alta) (?:correctamente|con [ée]xito)/iu),
    ],
    examples: [
      'Puedes darte de baja en cualquier momento. Consulta nuestra política de privacidad.',
      'Podrás darte de baja en cualquier momento.',
      'Puedes cancelar tu suscripción en cualquier momento.',
      'Al suscribirte aceptas nuestra política de privacidad y las condiciones de uso.',
      'He leído y acepto la política de privacidad.',
      '¡Gracias por suscribirte!',
      '¡Ya estás suscrito!',
    ],
    counterExamples: [
      'Los vecinos pueden darse de alta en el padrón hasta el viernes.',
      'Puede darse de baja en cualquier momento, según explicó la compañía telefónica.',
      'Al registrarse en el padrón, los vecinos acceden a las ayudas.',
      'Acepto las críticas, dijo el ministro, pero no las comparto.',
    ],
  },
  {
    id: 'newsletter/es/caja-de-alta',
    kind: 'newsletter',
    lang: 'es',
    patterns: [
      startsWith(/newsletters?(?! (?:de pago|que|y|como|es|son|fue|se|ha|han|con|is|are|was|were|has|have)(?!\p{L}))/iu),
      opening(/(?:tu|su) (?:correo(?: electr[óo]nico)?|e-?mail|direcci[óo]n de (?:correo(?: electr[óo]nico)?|e-?mail))[.:*]?$|correo electr[óo]nico[:*]?$/iu),
      opening(/(?:suscribirme|apuntarme|darme de alta|quiero (?:suscribirme|recibirla|recibirlo|apuntarme))[.!]?$/iu),
      opening(/(?:reg[ií]strate|suscr[ií]bete|suscrib[ií]te|ap[úu]ntate) (?:gratis )?(?:para|y) recib(?:ir|e|[ií]) (?:(?:nuestro|nuestra|nuestros|nuestras|el|la|los|las) )?(?:contenidos?|noticias|informaci[óo]n|alertas|novedades)(?: exclusiv[oa]s?)?/iu),
      opening(/(?:consulta|descubre|explora|conoce|mira) (?:todas )?nuestr(?:as|os) (?:newsletters|boletines)|(?:m[áa]s|todas (?:nuestras|las)) newsletters[.:]?$/iu),
      opening(/(?:las noticias|toda la actualidad|la actualidad|lo mejor|lo m[áa]s (?:importante|le[ií]do)|las claves|la [úu]ltima hora|las [úu]ltimas noticias|el resumen)[^.!?]{0,60}? en (?:tu|su) (?:correo|e-?mail|bandeja de entrada|buz[óo]n)(?!\p{L})/iu),
    ],
    examples: [
      'Newsletter Comarca al día Las noticias de tu comarca, cada tarde en tu correo. Gratis.',
      'Newsletter',
      'Tu correo electrónico',
      'Correo electrónico:',
      'Apuntarme',
      'Quiero recibirla',
      'Consulta todas nuestras newsletters',
      'Las noticias de tu comarca, cada tarde en tu correo.',
      'Toda la actualidad en tu correo',
      'Regístrate para recibir contenido exclusivo',
    ],
    counterExamples: [
      'Newsletters como esta se han multiplicado en los medios.',
      'La asociación envía su boletín a 2.000 socios.',
      'Tu correo electrónico puede estar en peligro si usas esta contraseña.',
      'Las noticias falsas se difunden en redes más rápido que las verdaderas.',
      'Regístrate para recibir la ayuda de 200 euros antes del viernes.',
    ],
  },

  // ── paywall ──
  {
    id: 'paywall/es/exclusivo-suscriptores',
    kind: 'paywall',
    lang: 'es',
    patterns: [
      startsWith(/(?:este |esta )?(?:contenido|art[ií]culo|noticia|informaci[óo]n|reportaje|nota|texto|entrevista|an[áa]lisis|columna) (?:es )?(?:exclusiv[oa]|s[óo]lo|[úu]nicamente|reservad[oa]) (?:para|a|de) (?:los |nuestros )?(?:suscriptores|suscriptoras|abonad[oa]s|soci[oa]s|miembros|usuarios registrados|lectores registrados|usuarios premium)/iu),
      startsWith(/exclusivo (?:para )?(?:suscriptores|abonad[oa]s|soci[oa]s)|s[óo]lo para (?:suscriptores|abonad[oa]s|soci[oa]s)|contenido (?:premium|exclusivo)(?=[.:!]?$)/iu),
    ],
    examples: [
      'Este contenido es exclusivo para suscriptores',
      'Contenido exclusivo para suscriptores',
      'Artículo exclusivo para suscriptores',
      'Exclusivo suscriptores',
      'Esta noticia es solo para suscriptores',
      'Contenido exclusivo para socios',
      'Solo para suscriptores',
      'Contenido premium',
    ],
    counterExamples: [
      'La revista cuenta con 4.000 suscriptores en papel.',
      'El club ha superado los 20.000 abonados esta temporada.',
      'Solo socios y simpatizantes acudieron al acto del domingo.',
      'Este contenido exclusivo de la plataforma llega en marzo.',
      'La empresa concesionaria enviará una carta a sus 6.300 abonados.',
    ],
  },
  {
    id: 'paywall/es/suscribete-para-seguir',
    kind: 'paywall',
    lang: 'es',
    patterns: [
      startsWith(/(?:suscr[ií]bete|suscrib[ií]te|suscr[ií]base|reg[ií]strate|reg[ií]strese|(?:hazte|hacete) (?:suscriptor|soci[oa]|premium|miembro)|inicia sesi[óo]n|inici[áa] sesi[óo]n|inicie sesi[óo]n|ingres[áa]|identif[ií]cate|identif[ií]quese|accede|acceda|con[ée]ctate|date de alta)(?: (?:o|y) (?:reg[ií]strate|inicia sesi[óo]n|suscr[ií]bete|crea (?:una|tu) cuenta))?(?: (?:gratis|gratuitamente|ahora|ya|aqu[ií]|hoy))? (?:para|y) (?:poder )?(?:seguir|sigue|continuar|contin[úu]a|terminar de|leer|lee|acceder|desbloquear)(?!\p{L})/iu),
      startsWith(/para (?:poder )?(?:seguir|continuar) leyendo(?: (?:este|esta|el|la) (?:art[ií]culo|noticia|contenido|reportaje|texto))?,? (?:suscr[ií]bete|reg[ií]strate|inicia sesi[óo]n|hazte|identif[ií]cate|accede|con[ée]ctate|(?:debes|necesitas|tienes que|es necesario) (?:ser|estar|iniciar|registrarte|suscribirte|tener))/iu),
      startsWith(/(?:lee|leer) sin l[ií]mites(?= (?:por|desde|durante|con|a partir de|y)(?!\p{L})|[.!:]|$)|(?:suscr[ií]bete|hazte suscriptor|suscripci[óo]n) (?:por|desde|a partir de) (?:s[óo]lo )?\d/iu),
      startsWith(/(?:ver|conoce|consulta|descubre) (?:los |nuestros |todos los )?planes(?: de suscripci[óo]n)?(?=[.!]?$)|(?:suscr[ií]bete|hazte (?:suscriptor|soci[oa]|premium)|quiero suscribirme)(?: (?:ahora|ya|aqu[ií]|hoy))?(?=[.!]?$)|cancela (?:cuando quieras|en cualquier momento)(?=[.!]?$)|sin permanencia(?=[.!]?$)/iu),
      startsWith(/para (?:poder )?comentar(?: (?:esta|la) noticia| en [^.,]{1,30})?,? (?:es necesario|es imprescindible|debes|tienes que|hay que|necesitas|deber[áa]s) (?:estar registrad[oa]|registrarte|iniciar sesi[óo]n|identificarte|ser (?:suscriptor|usuario registrado))/iu),
    ],
    examples: [
      'Suscríbete para seguir leyendo. Lee sin límites por 1 € el primer mes.',
      'Regístrate gratis para seguir leyendo',
      'Suscribite para seguir leyendo',
      'Inicia sesión para continuar leyendo',
      'Hazte suscriptor para leer el artículo completo',
      'Para seguir leyendo, suscríbete',
      'Lee sin límites por 1 € el primer mes.',
      'Ver planes',
      'Hazte socio',
      'Cancela cuando quieras.',
      'Para comentar debes registrarte y completar los datos generales.',
    ],
    counterExamples: [
      'Regístrate para votar antes del domingo, recuerda la Junta Electoral.',
      'Leer sin límites es el lema de la feria del libro.',
      'Hazte socio del club, pidió el presidente a los aficionados.',
      'Para participar debes inscribirte en la web del ayuntamiento.',
      'Ver planes de pensiones con rentabilidad negativa preocupa a los ahorradores.',
    ],
  },
  {
    id: 'paywall/es/ya-eres-suscriptor',
    kind: 'paywall',
    lang: 'es',
    patterns: [
      startsWith(/¿ ?ya (?:eres|es|sos|est[áa]s) (?:suscriptor|suscriptora|abonad[oa]|soci[oa]|premium|miembro|usuari[oa] registrad[oa]|registrad[oa]|suscrit[oa])|¿ ?ya tienes (?:una )?(?:cuenta|suscripci[óo]n)|ya (?:eres|es) (?:suscriptor|suscriptora|abonad[oa]|soci[oa]|premium) ?\?|ya tienes (?:una )?(?:cuenta|suscripci[óo]n) ?\?/iu),
      startsWith(/(?:has|ha) (?:alcanzado|llegado a|superado|agotado|consumido) (?:el )?(?:l[ií]mite|m[áa]ximo|n[úu]mero m[áa]ximo) (?:de )?(?:\d{1,3} )?(?:art[ií]culos|noticias|contenidos|lecturas|p[áa]ginas)|(?:has|ha) (?:agotado|consumido|le[ií]do) (?:tus|sus|los) (?:\d{1,3} )?(?:art[ií]culos|noticias|contenidos|lecturas) (?:gratuit[oa]s|gratis|libres|disponibles|de este mes|del mes)/iu),
    ],
    examples: [
      '¿Ya eres suscriptor? Inicia sesión',
      '¿Ya eres suscriptor?',
      '¿Ya tienes una cuenta? Identifícate',
      'Ya eres suscriptor? Accede',
      '¿Ya sos suscriptor? Ingresá',
      'Has alcanzado el límite de artículos gratuitos',
      'Has agotado tus artículos gratuitos de este mes',
      'Has leído tus 5 artículos gratuitos',
    ],
    counterExamples: [
      'Ya es socio del club desde 2010 y no piensa marcharse.',
      'Ha alcanzado el límite de velocidad permitido en la autovía.',
      'Ya tienes cuenta en el banco, ahora pide la tarjeta.',
    ],
  },

  // ── consent ──
  {
    id: 'consent/es/cookies',
    kind: 'consent',
    lang: 'es',
    patterns: [
      startsWith(/(?:utilizamos|usamos|empleamos) (?:nuestras )?cookies|(?:este|nuestro) (?:sitio|portal)(?: web)? (?:utiliza|usa|emplea) (?:cookies|galletas)|(?:esta|nuestra) (?:web|p[áa]gina(?: web)?) (?:utiliza|usa|emplea) (?:cookies|galletas)|(?:nosotros y )?nuestros (?:\d{1,4} )?(?:socios|proveedores|partners) (?:utilizamos|usamos|almacenamos|accedemos|tratamos|procesamos)|(?:valoramos|respetamos) tu privacidad|tu privacidad es importante(?: para nosotros)?|si (?:contin[úu]as|contin[úu]a|sigues|sigue) navegando/iu),
    ],
    examples: [
      'Utilizamos cookies propias y de terceros para mejorar nuestros servicios.',
      'Este sitio web utiliza cookies para mejorar su experiencia.',
      'Esta web utiliza cookies propias y de terceros',
      'Usamos cookies para personalizar el contenido y los anuncios.',
      'Nosotros y nuestros socios utilizamos cookies para almacenar información en un dispositivo.',
      'Valoramos tu privacidad',
      'Si continúas navegando, consideramos que aceptas su uso.',
    ],
    counterExamples: [
      'La pastelería vende galletas y cookies artesanas.',
      'Utilizamos todos los recursos disponibles, dijo el alcalde.',
      'El sitio web del ministerio utiliza cookies de terceros, según la AEPD.',
      'Nuestros socios comerciales en Asia compran el 40 % de la producción.',
      'Si continúa la lluvia, se suspenderá el partido.',
    ],
  },
  {
    id: 'consent/es/contenido-bloqueado',
    kind: 'consent',
    lang: 'es',
    patterns: [
      startsWith(/(?:este |el )?contenido (?:no (?:se )?(?:puede|pudo|ha podido) (?:mostrar|ver|visualizar|cargar|reproducir)(?:se)?|no (?:est[áa] )?disponible|(?:est[áa] )?bloqueado|(?:de terceros|externo) (?:est[áa] )?(?:bloqueado|deshabilitado|desactivado))[^.]{0,80}?(?:cookies|preferencias de privacidad|configuraci[óo]n de privacidad|ajustes de privacidad|consentimiento|no has aceptado|no ha aceptado)/iu),
      startsWith(/para (?:ver|visualizar|mostrar|cargar|reproducir|acceder a) (?:este|el|esta|la) (?:contenido|v[ií]deo|publicaci[óo]n|tuit|tweet|mensaje|elemento|mapa|gr[áa]fico|podcast|audio|encuesta)(?: [^.,]{1,40}?)?,? (?:(?:debes|necesitas|tienes que|es necesario|hay que|deber[áa]s) )?(?:(?:aceptar?|acepte|habilitar?|habilite|activar?|active|permitir?|permite|permita|autorizar?|autorice) (?:el uso de (?:las )?|las |los |el |la )?(?:cookies|galletas|contenidos? (?:de terceros|externos?))|dar (?:tu|su) consentimiento)/iu),
      startsWith(/(?:haz|haga|pulsa|pulse) (?:clic|click) (?:aqu[ií] )?para (?:aceptar|habilitar|activar|permitir) (?:las |el uso de (?:las )?)?cookies|contenido (?:externo|de terceros)(?=[.:]?$)/iu),
    ],
    examples: [
      'Este contenido no se puede mostrar porque no has aceptado las cookies de redes sociales. Utilizamos cookies propias y de terceros para mostrar publicaciones de X.',
      'Este contenido está bloqueado por tus preferencias de privacidad.',
      'Contenido no disponible por tu configuración de cookies',
      'Para ver este contenido, acepta las cookies de redes sociales.',
      'Para ver este vídeo debes aceptar las cookies',
      'Para ver este contenido de Instagram, acepta las cookies.',
      'Haz clic aquí para aceptar las cookies y ver el contenido',
      'Contenido externo',
    ],
    counterExamples: [
      'El contenido no está disponible en España por derechos de autor.',
      'Para ver el eclipse, hay que usar gafas homologadas.',
      'El contenido bloqueado por el juez incluía datos personales.',
      'Para ver este partido hay que pagar la suscripción de la plataforma.',
    ],
  },
  {
    id: 'consent/es/botones',
    kind: 'consent',
    lang: 'es',
    patterns: [
      opening(/(?:aceptar|acepto|rechazar|consentir|configurar|gestionar|personalizar|administrar)(?: (?:y (?:continuar|cerrar|seguir|ver(?: el contenido)?)|tod[oa]s?(?: las cookies)?|las cookies|cookies|preferencias|opciones|ajustes))?(?: (?:aceptar|rechazar|configurar|gestionar|personalizar)(?: (?:tod[oa]s?|cookies|las cookies|preferencias))?)?[.!]?$/iu),
      opening(/continuar sin aceptar[.!]?$|(?:configuraci[óo]n|ajustes|preferencias|pol[ií]tica) de (?:cookies|privacidad)[.!]?$/iu),
    ],
    examples: [
      'Aceptar',
      'Aceptar todo',
      'Aceptar y continuar',
      'Rechazar todas',
      'Configurar cookies',
      'Aceptar Configurar cookies',
      'Continuar sin aceptar',
      'Configuración de cookies',
    ],
    counterExamples: [
      'Aceptar la derrota no es fácil, admitió el entrenador.',
      'El Ayuntamiento aceptó las alegaciones de los regantes.',
      'Rechazar la oferta fue un error, según los analistas.',
    ],
  },

  // ── feedback ──
  {
    id: 'feedback/es/te-ha-resultado-util',
    kind: 'feedback',
    lang: 'es',
    patterns: [
      startsWith(/¿ ?(?:te|le|os) (?:ha|han) (?:resultado|parecido|sido) (?:[úu]til(?:es)?|interesante)(?: (?:este|esta|el|la) (?:art[ií]culo|noticia|contenido|nota|informaci[óo]n|p[áa]gina|reportaje|texto))? ?\?|¿ ?(?:te|le) (?:ha gustado|gust[óo]|sirvi[óo]|fue [úu]til|result[óo] [úu]til)(?: (?:este|esta|el|la) (?:art[ií]culo|noticia|contenido|nota|informaci[óo]n|p[áa]gina|reportaje|texto))? ?\?/iu),
      startsWith(/¿ ?(?:fue|es|ha sido|te fue|le fue|te ha sido) [úu]til (?:este|esta|el|la) (?:art[ií]culo|noticia|contenido|nota|informaci[óo]n|p[áa]gina|reportaje|texto) ?\?|¿ ?qu[ée] (?:te|le) (?:ha )?(?:parecido|pareci[óo])(?: (?:este|esta|el|la) (?:art[ií]culo|noticia|contenido|nota|informaci[óo]n|reportaje|texto))? ?\?|¿ ?c[óo]mo (?:calificar[ií]as|valorar[ií]as|valoras|calificas) (?:este|esta) (?:art[ií]culo|noticia|contenido|nota|informaci[óo]n) ?\?/iu),
    ],
    examples: [
      '¿Te ha resultado útil esta noticia?',
      '¿Te ha resultado útil esta noticia? Sí No',
      '¿Te ha gustado este artículo?',
      '¿Qué te ha parecido?',
      '¿Le ha resultado útil esta información?',
      '¿Te sirvió esta nota?',
      '¿Fue útil esta información?',
      '¿Qué te pareció esta noticia?',
    ],
    counterExamples: [
      '¿Qué te ha parecido la reacción de la afición? Increíble, responde.',
      'Los agricultores consideran útil la medida, según la encuesta.',
      '¿Te ha gustado trabajar con él? Mucho, responde la actriz.',
    ],
  },
  {
    id: 'feedback/es/gracias-valora-error',
    kind: 'feedback',
    lang: 'es',
    patterns: [
      startsWith(/¡? ?gracias por (?:(?:tu|su|vuestra) (?:opini[óo]n|valoraci[óo]n|voto|feedback)|tu (?:respuesta|comentario|participaci[óo]n|colaboraci[óo]n))/iu),
      startsWith(/(?:valora|val[óo]ranos|punt[úu]a|califica|vota) (?:esta|este) (?:noticia|art[ií]culo|contenido|nota|informaci[óo]n|reportaje)/iu),
      startsWith(/¿ ?(?:has|ha|viste|encontraste|detectaste|hay) (?:encontrado |visto |detectado )?(?:un|alg[úu]n) (?:error|fallo|errata)(?: en (?:esta|este|la|el) (?:noticia|art[ií]culo|nota|p[áa]gina|texto|informaci[óo]n))? ?\?|(?:notificar|reportar|informar de|comunicar|avisar de|reporta|notifica|comunica|se[ñn]alar) (?:un |una |alg[úu]n )?(?:error|errata|fallo)(?: en (?:esta|este|la|el) (?:noticia|art[ií]culo|nota|p[áa]gina|texto))?(?=[.!:?]?$)|env[ií]anos (?:tu|su) (?:opini[óo]n|comentario|sugerencia|correcci[óo]n)/iu),
    ],
    examples: [
      'Gracias por tu opinión',
      '¡Gracias por tu valoración!',
      'Valora esta noticia',
      'Valora este artículo',
      '¿Has encontrado un error? Avísanos',
      'Notificar un error',
      'Envíanos tu opinión',
      '¿Viste un error en esta nota?',
    ],
    counterExamples: [
      'Gracias por su apoyo, escribió el alcalde en redes.',
      'Valora este año como el mejor de su carrera, dijo el piloto.',
      'Comunicar un error médico no es fácil, reconoce el estudio.',
      '¿Has encontrado un error en la factura de la luz? Reclama así.',
      'La opinión de los vecinos será tenida en cuenta en el pleno.',
    ],
  },

  // ── follow-us ──
  {
    id: 'follow-us/es/siguenos',
    kind: 'follow-us',
    lang: 'es',
    patterns: [
      startsWith(/s[ií]guenos|s[ií]ganos|segu[ií]nos|sigue (?:a |toda la actualidad de |la actualidad de |las noticias de )?[^.,:;!?]{1,40}? en (?:google (?:news|noticias|discover)|nuestro canal|nuestra cuenta|nuestro perfil)|sigue (?:toda )?la (?:actualidad|informaci[óo]n|[úu]ltima hora)[^.!?]{0,40}? en (?:nuestro canal|nuestra cuenta|nuestro perfil|nuestras redes|google (?:news|noticias|discover)|whatsapp|telegram)/iu),
    ],
    examples: [
      'Síguenos en Facebook, X e Instagram y únete a nuestro canal de WhatsApp para recibir las noticias de la comarca en tu móvil.',
      'Síguenos en redes sociales',
      'Síguenos en Google Discover',
      'Sigue a El Diario en Google News',
      'Seguinos en Instagram',
      'Sigue toda la actualidad en nuestro canal de WhatsApp',
      'Síganos en Twitter',
    ],
    counterExamples: [
      'Los vecinos deben seguir las indicaciones de Protección Civil.',
      'Sigue la polémica en Twitter tras las declaraciones del ministro.',
      'El Ayuntamiento difundió el bando en Facebook e Instagram.',
      'Sigue la última hora en directo de la DANA.',
    ],
  },
  {
    id: 'follow-us/es/canal-app',
    kind: 'follow-us',
    lang: 'es',
    patterns: [
      startsWith(/[úu]nete (?:a|al) (?:nuestro|nuestra) (?:canal|comunidad|grupo|c[íi]rculo)|[úu]nete (?:a la|al) (?:canal|grupo|comunidad)[^.!?]{0,40}? (?:de|en) (?:whatsapp|telegram|discord)|s[úu]mate (?:a|al) (?:nuestro|nuestra) (?:canal|comunidad|grupo)|suscr[ií]bete (?:a|al) (?:nuestro )?canal (?:de|en) (?:youtube|whatsapp|telegram|twitch)/iu),
      opening(/[¡¿]?(?:[^.!?«»"“”]|\.(?=\S)){0,80}?(?<!\p{L})(?:tenemos|nuestro|nuestra) (?:nuevo |nueva |propio |propia |un |una )?(?:canal|comunidad|perfil|cuenta)(?: oficial)? (?:de|en) (?:whatsapp|telegram|youtube|tiktok|twitch|instagram|facebook|threads|google (?:news|noticias|discover))(?!\p{L})/iu),
      startsWith(/desc[áa]rga(?:te)? (?:gratis )?nuestra (?:app|aplicaci[óo]n)|(?:instala|baja|b[áa]jate) nuestra (?:app|aplicaci[óo]n)|(?:desc[áa]rga(?:te)?|descarg[áa]) la app(?=[.!]?$)|activa (?:las )?notificaciones(?=[.!]?$)/iu),
    ],
    examples: [
      'Únete a nuestro canal de WhatsApp',
      'Únete al canal de El Diario en WhatsApp',
      '¡Mira lo que tiene nuestro canal de YouTube!',
      '¿Ya sabías que en Ejemplo.com tenemos canal de Telegram? Únete desde tu celular',
      'Descarga nuestra app',
      'Suscríbete a nuestro canal de YouTube',
      'Activa las notificaciones',
    ],
    counterExamples: [
      'El Ayuntamiento difundió el bando en su canal de YouTube.',
      '«Tenemos un canal de WhatsApp con los vecinos», explica la presidenta.',
      'Descarga la aplicación de la DGT para consultar los puntos.',
      'Únete a la lucha contra el cáncer, pidió la asociación.',
      'Activa las notificaciones del móvil para recibir las alertas de lluvia.',
    ],
  },
  {
    id: 'follow-us/es/seguir-tema',
    kind: 'follow-us',
    lang: 'es',
    patterns: [
      startsWith(/¿ ?quieres (?:recibir |leer )?m[áa]s (?:contenidos?|noticias|art[ií]culos|historias|informaci[óo]n) (?:como (?:este|esta|esto)|sobre (?:este|el) tema|de este tema)|(?:sigue|seguir|siga) (?:este|el) tema(?= ?[.!]?$| y (?:te avisaremos|recibe|recibir[áa]s|recibir))|te avisaremos cuando (?:publiquemos|haya)|recibe alertas(?: (?:de|sobre) (?:este|el) tema)?(?=[.!]?$)|(?:activa|crea) (?:una )?alertas? (?:de|sobre|para) (?:este|el) tema|seguir(?=[.!]?$)/iu),
    ],
    examples: [
      '¿Quieres más contenidos como este? Sigue el tema y te avisaremos cuando publiquemos una nueva información. Seguir el tema',
      'Sigue el tema y te avisaremos cuando publiquemos una nueva información.',
      'Seguir el tema',
      'Seguir este tema',
      'Recibe alertas',
      'Seguir',
    ],
    counterExamples: [
      'La Guardia Civil seguirá el caso de cerca.',
      'Sigue el tema de la vivienda en el centro del debate político.',
      'Seguir el tema de cerca es lo que pide la oposición.',
      'La alcaldesa reclama más proyectos como este para la comarca.',
    ],
  },

  // ── sponsored ──
  {
    id: 'sponsored/es/patrocinado',
    kind: 'sponsored',
    lang: 'es',
    patterns: [
      startsWith(/contenido (?:patrocinado|promocionado|de marca|comercial|publicitario)|(?:art[ií]culo|noticia|reportaje|especial|publicaci[óo]n) patrocinad[oa]|publirreportaje|branded content|patrocinado(?=[.:]?$)/iu),
      startsWith(/(?:contenido |informaci[óo]n |art[ií]culo |especial )?(?:ofrecid[oa]|presentad[oa]|patrocinad[oa]|impulsad[oa]) por [^.,;:!?]{1,50}$|en (?:colaboraci[óo]n|alianza|asociaci[óo]n) con [^.,;:!?]{1,50}$|con la colaboraci[óo]n de [^.,;:!?]{1,50}$/iu),
    ],
    examples: [
      'Contenido patrocinado',
      'Contenido patrocinado Así puedes conseguir hasta 3.000 euros para reformar tu cocina Ofrecido por Cocinas Ejemplo',
      'Ofrecido por Banco Ejemplo',
      'Publirreportaje',
      'En colaboración con Ejemplo Seguros',
      'Información ofrecida por la Diputación',
      'Patrocinado',
      'Branded content',
    ],
    counterExamples: [
      'La feria está patrocinada por la diputación provincial.',
      'El estudio se ha elaborado en colaboración con la universidad.',
      'En colaboración con la Universidad de Sevilla, el hospital ha desarrollado una vacuna.',
      'Presentado por el PSOE, el proyecto de ley llega al Senado.',
      'Contenidos de marca como este crecen un 20 %, según la patronal.',
    ],
  },
  {
    id: 'sponsored/es/afiliados',
    kind: 'sponsored',
    lang: 'es',
    patterns: [
      startsWith(/(?:este|el presente|esta) (?:art[ií]culo|contenido|texto|post|p[áa]gina|noticia|gu[ií]a) (?:contiene|incluye|puede contener|puede incluir|tiene) (?:enlaces|links|v[ií]nculos) (?:de |con )?(?:afiliad[oa]s?|afiliaci[óo]n|patrocinados|comerciales)|(?:si compras|si haces (?:una )?compras?|al comprar|si adquieres) (?:algo |alg[úu]n producto |un producto )?(?:a trav[ée]s de|desde|mediante|en|con) (?:nuestros|los|estos|alguno de (?:nuestros|los|estos)|uno de (?:nuestros|los|estos)) (?:enlaces|links|v[ií]nculos)|(?:podemos|podr[ií]amos) (?:recibir|obtener|ganar|llevarnos|cobrar|percibir) una (?:peque[ñn]a )?comisi[óo]n|(?:los )?enlaces (?:de|en) (?:este|esta) (?:art[ií]culo|noticia|p[áa]gina|gu[ií]a) (?:son|pueden ser) (?:de )?(?:afiliad[oa]s|afiliaci[óo]n)/iu),
    ],
    examples: [
      'Este artículo contiene enlaces de afiliados.',
      'Si compras a través de nuestros enlaces, podemos recibir una comisión.',
      'Podemos recibir una comisión por las compras realizadas',
      'Este contenido incluye enlaces de afiliación',
      'Los enlaces de este artículo son de afiliados',
    ],
    counterExamples: [
      'Este artículo contiene información sensible sobre el caso.',
      'Al comprar en el mercado, los vecinos ahorran un 10 %.',
      'Podemos recibir ayudas europeas, dijo la consejera.',
    ],
  },

  // ── disclaimer ──
  {
    id: 'disclaimer/es/opiniones-del-autor',
    kind: 'disclaimer',
    lang: 'es',
    patterns: [opening(/(?:las )?opiniones (?:expresadas |vertidas )?(?:en (?:este|esta) (?:artículo|columna|texto) )?son (?:de )?(?:exclusiva )?responsabilidad (?:exclusiva )?de (?:su|sus|el|la|los) (?:autor|autora|autores)|este (?:artículo|texto) (?:es|refleja) (?:una columna|la opinión) de (?:su|sus) autor/iu)],
    examples: ['Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor.', 'Las opiniones vertidas son de exclusiva responsabilidad de sus autores.'],
    counterExamples: ['Las opiniones de los vecinos fueron escuchadas en el pleno.', 'Este artículo de la ley es responsabilidad del Gobierno, dijo el ministro.'],
  },

  // ── gallery ──
  {
    id: 'gallery/es/galeria',
    kind: 'gallery',
    lang: 'es',
    patterns: [
      whole(/(?:foto|fotograf[ií]a|imagen) \d{1,3} (?:de|\/) \d{1,3}|(?:ver|abrir|ir a) (?:la )?(?:galer[ií]a|fotogaler[ií]a)(?: (?:completa|de (?:fotos|im[áa]genes)))?|ver (?:las |todas las )?(?:\d{1,3} )?(?:fotos|im[áa]genes|fotograf[ií]as)|galer[ií]a(?: de (?:fotos|im[áa]genes))?|fotogaler[ií]a|\d{1,3} (?:fotos|fotograf[ií]as|im[áa]genes)|en im[áa]genes|ampliar(?: (?:foto|imagen))?|expandir|(?:foto|imagen) (?:anterior|siguiente)|anterior|siguiente|cerrar/iu),
    ],
    examples: [
      'Foto 1 de 7',
      'Imagen 3 de 12',
      'Ver galería',
      'Ver galería completa',
      'Ver todas las fotos',
      'Ver las 12 fotos',
      '7 fotos',
      'Galería de imágenes',
      'En imágenes',
      'Fotogalería',
    ],
    counterExamples: [
      'Uno de cada siete hogares del municipio no tiene coche.',
      'Las fotos de los daños se enviaron a la aseguradora.',
      '7 fotos inéditas del rey salen a subasta',
      'Siguiente paso: la reforma fiscal',
    ],
  },

  // ── tags ──
  // A label that also opens sentences ("Temas tratados…", "Etiquetas de los productos…") counts
  // before a separator, or before words that are no prose continuation and no later colon.
  {
    id: 'tags/es/etiquetas',
    kind: 'tags',
    lang: 'es',
    patterns: [
      startsWith(/(?:etiquetas|tags|tag(?= ?[:：])|temas(?: relacionados)?|palabras clave|categor[ií]as?|m[áa]s sobre|archivado en|etiquetado en)(?= ?[:：|]| ?$| (?!\d|(?:de|del|y|e|o|u|que|en|se|son|est[áa]n?|fueron|han|con|para|por|sobre|la|el|los|las|lo|un|una|m[áa]s|como|clave|principales|pendientes|tratados|a|al|no|tambi[ée]n|muy|tan|sin|seg[úu]n)(?!\p{L}))(?![^:：]{0,300}[:：]))/iu),
    ],
    examples: [
      'Archivado En Sequía Villafranca del Cerro Recursos hídricos',
      'Etiquetas: Sequía, Agua, Villafranca',
      'Temas: Política, Elecciones',
      'Tags: Economía, Empleo',
      'Palabras clave: sequía, embalses',
      'Más sobre: Sequía · Agua',
      'Temas relacionados Sequía Agua',
      'Etiquetas Sequía Agua',
    ],
    counterExamples: [
      'Temas clave del debate presupuestario',
      'Los temas tratados en el pleno fueron el agua y los presupuestos.',
      'Etiquetas de los productos deberán indicar el origen.',
      'Archivado en 2019, el caso fue reabierto por la Audiencia.',
      'Más sobre el caso: lo que sabemos',
      'Tag der offenen Tür im Rathaus',
    ],
  },

  // ── comments ──
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
  {
    id: 'comments/es/conversacion',
    kind: 'comments',
    lang: 'es',
    patterns: [
      whole(/[úu]nete a la conversaci[óo]n|participa en (?:la conversaci[óo]n|el debate)|[úu]nete al debate|(?:ir|ve) a (?:los )?comentarios|(?:los )?comentarios (?:est[áa]n )?(?:cerrados|desactivados|deshabilitados)|(?:inicia sesi[óo]n|reg[ií]strate|identif[ií]cate|con[ée]ctate) para (?:comentar|participar|dejar (?:un|tu) comentario)|normas de (?:participaci[óo]n|la comunidad|los comentarios)|reacciona(?: a esta noticia)?|opina(?: sobre esta noticia)?|deja tu opini[óo]n|(?:cargar|mostrar|ver) m[áa]s comentarios|comenta (?:esta|la) (?:nota|informaci[óo]n|noticia)|comentar (?:esta|la) noticia/iu),
    ],
    examples: [
      'Únete a la conversación',
      'Los comentarios están cerrados',
      'Comentarios cerrados',
      'Inicia sesión para comentar',
      'Normas de participación',
      'Ir a los comentarios',
      'Cargar más comentarios',
      'Participa en el debate',
      'Comenta esta nota',
    ],
    counterExamples: [
      'Los comentarios del consejero de Medio Ambiente han sentado mal.',
      'La alcaldesa declinó comentar la sentencia.',
      'Únete a la conversación sobre el futuro del barrio en el centro cívico.',
    ],
  },

  // ── image-credit ──
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

  // ── author-bio ──
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
  {
    id: 'author-bio/es/rol-en-la-redaccion',
    kind: 'author-bio',
    lang: 'es',
    patterns: [
      startsWith(/(?:periodista|redactor|redactora|reportero|reportera|corresponsal|columnista|colaborador|colaboradora|editor|editora|fot[óo]grafo|fot[óo]grafa|cronista)(?: y (?:periodista|redactor|redactora|portadista|editor|editora|fot[óo]grafo|fot[óo]grafa|cronista|columnista|presentador|presentadora|guionista))? (?:en|de) (?:la secci[óo]n|el equipo|la redacci[óo]n|el [áa]rea|el departamento|la mesa)/iu),
    ],
    examples: [
      'Redactor y portadista en el equipo de Última hora, y también cronista de conciertos para Cultura.',
      'Periodista en la sección de Economía desde 2015.',
      'Redactora de la sección de Internacional.',
    ],
    counterExamples: [
      'Periodista de profesión, el alcalde conoce bien los medios.',
      'Redactor del proyecto, el ministro defendió la ley en el Congreso.',
    ],
  },

  // ── error-page ──
  {
    id: 'error-page/es/pagina-no-encontrada',
    kind: 'error-page',
    lang: 'es',
    patterns: [
      whole(/(?:(?:ups|vaya|lo sentimos|¡?ups)[,!.]? )?(?:(?:esta |la )?p[áa]gina no (?:encontrada|existe|est[áa] disponible)|no (?:se ha |se )?(?:encontr[óo]|encontrado|podemos encontrar|hemos podido encontrar) (?:la|esta) p[áa]gina|(?:la )?p[áa]gina (?:que buscas|que busca) no existe|algo sali[óo] mal)/iu),
    ],
    examples: ['Página no encontrada', 'Ups, esta página no existe', 'No hemos podido encontrar la página', 'La página que buscas no existe', 'Algo salió mal'],
    counterExamples: ['Página no encontrada: el misterio del diario perdido', 'Algo salió mal en la votación, según el alcalde.'],
  },
  {
    id: 'error-page/es/pagina-solicitada',
    kind: 'error-page',
    lang: 'es',
    patterns: [
      whole(/(?:(?:lo sentimos|vaya|ups)[,.!]? )?(?:la|esta) p[áa]gina (?:que (?:buscas|busca|est[áa]s buscando|has solicitado|ha solicitado|solicitaste)|solicitada) no (?:existe|est[áa] disponible|se encuentra|se ha encontrado|fue encontrada)|no (?:se ha encontrado|se encontr[óo]|encontramos) (?:la p[áa]gina|el contenido|lo que buscas)|(?:esta )?p[áa]gina no (?:existe o ha sido|ha sido) (?:eliminada|borrada|movida)|contenido no encontrado/iu),
    ],
    examples: ['La página que buscas no está disponible', 'Lo sentimos, la página solicitada no existe', 'No encontramos lo que buscas', 'Contenido no encontrado', 'Esta página no existe o ha sido eliminada'],
    counterExamples: ['La página que buscas no existe en los libros de historia', 'No encontramos la página del diario que buscaba el juez, dijo la defensa.'],
  },

  // ── log-in ──
  {
    id: 'log-in/es/iniciar-sesion',
    kind: 'log-in',
    lang: 'es',
    patterns: [
      whole(/(?:iniciar|inicia|inici[áa]|inicie) sesi[óo]n(?: en (?:tu|su) cuenta)?|(?:accede|acceda|acced[ée]|entra|entre|ingresa|ingres[áa]|ingrese|con[ée]ctate) (?:a|en|con) (?:tu|su) cuenta|acceso(?: (?:a (?:tu|su) cuenta|de usuarios?|usuarios|para (?:suscriptores|usuarios|socios)|clientes|suscriptores|socios))?|acceder|identif[ií]cate|identificaci[óo]n(?: de usuario)?|entrar|ingresar|ingres[áa]|login|log ?in|mi cuenta|(?:crear|crea) (?:una |tu )?cuenta|reg[ií]strate|registro(?: de usuarios?)?|(?:¿ ?)?(?:has )?olvid(?:ado|aste) (?:tu|su) contrase[ñn]a ?\??|(?:recuperar|restablecer) (?:la |tu )?contrase[ñn]a/iu),
    ],
    examples: ['Inicia sesión', 'Iniciar sesión', 'Accede a tu cuenta', 'Acceso suscriptores', 'Identifícate', 'Mi cuenta', 'Crear una cuenta', 'Regístrate', '¿Has olvidado tu contraseña?', 'Login'],
    counterExamples: [
      'Acceso a la vivienda: el gran reto de los jóvenes',
      'Iniciar sesión en la app del banco ya exige doble factor',
      'Registro de la vivienda del exalcalde',
      'Entrar en la UE, el sueño de Ucrania',
    ],
  },
];

/**
 * Common words of the language that the other languages Épure cleans do not share (words such as
 * "de", "en", "la", "in", "die", "que" are left out, so each one points one way): they tell the
 * article's language when the page does not say it, or says another one.
 */
export const ES_STOP_WORDS: readonly string[] = ['el', 'los', 'las', 'y', 'del', 'más', 'pero', 'está', 'sus', 'fue', 'también', 'muy', 'hay', 'cuando', 'ellos', 'tiene', 'según', 'hasta', 'mucho', 'sido'];
