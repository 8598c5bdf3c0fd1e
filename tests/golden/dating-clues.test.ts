// The clues an undated article would be dated by, checked on the articles that are dated: in every
// seed and outlet fixture, each office named at its holder's name and each reference that reaches the
// article must hold on the article's own date. A clue that did not would date an undated article wrongly.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/lib/article.ts';
import { elapsedClues } from '../../src/lib/dating/elapsed-clues.ts';
import { monthSpanClues } from '../../src/lib/dating/month-span-clues.ts';
import { officeClues } from '../../src/lib/dating/office-clues.ts';
import { periodOf } from '../../src/lib/find-dates.ts';
import { extractArticle } from '../../src/lib/pipeline.ts';
import { registryContext } from '../helpers/extract-text.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEEDS = 'content/articles';
const FIXTURES = 'tests/fixtures/outlets';

/** The dated articles: the seeds with their sidecars, the outlet fixtures as they are. */
function datedArticles(): Article[] {
  const read = (folder: string, name: string, sidecar: boolean): Article => {
    const file = path.join(ROOT, folder, name);
    const side = sidecar ? readdirSync(path.join(ROOT, folder)).includes(`${name}.meta.yaml`) : false;
    return extractArticle(
      {
        file: `content/articles/${name}`,
        bytes: readFileSync(file),
        ...(side ? { sidecar: { file: `content/articles/${name}.meta.yaml`, text: readFileSync(`${file}.meta.yaml`, 'utf-8') } } : {}),
      },
      registryContext,
    );
  };
  const seeds = readdirSync(path.join(ROOT, SEEDS))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => read(SEEDS, name, true));
  const fixtures = readdirSync(path.join(ROOT, FIXTURES))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => read(FIXTURES, name, false));
  return [...seeds, ...fixtures].filter((article) => article.eventDate !== null);
}

describe('the clues of every dated article hold on its date', () => {
  const articles = datedArticles();

  it('reads clues in most of them', () => {
    const count = articles.filter((article) => officeClues(article, registryContext.actors).length + elapsedClues(article).length > 0).length;
    expect(articles.length).toBeGreaterThanOrEqual(27);
    expect(count).toBeGreaterThanOrEqual(20);
  });

  it.each(articles.map((article) => [article.file, article] as const))('%s', (_file, article) => {
    const date = article.eventDate;
    if (!date) return;
    const period = periodOf(date.value, date.precision);
    const [start, end] = [format(period.start, 'yyyy-MM-dd'), format(period.end, 'yyyy-MM-dd')];
    const wrong = [...officeClues(article, registryContext.actors), ...elapsedClues(article)]
      .filter((clue) => !clue.window.some((interval) => interval.start.day <= end && interval.end.day >= start))
      .map((clue) => `${clue.quote} (${clue.detail})`);
    const month = Number(date.value.slice(5, 7));
    const wrongMonths =
      date.precision === 'year'
        ? []
        : monthSpanClues(article)
            .filter((clue) => month < clue.months[0] || month > clue.months[1])
            .map((clue) => clue.quote);
    expect([...wrong, ...wrongMonths]).toEqual([]);
  });
});
