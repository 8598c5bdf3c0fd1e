import type { Locale } from '../types.ts';
import { dateWords } from './dates.ts';
import { datingWords } from './dating.ts';
import { furnitureWords } from './furniture.ts';
import { happeningWords } from './happenings.ts';
import { nameWords } from './names.ts';
import { speechWords } from './speech.ts';

export const ru: Locale = { code: 'ru', furniture: furnitureWords, dates: dateWords, names: nameWords, speech: speechWords, dating: datingWords, happenings: happeningWords };
