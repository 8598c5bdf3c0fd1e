// The geometry of the actors × years swimlane (`/lanes/`): one row per actor, one mark per event —
// or, for an archive too large to draw event by event, one mark per actor and year holding the number
// of its events — worked out in plain numbers so the page only draws and the tests can check every
// coordinate.
import type { Actor, ActorType } from '../../schemas/actor.ts';
import type { TimelineEvent } from '../../schemas/event.ts';
import { formatEventDate } from '../format-date.ts';
import { orderEvents } from '../order-events.ts';
import { truncate } from '../truncate.ts';
import { actorTypeHeading } from './actor-type-label.ts';
import { countActorsByType } from './count-actors.ts';
import { cutDateToPrecision } from './cut-date-to-precision.ts';
import { actorPath, eventPath } from './page-paths.ts';
import { pagePath } from './paginate.ts';
import { EVENTS_PER_PAGE } from './year-pages.ts';

type LaneEvent = Pick<TimelineEvent, 'id' | 'title' | 'date' | 'datePrecision' | 'kind' | 'actors'>;

/** Fixed measures, in SVG user units (CSS pixels at scale 1). */
export const LANE = {
  /** Room for the actor names on the left. */
  labelWidth: 168,
  /** A year is never drawn narrower than this, so its label fits under it. */
  minYearWidth: 44,
  /** The height of the year axis, drawn above and below the rows. */
  axisHeight: 24,
  /** The height of a type heading row ("People", "States"). */
  headingHeight: 28,
  /** One stack level of marks inside a row. */
  levelHeight: 14,
  /** Space above and below the marks of a row. */
  rowPadding: 5,
  /** A mark's height; a day mark is a circle of this diameter. */
  markSize: 10,
  /** The smallest gap kept between two marks on one level before the later one moves down. */
  markGap: 2,
  /** The most characters of an actor's name that fit one line of `labelWidth` at the label size. */
  labelLineLength: 23,
  /** Names wrap onto at most this many lines; the last is cut with an ellipsis if need be. */
  labelLines: 2,
  /** The distance between the baselines of a wrapped name. */
  labelLineHeight: 14,
} as const;

/**
 * The most event marks the drawing holds; beyond, it counts events by actor and year (`LaneLayout.marks`). A mark
 * weighs some 30 bytes gzipped (its link, title and shape): a few thousand would take the page past 100 KB, and a
 * busy actor's row would stack its marks dozens of levels deep.
 */
export const MAX_EVENT_MARKS = 1500;

/** Shades of a count mark, from its year's few events to the busiest actor-year's many. */
const COUNT_SHADES = 4;

/**
 * One mark in one actor's row. An event: a circle for a day, a bar as long as the month or year otherwise, linking
 * to the event. A count: a bar across the year, shaded by how many of the actor's events fall in it (`shade`, 1 to
 * COUNT_SHADES), linking to the first of them on the actor's pages.
 */
export interface LaneMark {
  href: string;
  kind: TimelineEvent['kind'] | 'count';
  shade?: number;
  shape: 'circle' | 'bar';
  x: number;
  y: number;
  width: number;
  height: number;
  /** The mark's accessible name: the actor, and the event's title and date in words, or the count and the year. */
  label: string;
}

/** One actor's row. `y` is its top edge; `labelY` the baseline of its name. */
export interface LaneRow {
  actor: Actor;
  /** The name as drawn, line by line: wrapped to the label column and cut if still too long. */
  label: string[];
  eventCount: number;
  y: number;
  height: number;
  labelY: number;
  marks: LaneMark[];
}

/** A heading over the rows of one actor type. */
export interface LaneGroup {
  type: ActorType;
  heading: string;
  y: number;
}

/** A year on the axis: its label and where its column starts. */
export interface LaneYear {
  year: number;
  x: number;
}

/** Everything the swimlane SVG draws. */
export interface LaneLayout {
  /** One mark per event, or one per actor and year with a count (more than MAX_EVENT_MARKS events to draw). */
  marks: 'events' | 'counts';
  width: number;
  /** The part right of the label column, where the years are drawn. */
  plot: { x: number; width: number };
  height: number;
  yearWidth: number;
  /** Where the rows begin and end, between the two axes. */
  top: number;
  bottom: number;
  /** The baselines of the year labels above and below the rows. */
  axisBaselines: { top: number; bottom: number };
  years: LaneYear[];
  /** "2011–2023": the years drawn, for the caption; null when no event has a date. */
  yearSpan: string | null;
  /** The column for undated events, after the years; null when every event has a date. */
  undated: { x: number; width: number } | null;
  groups: LaneGroup[];
  rows: LaneRow[];
}

