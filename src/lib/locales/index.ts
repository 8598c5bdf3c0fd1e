import type { Locale } from './types.ts';
import { en } from './en/index.ts';
import { fr } from './fr/index.ts';
import { ru } from './ru/index.ts';

/** Every language the extraction reads. English first: it is the fallback for undetected text. */
export const locales: readonly Locale[] = [en, fr, ru];

/** The locale for an ISO 639-1 code, falling back to English. */
export function localeFor(code: string): Locale {
  return locales.find((locale) => locale.code === code) ?? en;
}
