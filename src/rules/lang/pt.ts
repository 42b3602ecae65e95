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
      startsWith(/(?:leia|leiam|ler|veja|vejam|confira|assista|ou[çc]a) (?:tamb[ée]m|ainda)|voc[êe] (?:pode|poder[áa]) (?:gostar|se interessar)|n[ãa]o deixe de ler|(?:veja|leia|confira|acesse) mais not[ií]cias/iu),
    ],
    examples: [
      'Leia também: Governo anuncia novo pacote fiscal',
      'LEIA TAMBÉM',
      'Veja também: Os melhores destinos de 2025',
      'Confira também: as fotos do evento',
      'Você pode gostar: receitas para o fim de semana',
      'Leia ainda | O impacto da reforma tributária',
      'Veja mais notícias da região no Jornal.',
    ],
    counterExamples: ['Ler tampouco é fácil para muitas crianças.', 'Veja bem: a proposta ainda não foi votada.'],
  },
  {
    id: 'promo-link/pt/saiba-mais',
    kind: 'promo-link',
    lang: 'pt',
    patterns: [
      leadIn(/(?:leia mais|leia|ler mais|veja mais|veja|saiba mais|assista|ou[çc]a|assista tamb[ée]m|leitura recomendada|relacionad[oa]s?|mat[ée]rias? relacionadas?|not[ií]cias? relacionadas?|confira|recomendad[oa]s?|n[ãa]o perca|pode (?:te |lhe )?interessar|continue lendo|leia a seguir)(?![-‐]\p{L})/iu),
    ],
    examples: [
      'Leia mais: Inflação desacelera em março',
      'Saiba mais: Como declarar o Imposto de Renda',
      'Relacionado: Lula viaja à China',
      'Não perca: o guia completo das eleições',
      'Veja: o vídeo do acidente',
      'Notícias relacionadas | Chuvas no Sul',
      'Assista: o vídeo do resgate',
    ],
    counterExamples: [
      'Saiba mais sobre o programa no site do governo.',
      'Leia mais devagar, recomendam os especialistas.',
      'Veja como ficou a votação.',
      'Não perca a esperança, disse o técnico aos jogadores.',
      'Assista ao jogo com moderação, pediu o médico.',
      'Veja-se o caso da barragem do Alqueva, que já secou duas vezes.',
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
  {
    id: 'trailing-heading/pt/recomendados-para-voce',
    kind: 'trailing-heading',
    lang: 'pt',
    patterns: [
      whole(/(?:conte[úu]do|artigo|post|link|tema) relacionado|(?:not[ií]cia|mat[ée]ria|reportagem) relacionada|recomendad[oa]s? para (?:voc[êe]|si|ti)|(?:voc[êe] )?tamb[ée]m (?:pode|poder[áa]) (?:gostar|se interessar)|(?:as |os )?mais (?:lid[oa]s|vist[oa]s|partilhad[oa]s|compartilhad[oa]s|comentad[oa]s|populares|acessad[oa]s) (?:agora|hoje|da semana|do dia|do m[êe]s|da hora|nas [úu]ltimas 24 horas)|(?:not[ií]cias|mat[ée]rias|artigos|v[ií]deos|reportagens) mais (?:lid[oa]s|vist[oa]s|partilhad[oa]s|compartilhad[oa]s|comentad[oa]s|populares|acessad[oa]s)|(?:as |os )?mais (?:acessad[oa]s|recentes)|mais popular|conte[úu]do patrocinado|recomendado por|principais not[ií]cias|leia a seguir|(?:outras|mais) mat[ée]rias|mais conte[úu]dos? como este/iu),
    ],
    examples: [
      'Recomendado para você',
      'Recomendados para si',
      'Conteúdo relacionado',
      'Matéria relacionada',
      'Você também pode gostar',
      'As mais vistas agora',
      'Notícias mais lidas',
      'MAIS POPULAR',
      'Conteúdo patrocinado',
      'Principais notícias',
    ],
    counterExamples: [
      'Recomendado para você e sua família: o seguro residencial',
      'Notícias mais lidas do ano foram sobre as enchentes',
      'Mais popular do que nunca, o samba volta às ruas',
    ],
  },

  {
    id: 'trailing-heading/pt/contacto-imprensa',
    kind: 'trailing-heading',
    lang: 'pt',
    // A press release's contact box after the text: a heading, then a name, a phone, an address.
    patterns: [whole(/conta(?:c)?tos? (?:de|para) (?:imprensa|a imprensa|media|mídia)|conta(?:c)?tos?|assessoria de imprensa/iu)],
    examples: ['Contacto de imprensa:', 'Contatos', 'Assessoria de imprensa'],
    counterExamples: ['Contato com a família não houve.', 'Contatos entre os dois governos foram retomados.'],
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
  {
    id: 'share/pt/ferramentas',
    kind: 'share',
    lang: 'pt',
    patterns: [
      whole(/tamanho (?:d[oa] )?(?:texto|letra|fonte)|(?:aumentar|diminuir|reduzir) (?:o )?(?:tamanho )?(?:d[oa] )?(?:texto|letra|fonte)|a ?[-−–+]|[-−–+] ?a|ou[çc]a(?: (?:est[ea]|a|o) (?:conte[úu]do|mat[ée]ria|not[ií]cia|artigo|reportagem|texto))?|ouvir(?: (?:a |o |est[ea] )?(?:mat[ée]ria|not[ií]cia|artigo|reportagem|texto|conte[úu]do|[áa]udio))?|(?:salvar|guardar) (?:o |a |est[ea] )?(?:artigos?|mat[ée]rias?|not[ií]cias?|reportagens?|conte[úu]dos?|para ler depois|nos favoritos)|(?:adicionar|acrescentar) (?:aos|a) favoritos|favoritos|presentear(?: (?:est[ea] )?(?:mat[ée]ria|artigo|reportagem|conte[úu]do|not[ií]cia))?|oferecer (?:est[ea] |o |a )?(?:artigo|mat[ée]ria|not[ií]cia|reportagem)|copiar (?:a )?liga[çc][ãa]o|liga[çc][ãa]o copiada|recurso exclusivo para assinantes|vers[ãa]o (?:para )?impress[ãa]o|enviar (?:por|pelo) (?:whatsapp|telegram|sms)/iu),
    ],
    examples: [
      'Tamanho do texto',
      'Tamanho da letra',
      'A-',
      'A+',
      'Ouvir matéria',
      'Ouça este conteúdo',
      'Salvar artigo',
      'Guardar artigo',
      'Presentear',
      'Oferecer artigo',
      'Copiar ligação',
    ],
    counterExamples: [
      'Ouvir os moradores é a prioridade, disse o prefeito.',
      'Presentear com livros voltou à moda.',
      'O tamanho do texto da lei preocupa os juristas.',
      'Salvar artigos da Constituição foi a meta da oposição.',
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
  {
    id: 'newsletter/pt/caixa-de-inscricao',
    kind: 'newsletter',
    lang: 'pt',
    patterns: [
      startsWith(/newsletters?(?! (?:que|e|é|são|foi|foram|como|de pago|se|tem|têm|com|is|are|was|were|has|have)(?!\p{L}))/iu),
      opening(/(?:o )?(?:seu|teu) (?:melhor )?(?:e-?mail|endere[çc]o de e-?mail|endere[çc]o eletr[óo]nico)[.:*]?$/iu),
      opening(/(?:cadastrar|quero receber|quero me cadastrar|inscrever(?:-se|-me)?|subscrever|quero subscrever|assinar (?:a )?newsletter|receber newsletter)[.!]?$/iu),
      opening(/(?:conhe[çc]a|veja|confira|descubra|explore) (?:todas )?(?:as )?(?:nossas|outras) newsletters|(?:mais|todas as) newsletters[.:]?$/iu),
      opening(/(?:as|os) (?:principais|melhores|[úu]ltimas|mais importantes) (?:not[ií]cias|mat[ée]rias|reportagens|hist[óo]rias|informa[çc][õo]es)[^.!?]{0,60}? n[oa] (?:seu|teu|sua|tua) (?:e-?mail|caixa de (?:entrada|correio)|correio eletr[óo]nico)(?!\p{L})|tudo o que (?:voc[êe] )?precisa saber[^.!?]{0,40}? n[oa] (?:seu|teu) (?:e-?mail|caixa)/iu),
    ],
    examples: [
      'Newsletter Bom Dia Planalto Receba no seu e-mail, toda manhã, as principais notícias da região.',
      'Newsletter diária',
      'Seu e-mail',
      'O seu e-mail',
      'Cadastrar',
      'Quero receber',
      'Conheça todas as nossas newsletters',
      'As principais notícias do dia no seu e-mail',
    ],
    counterExamples: [
      'Newsletters como esta se multiplicaram nos jornais.',
      'A câmara envia a newsletter municipal a 3.000 munícipes.',
      'Seu e-mail pode ter sido exposto no vazamento, alerta a empresa.',
      'A confirmação chega no seu e-mail em até 24 horas.',
    ],
  },
  {
    id: 'newsletter/pt/termos-e-cancelamento',
    kind: 'newsletter',
    lang: 'pt',
    patterns: [
      opening(/ao (?:se )?(?:cadastrar|inscrever|subscrever|registar|registrar|assinar)(?:-se)?(?: (?:na|no|em|a|à|as|às|os|nossa|nossas|nosso|nossos|a nossa|à nossa|na nossa|o nosso) (?:newsletters?|boletim|boletins|lista|servi[çc]o))?,? (?:voc[êe] )?(?:concorda|aceita|declara|confirma|autoriza|consente)(?: com)?(?: (?:os|as|a|o))?(?: (?:nossos|nossas|nosso|nossa))? (?:termos|pol[ií]tica|condi[çc][õo]es|regras|receber|que)/iu),
      opening(/(?:voc[êe] )?pode (?:cancelar|anular|desativar|remover)(?: a sua| sua| a| o seu| seu| o)? (?:inscri[çc][ãa]o|subscri[çc][ãa]o|assinatura|cadastro|rece[çc][ãa]o|recebimento|registo|registro)(?: (?:d[aoe]s?|na|no) [^.!?]{1,30}?)? (?:a qualquer momento|quando quiser|em qualquer altura|a qualquer altura|em qualquer momento)(?:[.!]|$)/iu),
      opening(/inscri[çc][ãa]o (?:realizada|efetuada|feita|confirmada|conclu[íi]da) com sucesso|obrigad[oa] por (?:se )?(?:ter )?(?:inscrit[oa]|inscrever|cadastrar|cadastrad[oa]|subscrever|subscrit[oa]|assinar a newsletter)/iu),
    ],
    examples: [
      'Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade. Você pode cancelar a inscrição quando quiser.',
      'Ao subscrever, aceita a nossa Política de Privacidade.',
      'Ao se inscrever na newsletter, você concorda com os termos de uso.',
      'Você pode cancelar a inscrição a qualquer momento.',
      'Pode cancelar a subscrição a qualquer momento.',
      'Inscrição realizada com sucesso!',
      'Obrigado por se ter inscrito.',
    ],
    counterExamples: [
      'Quem se cadastrar no boletim informativo da prefeitura receberá lembretes.',
      'Ao se cadastrar, o cidadão concorda em receber visitas dos agentes.',
      'Pode cancelar a assinatura a qualquer momento, garante a operadora.',
      'Os alunos podem inscrever-se nas atividades até sexta-feira.',
    ],
  },

  // ── paywall ──
  {
    id: 'paywall/pt/exclusivo-assinantes',
    kind: 'paywall',
    lang: 'pt',
    patterns: [
      startsWith(/(?:est[ea] )?(?:conte[úu]do|artigo|mat[ée]ria|reportagem|not[ií]cia|texto|coluna|an[áa]lise|entrevista|recurso|funcionalidade) (?:[ée] )?(?:exclusiv[oa]|reservad[oa]|dispon[íi]vel (?:apenas|somente|s[óo])|apenas|somente|s[óo]) (?:para|a|aos|de|dos) (?:os )?(?:assinantes|subscritores|membros|leitores (?:registados|registrados|cadastrados)|clientes premium)/iu),
      startsWith(/exclusivo (?:para )?(?:assinantes|subscritores)|(?:s[óo]|apenas|somente) para (?:assinantes|subscritores)|conte[úu]do (?:premium|exclusivo)(?=[.:!]?$)/iu),
    ],
    examples: [
      'Este conteúdo é exclusivo para assinantes',
      'Conteúdo exclusivo para assinantes',
      'Este artigo é exclusivo para assinantes',
      'Exclusivo assinantes',
      'Artigo exclusivo para assinantes',
      'Matéria exclusiva para assinantes',
      'Exclusivo para subscritores',
      'Conteúdo premium',
    ],
    counterExamples: [
      'Os assinantes da operadora terão desconto na próxima fatura.',
      'O abaixo-assinado reuniu mais de 4.000 assinaturas.',
      'Este conteúdo exclusivo da plataforma estreia em março.',
      'O anúncio foi feito após a assinatura do contrato com a cooperativa.',
    ],
  },
  {
    id: 'paywall/pt/assine-para-continuar',
    kind: 'paywall',
    lang: 'pt',
    patterns: [
      startsWith(/(?:assine|subscreva|cadastre-se|registe-se|registre-se|fa[çc]a (?:o )?(?:seu )?login|fa[çc]a o seu registo|inicie sess[ãa]o|torne-se assinante|seja assinante)(?: (?:j[áa]|agora|gr[áa]tis|gratuitamente|aqui))? (?:para|e) (?:poder )?(?:continuar|seguir|continue|terminar de|ler|leia|ter acesso|tenha acesso|acessar|aceder|desbloquear)(?!\p{L})/iu),
      startsWith(/continue (?:lendo|a ler)(?: (?:est[ea]|o|a) (?:artigo|mat[ée]ria|not[ií]cia|reportagem|conte[úu]do|texto))? (?:com (?:uma |a )?(?:assinatura|subscri[çc][ãa]o|conta)|assinando|ao assinar|subscrevendo)|para (?:continuar|seguir|poder continuar) (?:lendo|a ler)(?: (?:est[ea]|o|a) (?:artigo|mat[ée]ria|not[ií]cia|reportagem|conte[úu]do|texto))?,? (?:assine|subscreva|fa[çc]a|cadastre-se|registe-se|registre-se|inicie|entre|torne-se|seja|[ée] (?:necess[áa]rio|preciso)|precisa)/iu),
      startsWith(/leia sem limites(?= (?:por|a partir de|desde|com|e)(?!\p{L})|[.!:]|$)|(?:assine|subscreva|assinatura)(?: (?:j[áa]|agora|hoje))? (?:por|a partir de|desde|com) (?:apenas |s[óo] )?(?:r\$|€|\d)|experimente (?:\d{1,2}|um|uma|o primeiro) (?:m[êe]s|meses|semanas?|dias) (?:por (?:apenas |s[óo] )?(?:r\$ ?|€ ?)?\d|gr[áa]tis)/iu),
      opening(/(?:(?:assine|assinar|subscreva|subscrever)(?: (?:j[áa]|agora|aqui|hoje))?|(?:seja|torne-se|fique) (?:um )?assinante|quero (?:assinar|ser assinante|subscrever)|cancele (?:quando quiser|a qualquer momento)|(?:ver|conhe[çc]a|veja) (?:os )?planos(?: de assinatura)?)[.!]?$/iu),
    ],
    examples: [
      'Assine para continuar lendo',
      'Assine para continuar a ler',
      'Cadastre-se grátis para continuar lendo',
      'Continue a ler com uma assinatura digital: acesso ilimitado a todas as notícias da região.',
      'Para continuar lendo, assine o jornal',
      'Assine por R$ 1,90 no primeiro mês e tenha acesso ilimitado a todas as reportagens.',
      'Experimente 1 mês por 1 €',
      'Leia sem limites',
      'Assine já',
      'Assinar agora',
      'Cancele quando quiser',
    ],
    counterExamples: [
      'Assine o contrato antes de sexta-feira, disse o advogado.',
      'Continue lendo os jornais, recomendou o professor aos alunos.',
      'Experimente um mês sem açúcar e veja os resultados.',
      'Assinar o acordo foi a prioridade do governo.',
    ],
  },
  {
    id: 'paywall/pt/ja-e-assinante',
    kind: 'paywall',
    lang: 'pt',
    patterns: [
      startsWith(/j[áa] (?:[ée]|sou) (?:assinante|subscritor) ?\?|j[áa] tem (?:uma )?(?:conta|assinatura|cadastro|registo) ?\?/iu),
      startsWith(/(?:voc[êe] )?(?:atingiu|alcan[çc]ou|chegou ao|esgotou|excedeu) (?:o )?(?:seu )?(?:limite|n[úu]mero m[áa]ximo) (?:de )?(?:\d{1,3} )?(?:reportagens|mat[ée]rias|artigos|not[ií]cias|conte[úu]dos|textos|leituras)|(?:voc[êe] )?(?:j[áa] )?(?:leu|utilizou|usou|esgotou|consumiu) (?:as |os |todas as |todos os |suas |seus |as suas |os seus )?(?:\d{1,3} )?(?:reportagens|mat[ée]rias|artigos|not[ií]cias|conte[úu]dos) (?:gratuit[oa]s|gr[áa]tis|liberad[oa]s|dispon[íi]veis)/iu),
      opening(/(?:fa[çc]a (?:o )?(?:seu )?login|fazer login|inicie (?:a )?sess[ãa]o|iniciar sess[ãa]o|entre(?: na sua conta)?|entrar)[.!]?$/iu),
    ],
    examples: [
      'Já é assinante? Faça seu login',
      'Já é assinante? Inicie sessão',
      'Já tem conta? Entre',
      'Você atingiu o limite de reportagens gratuitas',
      'Atingiu o limite de artigos gratuitos',
      'Você já leu todas as matérias gratuitas',
      'Faça seu login',
      'Inicie sessão',
    ],
    counterExamples: [
      'Já é assinante da Netflix há dez anos e não pensa em sair.',
      'Já é assinante da plataforma? Saiba que o preço vai subir.',
      'Atingiu o limite de velocidade na estrada, segundo a polícia.',
    ],
  },

  // ── consent ──
  {
    id: 'consent/pt/cookies',
    kind: 'consent',
    lang: 'pt',
    patterns: [
      startsWith(/(?:n[óo]s )?(?:utilizamos|usamos|empregamos) (?:os )?cookies|(?:este|o nosso|nosso) (?:site|s[íi]tio|website|portal)(?: web)? (?:utiliza|usa|emprega) (?:os )?cookies|(?:esta|a nossa|nossa) (?:p[áa]gina|plataforma) (?:utiliza|usa) cookies|n[óo]s e (?:os )?(?:nossos )?(?:\d{1,4} )?parceiros (?:armazenamos|utilizamos|usamos|acedemos|acessamos|processamos|tratamos)|(?:valorizamos|respeitamos) a sua privacidade|a sua privacidade [ée] importante(?: para n[óo]s)?|ao (?:continuar|prosseguir) (?:navegando|a navegar|com a navega[çc][ãa]o)/iu),
    ],
    examples: [
      'Utilizamos cookies e tecnologias semelhantes de acordo com a nossa Política de Privacidade. Ao continuar navegando, você concorda com estas condições.',
      'Este site utiliza cookies',
      'Utilizamos cookies para melhorar a sua experiência',
      'Nós usamos cookies para personalizar anúncios.',
      'Ao continuar navegando, você concorda com estas condições.',
      'Ao continuar a navegar, aceita a utilização de cookies.',
      'Nós e os nossos parceiros armazenamos e/ou acedemos a informações num dispositivo',
      'Valorizamos a sua privacidade',
    ],
    counterExamples: [
      'A padaria vende também cookies e brownies.',
      'O site do governo utiliza cookies de terceiros, segundo a ANPD.',
      'Utilizamos todos os recursos disponíveis, disse o prefeito.',
      'Ao continuar a obra, a prefeitura aceita o risco.',
    ],
  },
  {
    id: 'consent/pt/conteudo-bloqueado',
    kind: 'consent',
    lang: 'pt',
    patterns: [
      startsWith(/(?:est[ea] |o )?conte[úu]do (?:n[ãa]o (?:est[áa] dispon[íi]vel|pode ser (?:exibido|apresentado|mostrado|carregado|visualizado|reproduzido))|(?:est[áa] )?bloqueado|(?:externo|de terceiros) (?:est[áa] )?(?:bloqueado|desativado))[^.]{0,80}?(?:cookies|prefer[êe]ncias de privacidade|defini[çc][õo]es de privacidade|configura[çc][õo]es de privacidade|consentimento|n[ãa]o aceitou|n[ãa]o autorizou)/iu),
      startsWith(/para (?:ver|visualizar|exibir|carregar|reproduzir|aceder a|acessar) (?:est[ea]|o|a) (?:conte[úu]do|v[íi]deo|publica[çc][ãa]o|post|tweet|elemento|mapa|gr[áa]fico|podcast|[áa]udio|player)(?: [^.,]{1,40}?)?,? (?:(?:[ée] (?:necess[áa]rio|preciso)|precisa|tem de|tem que|deve|voc[êe] (?:precisa|deve|tem de|tem que)) )?(?:aceit(?:e|ar)|permit(?:a|ir)|ativ(?:e|ar)|habilit(?:e|ar)|autoriz(?:e|ar)|consentir) (?:o uso de |os |as |o |a )?(?:cookies|conte[úu]dos? (?:de terceiros|externos?))/iu),
      startsWith(/(?:clique|carregue|toque) (?:aqui )?para (?:aceitar|ativar|permitir|autorizar) (?:os |o uso de )?cookies|conte[úu]do (?:externo|de terceiros)(?=[.:]?$)/iu),
    ],
    examples: [
      'Este conteúdo não está disponível devido às suas preferências de privacidade.',
      'Este conteúdo está bloqueado porque não aceitou os cookies.',
      'Conteúdo bloqueado pelas suas definições de privacidade',
      'Para ver este conteúdo, aceite os cookies.',
      'Para visualizar este vídeo, é necessário aceitar os cookies.',
      'Clique aqui para aceitar os cookies',
      'Conteúdo externo',
    ],
    counterExamples: [
      'O conteúdo não está disponível em Portugal por direitos de autor.',
      'Para ver o eclipse, é preciso usar óculos especiais.',
      'O conteúdo bloqueado pela Justiça incluía dados pessoais.',
    ],
  },
  {
    id: 'consent/pt/botoes',
    kind: 'consent',
    lang: 'pt',
    patterns: [
      opening(/(?:aceitar|aceito|concordo|rejeitar|recusar|prosseguir|permitir)(?: (?:e (?:fechar|continuar|prosseguir)|tud[oa]|tod[oa]s(?: os cookies)?|os cookies|cookies))?(?: (?:rejeitar|recusar|aceitar|gerir|gerenciar|personalizar|configurar)(?: (?:tud[oa]|tod[oa]s|cookies|os cookies|prefer[êe]ncias))?)?[.!]?$/iu),
      opening(/(?:(?:gerir|gerenciar|personalizar|configurar|definir) (?:as )?(?:prefer[êe]ncias|cookies|op[çc][õo]es)(?: de (?:cookies|privacidade))?|(?:configura[çc][õo]es|defini[çc][õo]es|prefer[êe]ncias) de (?:cookies|privacidade))[.!]?$/iu),
    ],
    examples: [
      'Aceitar',
      'Aceitar e fechar',
      'Aceitar todos',
      'Rejeitar todos',
      'Concordo',
      'Gerir preferências',
      'Gerenciar preferências',
      'Configurações de cookies',
      'Definições de cookies',
    ],
    counterExamples: [
      'A câmara aceitou a proposta dos comerciantes.',
      'Aceitar a derrota não é fácil, disse o técnico.',
      'Concordo com o ministro, afirmou o deputado.',
    ],
  },

  // ── feedback ──
  {
    id: 'feedback/pt/foi-util',
    kind: 'feedback',
    lang: 'pt',
    patterns: [
      startsWith(/(?:est[ea]|o|a) (?:not[ií]cia|artigo|mat[ée]ria|conte[úu]do|texto|informa[çc][ãa]o|p[áa]gina|reportagem) (?:foi|[ée]|lhe foi|te foi) [úu]til(?: para (?:voc[êe]|si|ti))? ?\?|(?:voc[êe] )?achou (?:est[ea]|o|a) (?:not[ií]cia|artigo|mat[ée]ria|conte[úu]do|texto|informa[çc][ãa]o) [úu]til ?\?/iu),
      startsWith(/gostou (?:d[ea]st[ea]|d[oa]) (?:not[ií]cia|artigo|mat[ée]ria|conte[úu]do|texto|reportagem|post) ?\?|gostou ?\?|o que (?:voc[êe] )?(?:achou|acha|pensa|pensou|achaste)(?: (?:d[ea]st[ea]|d[oa]) (?:not[ií]cia|artigo|mat[ée]ria|conte[úu]do|texto|reportagem))? ?\?/iu),
    ],
    examples: [
      'Esta notícia foi útil?',
      'Esta notícia foi útil? Sim Não',
      'Este artigo foi útil?',
      'Esta matéria foi útil para você?',
      'Gostou deste artigo?',
      'Gostou desta matéria?',
      'O que achou?',
      'O que você achou desta matéria?',
    ],
    counterExamples: [
      'Os moradores acharam útil o novo calendário, segundo a pesquisa.',
      'O que achou da decisão do tribunal? Foi justa, respondeu.',
      'Este artigo foi útil para a defesa, disse o advogado.',
    ],
  },
  {
    id: 'feedback/pt/obrigado-avalie-erro',
    kind: 'feedback',
    lang: 'pt',
    patterns: [
      startsWith(/obrigad[oa] (?:pelo|pela|por) (?:o |a )?(?:seu |sua |teu |tua )?(?:feedback|avalia[çc][ãa]o|opini[ãa]o|voto|resposta)/iu),
      startsWith(/(?:avalie|classifique|avalia|classifica) (?:est[ea]|o|a) (?:not[ií]cia|artigo|mat[ée]ria|conte[úu]do|texto|reportagem)|vote nest[ea] (?:not[ií]cia|artigo|mat[ée]ria|conte[úu]do|reportagem)/iu),
      startsWith(/(?:voc[êe] )?(?:encontrou|viu|detetou|detectou|identificou) (?:um|algum) (?:erro|problema|gralha)(?: (?:n)?est[ea] (?:not[ií]cia|artigo|mat[ée]ria|texto|p[áa]gina|conte[úu]do))? ?\?|(?:comunicar|reportar|notificar|informar|sinalizar|avisar) (?:um )?erro(?: (?:n)?est[ea] (?:not[ií]cia|artigo|mat[ée]ria|texto|p[áa]gina))?(?=[.!:?]?$)|fale conosco(?=[.!]?$)/iu),
    ],
    examples: [
      'Obrigado pelo seu feedback',
      'Obrigado pela sua avaliação',
      'Obrigada pela sua opinião!',
      'Avalie esta notícia',
      'Avalie esta matéria',
      'Encontrou um erro? Avise-nos',
      'Viu um erro? Fale conosco',
      'Comunicar erro',
    ],
    counterExamples: [
      'Obrigado pelo apoio, escreveu o prefeito nas redes.',
      'A avaliação dos técnicos da prefeitura foi positiva.',
      'Comunicar um erro médico não é fácil, diz o estudo.',
      'Encontrou um erro na fatura de luz? Veja como reclamar.',
    ],
  },

  // ── follow-us ──
  {
    id: 'follow-us/pt/siga-nos',
    kind: 'follow-us',
    lang: 'pt',
    patterns: [
      startsWith(/siga-nos|sigam-nos|segue-nos|(?:siga|segue|sigam|acompanhe) (?:o |a )?(?:nosso |nossa )?(?:canal|perfil|p[áa]gina|conta)(?: oficial)?(?: d[oa] [^.,:;!?]{1,40}?)? n[oa] (?:whatsapp|telegram|instagram|facebook|x|twitter|tiktok|youtube|linkedin|threads|bluesky|google (?:news|not[ií]cias|discover))|(?:siga|segue|acompanhe) (?:o |a )?[^.,:;!?]{1,40}? n[oa] google (?:news|not[ií]cias|discover)/iu),
      startsWith(/(?:entre|participe|junte-se|inscreva-se|fa[çc]a parte) (?:n[oa]|a[oa]|d[oa]|em|à) (?:nosso |nossa )?(?:canal|grupo|comunidade)(?: d[oa] [^.,:;!?]{1,40}?)? (?:n[oa]|d[oa]|em) (?:whatsapp|telegram|youtube|discord)|(?:entre|participe|junte-se|fa[çc]a parte) (?:n[oa]|a[oa]|d[oa]|à) (?:nosso|nossa) (?:canal|grupo|comunidade)|receba (?:as |nossas |as nossas |as principais )?(?:not[ií]cias|atualiza[çc][õo]es|alertas)[^.!?]{0,40}? n[oa] (?:seu )?(?:whatsapp|telegram)(?!\p{L})|clique aqui (?:para|e) (?:seguir|entrar|participar|receber|acompanhar|fazer parte)[^.!?]{0,60}?(?:canal|grupo|comunidade|whatsapp|telegram|google)/iu),
    ],
    examples: [
      'Siga o canal da Gazeta no WhatsApp e receba as notícias da região no seu celular. Siga-nos também no Facebook, X e Instagram.',
      'Siga-nos no Facebook, X e Instagram',
      'Siga o nosso canal no WhatsApp',
      'Siga o Jornal no Google Notícias',
      'Entre no canal do Jornal no WhatsApp',
      'Junte-se ao nosso grupo no Telegram',
      'Receba as notícias no WhatsApp',
      'Clique aqui para seguir o canal no WhatsApp',
    ],
    counterExamples: [
      'A prefeitura divulgou o calendário no Facebook e no Instagram.',
      'Os moradores devem seguir as orientações da Defesa Civil.',
      'Acompanhe o julgamento no YouTube do tribunal.',
      'Siga a Defesa Civil no WhatsApp para receber alertas, pediu o prefeito.',
    ],
  },
  {
    id: 'follow-us/pt/app-e-canal',
    kind: 'follow-us',
    lang: 'pt',
    patterns: [
      startsWith(/(?:baixe|descarregue|instale) (?:o |a )?(?:nosso|nossa) (?:app|aplicativo|aplica[çc][ãa]o)|(?:baixe|descarregue) (?:o|a) (?:app|aplica[çc][ãa]o|aplicativo)(?=[.!]?$)|ative (?:as )?(?:nossas )?notifica[çc][õo]es(?=[.!]?$)/iu),
      opening(/(?:[^.!?«»"“”]|\.(?=\S)){0,80}?(?<!\p{L})(?:temos|nosso|nossa) (?:novo |nova |pr[óo]prio |pr[óo]pria |um |uma )?(?:canal|comunidade|perfil|conta)(?: oficial)? (?:n[oa]|d[oa]|em) (?:whatsapp|telegram|youtube|tiktok|instagram|facebook|threads|google (?:news|not[ií]cias))(?!\p{L})/iu),
    ],
    examples: ['Baixe o nosso app', 'Descarregue a nossa app', 'Baixe o app', 'Ative as notificações', 'Conheça o nosso canal no YouTube', 'Já temos canal no WhatsApp! Entre e receba as notícias.'],
    counterExamples: [
      'Baixe o aplicativo do banco para consultar o saldo.',
      '“Temos um canal no WhatsApp com os vizinhos”, conta a moradora.',
      'Ative as notificações do celular para receber os alertas de chuva.',
    ],
  },
  {
    id: 'follow-us/pt/seguir-tema',
    kind: 'follow-us',
    lang: 'pt',
    patterns: [
      startsWith(/quer (?:receber |ler )?mais (?:conte[úu]dos?|not[ií]cias|mat[ée]rias|artigos|reportagens) (?:como (?:este|esta|estes|estas|isso)|sobre (?:este|o) (?:tema|assunto))|(?:siga|seguir|acompanhe) (?:o |este )?(?:tema|assunto)(?: [^.,;:!?]{1,40}?)? e (?:seja avisad[oa]|receba|receber)|seja avisad[oa] (?:quando|sempre que)|(?:seguir|siga) (?:o |este )?(?:tema|assunto)(?=[.!]?$)|receber alertas(?=[.!]?$)|seguir(?=[.!]?$)/iu),
    ],
    examples: [
      'Quer receber mais conteúdos como este? Siga o tema Meio Ambiente e seja avisado quando houver novas reportagens. Seguir',
      'Siga o tema Meio Ambiente e seja avisado quando houver novas reportagens.',
      'Seja avisado quando houver novas reportagens',
      'Seguir tema',
      'Seguir',
    ],
    counterExamples: [
      'A polícia vai seguir o caso de perto.',
      'O prefeito quer mais projetos como este na região.',
      'Seguir o tema de perto é o que pede a oposição.',
    ],
  },

  // ── sponsored ──
  {
    id: 'sponsored/pt/patrocinado',
    kind: 'sponsored',
    lang: 'pt',
    patterns: [
      startsWith(/conte[úu]do (?:patrocinado|de marca|promovido|publicit[áa]rio|de parceiro|comercial)|(?:artigo|mat[ée]ria|reportagem|especial|publica[çc][ãa]o|not[ií]cia) patrocinad[oa]|informe publicit[áa]rio|publieditorial|publirreportagem|publi-?reportagem|branded content|patrocinado(?=[.:]?$)/iu),
      startsWith(/(?:conte[úu]do |mat[ée]ria |artigo |especial )?(?:oferecid[oa]|apresentad[oa]|patrocinad[oa]|promovid[oa]) por [^.,;:!?]{1,50}$|em (?:parceria|colabora[çc][ãa]o|associa[çc][ãa]o) com [^.,;:!?]{1,50}$/iu),
    ],
    examples: [
      'Conteúdo patrocinado',
      'Conteúdo patrocinado Financiamento imobiliário: como usar o FGTS na entrada Oferecido por Banco Exemplo',
      'Oferecido por Banco Exemplo',
      'Em parceria com Exemplo Seguros',
      'Informe publicitário',
      'Publirreportagem',
      'Patrocinado',
      'Branded content',
    ],
    counterExamples: [
      'O festival é patrocinado pela cooperativa de crédito da cidade.',
      'O estudo foi feito em parceria com a universidade estadual.',
      'Em parceria com a universidade, a prefeitura criou um laboratório.',
      'Apresentado por deputados do PT, o projeto chega ao Senado.',
    ],
  },
  {
    id: 'sponsored/pt/afiliados',
    kind: 'sponsored',
    lang: 'pt',
    patterns: [
      startsWith(/(?:est[ea]) (?:conte[úu]do|artigo|texto|mat[ée]ria|p[áa]gina|post|guia) (?:cont[ée]m|inclui|pode conter|pode incluir|tem) links (?:de )?(?:afiliad[oa]s|afilia[çc][ãa]o|patrocinados|comerciais)|(?:podemos|poderemos) (?:receber|ganhar|obter) (?:uma )?(?:pequena )?comiss[ãa]o|(?:ao comprar|se (?:voc[êe] )?comprar|ao fazer uma compra|se fizer uma compra) (?:algo |algum produto |um produto )?(?:atrav[ée]s|por meio|a partir) d(?:os|os nossos|estes|e um dos nossos|e algum dos nossos|e nossos) links/iu),
    ],
    examples: [
      'Este conteúdo contém links de afiliados.',
      'Este artigo pode conter links de afiliados',
      'Podemos receber uma comissão pelas compras feitas através dos links.',
      'Ao comprar através dos nossos links, podemos receber uma comissão.',
    ],
    counterExamples: [
      'Este artigo contém informações sensíveis sobre o caso.',
      'Podemos receber ajuda federal, disse o governador.',
      'Ao comprar na feira, os moradores economizam 10%.',
    ],
  },

  // ── disclaimer ──
  {
    id: 'disclaimer/pt/opiniao-do-autor',
    kind: 'disclaimer',
    lang: 'pt',
    patterns: [opening(/(?:as )?opini[õo]es (?:expressas |emitidas |aqui expressas )?(?:neste (?:artigo|texto) )?(?:são|é) de (?:inteira |exclusiva )?responsabilidade d[oa]s? (?:autor|autora|autores|colunista)|este (?:artigo|texto) (?:reflete|expressa) (?:a opinião|as opiniões) d[oa] (?:autor|autora)/iu)],
    examples: ['As opiniões expressas neste artigo são de inteira responsabilidade do autor.', 'As opiniões emitidas são de responsabilidade do colunista.'],
    counterExamples: ['As opiniões dos moradores foram ouvidas pela câmara.', 'Este artigo da lei é de responsabilidade do governo, disse o ministro.'],
  },

  // ── gallery ──
  {
    id: 'gallery/pt/galeria',
    kind: 'gallery',
    lang: 'pt',
    patterns: [
      whole(/(?:foto|imagem|fotografia) \d{1,3} (?:de|\/) \d{1,3}|(?:veja|ver|abrir|abra|confira|acesse) (?:a )?(?:galeria|fotogaleria)(?: (?:de fotos|completa|de imagens))?|(?:veja|ver|confira) (?:as |todas as )?(?:\d{1,3} )?(?:fotos|imagens)|galeria(?: de (?:fotos|imagens))?|fotogaleria|\d{1,3} (?:fotos|imagens|fotografias)|fotos|ampliar(?: (?:foto|imagem))?|anterior|pr[óo]xim[ao]|seguinte|fechar/iu),
    ],
    examples: [
      'Foto 1 de 9',
      'Imagem 2 de 10',
      'Veja a galeria de fotos',
      'Ver galeria',
      'Galeria de fotos',
      'Fotogaleria',
      '9 fotos',
      'FOTOS:',
      'Veja fotos',
      'Próxima',
    ],
    counterExamples: [
      'Um em cada nove domicílios da cidade não tem carro.',
      'As fotos dos estragos foram enviadas à seguradora.',
      '9 fotos inéditas do presidente vão a leilão',
      'Próxima etapa: a votação no Senado',
    ],
  },

  // ── tags ──
  // A label that also opens sentences ("Temas da reunião…", "Assuntos pendentes…") counts before a
  // separator, or before words that are no prose continuation and no later colon.
  {
    id: 'tags/pt/tags',
    kind: 'tags',
    lang: 'pt',
    patterns: [
      startsWith(/(?:tags|tag(?= ?[:：])|t[óo]picos|temas|assuntos|palavras-chave|palavras chave|tudo sobre|etiquetas|mais sobre|arquivado em|categorias?)(?= ?[:：|]| ?$| (?!\d|(?:d[aoe]s?|e|ou|que|em|n[aoe]s?|se|s[ãa]o|est[ãa]o|foram|t[êe]m|com|para|por|pelo|pela|sobre|a|o|as|os|um|uma|mais|como|chave|principais|pendentes|tratados|ao|à|n[ãa]o|tamb[ée]m|muito|t[ãa]o|sem|segundo)(?!\p{L}))(?![^:：]{0,300}[:：]))/iu),
    ],
    examples: [
      'Tudo sobre Eleições Congresso Senado',
      'Tags: Economia, Inflação',
      'Tópicos: Saúde · Educação',
      'Assuntos Política Eleições',
      'Palavras-chave: seca, barragens',
      'Temas: Política, Justiça',
      'Etiquetas: Lisboa, Habitação',
      'Mais sobre: Futebol',
    ],
    counterExamples: [
      'Os temas da reunião foram saúde, educação e saneamento.',
      'Temas como a saúde e a educação dominaram o debate.',
      'Tudo sobre o caso ainda é incerto, disse o delegado.',
      'Assuntos pendentes: a reforma e o orçamento',
      'Etiquetas das embalagens devem indicar a origem.',
      'Tag der offenen Tür im Rathaus',
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
  {
    id: 'comments/pt/conversa',
    kind: 'comments',
    lang: 'pt',
    patterns: [
      whole(/comente (?:esta|a) (?:not[ií]cia|mat[ée]ria|reportagem|publica[çc][ãa]o)|comentar (?:esta|a) (?:not[ií]cia|mat[ée]ria)|(?:participe|entre) (?:da|na) conversa|junte-se [àa] conversa|participe(?: do debate)?|(?:ir|v[áa]) para (?:os )?coment[áa]rios|(?:os )?coment[áa]rios (?:est[ãa]o )?(?:encerrados|fechados|desativados|desabilitados)|(?:fa[çc]a login|inicie sess[ãa]o|entre|cadastre-se|registe-se|registre-se|identifique-se) para (?:comentar|participar|deixar (?:um|o seu|seu) coment[áa]rio)|(?:regras|normas|pol[ií]tica) (?:de|dos|para) (?:coment[áa]rios|participa[çc][ãa]o)|(?:carregar|ver|mostrar) mais coment[áa]rios|d[êe] a sua opini[ãa]o|deixe (?:a sua|sua) opini[ãa]o/iu),
    ],
    examples: [
      'Comente esta notícia',
      'Participe da conversa',
      'Junte-se à conversa',
      'Ir para comentários',
      'Os comentários estão encerrados',
      'Comentários desativados',
      'Faça login para comentar',
      'Inicie sessão para comentar',
      'Regras de comentários',
      'Dê a sua opinião',
    ],
    counterExamples: [
      'Os comentários do secretário causaram polêmica.',
      'O ministro não quis comentar a decisão do tribunal.',
      'Participe do debate sobre o orçamento na câmara municipal.',
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
  {
    id: 'author-bio/pt/funcao-na-redacao',
    kind: 'author-bio',
    lang: 'pt',
    patterns: [
      startsWith(/(?:jornalista|rep[óo]rter|redator|redatora|redactor|redactora|correspondente|colunista|colaborador|colaboradora|editor|editora|fot[óo]grafo|fot[óo]grafa|cronista)(?: e (?:jornalista|rep[óo]rter|redator|redatora|editor|editora|fot[óo]grafo|fot[óo]grafa|cronista|colunista|apresentador|apresentadora))? (?:n[ao]|d[ao]) (?:editoria|se[çc][ãa]o|sec[çc][ãa]o|equipa|equipe|reda[çc][ãa]o|[áa]rea|mesa)/iu),
    ],
    examples: ['Repórter da editoria de Política desde 2018.', 'Jornalista na secção de Economia.', 'Editora e colunista da editoria de Cultura.'],
    counterExamples: ['Jornalista de formação, o prefeito conhece bem a imprensa.', 'Redator do projeto, o deputado defendeu a lei no plenário.'],
  },

  // ── error-page ──
  {
    id: 'error-page/pt/pagina-nao-encontrada',
    kind: 'error-page',
    lang: 'pt',
    patterns: [
      whole(/(?:(?:ops|oops|desculpe|lamentamos)[,!.]? )?(?:(?:esta |a )?p[áa]gina n[ãa]o (?:encontrada|existe|(?:est[áa] )?dispon[íi]vel)|n[ãa]o (?:foi poss[íi]vel|conseguimos) encontrar (?:a|esta) p[áa]gina|(?:a )?p[áa]gina (?:que procura|que você procura|que procuras) n[ãa]o existe|algo deu errado|algo correu mal)/iu),
    ],
    examples: ['Página não encontrada', 'Ops! Esta página não existe', 'Não foi possível encontrar a página', 'Algo deu errado', 'Página não disponível'],
    counterExamples: ['Página não encontrada: o mistério do diário perdido', 'Algo deu errado na votação, disse o prefeito.'],
  },
  {
    id: 'error-page/pt/pagina-solicitada',
    kind: 'error-page',
    lang: 'pt',
    patterns: [
      whole(/(?:(?:lamentamos|desculpe|ops)[,.!]? )?(?:a|esta) p[áa]gina (?:que (?:procura|procuras|voc[êe] (?:procura|est[áa] procurando))|solicitada|pedida) n[ãa]o (?:existe|est[áa] dispon[íi]vel|foi encontrada|pode ser encontrada)|(?:esta )?p[áa]gina n[ãa]o existe ou foi (?:removida|apagada|movida)|conte[úu]do n[ãa]o encontrado|n[ãa]o encontramos (?:a p[áa]gina|o que (?:procura|voc[êe] procura))/iu),
    ],
    examples: ['A página solicitada não existe', 'Lamentamos, a página que procura não está disponível', 'Esta página não existe ou foi removida', 'Conteúdo não encontrado', 'Não encontramos a página'],
    counterExamples: ['A página que procura não existe nos livros de história', 'Não encontramos a página do diário que o juiz buscava, disse a defesa.'],
  },

  // ── log-in ──
  {
    id: 'log-in/pt/entrar',
    kind: 'log-in',
    lang: 'pt',
    patterns: [
      whole(/(?:iniciar|inicie|inicia) sess[ãa]o|entrar(?: na (?:sua|minha) conta)?|entre(?: na sua conta)?|(?:fa[çc]a|fazer) (?:o )?(?:seu )?login|acesse (?:a )?sua conta|aceder [àa] (?:sua |minha )?conta|acessar(?: (?:a )?(?:sua |minha )?conta)?|acesso(?: (?:[àa] (?:sua )?conta|de assinantes|para assinantes|do assinante|restrito))?|login|log ?in|(?:a )?minha conta|identifique-se|(?:crie|criar) (?:a sua |sua |uma )?conta|cadastre-se|cadastro|registe-se|registre-se|registo|registro|(?:esqueceu|esqueci) (?:a sua |sua |a minha |minha )?(?:senha|palavra-passe) ?\??|(?:recuperar|redefinir) (?:a )?(?:senha|palavra-passe)/iu),
    ],
    examples: ['Entrar', 'Iniciar sessão', 'Faça seu login', 'Acesse sua conta', 'Minha conta', 'Crie sua conta', 'Cadastre-se', 'Esqueceu sua senha?', 'Login', 'Acesso de assinantes'],
    counterExamples: [
      'Entrar na UE, o sonho da Ucrânia',
      'Acesso à saúde: o grande desafio do SUS',
      'Registro de armas dispara no país',
      'Iniciar sessão no banco já exige dupla verificação',
    ],
  },
];

/**
 * Common words of the language that the other languages Épure cleans do not share (words such as
 * "de", "en", "la", "in", "die", "que" are left out, so each one points one way): they tell the
 * article's language when the page does not say it, or says another one.
 */
export const PT_STOP_WORDS: readonly string[] = ['os', 'dos', 'não', 'em', 'uma', 'ao', 'pelo', 'pela', 'mais', 'são', 'também', 'foi', 'seu', 'sua', 'à', 'isso', 'pelas', 'muito', 'nas', 'já'];
