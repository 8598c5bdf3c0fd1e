// Demonyms ("Russian", "russes", "российских") with the state each names and its language's rules for that state's agents.
import { buildPhraseTrie, foldWord, type PhraseTrie } from '../actor-index.ts';
import { locales } from '../locales/index.ts';
import { trieOf } from './word-lists.ts';

/** One language's words for telling a state's agents ("Russian troops") from other things of that nationality. */
export interface StateAgentRules {
  position: 'before' | 'after';
  nouns: PhraseTrie<boolean>;
  modifiers: PhraseTrie<boolean>;
  /** Endings of verb forms ("-ли"): a word with one closes the noun phrase before it. */
  verbEndings: readonly string[];
}

/** What a demonym stands for, and the rules of its language. */
interface Demonym {
  actorId: string;
  rules: StateAgentRules;
}

/** Every language's demonyms, each with the state it names and the rules of its language. */
export const DEMONYMS = buildPhraseTrie(
  locales.flatMap((locale) => {
    const { names } = locale;
    const rules: StateAgentRules = {
      position: names.demonymPosition,
      nouns: trieOf(names.stateAgentNouns, () => true),
      modifiers: trieOf(names.stateAgentModifiers, () => true),
      verbEndings: names.notModifierEndings.map(foldWord),
    };
    return Object.entries(names.stateDemonyms).flatMap(([actorId, words]) => words.map((word): [string, Demonym] => [word, { actorId, rules }]));
  }),
);
