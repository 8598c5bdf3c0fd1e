import type { Locale } from '../types.ts';
import { dateWords } from './dates.ts';
import { furnitureWords } from './furniture.ts';
import { nameWords } from './names.ts';
import { speechWords } from './speech.ts';

export const ru: Locale = { code: 'ru', furniture: furnitureWords, dates: dateWords, names: nameWords, speech: speechWords };
