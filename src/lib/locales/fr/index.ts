import type { Locale } from '../types.ts';
import { dateWords } from './dates.ts';
import { nameWords } from './names.ts';
import { speechWords } from './speech.ts';

export const fr: Locale = { code: 'fr', dates: dateWords, names: nameWords, speech: speechWords };
