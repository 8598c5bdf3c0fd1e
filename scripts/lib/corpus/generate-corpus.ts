// Generates a corpus: N files under `articles/`, about a third in each language, most of them the
// first report of a new happening, some a second or third report of an earlier one (another outlet,
// another language, the same day), a few a later happening between the same people, about one in a
// hundred a file that is no article at all; and the manifest that says which is which. One seeded
// stream drives every choice, so a seed gives the same bytes on any machine.
import type { RegistryActor } from '../../../src/schemas/actor.ts';
import { BAD_KINDS, badFile, type BadKind } from './bad-files.ts';
import { addDays, dayNumber } from '../../../src/lib/calendar-days.ts';
import { createCast, type Cast } from './cast.ts';
import { encodeText, type Encoding } from './encode.ts';
import { createDiary, drawHappening, drawSequel } from './happenings.ts';
import type { CorpusManifest, ManifestFile } from './manifest.ts';
import { OUTLETS } from './outlets.ts';
import type { Phrasebook } from './phrasebook.ts';
import { en } from './phrasebooks/en.ts';
import { fr } from './phrasebooks/fr.ts';
import { ru } from './phrasebooks/ru.ts';
import { planDating } from './plan-dating.ts';
import { createRandom, type Random } from './random.ts';
import type { Happening, Language } from './types.ts';
import { writeReport, type ReportPlan } from './write-report.ts';

/** What to generate. */
export interface CorpusOptions {
  /** Files under `articles/`, sidecars not counted. */
  n: number;
  seed: string;
  /** The last day a publication may carry, `YYYY-MM-DD`. */
  until: string;
  /** The actor registry the corpus names people from. */
  registry: readonly RegistryActor[];
}

/** A file to write, its path under the content folder. */
export interface GeneratedFile {
  path: string;
  bytes: Uint8Array;
}

/** The files and their manifest. */
export interface GeneratedCorpus {
  files: GeneratedFile[];
  manifest: CorpusManifest;
}

const PHRASEBOOKS: Readonly<Record<Language, Phrasebook>> = { en, fr, ru };
const LANGUAGES: readonly Language[] = ['en', 'fr', 'ru'];

/** Defects of files that are still articles: read, with or without a warning. */
type ReadableDefect = 'windows-1252' | 'utf-16le' | 'broken-front-matter';
const READABLE_DEFECTS: readonly ReadableDefect[] = ['windows-1252', 'utf-16le', 'broken-front-matter'];

/** Shares of the corpus, each drawn per file. */
const SHARES = {
  /** Second and third reports of a recent happening. */
  repeat: 0.15,
  /** A new happening a few days after a recent one, between the same people. */
  sequel: 0.06,
  /** Reports recalling an earlier happening of one of their people, with its date. */
  recall: 0.3,
  /** `.md` files with front matter that gives no date. */
  plainFrontMatter: 0.05,
  /** Files saved with Windows line ends. */
  crlf: 0.05,
} as const;
/** How many of the latest happenings a repeat or a sequel draws from: news is reported again within days, not years. */
const RECENT = 40;
/** A recalled happening lies at least this many days before the one reported, outside the two weeks a lead's date may fall in. */
const RECALL_GAP_DAYS = 30;

/** Which bad or defective file, if any, goes at each position. */
function defectSlots(n: number, random: Random): Map<number, BadKind | ReadableDefect> {
  const kinds = [...BAD_KINDS, ...READABLE_DEFECTS];
  // About one in a hundred, and every kind once as soon as the corpus is large enough to spare them.
  const count = n >= kinds.length * 4 ? Math.max(kinds.length, Math.round(n / 100)) : Math.round(n / 100);
  const positions = random.shuffle(Array.from({ length: n }, (_, index) => index)).slice(0, count);
  return new Map(positions.map((position, k) => [position, kinds[k % kinds.length] as BadKind | ReadableDefect]));
}

