// People the registry does not know: a name in a run, on the evidence of a title, a verb of saying, a profession or an attribution.
import { isCredit } from './credits.ts';
import { personAttributionBefore } from './person-attribution.ts';
import { isPlaceOrAlias } from './place-or-alias.ts';
import { professionAfter } from './profession-after.ts';
import { tokenText, type Candidate, type Reading } from './reading.ts';
import { speechVerbOf } from './speech-subject.ts';
import { casesAfterTitle, titleBeforeName, type TitleChain } from './titles.ts';
import { ARTICLES, STOP_WORDS } from './word-lists.ts';

/** Most capitalised words in a person's name. */
const MAX_NAME_WORDS = 4;

/** The person a run names, with the title or speech verb that shows it, or null. */
export function personIn(reading: Reading, start: number, end: number): Candidate | null {
  const { tokens } = reading;
  // A capitalised title inside the run ("Foreign Minister Najla Mangoush"): the name follows its last one.
  // A run that ends in a title ("Deputy Defence Minister", before a registry name) names no one.
  let nameFrom = start;
  let chain: TitleChain | null = null;
  for (let p = end; p > start; p--) {
    const inner = reading.titleBefore.get(p);
    if (inner) {
      nameFrom = p;
      chain = inner;
      break;
    }
  }
  if (nameFrom === end) return null;
  chain ??= titleBeforeName(reading, nameFrom);
  const name = tokens.slice(nameFrom, end);
  const words = name.filter((t) => t.upper).length;
  if (words === 0 || words > MAX_NAME_WORDS || name.some((t) => t.digit)) return null;
  if (name.every((t) => STOP_WORDS.has(t.fold))) return null;
  if (isPlaceOrAlias(reading, nameFrom, end)) return null;
  // Checked last, being the dearest: a byline or credit is evidence of nothing.
  const candidate = evidenceFor(reading, chain, nameFrom, end, words);
  return candidate && !isCredit(reading, chain?.start ?? nameFrom) ? candidate : null;
}

/** The person the name [nameFrom, end) is, on the evidence of its title or a speech verb, or null. */
function evidenceFor(reading: Reading, chain: TitleChain | null, nameFrom: number, end: number, words: number): Candidate | null {
  const { tokens } = reading;
  const name = tokens.slice(nameFrom, end);
  const previous = tokens[nameFrom - 1];
  const afterArticle = previous !== undefined && tokens[nameFrom]?.gap === '' && ARTICLES.has(previous.fold);
  if (chain) {
    const title = tokenText(reading, chain.start, chain.end);
    const capitalised = tokens[chain.start]?.upper === true && reading.sentenceStart[chain.start] !== 1;
    // A lower-case title before one capitalised word is an adjective more often than a title: "a major Russian deal".
    if (words >= 2 || capitalised) return { start: nameFrom, end, type: 'person', evidence: title, cases: casesAfterTitle(reading, chain) };
  }
  // "The Libyans said", "the Moscow Times reported": a name after an article is not a person's.
  if (afterArticle) return null;
  // An acronym is an agency or outlet: "TASS reported".
  const acronym = name.some((t) => t.text.length >= 2 && t.text === t.text.toUpperCase() && /\p{L}/u.test(t.text));
  const lead = chain ? chain.start : nameFrom;
  const verb = speechVerbOf(reading, end, lead);
  if (!verb) {
    // A full name described by a profession or quoted as only a person is: "X, chercheuse associée", "по словам X".
    if (words < 2 || acronym) return null;
    const profession = professionAfter(reading, end);
    if (profession) return { start: nameFrom, end, type: 'person', evidence: profession, cases: [] };
    const attribution = personAttributionBefore(reading, lead);
    if (!attribution) return null;
    const evidence = tokenText(reading, attribution.start, attribution.end);
    return { start: nameFrom, end, type: 'person', evidence, cases: attribution.entry.value };
  }
  // "But Salem said": one word after a stop word is too thin without a title.
  if (words === 1 && previous !== undefined && tokens[nameFrom]?.gap === '' && STOP_WORDS.has(previous.fold)) return null;
  return { start: nameFrom, end, type: acronym ? 'organization' : 'person', evidence: verb, cases: [] };
}
