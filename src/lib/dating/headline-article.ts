// The headline read as an article of its own, so that the offices it names at its people's names are
// read as the body's are (the cleaned text, which every span indexes, leaves the headline out).
import type { ActorIndex } from '../actor-index.ts';
import { createArticle, type Article } from '../article.ts';
import { findActors } from '../find-actors.ts';
import { findDates } from '../find-dates.ts';
import { segmentText } from '../segment-text.ts';

/** The headline as an article, its dates and actors found; null when there is none, or when the title is the body's first sentence. */
export function headlineArticle(article: Article, index: ActorIndex): Article | null {
  const title = article.title.trim();
  // With no headline, clean-boilerplate titles the article with its first sentence (shortened): the lead's words, read there.
  if (title === '' || article.text.startsWith(title.replace(/…$/u, ''))) return null;
  const headline = { ...createArticle(article.file, title, article.encoding), text: title, language: article.language, publication: article.publication };
  return findActors(findDates(segmentText(headline)), { actors: index });
}
