import { describe, expect, it } from 'vitest';
import { laneLayout, MAX_EVENT_MARKS } from '../../../src/lib/views/lane-layout.ts';
import { makeActor, makeEvent } from './support/make-event.ts';

const alpha = makeActor('alpha', 'person', { name: 'Alpha' });
const russia = makeActor('russia', 'state', { name: 'Russia' });
const actors = new Map([alpha, russia].map((actor) => [actor.id, actor]));

const inYear = makeEvent({ id: 'e1', date: '2011', datePrecision: 'year', actors: ['alpha'] });
const midYear = makeEvent({ id: 'e2', date: '2012-07-02', datePrecision: 'day', kind: 'background', actors: ['alpha', 'russia'] });
const undated = makeEvent({ id: 'e3', actors: ['russia'] });

describe('laneLayout', () => {
  // Two years and an undated column share 300 units beside the 168-unit label column: 100 each.
  const layout = laneLayout([undated, midYear, inYear], actors, 468);

  it('lays out the axis: one column per year from the first to the last, then the undated column', () => {
    expect(layout).toMatchObject({
      width: 468,
      plot: { x: 168, width: 300 },
      height: 152,
      yearWidth: 100,
      top: 24,
      bottom: 128,
      axisBaselines: { top: 16, bottom: 144 },
      years: [
        { year: 2011, x: 168 },
        { year: 2012, x: 268 },
      ],
      yearSpan: '2011–2012',
      undated: { x: 368, width: 100 },
    });
  });

  it('groups rows by type in the site order, states before people', () => {
    expect(layout.groups).toEqual([
      { type: 'state', heading: 'States', y: 24 },
      { type: 'person', heading: 'People', y: 76 },
    ]);
    expect(layout.rows.map((row) => [row.actor.id, row.label, row.eventCount, row.y, row.height, row.labelY])).toEqual([
      ['russia', ['Russia'], 2, 52, 24, 68],
      ['alpha', ['Alpha'], 2, 104, 24, 120],
    ]);
  });

  it('draws a day as a circle where it falls in its year, a year as a bar across it, undated in its column', () => {
    expect(layout.rows[0]?.marks).toEqual([
      { href: '/events/e2/', kind: 'background', shape: 'circle', x: 313, y: 59, width: 10, height: 10, label: 'Russia: Title of e2 (2 July 2012)' },
      { href: '/events/e3/', kind: 'primary', shape: 'circle', x: 413, y: 59, width: 10, height: 10, label: 'Russia: Title of e3 (undated)' },
    ]);
    expect(layout.rows[1]?.marks.map((mark) => [mark.href, mark.shape, mark.x, mark.width, mark.label])).toEqual([
      ['/events/e1/', 'bar', 170, 96, 'Alpha: Title of e1 (2011)'],
      ['/events/e2/', 'circle', 313, 10, 'Alpha: Title of e2 (2 July 2012)'],
    ]);
  });

  it('stacks marks that would overlap onto a second level and makes the row taller', () => {
    const february = makeEvent({ id: 'e4', date: '2011-02', datePrecision: 'month', actors: ['alpha'] });
    const stacked = laneLayout([inYear, february], new Map([['alpha', alpha]]), 268);
    expect(stacked.rows[0]?.height).toBe(38);
    expect(stacked.rows[0]?.marks.map((mark) => [mark.href, mark.shape, mark.x, mark.y, mark.width])).toEqual([
      ['/events/e1/', 'bar', 170, 59, 96],
      ['/events/e4/', 'bar', 178.5, 73, 15],
    ]);
  });

  it('keeps years legible on a narrow target and wraps long names onto two lines, cutting the rest', () => {
    const long = makeActor('fs', 'organization', { name: 'Federal Service for Military-Technical Cooperation' });
    const narrow = laneLayout([makeEvent({ id: 'x', date: '2010', datePrecision: 'year', actors: ['fs'] }), inYear], new Map([['fs', long]]), 200);
    expect(narrow.yearWidth).toBe(44);
    expect(narrow.undated).toBeNull();
    expect(narrow.yearSpan).toBe('2010–2011');
    expect(narrow.rows[0]?.label).toEqual(['Federal Service for', 'Military-Technical…']);
    expect(narrow.rows[0]?.height).toBe(38);
  });

  it('leaves out actors without events and ids with no actor record', () => {
    const lonely = makeActor('lonely');
    const result = laneLayout(
      [makeEvent({ id: 'x', date: '2010', actors: ['ghost', 'alpha'] })],
      new Map([
        ['alpha', alpha],
        ['lonely', lonely],
      ]),
      300,
    );
    expect(result.rows.map((row) => row.actor.id)).toEqual(['alpha']);
  });

  it('counts events by actor and year once there are more than MAX_EVENT_MARKS to draw, each bar linking to its first event', () => {
    // 1,200 events in 2011 and 400 in 2012 naming Alpha, one undated naming Russia: 1,601 marks.
    const many = [
      ...Array.from({ length: 1200 }, (_, n) => makeEvent({ id: `a${String(n).padStart(4, '0')}`, date: '2011', datePrecision: 'year', actors: ['alpha'] })),
      ...Array.from({ length: 400 }, (_, n) =>
        makeEvent({ id: `b${String(n).padStart(4, '0')}`, date: '2012-03-04', datePrecision: 'day', actors: ['alpha'] }),
      ),
      undated,
    ];
    expect(many.length).toBeGreaterThan(MAX_EVENT_MARKS);
    const counted = laneLayout(many, actors, 468);
    expect(counted.marks).toBe('counts');
    expect(counted.rows.map((row) => [row.actor.id, row.eventCount, row.height])).toEqual([
      ['russia', 1, 24],
      ['alpha', 1600, 24],
    ]);
    // Alpha's pages list its events oldest first, 100 a page: 2012's first event is the 1,201st, on page 13.
    expect(counted.rows[1]?.marks).toEqual([
      { href: '/actors/alpha/#a0000', kind: 'count', shade: 4, shape: 'bar', x: 170, y: 111, width: 96, height: 10, label: 'Alpha: 1,200 events in 2011' },
      { href: '/actors/alpha/13/#b0000', kind: 'count', shade: 4, shape: 'bar', x: 270, y: 111, width: 96, height: 10, label: 'Alpha: 400 events in 2012' },
    ]);
    // One undated event against the busiest year's 1,200: the palest shade.
    expect(counted.rows[0]?.marks).toEqual([
      { href: '/actors/russia/#e3', kind: 'count', shade: 1, shape: 'bar', x: 370, y: 59, width: 96, height: 10, label: 'Russia: 1 undated event' },
    ]);
  });
});
