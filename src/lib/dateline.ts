// Recognises the wire dateline that opens a news body: the place it was filed from, perhaps a
// region, a date and the agency's credit, then a dash or a full stop, before the first word of the
// story. It is written in one of two shapes:
//
//   MOSCOW -                                  place, dash
//   MOSCOW (Sputnik) -                        place, credit in brackets, dash
//   TRIPOLI, Libya (AP) —                     place, region, credit, dash
//   BENGHAZI, Libya, Sept 17 (Reuters) -      place, region, date, credit, dash
//   МОСКВА, 7 ноября. /ТАСС/.                 place, date, credit in slashes, full stop
//
//   МОСКВА, 14 янв — РИА Новости.             place, date, then the bare credit
//   Москва. 29 ноября. INTERFAX.RU -
//
// The place is in capitals; a place in ordinary case ("Москва.") counts only with a credit, since
// "Moscow - " or "Moscow, 7 May." may open any sentence. The date is matched by its shape (a day
// number beside a word), not read: read-dates reads it. The dateline is furniture of the wire, not
// a sentence: its date is the filing date, its credit the outlet.
import type { Span } from '../schemas/event.ts';

/** A wire dateline found in a text. */
export interface Dateline {
  /** Where it starts in the text searched. */
  start: number;
  /** Just past its closing dash or full stop and the space after: the story's first word. */
  end: number;
  /** The dateline as written, closing punctuation included, trailing space excluded. */
  text: string;
  /** The place it was filed from, as written ("MOSCOW", "Москва"). */
  place: string;
  /** The date it carries, as written and where it stands in the text searched; null when it carries none. */
  date: ({ text: string } & Span) | null;
  /** The agency credited ("Reuters", "ТАСС", "РИА Новости", "INTERFAX.RU"), or null. */
  credit: string | null;
}

/** Spaces within a line. */
const S = '[ \\t\\u00a0]';
/** A word in capitals, two letters at least: "MOSCOW", "N'DJAMENA", "САНКТ-ПЕТЕРБУРГ", "ST.". */
const CAPS_WORD = "\\p{Lu}[\\p{Lu}'’\\-]*\\p{Lu}\\.?";
/** A capitalised word in ordinary case: "Libya", "Москва", "Нью-Йорк". */
const TITLE_WORD = "\\p{Lu}\\p{Ll}+(?:[\\-'’]\\p{Lu}?\\p{Ll}+)*";
const CAPS_PLACE = `${CAPS_WORD}(?:${S}+${CAPS_WORD}){0,3}`;
const TITLE_PLACE = `${TITLE_WORD}(?:${S}+${TITLE_WORD}){0,2}`;
/** "Libya" in "TRIPOLI, Libya (AP)": a country or region after the city. */
const REGION = `,${S}*(?:${TITLE_PLACE}|${CAPS_PLACE})`;
/** A month word: letters, maybe abbreviated ("Sept", "Aug.", "янв"). */
const MONTH_WORD = '\\p{L}{3,10}';
/** A year, with the word Russian writes after it. */
const YEAR = `\\d{4}(?:${S}*(?:года|г\\.))?`;
/** "Sept 17", "Aug. 22, 2023", "7 ноября", "1er mars 2019", "22 August 2023", "14.01.2020". */
const DATE = [
  // A full stop after a day-first month is the dateline's own, unless a year follows ("7 нояб. 2018").
  `\\d{1,2}(?:er|st|nd|rd|th)?${S}+${MONTH_WORD}(?:\\.?,?${S}+${YEAR})?`,
  `${MONTH_WORD}\\.?${S}*\\d{1,2}(?:st|nd|rd|th)?(?:,?${S}+${YEAR})?`,
  '\\d{1,2}[./]\\d{1,2}[./]\\d{4}',
].join('|');
/** A credit in brackets or slashes: "(Reuters)", "/ТАСС/". */
const ENCLOSED_CREDIT = '(?:\\((?<round>[^()\\n]{1,40})\\)|/(?<slash>[^/\\n]{1,40})/)';
/** A bare credit: one to three capitalised words ("РИА Новости", "INTERFAX.RU"). */
const BARE_CREDIT = `\\p{Lu}[\\p{L}\\p{N}.&\\-]*(?:${S}+\\p{Lu}[\\p{L}\\p{N}.&\\-]*){0,2}?`;
/** The place, and a region after it ("TRIPOLI, Libya"). */
const HEAD = `(?<place>${CAPS_PLACE}|${TITLE_PLACE})(?:${REGION})?`;
/** A date after the place or the region, with its comma or full stop. */
const DATED = `[,.]${S}*(?<date>${DATE})`;
/** The story's first word follows a space; a sentence read alone may end there. */
const AFTER = `(?:${S}+|$)`;

