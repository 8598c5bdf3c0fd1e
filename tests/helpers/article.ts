// Builds an Article from a cleaned body text, as the stages before the finders would, for unit tests.
import { createArticle, type Article } from '../../src/lib/article.ts';
import { segmentText } from '../../src/lib/segment-text.ts';

/** An article whose cleaned text is `text`, segmented, with the given fields set. */
export function articleFromText(text: string, fields: Partial<Article> = {}): Article {
  const article = { ...createArticle(fields.file ?? 'content/articles/test.txt', text, 'utf-8'), text, language: 'en', ...fields };
  return segmentText(article);
}
