// Demonyms that name their state by qualifying one of its agents ("Russian naval vessels", "les forces russes"), never elsewhere.
import { matchPhrase, type Token } from '../actor-index.ts';
import { DEMONYMS, type StateAgentRules } from './demonyms.ts';
import type { Reading } from './reading.ts';
import { FUNCTION_WORDS, MAX_PHRASE_WORDS } from './word-lists.ts';

/** Most words between a demonym and the end of its agent's name ("Deputy Defence Minister", "de la Défense"). */
const MAX_AGENT_WORDS = 4;

/** The longest phrase of the state-agent lists at token `start`: where it ends, and whether it is a noun, a modifier or both. */
interface AgentWord {
  start: number;
  end: number;
  noun: boolean;
  modifier: boolean;
}

/** The state-agent phrase at token `start`, or null. */
function agentWordAt(tokens: readonly Token[], rules: StateAgentRules, start: number): AgentWord | null {
  const noun = matchPhrase(rules.nouns, tokens, start)?.end ?? 0;
  const modifier = matchPhrase(rules.modifiers, tokens, start)?.end ?? 0;
  const end = Math.max(noun, modifier);
  return end === 0 ? null : { start, end, noun: noun === end, modifier: modifier === end };
}

/** The longest phrase of the state-agent lists that ends just before token `end`, or null. */
function agentWordBefore(tokens: readonly Token[], rules: StateAgentRules, end: number): AgentWord | null {
  let found: AgentWord | null = null;
  for (let s = end - 1; s >= 0 && end - s <= MAX_PHRASE_WORDS; s--) {
    const noun = matchPhrase(rules.nouns, tokens, s)?.end === end;
    const modifier = matchPhrase(rules.modifiers, tokens, s)?.end === end;
    if (noun || modifier) found = { start: s, end, noun, modifier };
  }
  return found;
}

/** True when no noun can continue the phrase into token `i`: a stop, a capital, a function word or a verb ("the Russian military said"). */
function closesPhrase(reading: Reading, rules: StateAgentRules, i: number): boolean {
  const token = reading.tokens[i];
  if (!token || token.gap !== '' || token.upper || token.digit) return true;
  return FUNCTION_WORDS.has(token.fold) || reading.verbAt.has(i) || rules.verbEndings.some((e) => token.fold.endsWith(e));
}

/**
 * True when the words from `from` name a state's agent, the demonym standing before them
 * ("Russian naval vessels", "российских военных кораблей"). A word that is both noun and
 * modifier ends it only where no noun can follow: "Russian military." but not "Russian military analyst".
 */
function agentAfter(reading: Reading, rules: StateAgentRules, from: number): boolean {
  const { tokens, covered } = reading;
  let last: AgentWord | null = null;
  let j = from;
  while (j < tokens.length && j - from < MAX_AGENT_WORDS) {
    const token = tokens[j];
    // "Russian-made", "Russian-backed": a demonym hyphened to its next word is another adjective.
    if (!token || token.gap !== '' || (j === from && token.hyphen) || (covered[j] ?? -1) >= 0) break;
    const word = agentWordAt(tokens, rules, j);
    if (!word || covered.subarray(word.start, word.end).some((c) => c >= 0)) break;
    last = word;
    j = word.end;
  }
  if (!last?.noun) return false;
  return !last.modifier || closesPhrase(reading, rules, j);
}

/**
 * As `agentAfter`, the demonym standing after the words that end before `to`: "les forces armées
 * russes", "un militaire russe", but not "un expert militaire russe".
 */
function agentBefore(reading: Reading, rules: StateAgentRules, to: number): boolean {
  const { tokens, covered } = reading;
  let first: AgentWord | null = null;
  let k = to;
  while (k > 0 && to - k < MAX_AGENT_WORDS && tokens[k]?.gap === '') {
    const word = agentWordBefore(tokens, rules, k);
    if (!word || covered.subarray(word.start, word.end).some((c) => c >= 0)) break;
    first = word;
    k = word.start;
  }
  if (!first?.noun) return false;
  if (!first.modifier) return true;
  const previous = tokens[k - 1];
  return !previous || tokens[k]?.gap !== '' || FUNCTION_WORDS.has(previous.fold);
}

/** The demonyms that name their state by qualifying one of its agents, as [actor id, start, end). */
export function stateMentions(reading: Reading): [string, number, number][] {
  const { tokens, covered } = reading;
  const found: [string, number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "pro-Russian forces", "forces pro-russes": a hyphened demonym is another adjective.
    if ((covered[i] ?? -1) >= 0 || tokens[i]?.hyphen) continue;
    const demonym = matchPhrase(DEMONYMS, tokens, i);
    if (!demonym) continue;
    const { actorId, rules } = demonym.entry.value;
    const agent =
      rules.position === 'before'
        ? agentAfter(reading, rules, demonym.end)
        : !tokens[demonym.end]?.hyphen && agentBefore(reading, rules, demonym.start);
    if (agent) found.push([actorId, demonym.start, demonym.end]);
    i = demonym.end - 1;
  }
  return found;
}
