// Every language's dating words (locales/<xx>/dating.ts), merged and prepared once: copy-pastes mix languages.
import { buildPhraseTrie, foldWord, type PhraseTrie } from '../actor-index.ts';
import { locales } from '../locales/index.ts';
import type { DatingWords } from '../locales/types.ts';

/** What an office marker says of the office at the article's date. */
export type OfficeMarker = 'former' | 'then' | 'designate' | 'subordinate';

/** The dating words of every locale, as phrase tries and folded word sets. */
export interface PreparedDatingWords {
  /** Former, then, designate and subordinate markers, each with what it says. */
  markers: PhraseTrie<OfficeMarker>;
  /** Folded single words that may stand in or beside an office's name. */
  fillers: ReadonlySet<string>;
  /** "was", "had been", "était", "был". */
  past: PhraseTrie<true>;
  /** "since", "depuis", "с". */
  since: PhraseTrie<true>;
  /** "since", "after", "après", "после". */
  anchors: PhraseTrie<true>;
  /** "almost a decade" → [8, 10]. */
  durations: PhraseTrie<readonly [number, number]>;
}

const all = <T>(pick: (words: DatingWords) => T[]): T[] => locales.flatMap((locale) => pick(locale.dating));

/** The dating words of every locale, prepared. */
export const datingWords: PreparedDatingWords = {
  markers: buildPhraseTrie<OfficeMarker>([
    ...all((w) => w.formerMarkers).map((word) => [word, 'former'] as const),
    ...all((w) => w.thenMarkers).map((word) => [word, 'then'] as const),
    ...all((w) => w.designateMarkers).map((word) => [word, 'designate'] as const),
    ...all((w) => w.subordinateMarkers).map((word) => [word, 'subordinate'] as const),
  ]),
  fillers: new Set(all((w) => w.officeFillers).map(foldWord)),
  past: buildPhraseTrie(all((w) => w.pastTenseWords).map((word) => [word, true] as const)),
  since: buildPhraseTrie(all((w) => w.sinceWords).map((word) => [word, true] as const)),
  anchors: buildPhraseTrie(all((w) => w.durationAnchors).map((word) => [word, true] as const)),
  durations: buildPhraseTrie(all((w) => Object.entries(w.durations))),
};
