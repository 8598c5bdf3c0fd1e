// The sentence under an event's date that tells a reader where the date came from.
import type { TimelineEvent } from '../../schemas/event.ts';

/** What each basis means, in words a reader who never saw the pipeline understands. */
const BASIS_IN_WORDS = {
  explicit: 'Date read from the article',
  relative: 'Counted from the publication date',
  publication: 'Date of publication',
  // Only an article nothing dates is inferred, from the offices and dated references it mentions.
  inferred: 'Inferred from what the article mentions',
  editor: 'Date given by the editor',
} as const;

/**
 * "Counted from the publication date: “on Wednesday” resolved to …". The evidence's own
 * explanation follows the basis when there is one, since it names the words the date was read
 * from. A date the editor gave is followed by the editor's `note` instead: the explanation only
 * repeats the date, the note says how the editor established it. An event without a basis had no
 * date in any of its sources.
 */
export function describeDateBasis(event: Pick<TimelineEvent, 'dateBasis' | 'dateEvidence'>, editorNote: string | null = null): string {
  if (event.dateBasis === null) return 'Undated: none of the sources gives a date for it.';
  const basis = BASIS_IN_WORDS[event.dateBasis];
  const explanation = (event.dateBasis === 'editor' ? editorNote : event.dateEvidence?.explanation)?.trim();
  return explanation ? `${basis}: ${explanation}` : `${basis}.`;
}
