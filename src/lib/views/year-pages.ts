// The year pages, `/years/<year>/` (`/years/undated/` for undated events), paged within busy
// years (`/years/2023/2/`): every event is on exactly one of them, and they are read in a row,
// oldest first, each linking to the one before and after.
import type { TimelineEvent } from '../../schemas/event.ts';
import { groupByYear } from './group-by-year.ts';
import { pageLabel, pageLinks, pagePath, paginate, type PageLink } from './paginate.ts';

/**
 * Events on one page of a year or of an actor. An entry weighs about 0.2 KB gzipped (a build of
 * 1,000 generated articles: 1,330 entries on `/`, 254 KB), so 100 keep a page near 30 KB with its
 * frame and filter, half the 60 KB budget of `npm run size`, and a busy year needs few pages.
 */
export const EVENTS_PER_PAGE = 100;

/** `/years/2023/`, `/years/undated/`. */
export function yearPath(year: string): string {
  return `/years/${year}/`;
}

/** A neighbouring page in the row of year pages. */
export interface YearPageLink {
  path: string;
  /** "2022", "2023, page 2 of 3", "Undated". */
  title: string;
}

/** One page of a year, as `/years/[...slug].astro` renders it. */
export interface YearPage<T> {
  /** A four-digit year or "undated". */
  year: string;
  /** "2023", "Undated". */
  label: string;
  /** The section id the events sit under, as on `/`: `y2023`, `undated`. */
  anchor: string;
  /** The route's rest parameter: "2023", "2023/2". */
  slug: string;
  path: string;
  number: number;
  count: number;
  /** "2023", "2023, page 2 of 3". */
  title: string;
  events: T[];
  /** Every page of the year. */
  pages: PageLink[];
  prev: YearPageLink | null;
  next: YearPageLink | null;
}

/** "2023" for a year of one page, "2023, page 2 of 3" for a page of a longer one. */
export function yearPageTitle(label: string, number: number, count: number): string {
  return count === 1 ? label : `${label}, ${pageLabel(number, count).toLowerCase()}`;
}

/** The first year the timeline covers. */
const FIRST_YEAR = 2008;

/**
 * The years whose pages exist even while empty: every year from 2008 to the build day's, and
 * "undated". An address once published then never disappears when its last event leaves.
 */
export function timelineYears(buildDay: string): string[] {
  const last = Math.max(FIRST_YEAR, Number(buildDay.slice(0, 4)));
  return [...Array.from({ length: last - FIRST_YEAR + 1 }, (_, index) => String(FIRST_YEAR + index)), 'undated'];
}

/**
 * Every year page, in reading order, from `events` in timeline order (`orderEvents`), `size`
 * events a page; `alwaysYears` (`timelineYears`) have a page even when empty.
 */
export function yearPages<T extends Pick<TimelineEvent, 'date'>>(events: readonly T[], size = EVENTS_PER_PAGE, alwaysYears: readonly string[] = []): YearPage<T>[] {
  const pages = groupByYear(events, alwaysYears).flatMap(({ year, label, anchor, events: yearEvents }) =>
    paginate(yearEvents, size).map(({ number, count, items }) => ({
      year,
      label,
      anchor,
      slug: number === 1 ? year : `${year}/${number}`,
      path: pagePath(yearPath(year), number),
      number,
      count,
      title: yearPageTitle(label, number, count),
      events: items,
      pages: pageLinks(yearPath(year), count, number),
    })),
  );
  const link = (page: (typeof pages)[number] | undefined): YearPageLink | null => (page ? { path: page.path, title: page.title } : null);
  return pages.map((page, index) => ({ ...page, prev: link(pages[index - 1]), next: link(pages[index + 1]) }));
}

/** Where each event sits among the year pages, `/years/2023/2/#<id>`, by event id. */
export function yearPlaces(pages: readonly YearPage<Pick<TimelineEvent, 'id'>>[]): Map<string, string> {
  return new Map(pages.flatMap((page) => page.events.map((event) => [event.id, `${page.path}#${event.id}`] as const)));
}
