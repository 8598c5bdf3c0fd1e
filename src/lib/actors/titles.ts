// Titles before a name ("General", "Deputy Defence Minister", "генерала"): their chains, their complements, and the case they put the name in.
import { cyrillicStem, foldWord, matchPhrase, type PhraseMatch, type Token } from '../actor-index.ts';
import type { NameCase } from '../locales/types.ts';
import { isModifier } from './modifiers.ts';
import type { Reading } from './reading.ts';
import { COMPLEMENT_WORDS, QUALIFIERS, TITLES } from './word-lists.ts';

/** Most words of a title's complement ("to Libya", "России в Ливии"). */
const MAX_COMPLEMENT = 6;

/** A title, or a chain of them ("Deputy" "Defence Minister"), ending just before a token. */
export interface TitleChain {
  start: number;
  end: number;
  /** The last title is written with a full stop ("Gen."): the name may follow the stop. */
  abbreviated: boolean;
  /** The case ending its words show against their listed forms ("генерала": "а"); '' as listed. */
  ending: string;
}

/** The case ending a title's words show against their listed forms ("генерала" for "генерал": "а"), or ''. */
function titleEnding(tokens: readonly Token[], match: PhraseMatch<boolean>): string {
  for (let k = match.start; k < match.end; k++) {
    const token = tokens[k];
    const listed = match.entry.words[k - match.start];
    if (!token?.cyrillic || listed === undefined) continue;
    const form = foldWord(listed);
    const stem = cyrillicStem(form);
    if (!token.fold.startsWith(stem)) continue;
    const ending = token.fold.slice(stem.length);
    if (ending !== form.slice(stem.length)) return ending;
  }
  return '';
}

/** Title chains by the token they end before, each with its qualifier ("полковник в отставке"); a chain holds no registry name. */
export function titleChains(tokens: readonly Token[], covered: Int32Array): Map<number, TitleChain> {
  const chains = new Map<number, TitleChain>();
  for (let i = 0; i < tokens.length; i++) {
    const match = matchPhrase(TITLES, tokens, i);
    if (!match || covered.subarray(match.start, match.end).some((c) => c >= 0)) continue;
    const previous = chains.get(i);
    const chained = previous && (tokens[i]?.gap === '' || (previous.abbreviated && tokens[i]?.gap === '.'));
    const qualifier = tokens[match.end]?.gap === '' ? matchPhrase(QUALIFIERS, tokens, match.end) : null;
    const end = qualifier?.end ?? match.end;
    const ending = titleEnding(tokens, match);
    const chain = {
      start: chained ? previous.start : i,
      end,
      abbreviated: !qualifier && match.entry.value,
      ending: (chained ? previous.ending : '') || ending,
    };
    const existing = chains.get(end);
    if (!existing || existing.start > chain.start) chains.set(end, chain);
  }
  return chains;
}

/** The title chain before a name, directly ("General Ahmed Salem") or over a complement ("Ambassador to Libya Ivan …"). */
export function titleBeforeName(reading: Reading, start: number): TitleChain | null {
  const { tokens, covered, titleBefore } = reading;
  const direct = titleBefore.get(start);
  const first = tokens[start];
  if (direct && (first?.gap === '' || (direct.abbreviated && first?.gap === '.'))) return direct;
  let sawComplement = false;
  for (let j = start - 1; j >= 0 && start - j <= MAX_COMPLEMENT; j--) {
    const gap = tokens[j + 1]?.gap;
    if (gap !== '' && gap !== "'") return null;
    const token = tokens[j];
    if (!token) return null;
    const content = (covered[j] ?? -1) >= 0 || reading.inPlace[j] === 1 || isModifier(reading, j);
    if (!content && !(COMPLEMENT_WORDS.has(token.fold) && !token.upper)) return null;
    sawComplement ||= content;
    const chain = titleBefore.get(j);
    if (chain && sawComplement && (tokens[j]?.gap === '' || tokens[j]?.gap === "'")) return chain;
  }
  return null;
}

/** The cases a title's ending puts the name after it in ("генерала Ахмеда Салема": genitive), or none when it is as listed. */
export function casesAfterTitle(reading: Reading, chain: TitleChain): readonly NameCase[] {
  if (chain.ending === '' || reading.nameCases.length === 0) return [];
  return reading.nameCases.filter((c) => c.titleEndings.includes(chain.ending));
}
