// Everything a source page (`/sources/<id>/`) shows: the marked-up text, the events it feeds, and
// which facts about the article the editor gave rather than the text.
import type { TimelineEvent } from '../../schemas/event.ts';
import type { EditorField, Source } from '../../schemas/source.ts';
import { markSentences } from './mark-sentences.ts';
import { textLang } from './text-lang.ts';
import type { TimelineIndex } from './timeline-index.ts';

/** What the source page renders. */
export interface SourcePage {
  source: Source;
  /** The inner HTML of each paragraph, every sentence anchored and claim sentences marked; safe to insert as is. */
  paragraphs: string[];
  /** How many sentences carry claims. */
  claimSentenceCount: number;
  /** The events this article reports or mentions, in timeline order. */
  events: TimelineEvent[];
  /** The `lang` of the article text: absent for English, the page's own language. */
  textLang: string | undefined;
  /** For each metadata field, whether its value is the editor's rather than found in the text. */
  givenByEditor: Record<EditorField, boolean>;
}

/** The page for `source`, among the events of `index` (`timelineIndex`: its claim sentences and the events it feeds). */
export function sourcePage(source: Source, index: TimelineIndex<TimelineEvent>): SourcePage {
  const sentences = index.claimSentences.get(source.file) ?? [];
  const fed = [...new Set(source.events)].flatMap((id) => index.rank.get(id) ?? []).sort((a, b) => a - b);
  const given = new Set(source.editor.fields);
  return {
    source,
    paragraphs: markSentences(source, sentences),
    claimSentenceCount: sentences.length,
    events: fed.flatMap((place) => index.ordered[place] ?? []),
    textLang: textLang(source.language),
    givenByEditor: {
      title: given.has('title'),
      published: given.has('published'),
      outlet: given.has('outlet'),
      url: given.has('url'),
      language: given.has('language'),
    },
  };
}
