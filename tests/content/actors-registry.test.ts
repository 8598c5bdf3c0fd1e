import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { locales } from '../../src/lib/locales/index.ts';
import { ActorRegistrySchema, ActorRoleSchema, type RegistryActor } from '../../src/schemas/actor.ts';

const REGISTRY_PATH = new URL('../../content/actors.yaml', import.meta.url);

/** Lower-cased, accents removed: how the matcher compares names. */
const fold = (text: string): string => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

const raw: unknown = parse(readFileSync(REGISTRY_PATH, 'utf8'));
const parsed = ActorRegistrySchema.safeParse(raw);
const actors: RegistryActor[] = parsed.success ? parsed.data.actors : [];
const byId = new Map(actors.map((actor) => [actor.id, actor]));

/** The actor with this id; fails the test when it is missing. */
function actor(id: string): RegistryActor {
  const found = byId.get(id);
  if (!found) throw new Error(`no actor with id "${id}" in content/actors.yaml`);
  return found;
}

const REQUIRED_IDS = [
  'russia', 'libya', 'turkey', 'egypt', 'united-arab-emirates', 'united-states', 'france', 'italy',
  'european-union', 'united-nations', 'un-security-council', 'khalifa-haftar', 'muammar-gaddafi',
  'sergei-shoigu', 'yunus-bek-yevkurov', 'vladimir-putin', 'sergey-lavrov', 'mikhail-mishustin',
  'dmitry-medvedev', 'abdulhamid-dbeibah', 'mohamed-al-menfi', 'fayez-al-sarraj', 'ivan-molotkov',
  'lev-dengov', 'vyacheslav-dzirkaln', 'igor-sevastyanov', 'ahmed-al-mismari', 'aguila-saleh',
  'mikhail-bogdanov', 'maria-zakharova', 'dmitry-peskov', 'yevgeny-prigozhin',
  'russian-ministry-of-defence', 'russian-ministry-of-foreign-affairs',
  'federal-service-for-military-technical-cooperation', 'rosoboronexport', 'libyan-national-army',
  'government-of-national-accord', 'government-of-national-unity', 'presidential-council',
  'house-of-representatives', 'wagner-group', 'africa-corps', 'russian-contact-group',
  'valdai-discussion-club', 'interfax', 'afp', 'tass', 'ria-novosti', 'sputnik', 'rt', 'xinhua',
  'reuters', 'recep-tayyip-erdogan', 'abdel-fattah-el-sisi', 'ghassan-salame', 'stephanie-williams',
  'abdoulaye-bathily', 'africom',
];

