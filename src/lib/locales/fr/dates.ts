import type { DateWords } from '../types.ts';

export const dateWords: DateWords = {
  months: {},
  weekdays: {},
  relativeYears: {},
  datelineLabels: [],
};
