// Bylines and photo credits ("By John Smith", "Photo: Reuters/…"): a name in one is evidence of nothing.
import { locales } from '../locales/index.ts';
import type { Reading } from './reading.ts';
import { alternation, foldLine } from '../word-patterns.ts';

const BYLINE = new RegExp(`(?:^|[;|])\\s*(?:${alternation(locales.flatMap((l) => l.furniture.bylines))})\\s*:?\\s*$`, 'u');
const PHOTO_CREDIT = new RegExp(`(?:^|[\\s(\\[|])(?:${alternation(locales.flatMap((l) => l.furniture.photoCredits))})\\s*[:/]`, 'u');

/** True when a name stands in a byline or a photo credit ("By John Smith", "Photo: Reuters/Ahmed Jadallah"). */
export function isCredit(reading: Reading, start: number): boolean {
  const offset = reading.tokens[start]?.start ?? 0;
  const line = foldLine(reading.text.slice(reading.text.lastIndexOf('\n', offset - 1) + 1, offset));
  return BYLINE.test(line) || PHOTO_CREDIT.test(line);
}
