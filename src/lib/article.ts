// The one document that travels through every stage, in the manner of vfile:
// each stage returns a new Article with its own fields filled and its problems added to `messages`.
import type { DateBasis, DatePrecision, Span, Claim } from '../schemas/event.ts';
import type { RemovedText } from '../schemas/source.ts';
import type { EditorMeta } from '../schemas/editor-meta.ts';
import type { ActorIndex } from './actor-index.ts';

/** What every stage may read besides the article: built once per build, shared by all articles. */
export interface PipelineContext {
  actors: ActorIndex;
}

/** A problem a stage met, positioned where it can be. Stages record these and never throw for bad input. */
export interface Message {
  severity: 'warning' | 'skip';
  text: string;
  /** 1-based line in the file, when the problem has one. */
  line?: number;
}

/** Whether each part of a date was written in the text or filled in from context. */
export interface DateParts {
  year: 'stated' | 'implied';
  month: 'stated' | 'implied' | 'absent';
  day: 'stated' | 'implied' | 'absent';
}

/** A date read from the text, with where it stands. */
export interface DateMention {
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY", cut to `precision`. */
  value: string;
  precision: DatePrecision;
  basis: Extract<DateBasis, 'explicit' | 'relative'>;
  parts: DateParts;
  /** The words the date was read from. */
  text: string;
  /** Where the date was read: the body, a meta line (`Article.metaLines`) or a photo caption (`Article.captions`). */
  origin: 'body' | 'meta' | 'caption';
  /** Index into `Article.sentences` (body), `Article.metaLines` (meta) or `Article.captions` (caption). */
  originIndex: number;
  /** Where `text` stands: in the cleaned text for the body, else within that meta line or caption. */
  span: Span;
  /** The words of the date that lent this one its year ("November 2016" to "June and November 2016"). */
  yearFrom?: string;
}

/** The date chosen for the article's main event, with the reasoning a reader can check. */
export interface EventDate {
  value: string;
  precision: DatePrecision;
  basis: DateBasis;
  /** The words the date was read from. */
  text: string;
  /** Where `text` stands in the cleaned text, when it comes from the body. */
  span: Span | null;
  /** One sentence for readers: "weekday “Monday” resolved against the publication date 25 October 2016". */
  explanation: string;
}

/** A publication date and the words it was read from. */
export interface PublicationDate {
  value: string;
  precision: DatePrecision;
  basis: 'publication' | 'editor';
  text: string;
}

/** A mention of an actor in the cleaned text. */
export interface ActorMention {
  /** Registry id, or the id given to a provisional actor. */
  actorId: string;
  /** The words as written. */
  text: string;
  span: Span;
  sentence: number;
}

/** An actor found in the text that the registry does not know. */
export interface ProvisionalActor {
  id: string;
  name: string;
  type: 'person' | 'organization' | 'armed-group';
  /** The words that made it an actor: "General", "spokesman", a speech verb… */
  evidence: string;
}

export interface Article {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** The text as decoded, before anything is removed. */
  raw: string;
  encoding: string;
  /** Facts from front matter and the sidecar, sidecar winning. */
  editor: EditorMeta;
  /** The text after any front matter, before cleaning. */
  body: string;
  /** Lines the cleaner took for metadata (datelines, "Updated: …"): read for the publication date. */
  metaLines: string[];
  /** The article body after cleaning. Every span indexes into it. */
  text: string;
  title: string;
  paragraphs: Span[];
  sentences: Span[];
  captions: string[];
  removed: RemovedText[];
  /** ISO 639-1 code of the article. */
  language: string;
  outlet: string | null;
  publication: PublicationDate | null;
  dates: DateMention[];
  /** The main event's date; null when nothing in or about the article dates it. */
  eventDate: EventDate | null;
  actorMentions: ActorMention[];
  /** Registry actors named in each photo caption, by caption index: what a caption-dated background event is about. */
  captionActors: string[][];
  provisionalActors: ProvisionalActor[];
  claims: Claim[];
  messages: Message[];
}

/** A fresh Article for a decoded file: every stage's fields empty. */
export function createArticle(file: string, raw: string, encoding: string): Article {
  return {
    file,
    raw,
    encoding,
    editor: {},
    body: raw,
    metaLines: [],
    text: '',
    title: '',
    paragraphs: [],
    sentences: [],
    captions: [],
    removed: [],
    language: 'und',
    outlet: null,
    publication: null,
    dates: [],
    eventDate: null,
    actorMentions: [],
    captionActors: [],
    provisionalActors: [],
    claims: [],
    messages: [],
  };
}

/** The article with one more message: stages call this instead of throwing. */
export function withMessage(article: Article, message: Message): Article {
  return { ...article, messages: [...article.messages, message] };
}

/** The sentence text at `index`, or '' when out of range. */
export function sentenceText(article: Article, index: number): string {
  const span = article.sentences[index];
  return span ? article.text.slice(span.start, span.end) : '';
}