/** Days in each month of a common year; leap days are too small to see at this scale. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Where in its year a date falls, and how much of the year it covers, both as fractions of a year. */
function yearFraction(date: string): { offset: number; span: number } {
  const [, month, day] = date.split('-').map(Number);
  if (month === undefined) return { offset: 0, span: 1 };
  const before = MONTH_DAYS.slice(0, month - 1).reduce((sum, days) => sum + days, 0);
  if (day === undefined) return { offset: before / 365, span: (MONTH_DAYS[month - 1] ?? 30) / 365 };
  return { offset: (before + day - 0.5) / 365, span: 0 };
}

/** The horizontal extent of an event's mark, before it is given a level. */
function markExtent(event: LaneEvent, firstYear: number, yearWidth: number, undatedX: number): Pick<LaneMark, 'shape' | 'x' | 'width'> {
  if (event.date === null) return { shape: 'circle', x: undatedX + yearWidth / 2 - LANE.markSize / 2, width: LANE.markSize };
  const date = cutDateToPrecision(event.date, event.datePrecision);
  const { offset, span } = yearFraction(date);
  const yearX = LANE.labelWidth + (Number(date.slice(0, 4)) - firstYear) * yearWidth;
  if (span === 0) return { shape: 'circle', x: yearX + offset * yearWidth - LANE.markSize / 2, width: LANE.markSize };
  // A bar covers its month or year, inset a little so neighbouring years' bars stay apart.
  // A month is a few pixels wide at a year's scale: drawn that narrow, a hollow bar reads as a "0".
  const width = Math.max(span * yearWidth - 2 * LANE.markGap, LANE.markSize * 1.5);
  return { shape: 'bar', x: yearX + offset * yearWidth + LANE.markGap, width };
}

/**
 * An actor's events counted by year (and the undated together), one bar across each year's column, shaded on a
 * logarithmic scale up to `busiest`; each links to the first of its events on the actor's pages, which list
 * `events` in this order, EVENTS_PER_PAGE a page.
 */
function countMarks(
  actor: Actor,
  events: readonly LaneEvent[],
  busiest: number,
  firstYear: number,
  yearWidth: number,
  undatedX: number,
  y: number,
): LaneMark[] {
  const byYear = Map.groupBy(
    events.map((event, index) => ({ event, index })),
    ({ event }) => event.date?.slice(0, 4) ?? null,
  );
  return [...byYear].map(([year, [first, ...rest]]) => {
    const count = rest.length + 1;
    const x = year === null ? undatedX : LANE.labelWidth + (Number(year) - firstYear) * yearWidth;
    const page = pagePath(actorPath(actor.id), Math.floor((first?.index ?? 0) / EVENTS_PER_PAGE) + 1);
    return {
      href: `${page}#${first?.event.id ?? ''}`,
      kind: 'count' as const,
      shade: Math.max(1, Math.ceil((COUNT_SHADES * Math.log1p(count)) / Math.log1p(busiest))),
      shape: 'bar' as const,
      x: round(x + LANE.markGap),
      y: y + LANE.rowPadding + (LANE.levelHeight - LANE.markSize) / 2,
      width: round(yearWidth - 2 * LANE.markGap),
      height: LANE.markSize,
      label: `${actor.name}: ${count.toLocaleString('en-GB')} ${year === null ? 'undated ' : ''}${count === 1 ? 'event' : 'events'}${year === null ? '' : ` in ${year}`}`,
    };
  });
}

/**
 * Places marks on as few levels as keep them from overlapping: each goes on the first level whose
 * last mark ends before it starts. Marks come in left-to-right order.
 */
function stackMarks(extents: Array<Pick<LaneMark, 'x' | 'width'>>): number[] {
  const levelEnds: number[] = [];
  return extents.map(({ x, width }) => {
    let level = levelEnds.findIndex((end) => end + LANE.markGap <= x);
    if (level === -1) level = levelEnds.push(0) - 1;
    levelEnds[level] = x + width;
    return level;
  });
}

