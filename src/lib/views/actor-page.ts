// Everything an actor page (`/actors/<id>/`) shows: its events, companions, aliases and roles.
import type { Actor } from '../../schemas/actor.ts';
import type { TimelineEvent } from '../../schemas/event.ts';
import { orderEvents } from '../order-events.ts';
import { aliasScripts, type AliasGroup } from './alias-scripts.ts';
import { coActors } from './co-actors.ts';
import { actorPath } from './page-paths.ts';
import { pagedList, type PagedListPage } from './paginate.ts';
import { rolePeriod } from './role-period.ts';
import { EVENTS_PER_PAGE } from './year-pages.ts';

/** What the actor page renders. */
export interface ActorPage {
  actor: Actor;
  /** The events naming the actor, in timeline order. */
  events: TimelineEvent[];
  /** The actors it shares most events with, and how many. */
  companions: Array<{ actor: Actor; shared: number }>;
  aliases: AliasGroup[];
  roles: Array<{ title: string; period: string | null }>;
}

/** The events naming `actorId`, in timeline order: the list every page of an actor's events is cut from. */
export function actorEvents(actorId: string, events: readonly TimelineEvent[]): TimelineEvent[] {
  return orderEvents(events.filter((event) => event.actors.includes(actorId)));
}

/** The page for `actor` among `events`, with every actor by id to name its companions. */
export function actorPage(actor: Actor, events: readonly TimelineEvent[], actors: ReadonlyMap<string, Actor>): ActorPage {
  return {
    actor,
    events: actorEvents(actor.id, events),
    companions: coActors(actor.id, events).flatMap(({ id, shared }) => {
      const companion = actors.get(id);
      return companion ? [{ actor: companion, shared }] : [];
    }),
    aliases: aliasScripts(actor.aliases),
    roles: (actor.roles ?? []).map((role) => ({ title: role.title, period: rolePeriod(role) })),
  };
}

/** The pages of an actor's events, `/actors/<id>/`, `/actors/<id>/2/`…, `size` events a page. */
export function actorEventPages<T>(actorId: string, events: readonly T[], size = EVENTS_PER_PAGE): PagedListPage<T>[] {
  return pagedList(actorPath(actorId), events, size);
}
