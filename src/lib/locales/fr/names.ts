import type { NameWords } from '../types.ts';

export const nameWords: NameWords = {
  personTitles: [],
  organizationHeads: [],
  abbreviations: [],
  stopWords: [],
};
