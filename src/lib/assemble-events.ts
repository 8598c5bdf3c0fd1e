// Turns one extracted article into event records: one primary event (the news it reports) and a
// background event for each earlier happening it dates ("put on hold in February 2011").
import type { DraftEvent, EventSource, ReportedDate } from '../schemas/event.ts';
import type { Article, DateMention } from './article.ts';
import { sentenceText } from './article.ts';
import { openingDateline, spansWithoutDateline, withoutDateline } from './dateline.ts';
import { formatEventDate } from './format-date.ts';
import { slug } from './slug.ts';
import { truncate } from './truncate.ts';

/** Longest summary, in characters: one or two sentences of the lead. */
const MAX_SUMMARY = 320;
/** Longest background title, in characters. */
const MAX_BACKGROUND_TITLE = 120;

/** The first one or two sentences of the body, without the wire dateline. */
function summarize(article: Article): string {
  const spans = spansWithoutDateline(article.sentences, openingDateline(article.text, article.paragraphs));
  const [first = '', second = ''] = spans.slice(0, 2).map((span) => article.text.slice(span.start, span.end));
  const lead = second && first.length + second.length < MAX_SUMMARY ? `${first} ${second}` : first;
  return truncate(lead, MAX_SUMMARY);
}

/** The article as a source of an event, with the date its report gives that event. */
export function eventSource(article: Article, reportedDate: ReportedDate | null): EventSource {
  return {
    file: article.file,
    title: article.title,
    outlet: article.outlet,
    url: article.editor.url ?? null,
    published: article.publication?.value ?? null,
    language: article.language,
    reportedDate,
  };
}

/**
 * Actor ids in order of first mention, without repeats. Names inside the wire dateline are left
 * out: "MOSCOW (Sputnik) -" says where the story was filed and by whom, not who acted in it.
 */
function actorIds(article: Article, sentence?: number): string[] {
  const dateline = openingDateline(article.text, article.paragraphs);
  const inStory = article.actorMentions.filter((m) => !dateline || m.span.start >= dateline.end || m.span.end <= dateline.start);
  const mentions = sentence === undefined ? inStory : inStory.filter((m) => m.sentence === sentence);
  const speakers = sentence === undefined ? article.claims.flatMap((claim) => (claim.speaker ? [claim.speaker] : [])) : [];
  return [...new Set([...mentions.map((mention) => mention.actorId), ...speakers])];
}

/** True when `value` names a time before `main`, and not the period that contains it. */
function isEarlier(value: string, main: string | null): boolean {
  if (main === null) return true;
  return value < main && !main.startsWith(value);
}

/** The dated references that become background events: earlier than the main date, once per date. */
function backgroundMentions(article: Article): DateMention[] {
  const main = article.eventDate?.value ?? null;
  const seen = new Set<string>();
  return article.dates.filter((mention) => {
    if (mention.origin === 'meta' || seen.has(mention.value)) return false;
    // Undated articles keep only dates whose year is written: nothing else anchors them.
    if (main === null && mention.parts.year !== 'stated') return false;
    if (!isEarlier(mention.value, main)) return false;
    seen.add(mention.value);
    return true;
  });
}

/** How a background date was read, in words a reader can check: what the text says and what the build added to it. */
function backgroundExplanation(article: Article, mention: DateMention): string {
  const reference = `A dated reference in ${mention.origin === 'body' ? 'the article' : 'a photo caption'}: “${mention.text}”`;
  const published = article.publication ? formatEventDate(article.publication.value) : null;
  if (mention.basis === 'relative') return published ? `${reference}, counted from the publication date, ${published}.` : `${reference}.`;
  if (mention.parts.year !== 'implied') return `${reference}.`;
  if (mention.yearFrom !== undefined) return `${reference}, its year from “${mention.yearFrom}” beside it.`;
  return published ? `${reference}, its year from the publication date, ${published}.` : `${reference}, its year from the latest year the article states.`;
}

function backgroundEvent(article: Article, mention: DateMention, primaryId: string): DraftEvent {
  const inBody = mention.origin === 'body';
  const explanation = backgroundExplanation(article, mention);
  const sentence = inBody ? sentenceText(article, mention.originIndex) : (article.captions[mention.originIndex] ?? mention.text);
  const title = truncate(withoutDateline(sentence), MAX_BACKGROUND_TITLE);
  return {
    id: `${mention.value}-${slug(title, 50)}`,
    date: mention.value,
    datePrecision: mention.precision,
    dateBasis: mention.basis,
    kind: 'background',
    title,
    summary: sentence,
    language: article.language,
    actors: inBody ? actorIds(article, mention.originIndex) : (article.captionActors[mention.originIndex] ?? []),
    claims: [],
    sources: [eventSource(article, { date: mention.value, precision: mention.precision, basis: mention.basis, explanation })],
    dateEvidence: {
      text: mention.text,
      source: article.file,
      explanation,
      span: inBody ? mention.span : null,
    },
    mentionedBy: [primaryId],
  };
}

/** The primary event an article reports, then its background events. */
export function assembleEvents(article: Article): DraftEvent[] {
  const date = article.eventDate;
  const id = `${date?.value ?? 'undated'}-${slug(article.title, 60) || 'article'}`;
  const primary: DraftEvent = {
    id,
    date: date?.value ?? null,
    datePrecision: date?.precision ?? null,
    dateBasis: date?.basis ?? null,
    kind: 'primary',
    title: article.title,
    summary: summarize(article),
    language: article.language,
    actors: actorIds(article),
    claims: article.claims,
    sources: [eventSource(article, date ? { date: date.value, precision: date.precision, basis: date.basis, explanation: date.explanation } : null)],
    dateEvidence: date ? { text: date.text, source: article.file, explanation: date.explanation, span: date.span } : null,
  };
  return [primary, ...backgroundMentions(article).map((mention) => backgroundEvent(article, mention, id))];
}
