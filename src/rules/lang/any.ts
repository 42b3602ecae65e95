import type { ClutterRule } from '../rule';
import { opening, whole, BYLINE_BY, BYLINE_AUTHOR_LABEL, BYLINE_NAMES, BYLINE_TAIL, DATELINE_TAIL } from '../patterns';

/**
 * Clutter rules for every language: symbols, network and agency names, the English ad-slot word used everywhere, bylines and datelines ('*'), by kind in the order of `RULE_KINDS`; within a kind, the
 * first rule that matches names the removal. `tests/rules.test.ts` lints them: every example
 * must match, no counter-example may.
 */
export const ANY_RULES: readonly ClutterRule[] = [
  // ── ad-label ──
  // the English word is used as the ad-slot label on sites in every language.
  {
    id: 'ad-label/*/advertisement',
    kind: 'ad-label',
    lang: '*',
    patterns: [whole(/advertisements?|advertising|adverts?|ads?|report this ad/iu)],
    examples: ['Advertisement', 'ADVERTISEMENT', '- Advertisement -', '[Advertisement]', 'Advertisement:', 'Ad', 'REPORT THIS AD'],
    counterExamples: [
      'Advertising revenue fell 5% this quarter.',
      'Ad hoc committees met twice in March.',
      'Ads were pulled from the platform after the scandal.',
    ],
  },

  // ── promo-link ──
  // the ">> … <<" wrapper (accepted without a link) and a lone arrow opening a short block
  // (the removal step additionally requires that block to be short and mostly a link).
  // "»" needs a space after it: German quotes open with a glued "»" (»Wir schaffen das«).
  {
    id: 'promo-link/*/wrapped',
    kind: 'promo-link',
    lang: '*',
    patterns: [/^>>[^<>]{3,300}<<$/iu, /^>[^<>]{3,300}<$/iu, /^»».{3,300}««$/iu],
    examples: [
      ">> Vous n'allez pas le croire : Elon Musk et Mark Zuckerberg s'unissent contre les créateurs de ChatGPT ! <<",
      ">> Les milliardaires portent les mêmes vêtements tous les jours. Ce n'est pas pour l'esthétique, c'est pour la productivité <<",
      '> Read the full investigation <',
      '»» Alle Infos zur Wahl ««',
    ],
    counterExamples: ['>> not closed', 'a >> b << c', 'Growth was 3% > 2% < 4% in the quarter.'],
  },
  {
    id: 'promo-link/*/arrow',
    kind: 'promo-link',
    lang: '*',
    patterns: [/^(?:» |[►▶→➜➤▸⇒] ?)\S.{2,199}$/iu],
    examples: [
      '» À lire aussi : le dossier complet',
      '► Notre dossier sur la réforme des retraites',
      '▶ Watch the full interview',
      '→ Alle Ergebnisse im Überblick',
    ],
    counterExamples: ['»Wir schaffen das«, sagte Merkel.', '→ 5', 'The arrow → points to the exit.'],
  },

  // ── share ──
  // network names, alone, are share links whatever the language.
  {
    id: 'share/*/network-name',
    kind: 'share',
    lang: '*',
    patterns: [
      whole(/(?:facebook|twitter|x \((?:formerly )?twitter\)|linked ?in|whats ?app|pinterest|reddit|telegram|flipboard|threads|bluesky|mastodon|xing|(?:facebook )?messenger|tumblr|instagram|tiktok|youtube|vk|vkontakte|weibo|wechat|viber|e-?mail|mail|sms|rss|hacker news|google news)(?: \(?\d[\d.,]{0,8}[km]?\)?)?/iu),
    ],
    examples: ['Facebook', 'X (formerly Twitter)', 'LinkedIn', 'WhatsApp', 'WHATSAPP', 'Pinterest', 'Email', 'Flipboard'],
    counterExamples: [
      'Facebook said it would appeal the ruling.',
      'x',
      'Twitter was renamed X in 2023.',
      'Email remains the main channel for phishing.',
    ],
  },
  // "X" only as a capital: a lone lowercase "x" is a maths variable or a multiplication sign.
  {
    id: 'share/*/x',
    kind: 'share',
    lang: '*',
    patterns: [whole(/X|𝕏/u)],
    examples: ['X', '𝕏', '- X -'],
    counterExamples: ['x', 'X marks the spot', 'XL'],
  },

  // ── disclaimer ──
  {
    id: 'disclaimer/*/site-copyright',
    kind: 'disclaimer',
    lang: '*',
    // A site's copyright footer: "© 2017 Luigi LAVAZZA SPA, alle Rechte vorbehalten – USt-IdNr. …"
    // (short "© Reuters" lines are image credits).
    patterns: [
      opening(/(?:©|\(c\)|copyright) ?©? ?(?:19|20)\d{2}(?:[-–]\d{2,4})?\b[^]{0,120}?(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone)/iu),
    ],
    examples: ['© 2017 Luigi LAVAZZA SPA, alle Rechte vorbehalten – USt-IdNr. 00470550013 Handelsbuch-Eintragsnr. 257143', 'Copyright © 2021 Example Media Ltd. All rights reserved. Registered in England.'],
    counterExamples: ['© 2017 Luigi Lavazza', 'Copyright 2021 was a hard year for all rights holders.'],
  },

  // ── gallery ──
  {
    id: 'gallery/*/counter',
    kind: 'gallery',
    lang: '*',
    patterns: [whole(/\d{1,3} ?(?:\/|\||sur|of|von|de|di|van|z|из) ?\d{1,3}/iu), whole(/(?:📷|📸|🖼️?) ?\d{1,3}/iu)],
    examples: ['3/12', '3 / 12', '1 of 9', '2 sur 8', '4 von 10', '1 de 9', '📷 12'],
    counterExamples: ['3/12 of the budget went to schools.', 'One in 12 households has no car.'],
  },
  {
    id: 'gallery/*/cjk-see-photos',
    kind: 'gallery',
    lang: '*',
    patterns: [whole(/(?:この記事の)?(?:画像|写真)を(?:もっと)?見る(?: ?[(（]\d{1,3}枚[)）])?|사진 ?더보기|(?:查看|查看更多)(?:图片|圖片)/iu)],
    examples: ['この記事の画像を見る(2枚)', '写真を見る', '사진 더보기', '查看更多图片'],
    counterExamples: ['この記事の画像を見ると、被害の大きさがわかる。', '사진 더보기 버튼을 없애기로 했다고 밝혔다.'],
  },

  // ── image-credit ──
  // © lines, and agency names alone or with a photographer ("Reuters/Jane Doe").
  {
    id: 'image-credit/*/copyright',
    kind: 'image-credit',
    lang: '*',
    patterns: [
      whole(/©.{1,100}|\(c\) ?\d{4}.{0,90}|copyright (?:©|\(c\)|\d{4}|by ).{0,90}/iu),
      // The reproduction notice that closes Korean, Japanese and Chinese news articles.
      whole(/[<〈《([]?[^<>]{0,40}?(?:무단 ?전재 ?(?:및|&|,) ?재배포 ?금지|무단 ?복제 ?및 ?재배포 ?금지|無断(?:転載|複製)(?:を|・)?(?:禁(?:じます|止)|固く禁じます)|未经(?:授权|许可)[，,]?(?:不得|禁止)转载|版权所有[，,]?(?:未经许可)?[，,]?不得转载)[^<>]{0,40}?[>〉》)\]]?/iu),
    ],
    examples: [
      '<저작권자 © 해솔일보, 무단전재 및 재배포 금지>',
      '무단전재 및 재배포 금지',
      '記事・写真の無断転載を禁じます',
      '未经授权，不得转载',
      '© Reuters',
      '© 2024 Example Media',
      '©Action Press / Bestimage',
      'Copyright © 2020 Piratenpartei',
      '(c) 2016',
      '© AFP / John Doe',
    ],
    counterExamples: [
      'Copyright law is changing in the EU, and publishers are worried.',
      'Mark Zuckerberg se lance dans un nouveau projet dingue ! Mark Zuckerberg se lance dans un nouveau projet dingue !© Action Press / Bestimage',
      '(c) the third option, rejected by the committee',
      '재배포 금지 조치에 대해 출판사들이 반발하고 있다.',
    ],
  },
  {
    id: 'image-credit/*/agency',
    kind: 'image-credit',
    lang: '*',
    patterns: [
      whole(/(?:(?:photo|foto|fot\.|bild|beeld|image|picture|zdj[ęe]cie) ?:? ?)?(?:[\p{L}.'’ -]{2,40} ?\/ ?)?(?:getty images|afp|reuters|ap|ap photo|associated press|epa|efe|epa-efe|dpa|picture[- ]alliance|shutterstock(?:\.com)?|istock(?:photo)?(?:\.com)?|thinkstock(?:photos)?|adobe ?stock|ansa|anp|pap|imago(?: images)?|keystone|sipa(?: press)?|abaca(?:press)?|bestimage|belga|xinhua|unsplash|pixabay|alamy|bloomberg|kyodo|tass|europa press|lusa|nurphoto|zuma(?: press)?|maxppp|dr)(?:(?: ?[/|] ?| [–—-] | via | for )[^()]{1,80})?/iu),
    ],
    examples: [
      '(Getty Images)',
      'Getty Images',
      'AFP via Getty Images',
      'Reuters/John Doe',
      'AP Photo/Evan Vucci',
      'TebNad/Shutterstock.com',
      'Fot. PAP',
      'Beeld ANP',
    ],
    counterExamples: [
      'AFP reported that the minister resigned.',
      'Reuters said the talks would resume on Monday.',
      'Firefighters battle the blaze in Los Angeles on Tuesday. (Getty Images)',
      'AFP-Korrespondent berichtet aus Kiew.',
      'Dr. Smith said the results were promising.',
    ],
  },
  {
    id: 'image-credit/*/cjk-photo-credit',
    kind: 'image-credit',
    lang: '*',
    // Korean, Japanese and Chinese photo credits: "사진 = 연합뉴스", "潟沼義樹撮影", "写真：共同".
    patterns: [whole(/사진(?: ?출처| ?제공)? ?[=:：] ?.{1,40}|[^\s]{1,20}撮影|写真[:：=＝].{1,30}|(?:图|圖)(?:片)?(?:来源|來源)?[／/:：].{1,30}/iu)],
    examples: ['사진 출처 = 연합뉴스', '사진 = 김혜진 기자', '潟沼義樹撮影', '写真：共同', '图片来源：新华社'],
    counterExamples: ['사진 전시회가 다음 달 열린다.', '撮影は来月から始まる予定だ。'],
  },

  // ── byline ──
  {
    id: 'byline/*/by-name',
    kind: 'byline',
    lang: '*',
    // No `i` flag: the name's capitals are the signal ("Par ailleurs, …" is not a byline).
    patterns: [new RegExp(String.raw`^(?:(?:${BYLINE_BY})\s+|(?:${BYLINE_AUTHOR_LABEL})\s*:\s*)${BYLINE_NAMES}${BYLINE_TAIL}$`, 'u')],
    examples: ['Par Mathis Ferrut | Journaliste télé, people, télé-réalité', 'By Jane Smith and John Roe', 'Von Max Mustermann', 'Por Lucía Fernández', 'Di Marco Bianchi', 'By Jane Smith, Senior Reporter'],
    counterExamples: [
      'By the end of the year, the company had doubled its revenue and hired more engineers.',
      'By Friday, the deal was done',
      'Par ailleurs, le gouvernement a annoncé de nouvelles mesures pour soutenir les entreprises.',
      'Von der Leyen hat am Montag in Brüssel neue Sanktionen gegen Russland angekündigt, die ab Juli gelten.',
    ],
  },

  // ── dateline ──
  {
    id: 'dateline/*/published-on',
    kind: 'dateline',
    lang: '*',
    patterns: [
      new RegExp(String.raw`^(?:publié|mis à jour|modifié|published|updated|posted|last updated|veröffentlicht|veröffentlichung|erschienen|aktualisiert|stand|publicado|actualizado|pubblicato|aggiornato|atualizado|gepubliceerd|bijgewerkt|opublikowano|aktualizacja)(?:\s+(?:le|on|am|el|il|em|op|at))?\s*:?\s*${DATELINE_TAIL}$`, 'iu'),
      /^(?:publié|mis à jour|published|updated|posted|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato)\s+(?:il y a|vor|hace|fa|há)?\s*\d{1,3}\s*\p{L}{1,12}(?:\s+ago)?$/iu,
    ],
    examples: ['Publié le 28 janvier 2025 à 18:07', 'Published 3 hours ago', 'Veröffentlichung: 2. Februar 2022', 'Updated: March 3, 2025 at 10:00 a.m.', 'Veröffentlicht am 12.03.2025', 'Publicado el 4 de mayo de 2024', 'Pubblicato il 12 marzo 2024 alle 9:30'],
    counterExamples: [
      'Published in 1998, the novel sold more than two million copies and was translated into 30 languages worldwide.',
      'Publié',
    ],
  },
  {
    id: 'dateline/*/reading-time',
    kind: 'dateline',
    lang: '*',
    patterns: [
      /^(?:(?:temps de )?lecture|reading time|read time|lesezeit|lesedauer|tiempo de lectura|lectura|tempo di lettura|lettura|tempo de leitura|leitura|leestijd|czas czytania)\s*:?\s*(?:env\.\s*|ca\.\s*)?\d{1,3}\s*(?:min(?:ute[sn]?|uti|utos|uten|\.)?|mn)\.?$/iu,
      /^\d{1,3}\s*(?:-\s*)?(?:min(?:ute)?s?|minutes?|minuti|minutos|minuten|minut)\.?\s*(?:read|de lecture|lesezeit|de lectura|di lettura|de leitura|leestijd|czytania|lesen)$/iu,
    ],
    examples: ['Lecture 5 min.', 'Temps de lecture : 4 min', '5 min read', 'Lesezeit: 4 Min.', 'Tiempo de lectura: 3 minutos', 'Lettura 4 minuti', '3 minutes de lecture'],
    counterExamples: ['La lecture de ce rapport prend au moins 5 minutes, selon les auteurs.', 'Reading time matters for engagement, the study found in 2023.'],
  },

  // ── error-page ──
  {
    id: 'error-page/*/404',
    kind: 'error-page',
    lang: '*',
    patterns: [whole(/(?:(?:error|erreur|fehler|errore|erro|fout|błąd|b[łl]ad|http) ?)?(?:404|410|500|503)(?: ?(?:error|not found|page not found))?|oops!?|oups ?!?|ups!?/iu)],
    examples: ['404', 'Error 404', 'Erreur 404', 'Fehler 404', 'Błąd 404', '404 Not Found', 'Oops!'],
    counterExamples: ['404 people were evacuated after the flood.', 'Error 404 is the most common web error, the study says.'],
  },
];
