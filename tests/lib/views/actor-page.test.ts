import { describe, expect, it } from 'vitest';
import { actorEventPages, actorPage } from '../../../src/lib/views/actor-page.ts';
import { makeActor, makeEvent } from './support/make-event.ts';

const haftar = makeActor('haftar', 'person', {
  name: 'Khalifa Haftar',
  aliases: ['Hafter', 'Халифа Хафтар'],
  roles: [{ title: 'Commander of the Libyan National Army', from: '2015-03' }, { title: 'Field marshal' }],
});
const russia = makeActor('russia', 'state', { name: 'Russia' });
const actors = new Map([haftar, russia].map((actor) => [actor.id, actor]));

describe('actorPage', () => {
  it('gathers the events in timeline order, companions, aliases by script and role periods', () => {
    const events = [
      makeEvent({ id: 'late', date: '2023', actors: ['haftar', 'russia', 'ghost'] }),
      makeEvent({ id: 'early', date: '2016', actors: ['haftar', 'russia'] }),
      makeEvent({ id: 'other', date: '2019', actors: ['russia'] }),
    ];
    const page = actorPage(haftar, events, actors);
    expect(page.events.map((event) => event.id)).toEqual(['early', 'late']);
    expect(page.companions.map(({ actor, shared }) => [actor.id, shared])).toEqual([['russia', 2]]);
    expect(page.aliases).toEqual([
      { script: 'Latin', lang: null, aliases: ['Hafter'] },
      { script: 'Cyrillic', lang: 'ru', aliases: ['Халифа Хафтар'] },
    ]);
    expect(page.roles).toEqual([
      { title: 'Commander of the Libyan National Army', period: 'since March 2015' },
      { title: 'Field marshal', period: null },
    ]);
  });

  it('gives an actor without events an empty page rather than none', () => {
    const page = actorPage(makeActor('lonely'), [], actors);
    expect(page).toMatchObject({ events: [], companions: [], aliases: [], roles: [] });
  });
});

describe('actorEventPages', () => {
  it('pages an actor’s events under its address', () => {
    const pages = actorEventPages('russia', ['a', 'b', 'c'], 2);
    expect(pages.map(({ path, items }) => [path, items])).toEqual([
      ['/actors/russia/', ['a', 'b']],
      ['/actors/russia/2/', ['c']],
    ]);
  });

  it('keeps an actor without events on one empty page', () => {
    expect(actorEventPages('nobody', []).map(({ path, items, count }) => [path, items, count])).toEqual([['/actors/nobody/', [], 1]]);
  });
});
