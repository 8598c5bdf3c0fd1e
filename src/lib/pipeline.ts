// The extraction of one article: a list of stages run in a stated order, each a pure function
// of the article document (and the shared, read-only context), in the manner of chrono-node.
import type { Article, PipelineContext } from './article.ts';
import { createArticle, withMessage } from './article.ts';
import { chooseEventDate } from './choose-event-date.ts';
import { cleanBoilerplate } from './clean-boilerplate.ts';
import { decodeText } from './decode-text.ts';
import { detectLanguage } from './detect-language.ts';
import { findActors } from './find-actors.ts';
import { findClaims } from './find-claims.ts';
import { findDates } from './find-dates.ts';
import { findOutlet } from './find-outlet.ts';
import { findPublicationDate } from './find-publication-date.ts';
import { inferEventDate } from './infer-event-date.ts';
import { readEditorMeta } from './read-editor-meta.ts';
import { segmentText } from './segment-text.ts';

type Stage = (article: Article, context: PipelineContext) => Article;

/**
 * The order matters, and each step says why it stands where it does.
 */
export const stages: readonly Stage[] = [
  // Furniture goes first: nothing after it may see navigation, related headlines or captions as text.
  cleanBoilerplate,
  // Offsets are fixed once the text is final; every finding below points into them.
  segmentText,
  // Language is read from the clean body, not from menus in another language.
  detectLanguage,
  // The outlet credit sits in meta lines and the dateline the cleaner set aside.
  findOutlet,
  // The publication date anchors every relative date, so it precedes them.
  findPublicationDate,
  findDates,
  chooseEventDate,
  // Actors before claims: a claim's speaker is an actor mention.
  findActors,
  // An article nothing dates is dated from what it mentions: the offices its actors are named with
  // (so after findActors) and its dated references (after findDates). Before the claims, which read
  // an actor's offices against the article's date.
  inferEventDate,
  findClaims,
];

/** One article file to extract: its bytes, and the text of its sidecar if it has one. */
export interface ArticleInput {
  file: string;
  bytes: Uint8Array;
  sidecar?: { file: string; text: string };
}

/** Runs every stage over one file. Bad input never throws: it yields messages (a `skip` one when nothing could be read). */
export function extractArticle(input: ArticleInput, context: PipelineContext): Article {
  const decoded = decodeText(input.bytes);
  if (!decoded.ok) return withMessage(createArticle(input.file, '', 'unknown'), { severity: 'skip', text: decoded.reason });
  let article = createArticle(input.file, decoded.text, decoded.encoding);
  for (const warning of decoded.warnings) article = withMessage(article, { severity: 'warning', text: warning });
  article = readEditorMeta(article, input.sidecar);
  for (const stage of stages) article = stage(article, context);
  if (article.text.length === 0) return withMessage(article, { severity: 'skip', text: 'no article text left once site furniture was removed' });
  return article;
}
