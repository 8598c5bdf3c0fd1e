// What the offices an article names at its people's names say of its date (see `officeMentions`):
// held, the article stands within the office's dates; "former", after it ended; "then", or in a
// sentence that states a year (it may tell of that year), only after the office began; "designate",
// before it began. An office without dates in the registry says nothing.
import type { ActorRole } from '../../schemas/actor.ts';
import type { ActorIndex } from '../actor-index.ts';
import type { Article } from '../article.ts';
import type { Clue } from './clue.ts';
import { boundOf, OPEN_END, OPEN_START, type Bound, type Interval } from './date-window.ts';
import { officeMentions, type OfficeMention, type OfficeTense } from './office-mentions.ts';

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
function windowOf(roles: readonly ActorRole[], tense: OfficeTense, title: string): Pick<Clue, 'window' | 'detail'> | null {
  if (tense === 'holding') {
    const dated = roles.filter((role) => role.from !== undefined || role.to !== undefined);
    if (dated.length === 0) return null;
    const window: Interval[] = dated.map((role) => ({
      start: role.from ? boundOf(role.from, 'start') : OPEN_START,
      end: role.to ? boundOf(role.to, 'end') : OPEN_END,
    }));
    return { window, detail: `${title} ${dated.map(period).join(', and ')}` };
  }
  if (tense === 'then') {
    const from = earliest(roles.flatMap((role) => (role.from ? [boundOf(role.from, 'start')] : [])));
    return from ? { window: [{ start: from, end: OPEN_END }], detail: `${title} from ${from.label}, in office before the article` } : null;
  }
  if (tense === 'former') {
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

/** How a mention reads once its sentence is weighed: a sentence that states a year may tell of that year, not of the article's. */
function tenseOf(mention: OfficeMention): OfficeTense | null {
  if (!mention.datedSentence) return mention.tense;
  if (mention.tense === 'holding') return 'then';
  return mention.tense === 'designate' ? null : mention.tense;
}

/** A clue for every office the article names at its holder's name, in text order. */
export function officeClues(article: Article, index: ActorIndex): Clue[] {
  return officeMentions(article, index).flatMap((mention) => {
    const tense = tenseOf(mention);
    const title = mention.roles[0]?.title ?? '';
    const found = tense === null ? null : windowOf(mention.roles, tense, title);
    return found ? [{ ...found, quote: `“${mention.text}”`, span: mention.span }] : [];
  });
}
