// franc-min's guess, computed the same way from the same data, but fast. franc scores a sample
// against each language of its script by walking the sample's trigrams and looking each up in that
// language's model: some 40 models times 400 trigrams per article, a fifth of the extraction's time.
// Here the models are inverted once into one table (trigram → the languages that rank it), so each
// trigram of the sample is looked up once. The distances are the same integers franc sums, and ties
// go to the language franc lists first, so the answer is franc's, to the letter:
// tests/lib/franc-indexed.test.ts compares the two, so an upgrade of franc-min that changes its
// scoring fails there rather than drifting.
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc's options that this project uses. */
export interface FrancOptions {
  /** Fewer characters than this and the answer is 'und'. */
  minLength: number;
  /** ISO 639-3 codes to choose among; all of the script's when absent or empty. */
  only?: readonly string[];
}

/** franc's constants: the longest sample it reads, and the distance of a trigram a model lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/** One script's models: its languages in franc's order, and for each trigram the languages ranking it with the rank. */
interface ScriptIndex {
  languages: readonly string[];
  /** Pairs of (language index, rank), flattened. */
  ranks: Map<string, number[]>;
}

const indexes = new Map<string, ScriptIndex>(
  Object.entries(data).map(([script, models]) => {
    const languages = Object.keys(models);
    const ranks = new Map<string, number[]>();
    languages.forEach((language, index) => {
      const trigrams = (models[language] ?? '').split('|');
      // franc keeps a repeated trigram's first rank.
      const seen = new Set<string>();
      trigrams.forEach((trigram, rank) => {
        if (seen.has(trigram)) return;
        seen.add(trigram);
        const entry = ranks.get(trigram);
        if (entry) entry.push(index, rank);
        else ranks.set(trigram, [index, rank]);
      });
    });
    return [script, { languages, ranks }];
  }),
);

/** The script whose characters occur most in `value` (the first on a tie), with franc's share of it. */
function topScript(value: string): { script: string | undefined; share: number } {
  let script: string | undefined;
  let share = -1;
  for (const [name, expression] of Object.entries(expressions)) {
    const count = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (count > share) {
      share = count;
      script = name;
    }
  }
  return { script, share };
}

/** How many times each trigram occurs in `value`, cleaned as franc (trigram-utils) cleans it. */
function trigramCounts(value: string): Map<string, number> {
  const cleaned = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const trigram = cleaned.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/** The ISO 639-3 code franc-min's `franc(value, options)` returns, 'und' when it cannot tell. */
export function francIndexed(text: string, { minLength, only = [] }: FrancOptions): string {
  if (!text || text.length < minLength) return 'und';
  const value = text.slice(0, MAX_LENGTH);
  const { script, share } = topScript(value);
  const index = script === undefined ? undefined : indexes.get(script);
  if (script === undefined || index === undefined) {
    return script === undefined || share === 0 || (only.length > 0 && !only.includes(script)) ? 'und' : script;
  }
  const counts = trigramCounts(value);
  // Every trigram costs the most until a model ranks it: then the gap between its count and the rank.
  const distances = new Array<number>(index.languages.length).fill(MAX_DIFFERENCE * counts.size);
  for (const [trigram, count] of counts) {
    const ranks = index.ranks.get(trigram);
    if (ranks === undefined) continue;
    for (let i = 0; i < ranks.length; i += 2) {
      const language = ranks[i] ?? 0;
      distances[language] = (distances[language] ?? 0) - MAX_DIFFERENCE + Math.abs(count - (ranks[i + 1] ?? 0) - 1);
    }
  }
  let best = 'und';
  let bestDistance = Infinity;
  index.languages.forEach((language, i) => {
    const distance = distances[i] ?? Infinity;
    if ((only.length === 0 || only.includes(language)) && distance < bestDistance) {
      best = language;
      bestDistance = distance;
    }
  });
  return best;
}
