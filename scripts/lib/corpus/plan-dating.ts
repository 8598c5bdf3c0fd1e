// Decides how one report dates its happening: which phrase its lead uses, and whether and where a
// publication date is printed. The mix follows what pasted news looks like: most wire and web
// copy carries a date line and says "on Tuesday"; some leads state the full date; blogs and
// analyses date by the month; a few pastes carry nothing but the offices of the people named.
import { addDays } from '../../../src/lib/calendar-days.ts';
import type { Outlet } from './outlets.ts';
import type { Random } from './random.ts';
import type { Happening } from './types.ts';
import type { Dating, EditorKey, Phrase, PublicationSource } from './dating.ts';

/** How often each phrase is drawn, before the language's own exclusions. */
const PHRASES: ReadonlyArray<readonly [Phrase, number]> = [
  ['dmy', 10],
  ['mdy', 5],
  ['numeric', 4],
  ['weekday-dmy', 3],
  ['weekday', 24],
  ['yesterday', 7],
  ['none', 18],
  ['month', 6],
  ['year', 3],
  ['undated', 6],
];

/** Phrases a language does not write: English puts the month first in figures only in the US, read the other way here; French and Russian never write "March 12, 2019". */
const EXCLUDED: Readonly<Record<string, readonly Phrase[]>> = { en: ['numeric'], fr: ['mdy'], ru: ['mdy'] };

/** Days from the happening to the publication date, with their weights, by phrase. */
const OFFSETS: Readonly<Partial<Record<Phrase, ReadonlyArray<readonly [number, number]>>>> = {
  weekday: [[0, 6], [1, 3], [2, 1], [3, 1]],
  yesterday: [[1, 1]],
  none: [[0, 1]],
};
const EXPLICIT_OFFSETS: ReadonlyArray<readonly [number, number]> = [[0, 7], [1, 3], [2, 1]];

/** What the plan may draw on for one report. */
export interface DatingContext {
  /** True when one of the happening's people is named with an office the registry dates in this language. */
  datableByOffice: boolean;
  /** False for a report whose front matter is broken: its date must come from the page. */
  editorMayDate: boolean;
}

/** A dating plan for a report of `happening` by `outlet`. */
export function planDating(random: Random, outlet: Outlet, happening: Happening, context: DatingContext): Dating {
  const allowed = PHRASES.filter(([phrase]) => !(EXCLUDED[outlet.language] ?? []).includes(phrase) && (phrase !== 'undated' || context.datableByOffice));
  const phrase = random.weighted(allowed);
  const front = phrase === 'month' || phrase === 'year' ? random.chance(0.8) : ['dmy', 'mdy', 'numeric', 'weekday-dmy'].includes(phrase) && random.chance(0.3);
  const published = phrase === 'month' || phrase === 'year' || phrase === 'undated' ? false : phrase in OFFSETS ? true : random.chance(0.6);
  if (!published) return { phrase, front, publication: null };
  const offset = random.weighted(OFFSETS[phrase] ?? EXPLICIT_OFFSETS);
  const day = addDays(happening.date, offset);
  const sources: Array<readonly [PublicationSource, number]> = [['meta', 70]];
  if (outlet.dateline) sources.push(['dateline', 12]);
  if (context.editorMayDate) sources.push(['front-matter', 9], ['sidecar', 9]);
  const source = random.weighted(sources);
  const format = source === 'meta' ? random.pick(outlet.stamps) : source === 'front-matter' ? random.pick<EditorKey>(['published', 'date']) : source === 'sidecar' ? 'published' : null;
  return { phrase, front, publication: { source, day, format } };
}
