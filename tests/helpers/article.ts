// Builds an Article from a cleaned body text, as the stages before the finders would, for unit tests.
import { createArticle, type Article } from '../../src/lib/article.ts';
import { segmentText } from '../../src/lib/segment-text.ts';

/** An article whose cleaned text is `text`, segmented, with the given fields set. */
export function articleFromText(text: string, fields: Partial<Article> = {}): Article {
  const article = { ...createArticle(fields.file ?? 'content/articles/test.txt', text, 'utf-8'), text, language: 'en', ...fields };
  return segmentText(article);
}

/** An article for `text` in `language` with every match of `name` marked as a mention of `actorId`, as find-actors would. */
export function articleWithMentions(text: string, language: string, name: RegExp, actorId: string): Article {
  const base = articleFromText(text, { language });
  const actorMentions = [...text.matchAll(name)].map((m) => ({
    actorId,
    text: m[0],
    span: { start: m.index, end: m.index + m[0].length },
    sentence: base.sentences.findIndex((s) => s.start <= m.index && m.index < s.end),
  }));
  return { ...base, actorMentions };
}