/** `name` wrapped between words into lines of at most `LANE.labelLineLength` characters, at most `LANE.labelLines` of them. */
function wrapLabel(name: string): string[] {
  const lines: string[] = [];
  let rest = name;
  while (rest.length > LANE.labelLineLength && lines.length < LANE.labelLines - 1) {
    const cut = rest.lastIndexOf(' ', LANE.labelLineLength);
    if (cut <= 0) break;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  return [...lines, truncate(rest, LANE.labelLineLength)];
}

/** Rounds to a tenth of a pixel: enough for the eye, short in the HTML, exact in the tests. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * The swimlane for `events` over the actors (from `actors`, by id) they name: rows grouped by type
 * in the filter bar's order, busiest actor first, then by name. Years run from the earliest dated
 * event to the latest, each at least `LANE.minYearWidth` wide and wider when `targetWidth` allows.
 */
export function laneLayout(events: readonly LaneEvent[], actors: ReadonlyMap<string, Actor>, targetWidth: number): LaneLayout {
  const ordered = orderEvents(events);
  const years = ordered.flatMap((event) => (event.date === null ? [] : [Number(event.date.slice(0, 4))]));
  const firstYear = Math.min(...years);
  const yearCount = years.length === 0 ? 0 : Math.max(...years) - firstYear + 1;
  const hasUndated = ordered.some((event) => event.date === null);
  const columns = yearCount + (hasUndated ? 1 : 0);
  const yearWidth = Math.max(LANE.minYearWidth, Math.floor((targetWidth - LANE.labelWidth) / Math.max(columns, 1)));
  const undatedX = LANE.labelWidth + yearCount * yearWidth;

  const eventsOf = new Map<string, LaneEvent[]>();
  for (const event of ordered) {
    for (const actorId of new Set(event.actors)) eventsOf.set(actorId, [...(eventsOf.get(actorId) ?? []), event]);
  }
  const marksMode: LaneLayout['marks'] = [...eventsOf.values()].reduce((sum, list) => sum + list.length, 0) > MAX_EVENT_MARKS ? 'counts' : 'events';
  const busiest = Math.max(
    1,
    ...[...eventsOf.values()].flatMap((list) => [...Map.groupBy(list, (event) => event.date?.slice(0, 4) ?? null).values()].map((year) => year.length)),
  );

  const groups: LaneGroup[] = [];
  const rows: LaneRow[] = [];
  let y = LANE.axisHeight;
  for (const group of countActorsByType(ordered, actors)) {
    groups.push({ type: group.type, heading: actorTypeHeading(group.type), y });
    y += LANE.headingHeight;
    for (const { actor } of group.actors) {
      const actorEvents = eventsOf.get(actor.id) ?? [];
      const label = wrapLabel(actor.name);
      const labelHeight = label.length * LANE.labelLineHeight;
      if (marksMode === 'counts') {
        const height = Math.max(LANE.levelHeight, labelHeight) + 2 * LANE.rowPadding;
        const marks = countMarks(actor, actorEvents, busiest, firstYear, yearWidth, undatedX, y);
        rows.push({ actor, label, eventCount: actorEvents.length, y, height, labelY: y + LANE.rowPadding + LANE.levelHeight - 3, marks });
        y += height;
        continue;
      }
      const extents = actorEvents.map((event) => ({ event, ...markExtent(event, firstYear, yearWidth, undatedX) })).sort((a, b) => a.x - b.x);
      const levels = stackMarks(extents);
      const levelCount = Math.max(...levels) + 1;
      const height = Math.max(levelCount * LANE.levelHeight, labelHeight) + 2 * LANE.rowPadding;
      const marks = extents.map(({ event, shape, x, width }, index) => ({
        href: eventPath(event.id),
        kind: event.kind,
        shape,
        x: round(x),
        y: y + LANE.rowPadding + (levels[index] ?? 0) * LANE.levelHeight + (LANE.levelHeight - LANE.markSize) / 2,
        width: round(width),
        height: LANE.markSize,
        label: `${actor.name}: ${event.title} (${event.date === null ? 'undated' : formatEventDate(cutDateToPrecision(event.date, event.datePrecision))})`,
      }));
      rows.push({ actor, label, eventCount: actorEvents.length, y, height, labelY: y + LANE.rowPadding + LANE.levelHeight - 3, marks });
      y += height;
    }
  }

  return {
    marks: marksMode,
    width: LANE.labelWidth + columns * yearWidth,
    plot: { x: LANE.labelWidth, width: columns * yearWidth },
    height: y + LANE.axisHeight,
    yearWidth,
    top: LANE.axisHeight,
    bottom: y,
    axisBaselines: { top: LANE.axisHeight - 8, bottom: y + 16 },
    years: Array.from({ length: yearCount }, (_, index) => ({ year: firstYear + index, x: LANE.labelWidth + index * yearWidth })),
    yearSpan: yearCount === 0 ? null : `${firstYear}–${firstYear + yearCount - 1}`,
    undated: hasUndated ? { x: undatedX, width: yearWidth } : null,
    groups,
    rows,
  };
}
