// Draws plausible happenings: a kind, a day from 2008 on, a Russian and a Libyan party who could
// meet on that day (people only while the registry has them in office, bodies only while they
// existed or were in Libya), and a place that fits them.
import { addDays, dayNumber, dayOf } from '../../../src/lib/calendar-days.ts';
import { within } from './calendar.ts';
import type { Cast } from './cast.ts';
import type { Random } from './random.ts';
import type { Happening, Kind, Party, PlaceId } from './types.ts';

/** The first day happenings are drawn from. */
export const FIRST_DAY = '2008-01-01';

/** How many entries each aligned list of the phrasebooks holds. */
export const LIST_SIZES = { topic: 8, equipment: 8, quote: 4 } as const;

/** Registry role titles, by the seat they stand for. */
export const OFFICES = {
  president: 'President of Russia',
  russianPm: 'Prime Minister of Russia',
  defence: 'Defence Minister of Russia',
  foreign: 'Foreign Minister of Russia',
  deputyDefence: 'Deputy Defence Minister of Russia',
  deputyForeign: 'Deputy Foreign Minister of Russia',
  generalStaff: 'Chief of the General Staff of the Russian Armed Forces',
  securityCouncil: 'Secretary of the Security Council of Russia',
  fsvts: 'Director of the Federal Service for Military-Technical Cooperation',
  rosoboronexport: 'Director General of Rosoboronexport',
  ambassador: 'Russian Ambassador to Libya',
  mfaSpokeswoman: 'Director of the Information and Press Department of the Russian Foreign Ministry',
  kremlinSpokesman: 'Press Secretary of the President of Russia',
  unEnvoy: 'Permanent Representative of Russia to the United Nations',
  gaddafi: 'Brotherly Leader and Guide of the Revolution of Libya',
  lnaCommander: 'Commander-in-chief of the Libyan National Army',
  lnaDeputy: 'Deputy Commander-in-chief of the Libyan National Army',
  gnaPm: 'Chairman of the Presidential Council and Prime Minister of the Government of National Accord',
  gnuPm: 'Prime Minister of the Government of National Unity',
  councilChair: 'Chairman of the Presidential Council of Libya',
  speaker: 'Speaker of the House of Representatives of Libya',
  ntcChair: 'Chairman of the National Transitional Council',
  libyaPm: 'Prime Minister of Libya',
  interimPm: 'Prime Minister of Libya (interim government)',
  gnsPm: 'Prime Minister of the Government of National Stability',
  gnuForeign: 'Foreign Minister of the Government of National Unity',
  libyaDefence: 'Defence Minister of Libya',
  chiefOfStaff: 'Chief of General Staff of the Libyan Army (Tripoli)',
  stateCouncil: 'Chairman of the High Council of State',
} as const;

/**
 * Bodies the articles name as a party, and when they could be one: the registry gives no dates for
 * them, so these are the generator's (Wagner in Libya from late 2018 to Prigozhin's death, the Africa
 * Corps after it; Haftar's army from his appointment).
 */
const BODIES: Readonly<Record<string, { from?: string; to?: string }>> = {
  russia: {},
  libya: {},
  'russian-ministry-of-defence': {},
  'russian-ministry-of-foreign-affairs': {},
  rosoboronexport: {},
  'russian-navy': {},
  'wagner-group': { from: '2018-10-01', to: '2023-08-23' },
  'africa-corps': { from: '2023-12-01' },
  'libyan-national-army': { from: '2015-03-02' },
};

/** Ships of the Russian Navy a port call names, with the years they sailed to the Mediterranean. */
export const SHIPS: ReadonlyArray<{ id: string; from?: string; to?: string }> = [
  { id: 'admiral-kuznetsov', from: '2016-10-15', to: '2017-02-09' },
  { id: 'admiral-grigorovich', from: '2016-03-11' },
  { id: 'admiral-essen', from: '2016-06-07' },
  { id: 'ivan-gren', from: '2018-06-20' },
  { id: 'vice-admiral-kulakov', from: '2010-12-01' },
  { id: 'smetlivy', to: '2020-06-30' },
  { id: 'ladny' },
  { id: 'varyag' },
];

