// Phrases read backwards: which phrase of a list ends just before a token ("former" before "defence minister").
import { matchPhrase, type PhraseMatch, type PhraseTrie, type Token } from '../actor-index.ts';

/** Most words of a marker or duration phrase ("с тех пор как"). */
const MAX_WORDS = 4;

/** The longest phrase of `trie` whose last word is the token before `end`, or null. */
export function phraseEndingAt<T>(trie: PhraseTrie<T>, tokens: readonly Token[], end: number): PhraseMatch<T> | null {
  for (let start = Math.max(0, end - MAX_WORDS); start < end; start++) {
    const match = matchPhrase(trie, tokens, start);
    if (match?.end === end) return match;
  }
  return null;
}
