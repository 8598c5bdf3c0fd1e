import { describe, expect, it } from 'vitest';
import { reportedDateNote } from '../../../src/lib/views/reported-date-note.ts';

describe('reportedDateNote', () => {
  it('says the date each source gave an event of several sources, and how', () => {
    const inferred = {
      date: '2025-03-12',
      precision: 'day' as const,
      basis: 'inferred' as const,
      explanation: 'No date of its own; dated by its merge with Reuters, “Haftar’s son holds talks”.',
    };
    expect(reportedDateNote({ reportedDate: inferred }, 2)).toBe(
      '12 March 2025: No date of its own; dated by its merge with Reuters, “Haftar’s son holds talks”.',
    );
    const month = {
      date: '2025-03',
      precision: 'month' as const,
      basis: 'explicit' as const,
      explanation: '“En mars 2025” in the article’s opening sentences gives March 2025.',
    };
    expect(reportedDateNote({ reportedDate: month }, 3)).toBe('March 2025: “En mars 2025” in the article’s opening sentences gives March 2025.');
  });

  it('says nothing for an event of one source, or a source with no date', () => {
    const own = { date: '2025-03-12', precision: 'day' as const, basis: 'explicit' as const, explanation: 'x' };
    expect(reportedDateNote({ reportedDate: own }, 1)).toBeNull();
    expect(reportedDateNote({ reportedDate: null }, 2)).toBeNull();
  });
});
