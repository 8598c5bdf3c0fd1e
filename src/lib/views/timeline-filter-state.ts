// The actor filter's state and its URL form, `?actors=<id>,<id>&match=any|all`: shared by the
// timeline's island and its tests, so what the browser does is what the tests check.

/** `any`: an event naming at least one selected actor matches; `all`: it must name every one. */
export type MatchMode = 'any' | 'all';

/** The selected actor ids, in the order the reader chose them, and how they combine. */
export interface FilterState {
  actors: readonly string[];
  match: MatchMode;
}

const ACTOR_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Whether an event naming `eventActors` is shown; with nothing selected every event is. */
export function matchesFilter(eventActors: readonly string[], selected: readonly string[], match: MatchMode): boolean {
  if (selected.length === 0) return true;
  return match === 'all'
    ? selected.every((id) => eventActors.includes(id))
    : selected.some((id) => eventActors.includes(id));
}

/** Reads the state from a query string ("?actors=a,b&match=all"); malformed or repeated ids are dropped. */
export function parseFilterState(search: string): FilterState {
  const params = new URLSearchParams(search);
  const ids = (params.get('actors') ?? '').split(',').filter((id) => ACTOR_ID.test(id));
  return { actors: [...new Set(ids)], match: params.get('match') === 'all' ? 'all' : 'any' };
}

/** The query string for a state, "" when nothing is selected. Commas stay readable in the URL. */
export function serializeFilterState({ actors, match }: FilterState): string {
  return actors.length === 0 ? '' : `?actors=${actors.join(',')}&match=${match}`;
}

/** The selection with `id` added at the end, or removed when it was already selected. */
export function toggleActor(actors: readonly string[], id: string): string[] {
  return actors.includes(id) ? actors.filter((selected) => selected !== id) : [...actors, id];
}

/** A state cut to the actors the page can filter by, and the ids it had to leave out. */
export interface KnownFilterState {
  state: FilterState;
  /** Ids with no chip on the page (unknown, or named by no event), in the URL's order. */
  unknown: string[];
}

/** Keeps the selected ids that are in `known` (the page's chips); the others are reported, not applied. */
export function keepKnownActors(state: FilterState, known: ReadonlySet<string | undefined>): KnownFilterState {
  return {
    state: { ...state, actors: state.actors.filter((id) => known.has(id)) },
    unknown: state.actors.filter((id) => !known.has(id)),
  };
}

/**
 * The filter's live status: "N of M events" while actors are selected, then a note on the ids
 * that were left out (“No event names “x”.”); "" when there is neither.
 */
export function filterStatus(shown: number, total: number, selected: number, unknown: readonly string[]): string {
  const parts = unknown.length > 0 ? [`No event names “${unknown.join('” or “')}”.`] : [];
  if (selected > 0) parts.unshift(`${shown} of ${total} events`);
  return parts.join('. ');
}