const TOP_RUSSIANS = [OFFICES.president, OFFICES.russianPm];
const TOP_LIBYANS = [OFFICES.gaddafi, OFFICES.lnaCommander, OFFICES.gnaPm, OFFICES.gnuPm, OFFICES.councilChair, OFFICES.ntcChair, OFFICES.libyaPm, OFFICES.gnsPm, OFFICES.speaker];
const MINISTERS = [OFFICES.defence, OFFICES.foreign, OFFICES.deputyDefence, OFFICES.deputyForeign, OFFICES.generalStaff, OFFICES.securityCouncil];
const LIBYANS = [...TOP_LIBYANS, OFFICES.interimPm, OFFICES.gnuForeign, OFFICES.libyaDefence, OFFICES.chiefOfStaff, OFFICES.stateCouncil, OFFICES.lnaDeputy];

/** Who may meet whom for a kind of happening: offices (registry titles) or bodies (`@id`), within optional bounds. */
interface Pairing {
  russian: readonly string[];
  libyan: readonly string[];
  from?: string;
  to?: string;
  /** Where it happens; `host` puts a visit or talks where the side that did not travel sits. */
  places: readonly PlaceId[] | 'host';
}

const PAIRINGS: Record<Kind, readonly Pairing[]> = {
  visit: [
    { russian: TOP_RUSSIANS, libyan: TOP_LIBYANS, places: 'host' },
    { russian: MINISTERS, libyan: LIBYANS, places: 'host' },
  ],
  talks: [
    { russian: TOP_RUSSIANS, libyan: TOP_LIBYANS, places: 'host' },
    { russian: [...MINISTERS, OFFICES.ambassador], libyan: LIBYANS, places: 'host' },
  ],
  agreement: [
    { russian: [OFFICES.russianPm, OFFICES.fsvts, OFFICES.rosoboronexport, '@rosoboronexport'], libyan: [OFFICES.gaddafi, '@libya'], to: '2011-02-25', places: ['moscow', 'tripoli'] },
    { russian: [OFFICES.defence, OFFICES.deputyDefence, OFFICES.fsvts], libyan: [OFFICES.libyaDefence, OFFICES.chiefOfStaff, OFFICES.gnuPm], from: '2011-11-01', places: ['moscow', 'tripoli'] },
    { russian: [OFFICES.defence, OFFICES.deputyDefence], libyan: [OFFICES.lnaCommander, OFFICES.lnaDeputy], places: ['moscow', 'benghazi'] },
  ],
  delivery: [
    { russian: ['@rosoboronexport', '@russian-ministry-of-defence'], libyan: ['@libya'], to: '2011-02-25', places: ['tripoli', 'misrata', 'benghazi'] },
    { russian: ['@wagner-group', '@africa-corps', '@russian-ministry-of-defence'], libyan: ['@libyan-national-army'], from: '2019-09-01', places: ['tobruk', 'benghazi', 'al-jufra', 'sirte'] },
  ],
  'port-call': [
    { russian: ['@russian-navy'], libyan: ['@libya'], to: '2011-02-25', places: ['tripoli'] },
    { russian: ['@russian-navy'], libyan: [OFFICES.lnaCommander, '@libyan-national-army'], from: '2016-10-01', places: ['tobruk', 'benghazi'] },
  ],
  statement: [
    { russian: [OFFICES.foreign, OFFICES.mfaSpokeswoman, OFFICES.kremlinSpokesman, OFFICES.deputyForeign, '@russian-ministry-of-foreign-affairs'], libyan: [...TOP_LIBYANS, '@libya'], places: ['moscow'] },
    { russian: [OFFICES.unEnvoy], libyan: [...TOP_LIBYANS, '@libya'], places: ['new-york'] },
  ],
  exercise: [
    { russian: ['@wagner-group', '@africa-corps', '@russian-ministry-of-defence', OFFICES.deputyDefence], libyan: ['@libyan-national-army', OFFICES.lnaCommander], from: '2019-09-01', places: ['sirte', 'al-jufra', 'benghazi', 'tobruk'] },
  ],
};

/** How often each kind is drawn. */
const KIND_WEIGHTS: ReadonlyArray<readonly [Kind, number]> = [
  ['visit', 24],
  ['talks', 16],
  ['agreement', 12],
  ['delivery', 14],
  ['port-call', 8],
  ['statement', 18],
  ['exercise', 8],
];

/** Where a Libyan office or body sits, for visits to it. */
function seatOf(party: Party): PlaceId {
  if (party.office === OFFICES.speaker) return 'tobruk';
  if ([OFFICES.lnaCommander, OFFICES.lnaDeputy, OFFICES.gnsPm].some((title) => title === party.office) || party.actor === 'libyan-national-army') return 'benghazi';
  if (party.office === OFFICES.gaddafi) return 'tripoli';
  return 'tripoli';
}

