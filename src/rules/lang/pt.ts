import type { ClutterRule } from '../rule';
import { whole, startsWith, leadIn, opening, bio } from '../patterns';

/**
 * Clutter rules for pages in Portuguese ('pt'), by kind in the order of `RULE_KINDS`; within a kind, the
 * first rule that matches names the removal. `tests/rules.test.ts` lints them: every example
 * must match, no counter-example may.
 */
export const PT_RULES: readonly ClutterRule[] = [
  // ── ad-label ──
  {
    id: 'ad-label/pt/publicidade',
    kind: 'ad-label',
    lang: 'pt',
    patterns: [whole(/publicidade|an[uú]ncios?/iu)],
    examples: ['Publicidade', 'PUBLICIDADE', 'Anúncio', 'ANÚNCIO', '- Publicidade -'],
    counterExamples: ['A publicidade digital cresceu 10% em 2024.', 'Anúncio do governo surpreende o mercado'],
  },
  {
    id: 'ad-label/pt/continua-apos-a-publicidade',
    kind: 'ad-label',
    lang: 'pt',
    patterns: [
      whole(/(?:(?:o |a )?(?:artigo|texto|mat[ée]ria|reportagem|not[ií]cia|conte[úu]do) )?(?:continua|continue|segue|prossegue)(?: (?:lendo|a ler))? (?:ap[oó]s|depois d[aeo]s?|abaixo d[aeo]s?)(?: (?:a|o|as|os|esta|este))? ?(?:publicidade|an[uú]ncios?|propaganda)/iu),
    ],
    examples: [
      'Continua após a publicidade',
      'Continua depois da publicidade',
      'CONTINUA APÓS A PUBLICIDADE',
      'A reportagem continua após o anúncio',
      'Continue lendo após o anúncio',
      'Continue a ler após a publicidade',
      'Continua depois do anúncio',
    ],
    counterExamples: [
      'A votação continua após a publicidade do resultado parcial.',
      'O julgamento continua depois do anúncio do juiz.',
    ],
  },

  // ── promo-link ──
  {
    id: 'promo-link/pt/leia-tambem',
    kind: 'promo-link',
    lang: 'pt',
    patterns: [
      startsWith(/(?:leia|leiam|ler|veja|vejam|confira|assista|ou[çc]a) (?:tamb[ée]m|ainda)|voc[êe] (?:pode|poder[áa]) (?:gostar|se interessar)|n[ãa]o deixe de ler/iu),
    ],
    examples: [
      'Leia também: Governo anuncia novo pacote fiscal',
      'LEIA TAMBÉM',
      'Veja também: Os melhores destinos de 2025',
      'Confira também: as fotos do evento',
      'Você pode gostar: receitas para o fim de semana',
      'Leia ainda | O impacto da reforma tributária',
    ],
    counterExamples: ['Ler tampouco é fácil para muitas crianças.', 'Veja bem: a proposta ainda não foi votada.'],
  },
  {
    id: 'promo-link/pt/saiba-mais',
    kind: 'promo-link',
    lang: 'pt',
    patterns: [
      leadIn(/leia mais|leia|ler mais|veja mais|veja|saiba mais|relacionad[oa]s?|mat[ée]rias? relacionadas?|not[ií]cias? relacionadas?|confira|recomendad[oa]s?|n[ãa]o perca|pode (?:te |lhe )?interessar|continue lendo|leia a seguir/iu),
    ],
    examples: [
      'Leia mais: Inflação desacelera em março',
      'Saiba mais: Como declarar o Imposto de Renda',
      'Relacionado: Lula viaja à China',
      'Não perca: o guia completo das eleições',
      'Veja: o vídeo do acidente',
      'Notícias relacionadas | Chuvas no Sul',
    ],
    counterExamples: [
      'Saiba mais sobre o programa no site do governo.',
      'Leia mais devagar, recomendam os especialistas.',
      'Veja como ficou a votação.',
      'Não perca a esperança, disse o técnico aos jogadores.',
    ],
  },

  // ── trailing-heading ──
  {
    id: 'trailing-heading/pt/noticias-relacionadas',
    kind: 'trailing-heading',
    lang: 'pt',
    patterns: [
      whole(/(?:not[ií]cias|artigos|mat[ée]rias|conte[úu]dos?|posts?|reportagens) relacionad[oa]s|relacionad[oa]s|(?:veja|leia|confira) (?:tamb[ée]m|mais)|voc[êe] (?:pode|poder[áa]) (?:gostar|se interessar)(?: tamb[ée]m)?|pode (?:te |lhe )?interessar|(?:tamb[ée]m )?(?:te|lhe) pode interessar|mais not[ií]cias(?: (?:de|sobre) [^:?!;,]{1,40})?|mais sobre [^:?!;,]{1,40}|outras not[ií]cias|recomendad[oa]s(?: para (?:voc[êe]|si))?|n[ãa]o perca|saiba mais/iu),
    ],
    examples: [
      'Notícias relacionadas',
      'Artigos relacionados',
      'Veja também',
      'Leia também',
      'Relacionados',
      'Mais notícias',
      'Você pode gostar',
      'Mais sobre Economia',
    ],
    counterExamples: [
      'Notícias relacionadas ao caso foram apagadas',
      'Veja também o vídeo abaixo para entender',
      'Mais sobre o caso: o que se sabe',
    ],
  },
  {
    id: 'trailing-heading/pt/mais-lidas',
    kind: 'trailing-heading',
    lang: 'pt',
    patterns: [
      whole(/(?:as |os )?mais (?:lid[oa]s|vist[oa]s|partilhad[oa]s|compartilhad[oa]s|comentad[oa]s|populares)|[úu]ltimas(?: not[ií]cias| publica[çc][õo]es| mat[ée]rias)?|em alta|tend[êe]ncias|destaques|populares/iu),
    ],
    examples: ['Mais lidas', 'Mais lidos', 'Últimas notícias', 'Os mais vistos', 'Em alta', 'Destaques', 'MAIS LIDAS', 'Últimas'],
    counterExamples: [
      'Mais lidas do que nunca, as HQs voltam às bancas',
      'Últimas notícias do resgate: buscas continuam',
      'Tendências de consumo para 2025',
    ],
  },
  {
    id: 'trailing-heading/pt/tags',
    kind: 'trailing-heading',
    lang: 'pt',
    patterns: [
      whole(/tags?|etiquetas|t[óo]picos|temas|assuntos|categorias?|arquivado em(?: ?:? [^:?!;,]{1,40})?|sobre (?:o autor|a autora)|(?:o|a) (?:autor|autora)|coment[áa]rios|\d{1,5} coment[áa]rios?|deixe (?:um|seu|o seu) coment[áa]rio|partilh(?:e|ar)(?: (?:este artigo|esta not[ií]cia))?|compartilh(?:e|ar)(?: (?:este artigo|esta not[ií]cia|esta mat[ée]ria))?|newsletter|siga-nos(?: n[oa] [^:?!;,]{1,30})?/iu),
    ],
    examples: [
      'Tags',
      'Tópicos',
      'Temas',
      'Comentários',
      'Sobre o autor',
      'Deixe um comentário',
      'Compartilhe',
      'Assuntos',
    ],
    counterExamples: [
      'Temas da campanha eleitoral em debate',
      'Comentários do ministro irritam a oposição',
      'Sobre o autor do crime pouco se sabe',
    ],
  },

  // ── share ──
  {
    id: 'share/pt/partilhar',
    kind: 'share',
    lang: 'pt',
    patterns: [
      whole(/partilh(?:ar|e)|compartilh(?:ar|e)|(?:partilh|compartilh)(?:ar|e) (?:no|na|em|por|via|pelo|pela) [^:?!;,]{1,30}|(?:partilh|compartilh)(?:ar|e) (?:este artigo|esta not[ií]cia|esta mat[ée]ria)|copiar (?:o )?(?:link|url|endere[çc]o)|link copiado|imprimir|enviar(?: por e-?mail)?|e-?mail|guardar|salvar|siga(?:-nos)?(?: (?:n[oa]|o|a) [^:?!;,]{1,30})?/iu),
    ],
    examples: [
      'Partilhar',
      'Compartilhar',
      'Compartilhe no WhatsApp',
      'Partilhar no Facebook',
      'Copiar link',
      'Imprimir',
      'Enviar por e-mail',
      'Salvar',
    ],
    counterExamples: [
      'Partilhar casa é cada vez mais comum.',
      'Compartilhar dados exige consentimento, diz a lei.',
      'Salvar vidas é a prioridade.',
    ],
  },

  // ── newsletter ──
  {
    id: 'newsletter/pt/assine',
    kind: 'newsletter',
    lang: 'pt',
    patterns: [
      opening(/(?:assine|assina|inscreva-se|inscreve-te|subscreva|subscreve|cadastre-se|registe-se|registre-se|receba|recebe|receber)[^.!?]{0,80}?(?<!\p{L})(?:newsletters?|boletim|boletins|e-?mail|caixa de entrada|correio eletr[óo]nico)(?!\p{L})/iu),
      opening(/(?:digite|insira|introduza|informe) (?:o )?seu (?:e-?mail|endere[çc]o)/iu),
    ],
    examples: [
      'Assine a newsletter',
      'Inscreva-se na nossa newsletter',
      'Receba a nossa newsletter',
      'Subscreva a newsletter',
      'Cadastre-se e receba as notícias no seu e-mail',
      'Digite seu e-mail',
    ],
    counterExamples: [
      'A empresa lançou uma newsletter para investidores no ano passado.',
      'Assine o contrato antes de sexta-feira, disse o advogado.',
      'Receba o troco em dinheiro.',
    ],
  },

  // ── comments ──
  {
    id: 'comments/pt/comentarios',
    kind: 'comments',
    lang: 'pt',
    patterns: [
      whole(/\d{1,3}(?:[ .]?\d{3})? ?coment[áa]rios?|coment[áa]rios ?[([]?\d{1,6}[)\]]?|coment[áa]rios|(?:ver|mostrar|ler|ocultar)(?: os| todos os)?(?: \d{1,6})? coment[áa]rios|comentar|comente|(?:deixe|deixar|escreva|adicione) (?:um|seu|o seu) coment[áa]rio|seja o primeiro a comentar|sem coment[áa]rios|responder/iu),
    ],
    examples: [
      '12 comentários',
      'Comentários',
      'Comentários (4)',
      'Comentar',
      'Ver comentários',
      'Deixe seu comentário',
      'Seja o primeiro a comentar',
      '1 comentário',
    ],
    counterExamples: [
      'Comentários do ministro irritaram a oposição.',
      'Comentar decisões judiciais não é papel do governo.',
      'Responder às críticas foi a prioridade.',
    ],
  },

  // ── image-credit ──
  {
    id: 'image-credit/pt/foto',
    kind: 'image-credit',
    lang: 'pt',
    patterns: [
      whole(/(?:fotos?|fotografias?|image(?:m|ns)|ilustra[çc][ãa]o|cr[ée]ditos?(?: (?:da )?(?:foto|imagem))?|foto de capa)(?: ?[:：|] ?| ?\/ ?| [–—-] )(?! ).{1,100}/iu),
    ],
    examples: [
      'Foto: Reprodução',
      'Foto: Agência Brasil',
      'Imagem: Getty Images',
      'Créditos: Lusa',
      'Fotografia: João Silva',
      '(Foto: Reuters)',
    ],
    counterExamples: [
      'As fotos do acidente circularam nas redes sociais.',
      'Bombeiros combatem o incêndio em Lisboa. Foto: Lusa',
      'Imagens de satélite mostram a destruição.',
    ],
  },

  // ── author-bio ──
  {
    id: 'author-bio/pt/sobre-o-autor',
    kind: 'author-bio',
    lang: 'pt',
    patterns: [leadIn(/sobre (?:o|a) (?:autor|autora)|sobre os autores/iu)],
    examples: ['Sobre o autor', 'SOBRE A AUTORA', 'Sobre o autor: João Silva é jornalista e cobre política.'],
    counterExamples: ['Sobre o autor do crime pouco se sabe.', 'Sobre o autocarro viajavam 40 pessoas.'],
  },
  {
    id: 'author-bio/pt/nome-e-jornalista',
    kind: 'author-bio',
    lang: 'pt',
    patterns: [
      bio(/é (?:(?:um|uma|o|a) )?(?:[\p{Ll}-]{1,25} ){0,2}(?:jornalista|rep[óo]rter|redator|redatora|redactor|redactora|correspondente|colunista|editor|editora|colaborador|colaboradora|cronista|fot[óo]grafo|fot[óo]grafa)s?/u),
    ],
    examples: [
      'João Silva é jornalista e cobre política desde 2010.',
      'Ana Costa é repórter de economia.',
      'Pedro dos Santos é editor-chefe da Example.',
      'Maria Fernanda Souza é correspondente em Bruxelas.',
    ],
    counterExamples: [
      'Lula da Silva é o presidente do Brasil.',
      'O jornalista é acusado de difamação.',
      'João Silva, jornalista da Folha, foi premiado.',
    ],
  },
];
