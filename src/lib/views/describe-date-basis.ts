// The sentence under an event's date that tells a reader where the date came from.
import type { TimelineEvent } from '../../schemas/event.ts';

/** What each basis means, in words a reader who never saw the pipeline understands. */
const BASIS_IN_WORDS = {
  explicit: 'Date read from the article',
  relative: 'Counted from the publication date',
  publication: 'Date of publication',
  inferred: 'Inferred',
  editor: 'Added by an editor',
} as const;

/**
 * "Counted from the publication date: “on Wednesday” resolved to …". The evidence's
 * own explanation follows the basis when there is one, since it names the words the date was read
 * from; an event without a basis had no date in any of its sources.
 */
export function describeDateBasis(event: Pick<TimelineEvent, 'dateBasis' | 'dateEvidence'>): string {
  if (event.dateBasis === null) return 'Undated: none of the sources gives a date for it.';
  const basis = BASIS_IN_WORDS[event.dateBasis];
  const explanation = event.dateEvidence?.explanation.trim();
  return explanation ? `${basis}: ${explanation}` : `${basis}.`;
}
