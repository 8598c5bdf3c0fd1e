// Language codes in English words, for badges and the coverage line.
const displayNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** "fr" → "French"; a code the runtime does not know is returned upper-cased. */
export function languageName(code: string): string {
  try {
    const name = displayNames.of(code);
    return name && name !== code ? name : code.toUpperCase();
  } catch {
    // Intl throws a RangeError on codes that are not well-formed BCP 47 tags.
    return code.toUpperCase();
  }
}