/** The parties available for a list of candidates on `day`. */
function available(candidates: readonly string[], day: string, cast: Cast): Party[] {
  return candidates.flatMap((candidate): Party[] => {
    if (candidate.startsWith('@')) {
      const id = candidate.slice(1);
      const window = BODIES[id];
      return window && within(day, window.from, window.to) ? [{ actor: id, office: null }] : [];
    }
    return cast.holders(candidate, day).map((actor) => ({ actor: actor.id, office: candidate }));
  });
}

/** A day drawn evenly from FIRST_DAY to `last`. */
function drawDay(random: Random, last: string): string {
  return dayOf(random.int(dayNumber(FIRST_DAY), dayNumber(last)));
}

/** The details every report of a happening shares: indices into the phrasebooks' aligned lists, and a quantity. */
function drawDetails(random: Random, kind: Kind, day: string): Pick<Happening, 'topic' | 'equipment' | 'ship' | 'quote' | 'count'> {
  const ships = SHIPS.map((ship, index) => ({ ship, index })).filter(({ ship }) => within(day, ship.from, ship.to));
  return {
    topic: random.int(0, LIST_SIZES.topic - 1),
    equipment: random.int(0, LIST_SIZES.equipment - 1),
    ship: kind === 'port-call' ? random.pick(ships).index : 0,
    quote: random.int(0, LIST_SIZES.quote - 1),
    // Counts whose Russian noun takes the genitive plural, so that "12 единиц" reads right in every language.
    count: random.pick([5, 6, 8, 10, 12, 14, 15, 16, 18, 20, 25, 30, 40]),
  };
}

/** A happening of `kind` on `day` between parties who could meet then, or null when nobody fits. */
function drawParties(random: Random, castList: Cast, id: string, kind: Kind, day: string): Happening | null {
  const options = PAIRINGS[kind].filter((pairing) => within(day, pairing.from, pairing.to));
  const choices = options.flatMap((pairing) => {
    const russians = available(pairing.russian, day, castList);
    const libyans = available(pairing.libyan, day, castList);
    return russians.length > 0 && libyans.length > 0 ? [{ pairing, russians, libyans }] : [];
  });
  if (choices.length === 0) return null;
  const { pairing, russians, libyans } = random.pick(choices);
  const russian = random.pick(russians);
  const libyan = random.pick(libyans);
  // Libyan leaders travel to Moscow more often than Russian ministers fly to Libya.
  const lead = kind === 'statement' || kind === 'delivery' || kind === 'port-call' || kind === 'exercise' ? 'russian' : random.chance(0.65) ? 'libyan' : 'russian';
  let place: PlaceId | null;
  if (pairing.places !== 'host') place = random.pick(pairing.places);
  else if (kind === 'talks' && random.chance(0.4)) place = null; // a telephone call
  else place = lead === 'libyan' ? random.weighted<PlaceId>([['moscow', 6], ['sochi', 1], ['saint-petersburg', 1]]) : seatOf(libyan);
  return { id, kind, date: day, place, russian, libyan, lead, sequelOf: null, ...drawDetails(random, kind, day) };
}

/** Days around a happening in which its people are taken: a second meeting of one of them that close would be the same news. */
const PERSON_GAP_DAYS = 3;
/** Days around a sequel in which its people have no other happening: a loose date reaches a day either side. */
const SEQUEL_GAP_DAYS = 1;
/** Days around a happening in which the same two parties do not meet again, unless as a sequel. */
const PAIR_GAP_DAYS = 21;

/** Halvings after which every gap is down to the day itself (21 >> 5 = 0). */
const MAX_SLACK = 5;

/** Who is busy when: keeps distinct happenings from being the same news told twice. */
export interface Diary {
  /**
   * True when `happening` is far enough from every happening recorded. `slack` (0 and up) halves the gaps
   * that many times, for archives too dense to keep them whole.
   */
  clear(happening: Happening, slack?: number): boolean;
  /** True when none of the happening's people, nor its scene, is taken within `days` days of it. */
  free(happening: Happening, days: number): boolean;
  record(happening: Happening): void;
}

