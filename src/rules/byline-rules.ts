import type { ClutterRule } from './rule';

/** A person's name: two to four capitalised words, with particles ("de", "van", "di"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|du|des|la|le|van|von|der|den|di|da|del|dos|y|e|ter)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}`;
/** Several names joined by commas or "and/et/und/y/e/en/i". */
const NAMES = String.raw`${NAME}(?:\s*(?:,|&|\band\b|\bet\b|\bund\b|\by\b|\be\b|\ben\b|\bi\b|\boraz\b)\s*${NAME}){0,4}`;
/** A word in either case without the `i` flag, which would let `\p{Lu}` match lower case. */
const anyCase = (words: string) => words.replace(/\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));
const BY = anyCase('by|par|von|por|di|de|door|przez|written by|écrit par|escrito por|scritto da');
const AUTHOR_LABEL = anyCase('autor|autore|autora|autorin|auteur|author|texte|text|testo|texto|tekst');

/** What may follow a byline: a role or a date after a separator, kept short. */
const TAIL = String.raw`(?:\s*(?:[|·•–—-]|\bpour\b|\bfor\b|\bfür\b)\s*.{0,100}|\s*,\s*[^.!?]{0,40})?`;
const DATE_TAIL = String.raw`.{0,60}\d.{0,40}`;

/** Byline and dateline lines: the metadata keeps them, the body does not. */
export const BYLINE_RULES: readonly ClutterRule[] = [
  {
    id: 'byline/*/by-name',
    kind: 'byline',
    lang: '*',
    // No `i` flag: the name's capitals are the signal ("Par ailleurs, …" is not a byline).
    patterns: [new RegExp(String.raw`^(?:(?:${BY})\s+|(?:${AUTHOR_LABEL})\s*:\s*)${NAMES}${TAIL}$`, 'u')],
    examples: ['Par Mathis Ferrut | Journaliste télé, people, télé-réalité', 'By Jane Smith and John Roe', 'Von Max Mustermann', 'Por Lucía Fernández', 'Di Marco Bianchi', 'By Jane Smith, Senior Reporter'],
    counterExamples: [
      'By the end of the year, the company had doubled its revenue and hired more engineers.',
      'By Friday, the deal was done',
      'Par ailleurs, le gouvernement a annoncé de nouvelles mesures pour soutenir les entreprises.',
      'Von der Leyen hat am Montag in Brüssel neue Sanktionen gegen Russland angekündigt, die ab Juli gelten.',
    ],
  },
  {
    id: 'dateline/*/published-on',
    kind: 'dateline',
    lang: '*',
    patterns: [
      new RegExp(String.raw`^(?:publié|mis à jour|modifié|published|updated|posted|last updated|veröffentlicht|aktualisiert|stand|publicado|actualizado|pubblicato|aggiornato|atualizado|gepubliceerd|bijgewerkt|opublikowano|aktualizacja)(?:\s+(?:le|on|am|el|il|em|op|at))?\s*:?\s*${DATE_TAIL}$`, 'iu'),
      /^(?:publié|mis à jour|published|updated|posted|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato)\s+(?:il y a|vor|hace|fa|há)?\s*\d{1,3}\s*\p{L}{1,12}(?:\s+ago)?$/iu,
    ],
    examples: ['Publié le 28 janvier 2025 à 18:07', 'Published 3 hours ago', 'Updated: March 3, 2025 at 10:00 a.m.', 'Veröffentlicht am 12.03.2025', 'Publicado el 4 de mayo de 2024', 'Pubblicato il 12 marzo 2024 alle 9:30'],
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
];
