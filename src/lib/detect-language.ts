// Names the language of a text with franc (trigram statistics over 80+ languages), as an ISO 639-1
// code. Short texts carry too few trigrams to tell languages apart, so below a threshold the
// caller's fallback (usually the article's language) is kept.
import { iso6393To1 } from 'iso-639-3';
import type { Article } from './article.ts';
import { withMessage } from './article.ts';
import { francIndexed } from './franc-indexed.ts';
import { locales } from './locales/index.ts';

/** Fewer letters than this and franc's guess is noise. */
const MIN_LETTERS = 24;
/** Enough text for franc to be sure; more only costs time. */
const SAMPLE_LENGTH = 500;
/** Over all its languages franc-min takes short Russian for Serbian or Macedonian: Cyrillic is told among these. */
const CYRILLIC_LANGUAGES = ['rus', 'ukr', 'bul'];

const iso6391To3 = new Map(Object.entries(iso6393To1).map(([three, one]) => [one, three]));

/** The ISO 639-1 code franc finds among `only` (ISO 639-3 codes; all it knows when absent), or null. */
function identify(text: string, only?: string[]): string | null {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const letters = sample.replace(/[^\p{L}]/gu, '');
  if (letters.length < MIN_LETTERS) return null;
  const cyrillic = letters.replace(/[^\p{Script=Cyrillic}]/gu, '').length;
  const candidates = cyrillic > letters.length / 2 ? CYRILLIC_LANGUAGES.filter((code) => !only || only.includes(code)) : only;
  // franc-min's own answer, computed from an index of its models: see franc-indexed.ts.
  const code = francIndexed(sample, { minLength: MIN_LETTERS, ...(candidates?.length ? { only: candidates } : {}) });
  return iso6393To1[code] ?? null;
}

/**
 * The language of a passage inside an article (a quote, a claim): told among the article's own
 * language and those the pipeline reads, which keeps short passages from being taken for a
 * language nobody quoted, and keeps it fast. `fallback` when too short to tell.
 */
export function languageOf(text: string, fallback: string): string {
  const only = [...new Set([fallback, ...locales.map((locale) => locale.code)])].flatMap((code) => iso6391To3.get(code) ?? []);
  return identify(text, only) ?? fallback;
}

/** Sets the article's language: the editor's if given, else the detected one, else 'und' with a warning. */
export function detectLanguage(article: Article): Article {
  if (article.editor.language) return { ...article, language: article.editor.language };
  const language = identify(`${article.title}\n${article.text}`) ?? 'und';
  const detected = { ...article, language };
  return language === 'und'
    ? withMessage(detected, { severity: 'warning', text: 'language could not be detected; treated as undetermined' })
    : detected;
}
