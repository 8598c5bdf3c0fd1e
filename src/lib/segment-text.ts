// Splits the cleaned text into paragraphs and sentences, as character spans, so that every
// later finding can point back at the words it came from. Sentence boundaries come from
// Intl.Segmenter (Unicode UAX #29); that standard knows no abbreviations, so a break after
// one ("Gen.", "Aug.", "Col.") is mended here with each locale's list.
import type { Span } from '../schemas/event.ts';
import type { Article } from './article.ts';
import { locales } from './locales/index.ts';

const ABBREVIATIONS = new Set(locales.flatMap((locale) => locale.names.abbreviations.map((a) => a.toLowerCase())));

/** Paragraph spans: each non-blank line of the cleaned text, without its surrounding blanks. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    const line = match[0];
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed.length === 0) continue;
    const start = match.index + lead;
    spans.push({ start, end: start + trimmed.length });
  }
  return spans;
}

/** True when the text before a break ends in a known abbreviation or a lone initial ("J."). */
function endsWithAbbreviation(before: string): boolean {
  const word = /(\S+)\s*$/.exec(before)?.[1] ?? '';
  if (/^\p{Lu}\.$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase().replace(/^[(«“"„]+/, ''));
}

/** Sentence spans within one paragraph span, trimmed of white space. */
export function sentenceSpans(text: string, paragraph: Span): Span[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const body = text.slice(paragraph.start, paragraph.end);
  const spans: Span[] = [];
  for (const { segment, index } of segmenter.segment(body)) {
    const start = paragraph.start + index + (segment.length - segment.trimStart().length);
    const end = paragraph.start + index + segment.trimEnd().length;
    if (end <= start) continue;
    const previous = spans.at(-1);
    if (previous && endsWithAbbreviation(text.slice(previous.start, previous.end))) {
      spans[spans.length - 1] = { start: previous.start, end };
    } else {
      spans.push({ start, end });
    }
  }
  return spans;
}

/** Fills the article's paragraph and sentence spans from its cleaned text. */
export function segmentText(article: Article): Article {
  const paragraphs = paragraphSpans(article.text);
  const sentences = paragraphs.flatMap((paragraph) => sentenceSpans(article.text, paragraph));
  return { ...article, paragraphs, sentences };
}