// Three patterns, tried in this order; each states the one way its dateline may close, so that no
// shorter reading ("TRIPOLI, Aug." taken for a place and a region) hides the true one.
const PATTERNS: readonly RegExp[] = [
  // "МОСКВА, 14 янв — РИА Новости.", "Москва. 29 ноября. INTERFAX.RU -": a date, then the credit unbracketed.
  new RegExp(`${HEAD}${DATED}\\.?${S}*(?:[\\-–—]{1,2}${S}*)?(?<bare>${BARE_CREDIT})(?:\\.|${S}+[\\-–—]{1,2})${AFTER}`, 'dyu'),
  // "MOSCOW -", "TRIPOLI, Jan 11 (Reuters) -", "TRIPOLI, Aug. 22 (Xinhua) --": closed by a dash.
  new RegExp(`${HEAD}(?:${DATED})?${S}*\\.?${S}*${ENCLOSED_CREDIT}?${S}*[\\-–—]{1,2}${AFTER}`, 'dyu'),
  // "МОСКВА, 7 ноября. /ТАСС/.", "МОСКВА, 7 ноября.": closed by a full stop, after a date or a credit ("NATO." is a sentence).
  new RegExp(`${HEAD}(?:${DATED}(?:${S}*\\.?${S}*${ENCLOSED_CREDIT})?|${S}*${ENCLOSED_CREDIT})${S}*\\.${AFTER}`, 'dyu'),
];

const IS_CAPS_PLACE = new RegExp(`^${CAPS_PLACE}$`, 'u');

/** A dateline from one pattern's match, or null when its parts do not make one. */
function fromMatch(match: RegExpExecArray): Dateline | null {
  const groups = match.groups ?? {};
  const place = groups['place'] ?? '';
  const credit = (groups['round'] ?? groups['slash'] ?? groups['bare'] ?? '').trim() || null;
  const dateText = groups['date'];
  const dateAt = match.indices?.groups?.['date'];
  // A place in ordinary case is any sentence's first word, unless an agency is credited after it.
  if (!IS_CAPS_PLACE.test(place) && credit === null) return null;
  const written = match[0].trimEnd();
  return {
    start: match.index,
    end: match.index + match[0].length,
    text: written,
    place,
    date: dateText === undefined || dateAt === undefined ? null : { text: dateText, start: dateAt[0], end: dateAt[1] },
    credit,
  };
}

/** The wire dateline starting at `offset` in `text`, or null when none starts there. */
export function matchDateline(text: string, offset = 0): Dateline | null {
  for (const pattern of PATTERNS) {
    pattern.lastIndex = offset;
    const match = pattern.exec(text);
    const dateline = match ? fromMatch(match) : null;
    if (dateline) return dateline;
  }
  return null;
}

/** How many opening paragraphs may hold the dateline: a standfirst or a kicker may stand above it. */
const OPENING_PARAGRAPHS = 3;

/** The dateline opening one of the body's first paragraphs, or null. */
export function openingDateline(text: string, paragraphs: readonly Span[]): Dateline | null {
  for (const paragraph of paragraphs.slice(0, OPENING_PARAGRAPHS)) {
    const dateline = matchDateline(text.slice(0, paragraph.end), paragraph.start);
    if (dateline) return dateline;
  }
  return null;
}

/** Spans with a dateline cut out: one inside it is dropped, one it opens starts after it ("МОСКВА, 7 ноября." may be a sentence of its own). */
export function spansWithoutDateline(spans: readonly Span[], dateline: Dateline | null): Span[] {
  if (!dateline) return [...spans];
  return spans.flatMap((span) => {
    if (span.end <= dateline.start || span.start >= dateline.end) return [span];
    return span.end > dateline.end ? [{ start: dateline.end, end: span.end }] : [];
  });
}

/** `text` without the dateline that opens it: a lead or a sentence as a reader wants it. */
export function withoutDateline(text: string): string {
  const dateline = matchDateline(text);
  return dateline ? text.slice(dateline.end) : text;
}