describe('content/actors.yaml', () => {
  it('validates against ActorRegistrySchema', () => {
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 5), null, 2)).toBe(true);
  });

  it('holds at least 80 actors with unique ids', () => {
    expect(actors.length).toBeGreaterThanOrEqual(80);
    const ids = actors.map((entry) => entry.id);
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates).toEqual([]);
  });

  it('gives every name and alias to one actor only (case- and accent-insensitive)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of actors) {
      // One actor may spell a name twice after folding; what matters is that no two actors share it.
      for (const key of new Set([entry.name, ...entry.aliases].map(fold))) {
        const previous = owner.get(key);
        if (previous !== undefined && previous !== entry.id) clashes.push(`"${key}": ${previous} and ${entry.id}`);
        else owner.set(key, entry.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('does not repeat a name within one actor', () => {
    const repeats = actors.flatMap((entry) => {
      const keys = [entry.name, ...entry.aliases].map(fold);
      return keys.filter((key, index) => keys.indexOf(key) !== index).map((key) => `${entry.id}: "${key}"`);
    });
    expect(repeats).toEqual([]);
  });

  it('keeps risky metonyms and demonyms out of the aliases', () => {
    const all = new Set(actors.flatMap((entry) => [entry.name, ...entry.aliases].map(fold)));
    const banned = ['moscow', 'moscou', 'москва', 'tripoli', 'триполи', 'russian', 'russe', 'российский'];
    expect(banned.filter((word) => all.has(word))).toEqual([]);
  });

  it('writes short forms that are words in another language in capitals only, which match only as written', () => {
    // "UN" is safe, "Un" would match the French "un"; "US" is safe, "us" would match the English word.
    const words = new Set(['un', 'eu', 'au', 'us', 'gun', 'eau', 'car', 'memo', 'rsf']);
    const names = actors.flatMap((entry) => [entry.name, ...entry.aliases]);
    expect(names.filter((name) => words.has(fold(name)) && name !== name.toUpperCase())).toEqual([]);
  });

  it('lists the all-caps short forms of the bodies and states the press abbreviates', () => {
    expect(actor('united-nations').aliases).toEqual(expect.arrayContaining(['UN', 'U.N.']));
    expect(actor('european-union').aliases).toContain('EU');
    expect(actor('united-states').aliases).toEqual(expect.arrayContaining(['US', 'U.S.']));
    expect(actor('african-union').aliases).toContain('AU');
    expect(actor('united-arab-emirates').aliases).toEqual(expect.arrayContaining(['UAE', 'EAU']));
  });

  it('gives every state demonym of the locales to a state of the registry', () => {
    const keys = locales.flatMap((locale) => Object.keys(locale.names.stateDemonyms).map((id) => `${locale.code}: ${id}`));
    expect(keys.filter((key) => byId.get(key.slice(4))?.type !== 'state')).toEqual([]);
    // Every state of the registry has its demonym in every language.
    const states = actors.filter((entry) => entry.type === 'state').map((entry) => entry.id);
    for (const locale of locales) expect(Object.keys(locale.names.stateDemonyms).sort()).toEqual([...states].sort());
  });

  it('has every id other code relies on', () => {
    const missing = REQUIRED_IDS.filter((id) => !byId.has(id));
    expect(missing).toEqual([]);
  });

  it('lists the transliterations met in the press', () => {
    expect(actor('khalifa-haftar').aliases).toEqual(expect.arrayContaining(['Haftar', 'Hafter', 'Khaftar', 'Hifter', 'Хафтар', 'Халифа Хафтар']));
    expect(actor('muammar-gaddafi').aliases).toEqual(
      expect.arrayContaining(['Gaddafi', 'Qaddafi', 'Kadhafi', 'Kaddafi', 'Gadhafi', 'Khadafi', 'Moamer Kadhafi', 'Mouammar Kadhafi', 'Muammar al-Qaddafi', 'Каддафи', 'Муаммар Каддафи']),
    );
    expect(actor('yunus-bek-yevkurov').aliases).toEqual(expect.arrayContaining(['Yevkurov', 'Evkourov', 'Iounous-bek Evkourov', 'Евкуров', 'Юнус-Бек Евкуров']));
    expect(actor('sergei-shoigu').aliases).toEqual(expect.arrayContaining(['Shoigu', 'Shoygu', 'Choïgou', 'Шойгу', 'Сергей Шойгу']));
    expect(actor('abdulhamid-dbeibah').aliases).toEqual(
      expect.arrayContaining(['Dbeibah', 'Dbeibeh', 'Dbeiba', 'Abdul Hamid Dbeibah', 'Abdelhamid Dbeibah', 'Дбейба', 'Дбейбах']),
    );
    expect(actor('fayez-al-sarraj').aliases).toEqual(expect.arrayContaining(['al-Sarraj', 'Sarraj', 'Serraj', 'Faïez Sarraj', 'Фаиз Сарадж']));
    expect(actor('mohamed-al-menfi').aliases).toContain('Mohammad Younes Menfi');
    expect(actor('ahmed-al-mismari').aliases).toEqual(expect.arrayContaining(['Ahmed al-Mesmari', 'Ahmad al-Mesmari', 'al-Mesmari']));
    expect(actor('libyan-national-army').aliases).toEqual(
      expect.arrayContaining(['LNA', 'ANL', 'Armée nationale libyenne', 'Libyan Arab Armed Forces', 'LAAF', 'Ливийская национальная армия', 'ЛНА']),
    );
    expect(actor('government-of-national-accord').aliases).toEqual(
      expect.arrayContaining(['GNA', 'National Accord Government', 'unity government', "Gouvernement d'union nationale", 'Правительство национального согласия', 'ПНС']),
    );
    expect(actor('russian-ministry-of-defence').aliases).toEqual(
      expect.arrayContaining(['Russian Defence Ministry', 'Russian Defense Ministry', 'Russian Ministry of Defense', 'ministère russe de la Défense', 'Минобороны России', 'Министерство обороны России', 'Минобороны']),
    );
    expect(actor('russia').aliases).toEqual(expect.arrayContaining(['Russian Federation', 'Russie', 'Россия', 'РФ']));
    expect(actor('libya').aliases).toEqual(expect.arrayContaining(['Libye', 'Ливия', 'State of Libya']));
    expect(actor('tass').aliases).toContain('ТАСС');
  });

  it('dates the offices that matter to the timeline', () => {
    // Roles are compared without their names: the test below checks those.
    const dates = (id: string) => actor(id).roles.map(({ title, from, to }) => ({ title, ...(from ? { from } : {}), ...(to ? { to } : {}) }));
    expect(dates('sergei-shoigu')).toContainEqual({ title: 'Defence Minister of Russia', from: '2012-11-06', to: '2024-05-12' });
    expect(dates('andrei-belousov')).toContainEqual({ title: 'Defence Minister of Russia', from: '2024-05-14' });
    expect(dates('abdulhamid-dbeibah')).toContainEqual({ title: 'Prime Minister of the Government of National Unity', from: '2021-03-15' });
    expect(dates('mikhail-mishustin')).toContainEqual({ title: 'Prime Minister of Russia', from: '2020-01-16' });
    expect(dates('dmitry-medvedev')).toEqual(
      expect.arrayContaining([
        { title: 'President of Russia', from: '2008-05-07', to: '2012-05-07' },
        { title: 'Prime Minister of Russia', from: '2012-05-08', to: '2020-01-16' },
      ]),
    );
    expect(dates('yunus-bek-yevkurov')).toContainEqual({ title: 'Deputy Defence Minister of Russia', from: '2019-07-08' });
  });

  it('names every dated office of a person in Latin and in Cyrillic script, as articles name it at the name', () => {
    const unnamed = actors.flatMap((entry) =>
      entry.type !== 'person'
        ? []
        : entry.roles
            .filter((role) => role.from !== undefined || role.to !== undefined)
            .filter((role) => !(role.names?.some((name) => /\p{Script=Cyrillic}/u.test(name)) && role.names.some((name) => /\p{Script=Latin}/u.test(name))))
            .map((role) => `${entry.id}: ${role.title}`),
    );
    expect(unnamed).toEqual([]);
    const names = (id: string, title: string) => actor(id).roles.find((role) => role.title === title)?.names ?? [];
    expect(names('sergei-shoigu', 'Defence Minister of Russia')).toEqual(expect.arrayContaining(['Defence Minister', 'Defense Minister', 'ministre de la Défense', 'министр обороны']));
    expect(names('andrei-belousov', 'Defence Minister of Russia')).toEqual(names('sergei-shoigu', 'Defence Minister of Russia'));
    expect(names('abdulhamid-dbeibah', 'Prime Minister of the Government of National Unity')).toEqual(expect.arrayContaining(['Prime Minister', 'Premier ministre', 'премьер-министр']));
    expect(names('mohamed-al-menfi', 'Chairman of the Presidential Council of Libya')).toEqual(
      expect.arrayContaining(['Chairman of the Presidential Council', 'président du Conseil présidentiel', 'председатель Президентского совета']),
    );
  });

  it('gives an office name once per role', () => {
    expect(ActorRoleSchema.safeParse({ title: 'Defence Minister of Russia', names: ['Defence Minister', 'defence minister'] }).success).toBe(false);
    expect(ActorRoleSchema.safeParse({ title: 'Defence Minister of Russia', names: [' '] }).success).toBe(false);
  });

  it('writes every role with its dates in order', () => {
    const backwards = actors.flatMap((entry) =>
      entry.roles.filter((role) => role.from !== undefined && role.to !== undefined && role.to.localeCompare(role.from) < 0).map((role) => `${entry.id}: ${role.title}`),
    );
    expect(backwards).toEqual([]);
  });
});
