import type { SpeechWords } from '../types.ts';

export const speechWords: SpeechWords = {
  speechVerbs: [],
  attributions: [],
  pronouns: [],
};
