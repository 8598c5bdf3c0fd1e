// Names the language of a text with franc (trigram statistics over 80+ languages),
// as an ISO 639-1 code. Short texts carry too few trigrams to tell languages apart,
// so below a threshold the caller's fallback (usually the article's language) is kept.
import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';
import type { Article } from './article.ts';
import { withMessage } from './article.ts';

const CYRILLIC_LANGUAGES = ['rus', 'ukr', 'bul'];

/** Fewer letters than this and franc's guess is noise. */
const MIN_LETTERS = 24;

/** The ISO 639-1 code of `text`, or `fallback` when the text is too short or unrecognised. */
export function languageOf(text: string, fallback: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < MIN_LETTERS) return fallback;
  // Over all its languages franc-min takes short Russian for Serbian or Macedonian;
  // a Cyrillic text is one of the three Cyrillic languages a Libya file meets.
  const cyrillic = letters.replace(/[^\p{Script=Cyrillic}]/gu, '').length;
  const only = cyrillic > letters.length / 2 ? CYRILLIC_LANGUAGES : undefined;
  const code = iso6393To1[franc(text, { minLength: MIN_LETTERS, ...(only ? { only } : {}) })];
  return code ?? fallback;
}

/** Sets the article's language: the editor's if given, else the detected one, else 'und' with a warning. */
export function detectLanguage(article: Article): Article {
  if (article.editor.language) return { ...article, language: article.editor.language };
  const language = languageOf(`${article.title}\n${article.text}`, 'und');
  const detected = { ...article, language };
  return language === 'und'
    ? withMessage(detected, { severity: 'warning', text: 'language could not be detected; treated as undetermined' })
    : detected;
}
