import type { DateWords } from '../types.ts';

export const dateWords: DateWords = {
  months: {
    january: 1, jan: 1, 'jan.': 1,
    february: 2, feb: 2, 'feb.': 2,
    march: 3, mar: 3, 'mar.': 3,
    april: 4, apr: 4, 'apr.': 4,
    may: 5,
    june: 6, jun: 6, 'jun.': 6,
    july: 7, jul: 7, 'jul.': 7,
    august: 8, aug: 8, 'aug.': 8,
    september: 9, sep: 9, 'sep.': 9, sept: 9, 'sept.': 9,
    october: 10, oct: 10, 'oct.': 10,
    november: 11, nov: 11, 'nov.': 11,
    december: 12, dec: 12, 'dec.': 12,
  },
  weekdays: {
    sunday: 0, sun: 0, 'sun.': 0,
    monday: 1, mon: 1, 'mon.': 1,
    tuesday: 2, tue: 2, 'tue.': 2, tues: 2, 'tues.': 2,
    wednesday: 3, wed: 3, 'wed.': 3,
    thursday: 4, thu: 4, 'thu.': 4, thur: 4, thurs: 4, 'thurs.': 4,
    friday: 5, fri: 5, 'fri.': 5,
    saturday: 6, sat: 6, 'sat.': 6,
  },
  relativeDays: {
    today: 0,
    'earlier today': 0,
    'this morning': 0,
    yesterday: -1,
    'the day before yesterday': -2,
  },
  relativeYears: {
    'last year': -1,
    'a year ago': -1,
    'this year': 0,
    'next year': 1,
  },
  // "May" and "March" are also a verb; the weekday abbreviations are words or names ("Sun", "Wed", "Sat").
  ambiguousWords: ['may', 'march', 'sun', 'sun.', 'mon', 'mon.', 'tue', 'tue.', 'tues', 'tues.', 'wed', 'wed.', 'thu', 'thu.', 'thur', 'thurs', 'thurs.', 'fri', 'fri.', 'sat', 'sat.'],
  capitalisedNames: true,
  monthFirst: true,
  periodPrepositions: [
    'in', 'since', 'by', 'last', 'until', 'till', 'from', 'during', 'through', 'throughout', 'before', 'after',
    'early', 'late', 'mid-', 'mid', 'earlier in', 'later in', 'the end of', 'end of', 'the beginning of', 'the start of',
  ],
  dayPrepositions: ['on', 'last', 'this past'],
  forwardWords: ['until', 'till', 'by', 'by the end of', 'before the end of', 'ahead of'],
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  yearSuffixes: [],
  numberLabels: [
    'resolution', 'resolutions', 'page', 'pages', 'p.', 'pp.', 'no.', 'nos.', 'number', '#', 'flight', 'article',
    'paragraph', 'chapter', 'section', 'item', 'room', 'route', 'code', 'model', 'version', 'decree',
  ],
  amountWords: [
    '%', 'percent', 'per cent', 'million', 'millions', 'billion', 'billions', 'thousand', 'hundred', 'troops', 'soldiers',
    'men', 'people', 'fighters', 'mercenaries', 'personnel', 'tons', 'tonnes', 'km', 'kilometres', 'kilometers', 'miles',
    'dollars', 'euros', 'rubles', 'roubles', 'units', 'vehicles', 'tanks', 'aircraft', 'barrels', 'kg', 'metres', 'meters',
    'strong', 'member', 'members', 'seat', 'seats',
  ],
  datelineLabels: ['published', 'published on', 'first published', 'posted', 'posted on', 'date', 'updated', 'last updated', 'modified'],
  revisionLabels: ['updated', 'last updated', 'modified'],
  // "the 1988 bombing", "a 2011 uprising": the year as an adjective.
  yearDeterminers: ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'that', 'this'],
  boundPrepositions: ['since', 'until', 'till', 'from', 'before', 'after', 'by'],
  sceneClauseOpeners: ['since', 'ever since', 'after', 'following', 'before', 'until', 'in the wake of', 'in the aftermath of'],
  dateCoordinators: ['and', 'or', 'then', 'and then', 'and again', 'to', 'through'],
};
