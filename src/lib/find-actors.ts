// Finds who acts in an article: every registry actor named in the cleaned body, and the people
// and organisations the registry does not know yet. Registry aliases are matched first (longest
// wins); the capitalised names left over become actors only on evidence a reader would accept:
// a title or profession before them, a profession in apposition after them, a verb of saying of
// which they are the subject, a phrase that quotes only people, or an organisation's head noun;
// a ship's name ("porte-avions Amiral Kouznetsov") is no one's. Names read in an oblique case
// are given in the nominative. A bare surname links back to the person named in full before it.
// A demonym names its state where it qualifies one of the state's agents ("Russian naval
// vessels", "les forces russes"), never elsewhere ("Russian companies", "la langue russe"); a seat of
// government names its state as the subject opening a clause ("Moscow put the contracts on hold").
// Captions and removed furniture are never read: an actor named only there is not an actor of the article.
// The parts live in `actors/`; this file states their order.
import { tokenize } from './actor-index.ts';
import type { ActorMention, Article, PipelineContext } from './article.ts';
import { captionActors } from './actors/caption-actors.ts';
import { mentionOf } from './actors/mentions.ts';
import { readingOf } from './actors/reading.ts';
import { coveredBy, isOtherBearer, registryMatches } from './actors/registry-matches.ts';
import { seatMentions } from './actors/seat-mentions.ts';
import { stateMentions } from './actors/state-mentions.ts';
import { unknownNames } from './actors/unknown-names.ts';

/** Fills the article's actor mentions (sorted by start) and the actors it names that the registry does not know. */
export function findActors(article: Article, context: PipelineContext): Article {
  const index = context.actors;
  const tokens = tokenize(article.text);
  // 1. Registry aliases first, the longest winning: everything after reads only the tokens they leave.
  const matches = registryMatches(tokens, index);
  const matchedBy = coveredBy(matches, tokens.length);
  // 2. What the name finder looks up (speech verbs, title chains, places, sentence starts) is found once;
  //    a verb or title inside a registry match, as first matched, is none.
  const reading = readingOf(article, index, tokens, matchedBy);
  // 3. A registry match that is another bearer of the surname gives its tokens back to the name finder.
  const kept = matches.filter((match) => !isOtherBearer(reading, match, matchedBy));
  reading.covered = coveredBy(kept, tokens.length);

  const mentions: ActorMention[] = [];
  const mention = (actorId: string, start: number, end: number) => {
    mentions.push(mentionOf(article, tokens, actorId, start, end));
  };
  // 4. Registry mentions first, then states, then unknown names: the sort below is stable, so this
  //    order decides between mentions that start together.
  for (const match of kept) mention(match.entry.value.actorId, match.start, match.end);
  for (const [actorId, start, end] of [...stateMentions(reading), ...seatMentions(reading)]) mention(actorId, start, end);
  // 5. The capitalised runs left over, last: they need the final registry coverage and the surnames it introduces.
  const provisionalActors = unknownNames(reading, kept, mention);
  mentions.sort((a, b) => a.span.start - b.span.start);
  // 6. Captions apart: only registry actors are read in them (see `captionActors`).
  const captions = article.captions.map((caption) => captionActors(caption, index));
  return { ...article, actorMentions: mentions, captionActors: captions, provisionalActors };
}
