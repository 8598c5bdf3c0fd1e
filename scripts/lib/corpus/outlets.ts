// The outlets the corpus copies, each with the shape of its pages (wire, broadsheet, state media,
// regional site, blog, Telegram channel), its quotation marks, the way it prints its publication
// date, and its wire dateline. The names are real; the articles are not theirs.
import { partsOf, weekday } from './calendar.ts';
import type { Phrasebook } from './phrasebook.ts';
import type { Random } from './random.ts';
import type { Language, PlaceId, QuoteStyle } from './types.ts';

/** How an outlet lays out a page. */
export type PageStyle = 'wire' | 'broadsheet' | 'state' | 'regional' | 'blog' | 'telegram';

/** How an outlet prints its publication date on a meta line; the name is what the manifest records. */
export type StampFormat =
  | 'mdy-time'
  | 'weekday-dmy'
  | 'dmy-label'
  | 'mdy-at'
  | 'iso-time'
  | 'iso-t'
  | 'numeric-label'
  | 'fr-long'
  | 'fr-long-modified'
  | 'fr-numeric'
  | 'fr-plain'
  | 'fr-weekday'
  | 'ru-long'
  | 'ru-numeric'
  | 'ru-label';

/** The wire datelines outlets open their copy with. */
export type DatelineShape = 'reuters' | 'ap' | 'afp' | 'tass' | 'ria' | 'interfax';

/** One outlet. */
export interface Outlet {
  name: string;
  /** The folder its articles are saved in. */
  slug: string;
  language: Language;
  style: PageStyle;
  quotes: readonly QuoteStyle[];
  stamps: readonly StampFormat[];
  dateline: DatelineShape | null;
  /** Photo credits its captions carry. */
  photos: readonly string[];
}

