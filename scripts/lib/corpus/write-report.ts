// Writes one report of one happening: the story in the outlet's language, dated the way its plan
// says (a date in the lead, a weekday or "yesterday" against a publication line, a month, nothing),
// laid out as the outlet's page, with front matter or a sidecar when the plan gives the date there.
import { addDays } from '../../../src/lib/calendar-days.ts';
import { partsOf } from './calendar.ts';
import type { Cast } from './cast.ts';
import { OFFICES, SHIPS } from './happenings.ts';
import { mentionOf } from './mentions.ts';
import { phraseWords, statedDate, type Dating, type StatedDate } from './dating.ts';
import { frontMatter, sidecarText } from './editor-files.ts';
import { dateline, quoteMarks, stamp, type DatelineDate, type Outlet } from './outlets.ts';
import { layoutPage } from './page.ts';
import { capitalise, type Era, type Phrasebook } from './phrasebook.ts';
import type { Random } from './random.ts';
import type { Happening, Language, Mention, Scene } from './types.ts';

/** Everything decided about one report before it is written. */
export interface ReportPlan {
  /** Path under the content folder: `articles/<outlet>/<nnnn>-<kind>.txt`. */
  file: string;
  happening: Happening;
  outlet: Outlet;
  dating: Dating;
  /** An earlier happening of one of its people that the report recalls, and how finely it dates it. */
  recalls: { happening: Happening; shared: 'russian' | 'libyan'; precision: 'day' | 'month' } | null;
  /** Front matter the YAML parser rejects. */
  brokenFrontMatter: boolean;
  /** Front matter with the title and outlet but no date (an `.md` the editor annotated). */
  plainFrontMatter: boolean;
  /** Headlines of other reports, for the related list. */
  related: readonly string[];
}

/** A dated reference of a report to an earlier happening, as the manifest records it. */
export interface Recalled {
  happening: string;
  date: string;
  precision: 'day' | 'month';
}

/** A report as written: its files' text (before encoding) and what a careful reader would date it to. */
export interface WrittenReport {
  text: string;
  sidecar: string | null;
  headline: string;
  /** The date the text states for the happening, cut to what it states; null when it states none. */
  stated: StatedDate | null;
  recalled: Recalled | null;
}

/** The background sentences' periods: each sentence only mentions what came before the period's first day. */
const ERAS: ReadonlyArray<readonly [Era, string]> = [
  ['jamahiriya', '2008-01-01'],
  ['revolution', '2011-03-18'],
  ['transition', '2011-11-01'],
  ['split', '2014-05-16'],
  ['war', '2019-04-05'],
  ['unity', '2021-03-10'],
  ['corps', '2023-09-01'],
];

function eraOf(day: string): Era {
  return ERAS.filter(([, from]) => from <= day).at(-1)?.[0] ?? 'jamahiriya';
}

/** The country as a tag. */
const COUNTRY: Readonly<Record<Language, string>> = { en: 'Libya', fr: 'Libye', ru: 'Ливия' };

/** Who is quoted, and who is reported: the people of the happening, else a spokesperson of a body, else an unnamed official. */
function speakers(h: Happening, russian: Mention, libyan: Mention, pb: Phrasebook, cast: Cast, random: Random): { quoted: Mention; reporting: Mention } {
  const people = [russian, libyan].filter((m) => m.person);
  // A speaker the story has not introduced is named in full every time.
  const introduce = (m: Mention): Mention => ({ ...m, short: m.full });
  const spokespeople: Mention[] = [];
  if (h.russian.actor === 'russian-ministry-of-foreign-affairs' && cast.holds('maria-zakharova', OFFICES.mfaSpokeswoman, h.date)) {
    spokespeople.push(introduce(mentionOf({ actor: 'maria-zakharova', office: OFFICES.mfaSpokeswoman }, 'russian', pb, cast, random)));
  }
  if (h.libyan.actor === 'libyan-national-army' && h.date >= '2015-03-02') {
    spokespeople.push(introduce(mentionOf({ actor: 'ahmed-al-mismari', office: null }, 'libyan', pb, cast, random)));
  }
  const anonymous = introduce(random.pick(pb.anonymous));
  const voices = people.length > 0 ? people : spokespeople.length > 0 ? spokespeople : [anonymous];
  const quoted = h.kind === 'statement' && russian.person ? russian : random.pick(voices);
  const others = voices.filter((voice) => voice !== quoted);
  return { quoted, reporting: others.length > 0 ? random.pick(others) : random.chance(0.5) ? quoted : anonymous };
}

