// The lead of an article: the first paragraph of its story, after any wire dateline, where news names
// the officeholders of the day. A kicker or a standfirst standing above the dateline (see
// `openingDateline`) is read with it: like the headline, it tells the news of the day.
import type { Article } from '../article.ts';
import { openingDateline } from '../dateline.ts';

/** Where the lead ends in the cleaned text: the end of the paragraph a dateline opens, of the one after a dateline standing alone, or of the first. */
export function leadEnd(article: Pick<Article, 'text' | 'paragraphs'>): number {
  const { text, paragraphs } = article;
  const dateline = openingDateline(text, paragraphs);
  const story = dateline ? paragraphs.findIndex((paragraph) => paragraph.end > dateline.end) : 0;
  return paragraphs[story]?.end ?? 0;
}
