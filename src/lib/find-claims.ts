// Finds attributed statements: words in quotation marks and reported speech around a verb of
// saying ("said", "a indiqué", "заявил") or an attribution ("according to", "selon", "по словам"),
// each with the actor who speaks. Only the words come from the locale dictionaries; the rules are
// positional: a speaker is the actor in subject position before the verb, or right after it when
// the order is inverted ("said X", "a indiqué X", "заявил X"); a description ("the minister",
// "премьер", "ведомство") stands for the actor introduced with it, or known by the registry to
// hold that office on the article's date. The parts live in `claims/`; this file states their order.
import type { Article, PipelineContext } from './article.ts';
import { claimList } from './claims/claim-list.ts';
import { maskAbbreviations, maskQuotes } from './claims/masks.ts';
import { paragraphClaims } from './claims/paragraph-claims.ts';
import { patternsFor } from './claims/patterns.ts';
import { findQuotes } from './claims/quotes.ts';
import { scanOf } from './claims/scan.ts';
import { unitsOf } from './claims/units.ts';

/** Fills `article.claims`: every quoted and reported statement once, with its speaker, language and sentence span. */
export function findClaims(article: Article, context: PipelineContext): Article {
  // 1. The locale's speech words, compiled once per language.
  const words = patternsFor(article.language);
  // 2. Abbreviation and initial stops are blanked before anything is read: the stop of "M. Lavrov"
  //    or "V. Putin" would otherwise end a sentence for the quote finder and a clause for the speaker search.
  const plain = maskAbbreviations(article.text, words);
  // 3. Quotes are found paragraph by paragraph: a quote never runs across one.
  const quotesByParagraph = article.paragraphs.map((p) => findQuotes(plain, p, words));
  // 4. Quotes are masked before any speech word is looked for: the words inside one are the
  //    speaker's, never the writer's verbs of saying, subjects or clause breaks.
  const masked = maskQuotes(plain, quotesByParagraph.flat());
  // 5. Every speech word, clause break and actor mention of the article, found once for all its sentences.
  const scan = scanOf(article, context, words, masked);
  const { claims, add } = claimList(article, scan);
  // 6. Paragraphs in text order: a pronoun with no antecedent in view stands for the last person
  //    who spoke, which only the claims before it tell.
  article.paragraphs.forEach((paragraph, p) => {
    const sentences = article.sentences.filter((s) => s.start >= paragraph.start && s.end <= paragraph.end);
    paragraphClaims(scan, unitsOf(sentences, quotesByParagraph[p] ?? []), add);
  });
  return { ...article, claims };
}
