// The word trie the speech dictionaries compile into, and the step from one of its nodes over a token.
import type { Category } from './hits.ts';
import { fold, stemOf, stemsOf, tokensOf, type Token } from './tokens.ts';

/** A node of the word trie: the phrases that end here, and the words that may follow. */
export interface WordNode {
  /** Next words as written (folded). */
  exact: Map<string, WordNode>;
  /** Next words by stem, for the inflected categories: a token matches when the rest of it is a case ending. */
  stems: Map<string, WordNode>;
  ends: Category[];
  /** Inside a verb phrase: adverbs may stand before the next word ("a également déclaré"). */
  gapped: boolean;
}

/** A node with no phrase ending at it and no word after it. */
export const emptyNode = (): WordNode => ({ exact: new Map(), stems: new Map(), ends: [], gapped: false });

/** Adds a phrase to a word trie under `category`; `endings` lets its words take case endings, `gapped` adverbs between them. */
export function addPhrase(root: WordNode, phrase: string, category: Category, endings: readonly string[], gapped = false): void {
  let node = root;
  tokensOf(fold(phrase)).forEach((token, i) => {
    if (i > 0 && gapped) node.gapped = true;
    const inflected = endings.length > 0 && /\p{L}$/u.test(token.fold);
    const map = inflected ? node.stems : node.exact;
    const key = inflected ? stemOf(token.fold, endings) : token.fold;
    const child = map.get(key) ?? emptyNode();
    map.set(key, child);
    node = child;
  });
  if (node !== root && !node.ends.includes(category)) node.ends.push(category);
}

// One empty answer shared by every token that leads nowhere, rather than a new array each time.
const NO_STEPS: readonly (readonly [WordNode, number])[] = [];

/** The children of `node` that `token` leads to, with where the word ends (a trailing apostrophe left out unless the word has it). */
export function stepsFrom(node: WordNode, token: Token, endings: readonly string[]): readonly (readonly [WordNode, number])[] {
  let steps: (readonly [WordNode, number])[] | null = null;
  const exact = node.exact.get(token.fold);
  if (exact) steps = [[exact, token.end]];
  const elided = token.fold.endsWith("'");
  if (elided) {
    const bare = node.exact.get(token.fold.slice(0, -1));
    if (bare) (steps ??= []).push([bare, token.end - 1]);
  }
  if (node.stems.size > 0) {
    for (const stem of stemsOf(token, endings)) {
      const child = node.stems.get(stem);
      if (child) (steps ??= []).push([child, elided ? token.end - 1 : token.end]);
    }
  }
  return steps ?? NO_STEPS;
}
