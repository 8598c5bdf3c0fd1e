// Everything a source page (`/sources/<id>/`) shows: the marked-up text and the events it feeds.
import type { TimelineEvent } from '../../schemas/event.ts';
import type { Source } from '../../schemas/source.ts';
import { orderEvents } from '../order-events.ts';
import { claimSentences } from './claim-sentences.ts';
import { markSentences } from './mark-sentences.ts';
import { textLang } from './text-lang.ts';

/** What the source page renders. */
export interface SourcePage {
  source: Source;
  /** The inner HTML of each paragraph, claim sentences marked; safe to insert as is. */
  paragraphs: string[];
  /** How many sentences carry claims. */
  claimSentenceCount: number;
  /** The events this article reports or mentions, in timeline order. */
  events: TimelineEvent[];
  /** The `lang` of the article text: absent for English, the page's own language. */
  textLang: string | undefined;
}

/** The page for `source`, given every event (to find its claims and the events it feeds). */
export function sourcePage(source: Source, events: readonly TimelineEvent[]): SourcePage {
  const sentences = claimSentences(source.file, events);
  const fed = new Set(source.events);
  return {
    source,
    paragraphs: markSentences(source, sentences),
    claimSentenceCount: sentences.length,
    events: orderEvents(events.filter((event) => fed.has(event.id))),
    textLang: textLang(source.language),
  };
}
