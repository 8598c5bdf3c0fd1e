// A past month and a month ahead, neither with a year, in one sentence.
import { describe, expect, it } from 'vitest';
import { monthSpanClues } from '../../../src/lib/dating/month-span-clues.ts';
import { articleFromText } from '../../helpers/article.ts';

const spans = (text: string) => monthSpanClues(articleFromText(text)).map((c) => [c.quote, c.detail, c.months]);

describe('monthSpanClues', () => {
  it('puts the article between a past month and a later month ahead', () => {
    expect(spans('In February, Libya embarked on a new phase after interim leaders were selected to lead the country until December elections.')).toEqual([
      ['“In February” … “until December”', 'between February and December of one year', [2, 12]],
    ]);
    expect(spans("En janvier, le gouvernement a été chargé de conduire le pays jusqu'en décembre.")).toEqual([
      ["“En janvier” … “jusqu'en décembre”", 'between January and December of one year', [1, 12]],
    ]);
  });

  it('reads nothing from one month alone, from months with a year, or from a month ahead before the past one', () => {
    expect(spans('In February, Libya embarked on a new phase.')).toEqual([]);
    expect(spans('In February 2021, leaders were chosen to serve until December 2021.')).toEqual([]);
    expect(spans('In October, leaders were chosen to serve until March.')).toEqual([]);
    expect(spans('In February, leaders were chosen. They serve until December.')).toEqual([]);
  });
});