/** True when one of the happening's people is named, in `language`, with an office the registry dates. */
function datableByOffice(happening: Happening, language: Language, cast: Cast): boolean {
  return [happening.russian, happening.libyan].some((party) => party.office !== null && cast.officeNames(party.actor, party.office, language).length > 0);
}

type Side = 'russian' | 'libyan';
const SIDES: readonly Side[] = ['russian', 'libyan'];

/** The happenings drawn so far, by side and person: a report finds those it may recall without reading them all. */
function createPastIndex() {
  const bySidePerson = new Map<string, { position: number; happening: Happening }[]>();
  let drawn = 0;
  return {
    add(happening: Happening): void {
      const position = drawn++;
      for (const side of SIDES) {
        const key = `${side}:${happening[side].actor}`;
        const list = bySidePerson.get(key);
        if (list) list.push({ position, happening });
        else bySidePerson.set(key, [{ position, happening }]);
      }
    },
    /** An earlier happening sharing a person with `happening`, to recall; or null. */
    recallFor(happening: Happening, random: Random): ReportPlan['recalls'] {
      const before = dayNumber(happening.date) - RECALL_GAP_DAYS;
      const candidates = SIDES.filter((side) => happening[side].office !== null)
        .flatMap((shared) => (bySidePerson.get(`${shared}:${happening[shared].actor}`) ?? []).map((earlier) => ({ ...earlier, shared, order: SIDES.indexOf(shared) })))
        .filter((earlier) => dayNumber(earlier.happening.date) <= before)
        // In the order they were drawn, as the seed's stream expects.
        .sort((a, b) => a.position - b.position || a.order - b.order)
        .map(({ happening: earlier, shared }) => ({ happening: earlier, shared }));
      if (candidates.length === 0 || !random.chance(SHARES.recall)) return null;
      return { ...random.pick(candidates), precision: random.chance(0.5) ? 'day' : 'month' };
    },
  };
}

