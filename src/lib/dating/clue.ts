// A clue to the date of an article nothing dates: words it holds, and where they put it.
import type { Span } from '../../schemas/event.ts';
import type { DateWindow } from './date-window.ts';

/** Words of the article that bound its date, with the reasoning a reader is shown. */
export interface Clue {
  /** The words, quoted as a reader sees them: “Prime Minister Abdulhamid Dbeibah”, “almost a decade” since “2011”. */
  quote: string;
  /** What they say of the date: "named in the lead as Prime Minister of the Government of National Unity: while in office, from 15 March 2021". */
  detail: string;
  /** Where the words stand in the cleaned text; null in the headline, which stands outside it. */
  span: Span | null;
  /** Where the article may stand, by these words alone. */
  window: DateWindow;
}

/** Clues in the order a reader meets them: the headline's first, then the body's in text order. */
export const readingOrder = (a: Clue, b: Clue): number => (a.span?.start ?? -1) - (b.span?.start ?? -1);
