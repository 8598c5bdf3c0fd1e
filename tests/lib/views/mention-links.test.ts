import { describe, expect, it } from 'vitest';
import { timelineIndex } from '../../../src/lib/views/timeline-index.ts';
import { mentionLinks } from '../../../src/lib/views/mention-links.ts';

const primary = { id: 'p', date: '2018-02-20', kind: 'primary' as const };
const other = { id: 'q', date: '2016-10-24', kind: 'primary' as const };
const late = { id: 'bg-late', date: '2016', kind: 'background' as const, mentionedBy: ['p'] };
const early = { id: 'bg-early', date: '2011', kind: 'background' as const, mentionedBy: ['p', 'q'] };
const elsewhere = { id: 'bg-q', date: '2015', kind: 'background' as const, mentionedBy: ['q'] };
const events = [primary, other, late, early, elsewhere];

describe('mentionLinks', () => {
  it('gives a primary event the background events that name it, oldest first', () => {
    expect(mentionLinks(primary, timelineIndex(events)).map((event) => event.id)).toEqual(['bg-early', 'bg-late']);
  });

  it('gives a background event the primary events mentioning it, oldest first', () => {
    expect(mentionLinks(early, timelineIndex(events)).map((event) => event.id)).toEqual(['q', 'p']);
  });

  it('gives nothing to an event no one mentions', () => {
    expect(mentionLinks({ id: 'lonely', date: '2000', kind: 'primary' }, timelineIndex(events))).toEqual([]);
  });
});
