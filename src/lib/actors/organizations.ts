// Organisations the registry does not know, found by their head noun ("Ministry", "Brigade", "Министерство"), and their names as looked up.
import { foldWord, matchPhrase } from '../actor-index.ts';
import { isModifier } from './modifiers.ts';
import { isDayOfMonth } from './name-runs.ts';
import { tokenText, type Candidate, type Reading } from './reading.ts';

/** Most words added after an organisation's head ("of Foreign Affairs", "présidentiel"). */
const MAX_ORG_TAIL = 6;

/**
 * Where an organisation's name ends after its head: capitals and digits, words joined by a
 * connector to a capital ("of Interior", "de l'Intérieur"), and, in languages that have them,
 * adjectives and genitives ("présidentiel", "обороны"). Capitals follow the head directly only
 * where the language puts it first ("Brigade Tarek Ben Ziyad"); English keeps "Council Chairman X" apart.
 */
function organizationTail(reading: Reading, from: number, capitalsFollow: boolean, modifiers: boolean): number {
  const { tokens, covered, rules } = reading;
  let end = from;
  let afterConnector = false;
  let afterCapital = false;
  for (let j = from; j < tokens.length && j - from < MAX_ORG_TAIL; j++) {
    const token = tokens[j];
    if (!token || (covered[j] ?? -1) >= 0 || reading.inPlace[j] === 1) break;
    const elided = token.gap === "'" && afterConnector;
    if ((token.gap !== '' && !elided) || isDayOfMonth(tokens, j)) break;
    if (token.digit || (token.upper && (capitalsFollow || afterConnector || afterCapital))) {
      end = j + 1;
      afterCapital = token.upper;
      afterConnector = false;
    } else if (!token.upper && rules.connectors.has(token.fold)) {
      afterConnector = true;
      afterCapital = false;
    } else if (modifiers && !afterConnector && isModifier(reading, j)) {
      end = j + 1;
      afterCapital = false;
    } else {
      break;
    }
  }
  return end;
}

/** The organisation a run names, by its head noun, or null. */
export function organizationIn(reading: Reading, start: number, end: number): Candidate | null {
  const { tokens, rules } = reading;
  if (rules.headPosition === 'last') {
    // "Tripoli Protection Force", "444 Brigade", "Ministry of Interior", "Brigade 444".
    for (let k = end - 1; k >= start; k--) {
      const head = matchPhrase(rules.heads, tokens, k);
      if (!head || head.end !== k + 1) continue;
      const afterDigits = tokens.slice(k + 1, end).every((t) => t.digit);
      if (!afterDigits) return null;
      const tail = organizationTail(reading, end, false, false);
      const last = Math.max(end, tail);
      if (last - start < 2) return null;
      return { start, end: last, type: head.entry.value, evidence: tokens[k]?.text ?? '', cases: [] };
    }
    return null;
  }
  // "Brigade 444", "Conseil présidentiel", "Министерство обороны".
  const head = matchPhrase(rules.heads, tokens, start);
  if (!head || head.end !== start + 1) return null;
  const last = Math.max(end, organizationTail(reading, start + 1, true, true));
  if (last - start < 2) return null;
  return { start, end: last, type: head.entry.value, evidence: tokens[start]?.text ?? '', cases: [] };
}

/**
 * An organisation's name as a reader looks it up. In a language that inflects names and puts the
 * head first, the head is given as listed ("Советом Безопасности" → "Совет Безопасности"): the
 * words after it are genitives, which do not change with it.
 */
export function organizationName(reading: Reading, organization: Candidate): string {
  const { tokens, rules } = reading;
  const written = tokenText(reading, organization.start, organization.end);
  const head = tokens[organization.start];
  if (reading.nameCases.length === 0 || rules.headPosition !== 'first' || !head?.cyrillic) return written;
  const listed = matchPhrase(rules.heads, tokens, organization.start)?.entry.words[0];
  if (listed === undefined || foldWord(listed) === head.fold) return written;
  const form = head.upper ? listed.charAt(0).toUpperCase() + listed.slice(1) : listed;
  return form + written.slice(head.text.length);
}

/**
 * True when a registry actor's possessive stands before token `start`: "Russia's Foreign Ministry",
 * "China's Air Force" describe a body of a known actor rather than name a new one.
 */
export function isPossessed(reading: Reading, start: number): boolean {
  const { tokens, covered } = reading;
  const s = tokens[start - 1];
  return tokens[start]?.gap === '' && s?.fold === 's' && s.gap === "'" && (covered[start - 2] ?? -1) >= 0;
}