/** Every outlet, by language. */
export const OUTLETS: Readonly<Record<Language, readonly Outlet[]>> = {
  en: [
    { name: 'Reuters', slug: 'reuters', language: 'en', style: 'wire', quotes: ['curly'], stamps: ['mdy-time'], dateline: 'reuters', photos: ['REUTERS/Stringer', 'REUTERS/Esam Omran Al-Fetori'] },
    { name: 'Associated Press', slug: 'ap', language: 'en', style: 'wire', quotes: ['straight'], stamps: ['mdy-time', 'iso-t'], dateline: 'ap', photos: ['AP Photo/Mohammed el-Sheikhy'] },
    { name: 'The Guardian', slug: 'guardian', language: 'en', style: 'broadsheet', quotes: ['curly'], stamps: ['weekday-dmy'], dateline: null, photos: ['Abdullah Doma/AFP/Getty Images', 'Mahmud Turkia/AFP/Getty Images'] },
    { name: 'The Moscow Times', slug: 'moscow-times', language: 'en', style: 'broadsheet', quotes: ['curly', 'straight'], stamps: ['mdy-at', 'dmy-label'], dateline: null, photos: ['kremlin.ru', 'mil.ru'] },
    { name: 'Libya Observer', slug: 'libya-observer', language: 'en', style: 'regional', quotes: ['curly'], stamps: ['dmy-label', 'numeric-label'], dateline: null, photos: ['Libya Observer', 'social media'] },
    { name: 'Middle East Monitor', slug: 'memo', language: 'en', style: 'regional', quotes: ['straight', 'curly'], stamps: ['mdy-at'], dateline: null, photos: ['Anadolu Agency'] },
    { name: 'The Sandbox Dispatch', slug: 'sandbox-dispatch', language: 'en', style: 'blog', quotes: ['straight'], stamps: ['iso-time'], dateline: null, photos: ['via Telegram'] },
  ],
  fr: [
    { name: 'AFP', slug: 'afp', language: 'fr', style: 'wire', quotes: ['guillemets-spaced'], stamps: ['fr-long', 'fr-numeric'], dateline: 'afp', photos: ['AFP', 'Abdullah Doma / AFP'] },
    { name: 'Le Monde', slug: 'le-monde', language: 'fr', style: 'broadsheet', quotes: ['guillemets-spaced'], stamps: ['fr-long-modified'], dateline: null, photos: ['ABDULLAH DOMA / AFP', 'MAHMUD TURKIA / AFP'] },
    { name: 'RFI', slug: 'rfi', language: 'fr', style: 'broadsheet', quotes: ['guillemets'], stamps: ['fr-numeric'], dateline: null, photos: ['REUTERS/Stringer', 'AFP'] },
    { name: 'Jeune Afrique', slug: 'jeune-afrique', language: 'fr', style: 'regional', quotes: ['guillemets-spaced'], stamps: ['fr-plain'], dateline: null, photos: ['Mahmud Turkia/AFP'] },
    { name: 'Le Figaro', slug: 'le-figaro', language: 'fr', style: 'broadsheet', quotes: ['guillemets-spaced', 'guillemets'], stamps: ['fr-long'], dateline: null, photos: ['AFP', 'SPUTNIK/REUTERS'] },
    { name: 'RT France', slug: 'rt-france', language: 'fr', style: 'state', quotes: ['guillemets'], stamps: ['fr-weekday', 'fr-plain'], dateline: null, photos: ['Sputnik', 'mil.ru'] },
    { name: 'Le Carnet libyen', slug: 'carnet-libyen', language: 'fr', style: 'blog', quotes: ['guillemets', 'straight'], stamps: ['iso-time'], dateline: null, photos: ['capture Telegram'] },
  ],
  ru: [
    { name: 'ТАСС', slug: 'tass', language: 'ru', style: 'state', quotes: ['straight', 'guillemets'], stamps: ['ru-long'], dateline: 'tass', photos: ['ТАСС', 'Михаил Метцель/ТАСС'] },
    { name: 'РИА Новости', slug: 'ria', language: 'ru', style: 'state', quotes: ['guillemets'], stamps: ['ru-numeric'], dateline: 'ria', photos: ['РИА Новости', 'Пресс-служба Минобороны РФ/РИА Новости'] },
    { name: 'Интерфакс', slug: 'interfax', language: 'ru', style: 'wire', quotes: ['guillemets'], stamps: ['ru-numeric', 'ru-long'], dateline: 'interfax', photos: ['Интерфакс'] },
    { name: 'Коммерсантъ', slug: 'kommersant', language: 'ru', style: 'broadsheet', quotes: ['guillemets'], stamps: ['ru-label', 'ru-numeric'], dateline: null, photos: ['Reuters', 'AP'] },
    { name: 'Известия', slug: 'izvestia', language: 'ru', style: 'broadsheet', quotes: ['guillemets'], stamps: ['ru-long'], dateline: null, photos: ['Global Look Press', 'ИЗВЕСТИЯ'] },
    { name: 'Российская газета', slug: 'rg', language: 'ru', style: 'regional', quotes: ['german', 'guillemets'], stamps: ['ru-numeric'], dateline: null, photos: ['РИА Новости', 'РГ'] },
    { name: 'Военная хроника', slug: 'telegram-voenkhronika', language: 'ru', style: 'telegram', quotes: ['guillemets', 'straight'], stamps: ['ru-long', 'ru-numeric'], dateline: null, photos: ['Telegram'] },
  ],
};

/** The label blogs put before an ISO timestamp. */
const ISO_LABEL: Readonly<Record<Language, string>> = { en: 'Posted', fr: 'Publié le', ru: 'Опубликовано' };

const two = (n: number): string => String(n).padStart(2, '0');
/** A time of day, drawn. */
const time = (random: Random): { h: number; m: number } => ({ h: random.int(6, 22), m: random.int(0, 59) });