/** Generates the corpus `options` describe. */
export function generateCorpus(options: CorpusOptions): GeneratedCorpus {
  const random = createRandom(options.seed);
  const cast = createCast(options.registry);
  // Leave room for a publication up to three days after the happening.
  const last = addDays(options.until, -3);
  const width = Math.max(4, String(options.n).length);
  const slots = defectSlots(options.n, random);
  const happenings: Happening[] = [];
  const past = createPastIndex();
  const reports = new Map<string, ManifestFile[]>();
  const headlines: Record<Language, string[]> = { en: [], fr: [], ru: [] };
  const files: GeneratedFile[] = [];
  const entries: ManifestFile[] = [];
  const deck: Language[] = [];
  const diary = createDiary();

  for (let index = 0; index < options.n; index++) {
    const number = String(index + 1).padStart(width, '0');
    const slot = slots.get(index);
    if (slot !== undefined && (BAD_KINDS as readonly string[]).includes(slot)) {
      const bad = badFile(slot as BadKind, number, random);
      const path = `articles/inbox/${bad.name}`;
      files.push({ path, bytes: bad.bytes });
      entries.push({
        file: path,
        happening: null,
        language: null,
        outlet: null,
        phrase: null,
        publication: null,
        stated: null,
        recalls: [],
        encoding: null,
        crlf: false,
        defect: slot,
        expect: 'skipped',
        sidecar: null,
      });
      continue;
    }
    const defect = slot as ReadableDefect | undefined;

    // The happening: a second or third report of a recent one, a sequel to one, or a new one.
    const recent = happenings.slice(-RECENT);
    const unfinished = recent.filter((h) => (reports.get(h.id)?.length ?? 0) < 3);
    let happening: Happening;
    if (unfinished.length > 0 && random.chance(SHARES.repeat)) {
      happening = random.pick(unfinished);
    } else {
      const id = `h${String(happenings.length + 1).padStart(width, '0')}`;
      const sequel = recent.length > 0 && random.chance(SHARES.sequel) ? drawSequel(random, cast, id, random.pick(recent), last, diary) : null;
      happening = sequel ?? drawHappening(random, cast, id, last, diary);
      happenings.push(happening);
      past.add(happening);
    }
    const earlier = reports.get(happening.id) ?? [];

    // A first report takes the next language of a shuffled deck, so that each language gets a third; a
    // later one another language than the reports before it, where there is one.
    // Windows-1252 shows only in text beyond ASCII: French, with its accents and guillemets, always has some.
    const usable = defect === 'windows-1252' ? (['fr'] as const) : LANGUAGES;
    const fresh = usable.filter((language) => !earlier.some((entry) => entry.language === language));
    let language: Language;
    if (earlier.length > 0 || defect === 'windows-1252') language = random.pick(fresh.length > 0 ? fresh : usable);
    else {
      if (deck.length === 0) deck.push(...random.shuffle(LANGUAGES));
      language = deck.pop() ?? 'en';
    }
    const outlets = OUTLETS[language].filter((outlet) => !earlier.some((entry) => entry.outlet === outlet.name));
    const outlet = random.pick(outlets.length > 0 ? outlets : OUTLETS[language]);
    const pb = PHRASEBOOKS[language];

    const dating = planDating(random, outlet, happening, { datableByOffice: datableByOffice(happening, language, cast), editorMayDate: defect !== 'broken-front-matter' });
    const brokenFrontMatter = defect === 'broken-front-matter';
    const plainFrontMatter = !brokenFrontMatter && dating.publication?.source !== 'front-matter' && random.chance(SHARES.plainFrontMatter);
    const markdown = brokenFrontMatter || plainFrontMatter || dating.publication?.source === 'front-matter';
    const path = `articles/${outlet.slug}/${number}-${happening.kind}.${markdown ? 'md' : 'txt'}`;
    const related = [...random.shuffle(pb.furniture.headlines).slice(0, random.int(2, 3)), ...(headlines[language].length > 0 && random.chance(0.3) ? [random.pick(headlines[language])] : [])];
    const plan: ReportPlan = { file: path, happening, outlet, dating, recalls: past.recallFor(happening, random), brokenFrontMatter, plainFrontMatter, related };
    const written = writeReport(plan, pb, cast, random);
    headlines[language].push(written.headline);

    const encoding: Encoding = defect === 'windows-1252' || defect === 'utf-16le' ? defect : 'utf-8';
    const crlf = random.chance(SHARES.crlf);
    files.push({ path, bytes: encodeText(written.text, encoding, crlf) });
    const sidecar = written.sidecar === null ? null : `${path}.meta.yaml`;
    if (sidecar !== null && written.sidecar !== null) files.push({ path: sidecar, bytes: encodeText(written.sidecar, 'utf-8') });
    const entry: ManifestFile = {
      file: path,
      happening: happening.id,
      language,
      outlet: outlet.name,
      phrase: dating.phrase,
      publication: dating.publication
        ? { source: dating.publication.source, format: dating.publication.format, date: dating.publication.format === 'date' ? happening.date : dating.publication.day }
        : null,
      stated: written.stated,
      recalls: written.recalled ? [written.recalled] : [],
      encoding,
      crlf,
      defect: defect ?? null,
      // Broken front matter and a Windows-1252 file are read with a warning; the rest may be ok or warned (an undated article is).
      expect: defect === 'broken-front-matter' || defect === 'windows-1252' ? 'warning' : 'readable',
      sidecar,
    };
    entries.push(entry);
    reports.set(happening.id, [...earlier, entry]);
  }

  return {
    files,
    manifest: {
      generator: 'scripts/corpus.ts',
      version: 1,
      seed: options.seed,
      count: options.n,
      until: options.until,
      happenings: happenings.map((h) => ({
        id: h.id,
        kind: h.kind,
        date: h.date,
        place: h.place,
        actors: [h.russian.actor, h.libyan.actor],
        offices: [h.russian.office, h.libyan.office],
        sequelOf: h.sequelOf,
        reports: (reports.get(h.id) ?? []).map((entry) => entry.file),
      })),
      files: entries,
    },
  };
}
