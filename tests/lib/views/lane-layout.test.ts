import { describe, expect, it } from 'vitest';
import { laneLayout } from '../../../src/lib/views/lane-layout.ts';
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
      { id: 'e2', kind: 'background', shape: 'circle', x: 313, y: 59, width: 10, height: 10, label: 'Russia: Title of e2 (2 July 2012)' },
      { id: 'e3', kind: 'primary', shape: 'circle', x: 413, y: 59, width: 10, height: 10, label: 'Russia: Title of e3 (undated)' },
    ]);
    expect(layout.rows[1]?.marks.map((mark) => [mark.id, mark.shape, mark.x, mark.width, mark.label])).toEqual([
      ['e1', 'bar', 170, 96, 'Alpha: Title of e1 (2011)'],
      ['e2', 'circle', 313, 10, 'Alpha: Title of e2 (2 July 2012)'],
    ]);
  });

  it('stacks marks that would overlap onto a second level and makes the row taller', () => {
    const february = makeEvent({ id: 'e4', date: '2011-02', datePrecision: 'month', actors: ['alpha'] });
    const stacked = laneLayout([inYear, february], new Map([['alpha', alpha]]), 268);
    expect(stacked.rows[0]?.height).toBe(38);
    expect(stacked.rows[0]?.marks.map((mark) => [mark.id, mark.shape, mark.x, mark.y, mark.width])).toEqual([
      ['e1', 'bar', 170, 59, 96],
      ['e4', 'bar', 178.5, 73, 15],
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
    const result = laneLayout([makeEvent({ id: 'x', date: '2010', actors: ['ghost', 'alpha'] })], new Map([['alpha', alpha], ['lonely', lonely]]), 300);
    expect(result.rows.map((row) => row.actor.id)).toEqual(['alpha']);
  });
});
