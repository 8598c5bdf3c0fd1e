// What the offices an article names at its people's names say of its date (see `officeMentions`).
// Any such mention shows the office had begun when the article was written. Only where news names
// the officeholders of the day, in the headline or the lead (see `leadEnd`), does it show the office
// still held: elsewhere the body may tell of any time before (“Moscow was a major arms supplier to
// Libyan leader Muammar Gaddafi”), and so may a clause whose verb before the office is in the past,
// or a sentence that states a year. "Former" puts the article after the office ended, wherever it
// stands; "then", after it began; "designate", before it began, read only where "held" would be. An
// office without dates in the registry says nothing.
import type { ActorRole } from '../../schemas/actor.ts';
import type { Span } from '../../schemas/event.ts';
import type { ActorIndex } from '../actor-index.ts';
import type { Article } from '../article.ts';
import type { Clue } from './clue.ts';
import { boundOf, OPEN_END, OPEN_START, type Bound, type Interval } from './date-window.ts';
import { headlineArticle } from './headline-article.ts';
import { leadEnd } from './lead-end.ts';
import { officeMentions, type OfficeMention } from './office-mentions.ts';

/** Where a mention stands: the headline and the lead tell the news of the day, the rest of the body may tell of earlier times. */
type Place = 'headline' | 'lead' | 'body';

/** What a mention, weighed with where it stands, says of the office when the article was written. */
type Reading =
  /** Held: the article stands within the office's dates. */
  | { kind: 'held'; place: Exclude<Place, 'body'> }
  /** Begun, held then or since: the article follows its start. `as` names the office ("then President of Russia"), `why` says why no more is read. */
  | { kind: 'begun'; as: string; why: string }
  /** Ended: the article follows its end. */
  | { kind: 'former' }
  /** Not yet begun: the article precedes its start. */
  | { kind: 'designate' };

/** "on 12 May 2024", "in May 2024", "in 2011". */
const onDate = (value: string): string => `${value.length === 10 ? 'on' : 'in'} ${boundOf(value, 'start').label}`;

/** "from 6 November 2012 to 12 May 2024", "from 15 March 2021", "until August 2023". */
function period(role: ActorRole): string {
  const from = role.from ? `from ${boundOf(role.from, 'start').label}` : '';
  const to = role.to ? `${from ? 'to' : 'until'} ${boundOf(role.to, 'end').label}` : '';
  return [from, to].filter(Boolean).join(' ');
}

const earliest = (bounds: Bound[]): Bound | undefined => [...bounds].sort((a, b) => a.day.localeCompare(b.day))[0];
const latest = (bounds: Bound[]): Bound | undefined => [...bounds].sort((a, b) => b.day.localeCompare(a.day))[0];

/** The window and the reasoning for one office mention, or null when the registry's dates bound nothing. */
function windowOf(roles: readonly ActorRole[], reading: Reading, title: string): Pick<Clue, 'window' | 'detail'> | null {
  if (reading.kind === 'held') {
    const dated = roles.filter((role) => role.from !== undefined || role.to !== undefined);
    if (dated.length === 0) return null;
    const window: Interval[] = dated.map((role) => ({
      start: role.from ? boundOf(role.from, 'start') : OPEN_START,
      end: role.to ? boundOf(role.to, 'end') : OPEN_END,
    }));
    return { window, detail: `named in the ${reading.place} as ${title}: while in office, ${dated.map(period).join(', or ')}` };
  }
  if (reading.kind === 'begun') {
    const from = earliest(roles.flatMap((role) => (role.from ? [boundOf(role.from, 'start')] : [])));
    const how = reading.why ? `${reading.as} ${reading.why}` : reading.as;
    return from ? { window: [{ start: from, end: OPEN_END }], detail: `named as ${how}: from ${from.label}, when the office began` } : null;
  }
  if (reading.kind === 'former') {
    const ended = earliest(roles.flatMap((role) => (role.to ? [boundOf(role.to, 'start')] : [])));
    if (ended) {
      const role = roles.find((r) => r.to !== undefined && boundOf(r.to, 'start').day === ended.day);
      return { window: [{ start: ended, end: OPEN_END }], detail: `left the office of ${title} ${onDate(role?.to ?? '')}` };
    }
    const from = earliest(roles.flatMap((role) => (role.from ? [boundOf(role.from, 'start')] : [])));
    return from ? { window: [{ start: from, end: OPEN_END }], detail: `${title} from ${from.label}, and no longer` } : null;
  }
  const began = latest(roles.flatMap((role) => (role.from ? [boundOf(role.from, 'end')] : [])));
  const role = roles.find((r) => r.from !== undefined && boundOf(r.from, 'end').day === began?.day);
  return began && role?.from
    ? { window: [{ start: OPEN_START, end: began }], detail: `took office as ${title} ${onDate(role.from)}, after the article` }
    : null;
}

/** What a mention says once its place and its clause are weighed; null when it says nothing. */
function readingOf(mention: OfficeMention, place: Place, title: string): Reading | null {
  if (mention.tense === 'former') return { kind: 'former' };
  if (mention.tense === 'then') return { kind: 'begun', as: `then ${title}`, why: '' };
  const why = mention.datedSentence ? 'in a sentence that states a year' : mention.pastClause ? 'in a past-tense clause' : null;
  if (place === 'body' || why !== null) {
    // "Designate" is read only where "held" would be: elsewhere it may be what its holder was, long ago.
    return mention.tense === 'designate' ? null : { kind: 'begun', as: title, why: why ?? 'outside the headline and lead' };
  }
  return mention.tense === 'designate' ? { kind: 'designate' } : { kind: 'held', place };
}

/** The clue of one mention standing at `place` (`span` null for the headline, outside the cleaned text), or none. */
function cluesOf(mention: OfficeMention, place: Place, span: Span | null): Clue[] {
  const title = mention.roles[0]?.title ?? '';
  const reading = readingOf(mention, place, title);
  const found = reading === null ? null : windowOf(mention.roles, reading, title);
  return found ? [{ ...found, quote: `“${mention.text}”`, span }] : [];
}

/** A clue for every office the article names at its holder's name: the headline's first, then the body's in text order. */
export function officeClues(article: Article, index: ActorIndex): Clue[] {
  const headline = headlineArticle(article, index);
  const lead = leadEnd(article);
  return [
    ...(headline ? officeMentions(headline, index).flatMap((mention) => cluesOf(mention, 'headline', null)) : []),
    ...officeMentions(article, index).flatMap((mention) => cluesOf(mention, mention.span.end <= lead ? 'lead' : 'body', mention.span)),
  ];
}
