// Small builders for the view tests: a valid event or actor with only the fields a test cares about.
import type { Actor } from '../../../../src/schemas/actor.ts';
import type { Claim, TimelineEvent } from '../../../../src/schemas/event.ts';

/** An event with defaults a reader would accept; `overrides` set what the test is about. */
export function makeEvent(overrides: Partial<TimelineEvent> & Pick<TimelineEvent, 'id'>): TimelineEvent {
  return {
    date: null,
    datePrecision: null,
    dateBasis: null,
    kind: 'primary',
    title: `Title of ${overrides.id}`,
    summary: `Summary of ${overrides.id}`,
    language: 'en',
    actors: [],
    claims: [],
    sources: [{ file: 'content/articles/a.txt', title: 'Article A', outlet: 'Outlet', url: null, published: '2020-01-02', language: 'en', reportedDate: null }],
    dateEvidence: null,
    added: { date: '2026-12-01', order: 1 },
    ...overrides,
  };
}

/** A claim from `source` standing in the sentence [start, end). */
export function makeClaim(source: string, start: number, end: number, overrides: Partial<Claim> = {}): Claim {
  return { speaker: null, text: 'Words.', quoted: true, language: 'en', source, sentence: { start, end }, ...overrides };
}

/** An actor of `type` named after its id unless told otherwise. */
export function makeActor(id: string, type: Actor['type'] = 'person', overrides: Partial<Actor> = {}): Actor {
  return { id, name: id.toUpperCase(), type, aliases: [], ...overrides };
}