/** Writes the report `plan` describes. */
export function writeReport(plan: ReportPlan, pb: Phrasebook, cast: Cast, random: Random): WrittenReport {
  const h = plan.happening;
  const { dating, outlet } = plan;
  const words = phraseWords(dating.phrase, h.date, pb);
  const fronted = words !== '' && dating.front;
  const russian = mentionOf(h.russian, 'russian', pb, cast, random);
  const libyan = mentionOf(h.libyan, 'libyan', pb, cast, random);
  const guest = h.lead === 'russian' ? russian : libyan;
  const host = h.lead === 'russian' ? libyan : russian;
  const quoteStyle = random.pick(outlet.quotes);
  const scene: Scene = {
    happening: h,
    when: words === '' || fronted ? '' : ` ${words}`,
    open: (text) => (fronted ? pb.front(words, text) : capitalise(text)),
    russian,
    libyan,
    guest,
    host,
    place: h.place ? pb.places[h.place] : null,
    topic: pb.topics[h.topic] ?? '',
    equipment: pb.equipment[h.equipment] ?? '',
    ship: pb.ships[SHIPS[h.ship]?.id ?? ''] ?? '',
    count: h.count,
    source: random.pick(pb.sources),
  };
  const story = pb.stories[h.kind];
  const headline = capitalise(random.pick(story.headlines)(scene));

  const publication = dating.publication;
  const carries: DatelineDate | null = !outlet.dateline
    ? null
    : publication?.source === 'dateline'
      ? 'full'
      : publication && random.chance(0.6)
        ? 'partial'
        : ['reuters', 'ap', 'afp'].includes(outlet.dateline)
          ? 'none'
          : null;
  const wire = outlet.dateline && carries ? dateline(outlet.dateline, h.place, publication?.day ?? h.date, carries, pb) : '';
  const lead = `${wire}${random.pick(story.leads)(scene)}`;

  const { quoted, reporting } = speakers(h, russian, libyan, pb, cast, random);
  const quoteWords = pb.quotes[h.kind][h.quote] ?? '';
  const marked = quoteMarks(quoteStyle, pb.language === 'en' ? `${quoteWords},` : quoteWords);
  const paragraphs = [lead];
  const details = random.shuffle(story.details);
  if (random.chance(0.6) && details[0]) paragraphs.push(details[0](scene));
  paragraphs.push(random.pick(pb.quoteLines)(quoted, marked));
  // "The two sides discussed…" fits a meeting; other news gets the line on Moscow's aims.
  const reported = ['visit', 'talks', 'agreement'].includes(h.kind) ? pb.reported : pb.reported.slice(1, 2);
  if (random.chance(0.6)) paragraphs.push(random.pick(reported)(reporting, scene));

  let recalled: Recalled | null = null;
  if (plan.recalls) {
    const { happening: earlier, shared, precision } = plan.recalls;
    const party = shared === 'russian' ? russian : libyan;
    const when = precision === 'day' ? pb.onDay(pb.longDay(earlier.date)) : pb.inMonth(earlier.date);
    paragraphs.push(pb.recall(party, shared === 'russian' ? 'libyan' : 'russian', when));
    recalled = { happening: earlier.id, date: precision === 'day' ? earlier.date : earlier.date.slice(0, 7), precision };
  }
  if (random.chance(0.7)) paragraphs.push(random.pick(pb.context[eraOf(h.date)]));

  const undated = dating.phrase === 'undated' || dating.publication === null;
  const caption =
    outlet.style !== 'telegram' && outlet.style !== 'blog' && random.chance(0.5) && !undated
      ? pb.furniture.caption(
          capitalise([russian, libyan].find((m) => m.person)?.short ?? russian.short),
          pb.places[random.pick(['benghazi', 'tripoli', 'moscow'] as const)].at,
          pb.longDay(captionDay(h.date, random)),
          random.pick(outlet.photos),
        )
      : null;
  const text = layoutPage(
    {
      headline,
      standfirst: details[1] && random.chance(0.5) ? details[1](scene) : null,
      stamp: publication?.source === 'meta' && publication.format !== null && publication.format !== 'published' && publication.format !== 'date' ? stamp(publication.format, publication.day, pb, random) : null,
      paragraphs: paragraphs.map(tidy),
      caption,
      related: plan.related,
      tags: [COUNTRY[pb.language], ...[russian, libyan].filter((m) => m.person).map((m) => m.short)],
      copyrightYear: publication ? partsOf(publication.day).year : null,
    },
    outlet,
    pb,
    random,
  );
  return {
    text: frontMatter(plan, headline, outlet) + text,
    sidecar: publication?.source === 'sidecar' ? sidecarText(publication.day, outlet, random) : null,
    headline,
    stated: statedDate(dating, h.date),
    recalled,
  };
}

/** A caption's photo is older than the news: a file picture from weeks to years before. */
function captionDay(day: string, random: Random): string {
  const earlier = addDays(day, -random.int(20, 900));
  return earlier < '2007-01-01' ? '2007-06-15' : earlier;
}

/** Punctuation left over where an apposition meets the end of a clause: "Dbeibah, head of the GNU,." */
function tidy(paragraph: string): string {
  return paragraph.replace(/,([.,:;])/g, '$1').replace(/\s+,/g, ',').replace(/ {2,}/g, ' ');
}
