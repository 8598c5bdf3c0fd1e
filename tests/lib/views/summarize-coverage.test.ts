import { describe, expect, it } from 'vitest';
import { coverageSentence, summarizeCoverage } from '../../../src/lib/views/summarize-coverage.ts';

const source = (file: string, language: string) => ({ file, title: 't', outlet: null, url: null, published: null, language, reportedDate: null });

describe('summarizeCoverage', () => {
  it('gives the date span, counts by kind, distinct sources and sorted languages', () => {
    const events = [
      { date: '2016-10-24', kind: 'primary' as const, sources: [source('a.txt', 'en')] },
      { date: '2011', kind: 'background' as const, sources: [source('a.txt', 'en')] },
      { date: null, kind: 'primary' as const, sources: [source('b.txt', 'ru')] },
      { date: '2023-08-22', kind: 'primary' as const, sources: [source('c.txt', 'fr'), source('d.txt', 'en')] },
    ];
    expect(summarizeCoverage(events)).toEqual({
      firstDate: '2011',
      lastDate: '2023-08-22',
      primaryCount: 3,
      backgroundCount: 1,
      sourceCount: 4,
      languages: ['en', 'fr', 'ru'],
    });
  });

  it('has no span when nothing is dated', () => {
    expect(summarizeCoverage([])).toEqual({
      firstDate: null,
      lastDate: null,
      primaryCount: 0,
      backgroundCount: 0,
      sourceCount: 0,
      languages: [],
    });
  });
});

describe('coverageSentence', () => {
  it('says the span and the counts in words, singular where one', () => {
    const coverage = { firstDate: '2011', lastDate: '2023-08-22', primaryCount: 1, backgroundCount: 2, sourceCount: 1, languages: ['en', 'fr'] };
    expect(coverageSentence(coverage)).toEqual({
      lead: 'From 2011 to 22 August 2023: 1 event reported and 2 earlier events they mention, drawn from ',
      sources: '1 source article',
      tail: ' in 2 languages (English and French).',
    });
  });

  it('leaves the span out when nothing is dated', () => {
    const coverage = { firstDate: null, lastDate: null, primaryCount: 0, backgroundCount: 0, sourceCount: 0, languages: [] };
    expect(coverageSentence(coverage).lead).toBe('0 events reported and 0 earlier events they mention, drawn from ');
  });
});
