// Splits the cleaned text into paragraphs and sentences, as character spans, so that every
// later finding can point back at the words it came from. Sentence boundaries come from
// Intl.Segmenter (Unicode UAX #29); that standard knows no abbreviations, so a break after
// one ("Gen.", "Aug.", "Col.") is mended here with each locale's list.
import type { Span } from '../schemas/event.ts';
import type { Article } from './article.ts';
import { locales } from './locales/index.ts';

const ABBREVIATIONS = new Set(locales.flatMap((locale) => locale.names.abbreviations.map((a) => a.toLowerCase())));

// One segmenter for the whole process: building one costs far more than using it.
const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

// Two sentences run together by a copy-paste that lost the space ("matériels.Selon"): UAX #29
// sees no boundary there. A lower-case word of three letters or more, a full stop, then a
// capitalised word of three letters or more; shorter pieces are initials or domains ("U.S.", "Interfax.ru").
const GLUED_SENTENCES = /(?<=\p{Ll}{3}[.!?])(?=\p{Lu}\p{Ll}{2})/gu;

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

/** The segmenter's pieces of a paragraph, with glued sentences cut apart, as offsets into the paragraph. */
function* rawSentences(body: string): Generator<{ segment: string; index: number }> {
  for (const { segment, index } of SENTENCES.segment(body)) {
    let from = 0;
    for (const glue of segment.matchAll(GLUED_SENTENCES)) {
      yield { segment: segment.slice(from, glue.index), index: index + from };
      from = glue.index;
    }
    yield { segment: segment.slice(from), index: index + from };
  }
}

/** Sentence spans within one paragraph span, trimmed of white space. */
export function sentenceSpans(text: string, paragraph: Span): Span[] {
  const body = text.slice(paragraph.start, paragraph.end);
  const spans: Span[] = [];
  for (const { segment, index } of rawSentences(body)) {
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