/** The meta line an outlet prints for a publication day, in the given format. */
export function stamp(format: StampFormat, day: string, pb: Phrasebook, random: Random): string {
  const { year, month, date } = partsOf(day);
  const { h, m } = time(random);
  const monthName = pb.months[month - 1] ?? '';
  const short = pb.shortMonths[month - 1] ?? '';
  const numeric = `${two(date)}/${two(month)}/${year}`;
  switch (format) {
    case 'mdy-time':
      return `${monthName} ${date}, ${year} ${h > 12 ? h - 12 : h}:${two(m)} ${h >= 12 ? 'PM' : 'AM'} GMT`;
    case 'weekday-dmy':
      return `${pb.shortWeekdays[weekday(day)]} ${date} ${short} ${year} ${two(h)}.${two(m)} GMT`;
    case 'dmy-label':
      return `Published: ${date} ${monthName} ${year}`;
    case 'mdy-at':
      return `${monthName} ${date}, ${year} at ${h > 12 ? h - 12 : h}:${two(m)} ${h >= 12 ? 'pm' : 'am'}`;
    case 'iso-time':
      return `${ISO_LABEL[pb.language]} ${day} ${two(h)}:${two(m)}`;
    case 'iso-t':
      return `${day}T${two(h)}:${two(m)}:00Z`;
    case 'numeric-label':
      return `Date: ${numeric}`;
    case 'fr-long':
      return `Publié le ${pb.longDay(day)} à ${h}h${two(m)}`;
    case 'fr-long-modified':
      return `Publié le ${pb.longDay(day)} à ${h}h${two(m)}, modifié le ${pb.longDay(day)} à ${Math.min(h + 3, 23)}h${two(m)}`;
    case 'fr-numeric':
      return `Publié le : ${numeric} - ${two(h)}:${two(m)}`;
    case 'fr-plain':
      return `${pb.longDay(day)} à ${two(h)}:${two(m)}`;
    case 'fr-weekday':
      return `${pb.weekdays[weekday(day)]} ${pb.longDay(day)}`;
    case 'ru-long':
      return `${date} ${monthName} ${year}, ${two(h)}:${two(m)}`;
    case 'ru-numeric':
      return `${two(date)}.${two(month)}.${year} ${two(h)}:${two(m)}`;
    case 'ru-label':
      return `Опубликовано: ${two(date)}.${two(month)}.${year}`;
  }
}

/** Places a wire files from; a happening elsewhere is filed from the capital of the side that acted. */
const FILING: readonly PlaceId[] = ['moscow', 'tripoli', 'benghazi', 'tobruk', 'misrata', 'new-york'];

/** How much of the date a dateline carries: none ("MOSCOW (Reuters) -"), day and month, or the full date. */
export type DatelineDate = 'none' | 'partial' | 'full';

/** A wire dateline opening the lead, with its trailing space. */
export function dateline(shape: DatelineShape, place: PlaceId | null, day: string, carries: DatelineDate, pb: Phrasebook): string {
  const filed = place !== null && FILING.includes(place) ? place : 'moscow';
  const city = pb.places[filed].name;
  const caps = city.toLocaleUpperCase(pb.language);
  const { year, month, date } = partsOf(day);
  const monthName = pb.months[month - 1] ?? '';
  const short = pb.shortMonths[month - 1] ?? '';
  const region = filed === 'moscow' || filed === 'new-york' ? '' : ', Libya';
  switch (shape) {
    case 'reuters':
      if (carries === 'none') return `${caps} (Reuters) - `;
      return carries === 'partial' ? `${caps}${region}, ${short} ${date} (Reuters) - ` : `${caps}, ${date} ${monthName} ${year} (Reuters) - `;
    case 'ap':
      if (carries === 'none') return `${caps}${region} (AP) — `;
      return carries === 'partial' ? `${caps}${region}, ${monthName} ${date} (AP) — ` : `${caps}${region}, ${monthName} ${date}, ${year} (AP) — `;
    case 'afp':
      if (carries === 'none') return `${caps} (AFP) - `;
      return carries === 'partial' ? `${caps}, ${date} ${monthName} (AFP) - ` : `${caps}, ${date} ${monthName} ${year} (AFP) - `;
    case 'tass':
      return carries === 'full' ? `${caps}, ${date} ${monthName} ${year}. /ТАСС/. ` : `${caps}, ${date} ${monthName}. /ТАСС/. `;
    case 'ria':
      return carries === 'full' ? `${caps}, ${date} ${monthName} ${year} — РИА Новости. ` : `${caps}, ${date} ${short} — РИА Новости. `;
    case 'interfax':
      return carries === 'full' ? `${city}. ${date} ${monthName} ${year} г. INTERFAX.RU - ` : `${city}. ${date} ${monthName}. INTERFAX.RU - `;
  }
}

/** The marks around quoted words. */
export function quoteMarks(style: QuoteStyle, words: string): string {
  switch (style) {
    case 'curly':
      return `“${words}”`;
    case 'straight':
      return `"${words}"`;
    case 'guillemets':
      return `«${words}»`;
    case 'guillemets-spaced':
      // French sets a no-break space inside its guillemets.
      return `«\u00a0${words}\u00a0»`;
    case 'german':
      return `„${words}“`;
  }
}