/** An empty diary. */
export function createDiary(): Diary {
  // Busy days by person, by pair and by scene, as day numbers: a clash is a look-up per day of the gap, whatever the archive's size.
  const people = new Map<string, Set<number>>();
  const pairs = new Map<string, Set<number>>();
  const scenes = new Map<string, Set<number>>();
  const pairKey = (h: Happening): string => `${h.russian.actor}+${h.libyan.actor}`;
  // A delivery, a port call or drills at one place within days are one operation, whoever is credited with it.
  const sceneKey = (h: Happening): string => `${h.kind}@${h.place ?? ''}`;
  const near = (days: ReadonlySet<number> | undefined, day: number, gap: number): boolean => {
    for (let other = day - gap; days && other <= day + gap; other++) if (days.has(other)) return true;
    return false;
  };
  const mark = (busy: Map<string, Set<number>>, key: string, day: number): void => {
    const days = busy.get(key);
    if (days) days.add(day);
    else busy.set(key, new Set([day]));
  };
  const persons = (h: Happening): string[] => [h.russian, h.libyan].filter((party) => party.office !== null).map((party) => party.actor);
  const free = (h: Happening, days: number): boolean => {
    const day = dayNumber(h.date);
    return !near(scenes.get(sceneKey(h)), day, days) && !persons(h).some((actor) => near(people.get(actor), day, days));
  };
  return {
    clear: (h, slack = 0) => {
      // Halved down to the day itself, never below: two happenings of one person on one day would be one to any
      // reader. (`>>` counts modulo 32, so the slack is capped before it.)
      const shrink = (gap: number): number => gap >> Math.min(slack, MAX_SLACK);
      return !near(pairs.get(pairKey(h)), dayNumber(h.date), shrink(PAIR_GAP_DAYS)) && free(h, shrink(PERSON_GAP_DAYS));
    },
    free,
    record: (h) => {
      const day = dayNumber(h.date);
      mark(pairs, pairKey(h), day);
      mark(scenes, sceneKey(h), day);
      for (const actor of persons(h)) mark(people, actor, day);
    },
  };
}

/** Failed draws after which the diary's gaps are halved once more: a dense archive (thousands of happenings) has people meeting days apart. */
const DRAWS_PER_SLACK = 50;

/** A new happening, drawn from FIRST_DAY to `last`, clear of the happenings in `diary` (where it is recorded). */
export function drawHappening(random: Random, castList: Cast, id: string, last: string, diary: Diary): Happening {
  for (let draw = 0; ; draw++) {
    const kind = random.weighted(KIND_WEIGHTS);
    const happening = drawParties(random, castList, id, kind, drawDay(random, last));
    const slack = Math.floor(draw / DRAWS_PER_SLACK);
    if (slack > 2 * MAX_SLACK) throw new Error(`no free day left for happening ${id}: the registry has too few people in office for a corpus this large`);
    if (happening && diary.clear(happening, slack)) {
      diary.record(happening);
      return happening;
    }
  }
}

/**
 * A later happening between the same parties, a few days after `earlier` (talks two days after a
 * visit, a deal signed later that week): a near neighbour that a merge must keep apart. Null when the
 * parties no longer fit, or their days around it are taken.
 */
export function drawSequel(random: Random, castList: Cast, id: string, earlier: Happening, last: string, diary: Diary): Happening | null {
  // Only people meet again: a sequel of a delivery or a port call would be another shipment, not a neighbour.
  if (earlier.russian.office === null || earlier.libyan.office === null) return null;
  // From two days on: the day after is within a loose date's slack of `earlier` (SEQUEL_GAP_DAYS).
  const day = addDays(earlier.date, random.int(1 + SEQUEL_GAP_DAYS, 9));
  if (day > last) return null;
  const kind = random.pick((['visit', 'talks', 'agreement', 'statement'] as const).filter((k) => k !== earlier.kind));
  const stillHeld = (party: Party): boolean => party.office !== null && castList.holds(party.actor, party.office, day);
  if (!stillHeld(earlier.russian) || !stillHeld(earlier.libyan)) return null;
  const drawn = drawParties(random, castList, id, kind, day);
  if (!drawn) return null;
  const place = kind === 'statement' ? 'moscow' : (earlier.place ?? drawn.place);
  const sequel: Happening = { ...drawn, russian: earlier.russian, libyan: earlier.libyan, place, sequelOf: earlier.id };
  // Not the day before, of or after another happening of the same people: the same news, as far as any reader could tell.
  if (!diary.free(sequel, SEQUEL_GAP_DAYS)) return null;
  diary.record(sequel);
  return sequel;
}
