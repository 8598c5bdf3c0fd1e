// The `lang` attribute for text inside an English page.

/** Undefined for English (the page's own language, so the attribute is left out), else the code. */
export function textLang(language: string): string | undefined {
  return language === 'en' ? undefined : language;
}
