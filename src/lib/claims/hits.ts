// Every speech-word phrase of an article's masked text, found in one walk over its tokens.
import type { Span } from '../../schemas/event.ts';
import type { Patterns } from './patterns.ts';
import { joined, tokensOf, type Token } from './tokens.ts';
import { stepsFrom, type WordNode } from './word-trie.ts';

/** The kinds of words found in one pass over an article (see `Hits`). */
export type Category = keyof Hits;

/** Every match of each pattern in an article's masked text, in text order: found once, looked up by range. */
export interface Hits {
  verbs: Span[];
  tagVerbs: Span[];
  attributions: Span[];
  quoteAttributions: Span[];
  notSpeech: Span[];
  pronouns: Span[];
  anonymous: Span[];
  roles: Span[];
  institutions: Span[];
  /** Definite articles, where an institution's description may begin ("the ministry", "le ministère"). */
  articles: Span[];
}

/** How many tokens from `k` an adverb takes ("également", "pour sa part"); 0 when none stands there. */
function adverbAt(text: string, tokens: readonly Token[], k: number, words: Patterns): number {
  const first = tokens[k];
  const previous = tokens[k - 1];
  if (!first || !previous || !joined(text, previous, first)) return 0;
  if (words.adverbEndings.some((e) => first.fold.length > e.length + 2 && first.fold.endsWith(e))) return 1;
  let node = words.adverbs;
  let longest = 0;
  for (let j = k; j < tokens.length; j++) {
    const token = tokens[j];
    const before = tokens[j - 1];
    if (!token || !before || (j > k && !joined(text, before, token))) break;
    const next = node.exact.get(token.fold);
    if (!next) break;
    node = next;
    if (node.ends.length > 0) longest = j - k + 1;
  }
  return longest;
}

/**
 * Every phrase of every category in the masked text, in one walk over its words. Within a category a
 * match is the longest from its first word and none starts inside another, as a regular expression's would.
 */
export function hitsOf(masked: string, words: Patterns): Hits {
  const hits: Hits = { verbs: [], tagVerbs: [], attributions: [], quoteAttributions: [], notSpeech: [], pronouns: [], anonymous: [], roles: [], institutions: [], articles: [] };
  const tokens = tokensOf(masked);
  const free = new Map<Category, number>();
  tokens.forEach((first, i) => {
    const starts = stepsFrom(words.trie, first, words.endings);
    // Most words begin no phrase: they cost one look-up.
    if (starts.length === 0) return;
    const longest = new Map<Category, number>();
    const stack: { node: WordNode; j: number; steps: readonly (readonly [WordNode, number])[] | null }[] = [{ node: words.trie, j: i, steps: starts }];
    for (let entry = stack.pop(); entry; entry = stack.pop()) {
      const token = tokens[entry.j];
      const previous = tokens[entry.j - 1];
      if (!token || (entry.j > i && (!previous || !joined(masked, previous, token)))) continue;
      for (const [child, end] of entry.steps ?? stepsFrom(entry.node, token, words.endings)) {
        for (const category of child.ends) if (end > (longest.get(category) ?? -1)) longest.set(category, end);
        if (child.exact.size === 0 && child.stems.size === 0) continue;
        stack.push({ node: child, j: entry.j + 1, steps: null });
        // Up to two adverbs inside a verb phrase: "a également déclaré", "a pour sa part simplement indiqué".
        for (let k = entry.j + 1, n = 0; child.gapped && n < 2; n++) {
          const length = adverbAt(masked, tokens, k, words);
          if (length === 0) break;
          k += length;
          stack.push({ node: child, j: k, steps: null });
        }
      }
    }
    for (const [category, end] of longest) {
      if (first.start < (free.get(category) ?? 0)) continue;
      hits[category].push({ start: first.start, end });
      free.set(category, end);
    }
  });
  return hits;
}
