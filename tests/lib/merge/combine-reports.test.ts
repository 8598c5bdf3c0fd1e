import { describe, expect, it } from 'vitest';
import { combineReports } from '../../../src/lib/merge/combine-reports.ts';
import type { DraftEvent } from '../../../src/schemas/event.ts';
import { draft } from './support/reports.ts';

const claim = (source: string, text: string) => ({ speaker: null, text, quoted: true, language: 'en', source, sentence: { start: 0, end: 10 } });

const background = (file: string, date: string): DraftEvent =>
  draft(file, {
    id: `${date}-reference-in-${file}`,
    kind: 'background',
    date,
    datePrecision: 'month',
    title: `A reference in ${file}`,
    mentionedBy: [`primary-of-${file}`],
  });

describe('combineReports', () => {
  it('takes id, title and date from the lead: a primary report, the finest and best-dated, then the earliest published', () => {
    const wire = draft('content/articles/wire.txt', {
      dateBasis: 'relative',
      actors: ['khalifa-haftar', 'russia'],
      claims: [claim('content/articles/wire.txt', 'One.')],
    });
    const paper = draft('content/articles/paper.txt', { actors: ['russia', 'andrei-belousov'], claims: [claim('content/articles/paper.txt', 'Two.')] });
    const reference = background('content/articles/blog.txt', '2025-03');
    const event = combineReports([reference, wire, paper]);
    expect([event.id, event.kind, event.title, event.date, event.dateBasis]).toEqual([
      '2025-03-12-paper',
      'primary',
      'Title of content/articles/paper.txt',
      '2025-03-12',
      'explicit',
    ]);
    expect(event.actors).toEqual(['russia', 'andrei-belousov', 'khalifa-haftar']);
    expect(event.claims.map((c) => c.text)).toEqual(['Two.', 'One.']);
    expect(event.sources.map((s) => [s.file, s.reportedDate?.date, s.reportedDate?.basis])).toEqual([
      ['content/articles/blog.txt', '2025-03', 'explicit'],
      ['content/articles/paper.txt', '2025-03-12', 'explicit'],
      ['content/articles/wire.txt', '2025-03-12', 'relative'],
    ]);
    expect(event.mentionedBy).toBeUndefined();
  });

  it('dates a report that has no date by the event, basis inferred, naming the report it took the date from', () => {
    const dated = draft('content/articles/wire.txt');
    const undated = draft('content/articles/blog.txt', { date: null });
    const event = combineReports([undated, dated]);
    expect(event.id).toBe('2025-03-12-wire');
    expect(event.sources.find((s) => s.file === 'content/articles/blog.txt')?.reportedDate).toEqual({
      date: '2025-03-12',
      precision: 'day',
      basis: 'inferred',
      explanation: 'No date of its own; dated by its merge with Outlet of content/articles/wire.txt, “Title of content/articles/wire.txt”.',
    });
  });

  it('gives an undated lead the date of a dated reference to its happening, basis inferred, and says so', () => {
    const undated = draft('content/articles/blog.txt', { date: null });
    const reference = background('content/articles/paper.txt', '2025-03');
    const event = combineReports([reference, undated]);
    expect([event.id, event.kind, event.date, event.datePrecision, event.dateBasis]).toEqual(['undated-blog', 'primary', '2025-03', 'month', 'inferred']);
    expect(event.dateEvidence).toEqual({
      text: '2025-03',
      source: 'content/articles/paper.txt',
      span: { start: 0, end: 10 },
      explanation:
        'No date in Outlet of content/articles/blog.txt, “Title of content/articles/blog.txt”; dated by its merge with Outlet of content/articles/paper.txt, “Title of content/articles/paper.txt”: “2025-03” in content/articles/paper.txt.',
    });
    expect(event.sources.map((s) => [s.file, s.reportedDate?.basis])).toEqual([
      ['content/articles/blog.txt', 'inferred'],
      ['content/articles/paper.txt', 'explicit'],
    ]);
  });

  it('keeps a claim once when two reports carry it', () => {
    const one = claim('content/articles/a.txt', 'Same.');
    const event = combineReports([
      draft('content/articles/a.txt', { claims: [one] }),
      draft('content/articles/b.txt', { claims: [one, claim('content/articles/b.txt', 'Other.')] }),
    ]);
    expect(event.claims.map((c) => `${c.source} ${c.text}`)).toEqual(['content/articles/a.txt Same.', 'content/articles/b.txt Other.']);
  });
});
