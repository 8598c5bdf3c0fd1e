// The words a text introduces a mention with: the title before it and the appositive after it.
import { matchesIn, WORD, wordCount } from './positions.ts';
import { isPerson, type Scan } from './scan.ts';
import { fold } from './tokens.ts';

/** How far an appositive or title may stand from the name it describes. */
export const MAX_INTRO_WORDS = 9;

/** Most words a parenthesis may hold and still gloss a name ("(ЛНА)", "(GNA)") rather than close its introduction. */
const MAX_GLOSS_WORDS = 3;

/** What closes the introduction of a name: punctuation and quotes, or a parenthesis (read whole, to spare a short gloss). */
const INTRO_BOUNDARY = /\([^()\u0000]{0,40}\)|[,.;:()\u0000\u0001«»“”"]/gu;

/** The words that introduce a mention, folded: a title before it ("Russian Ambassador to Libya Ivan Molotkov") and an appositive after it ("Fayez Al-Sarraj, prime minister of …"). */
export function introOf(scan: Scan, index: number): readonly string[] {
  const known = scan.intros.get(index);
  if (known !== undefined) return known;
  const intro = fold(readIntro(scan, index)).match(WORD) ?? [];
  scan.intros.set(index, intro);
  return intro;
}

/** Reads the introduction of the mention at `index` (see `introOf`). */
function readIntro(scan: Scan, index: number): string {
  const mention = scan.mentions[index];
  if (!mention) return '';
  const { words } = scan;
  const sentence = scan.sentences[mention.sentence] ?? { start: 0, end: scan.text.length };
  let from = sentence.start;
  for (const m of matchesIn(INTRO_BOUNDARY, scan.masked, sentence.start, mention.span.start)) {
    // A short parenthesis glosses a name ("командующим Ливийской национальной армией (ЛНА) маршалом Хафтаром").
    if (m.end - m.start > 1 && wordCount(scan.masked.slice(m.start, m.end)) <= MAX_GLOSS_WORDS) continue;
    from = m.end;
  }
  for (const other of scan.mentions) if (other.span.end <= mention.span.start && other.span.end > from && isPerson(scan, other.actorId)) from = other.span.end;
  let title = scan.text.slice(from, mention.span.start).split(/\s+/).filter(Boolean).slice(-MAX_INTRO_WORDS);
  // A person's title may run over prepositions ("head of the Russian Contact Group for … Lev Dengov");
  // an institution's is the words right before its name ("Russian arms exporter Rosoboronexport").
  if (!isPerson(scan, mention.actorId)) {
    const stop = title.findLastIndex((t) => words.prepositions.has(fold(t)) || words.determiners.has(fold(t)));
    title = title.slice(stop + 1);
  }
  const after = scan.masked.slice(mention.span.end, sentence.end);
  // An appositive is closed by a comma ("Fayez Al-Sarraj, prime minister of …, has"); without one the words are the rest of the clause.
  const apposition = /^\s*,([^,.;:()\u0000]*),/u.exec(after)?.[1] ?? '';
  // Where articles are written, an appositive is a noun phrase: it opens with one, a title or a capital,
  // not with a verb ("Libya, arrived at the defence ministry, …" closes a clause instead).
  const first = fold(apposition.trim().split(/\s+/)[0] ?? '');
  const nounPhrase = !words.hasArticles || words.determiners.has(first) || words.roleTokens.has(first) || /^\s*\p{Lu}/u.test(apposition);
  const appositive = nounPhrase && wordCount(apposition) <= MAX_INTRO_WORDS + 1 ? apposition : '';
  return `${title.join(' ')} ${mention.text} ${appositive}`;
}
