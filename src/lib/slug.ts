// Readable ASCII slugs for ids and URLs, in every script (Cyrillic is transliterated by
// @sindresorhus/slugify), cut at a word boundary so ids stay short enough to share.
import slugify from '@sindresorhus/slugify';

/** The kebab-case ASCII slug of `text`, at most `maxLength` characters, cut between words. */
export function slug(text: string, maxLength = 60): string {
  const full = slugify(text, { decamelize: false });
  if (full.length <= maxLength) return full;
  const cut = full.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > 0 ? cut.slice(0, lastDash) : full.slice(0, maxLength);
}
