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

  // ── promo-link ──
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

  // ── newsletter ──
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
];
