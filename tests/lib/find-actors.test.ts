import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../src/lib/actor-index.ts';
import type { Article } from '../../src/lib/article.ts';
import { findActors } from '../../src/lib/find-actors.ts';
import { loadRegistry } from '../../src/lib/load-registry.ts';
import type { RegistryActor } from '../../src/schemas/actor.ts';
import { articleFromText } from '../helpers/article.ts';

const actor = (id: string, name: string, type: RegistryActor['type'], aliases: string[] = []): RegistryActor => ({
  id,
  name,
  type,
  description: `${name}.`,
  aliases,
  roles: [],
});

// A small registry made by hand: each test reads against names it can see.
const context = {
  actors: buildActorIndex([
    actor('russia', 'Russia', 'state', ['Russie', 'Россия']),
    actor('libya', 'Libya', 'state', ['Libye', 'Ливия']),
    actor('khalifa-haftar', 'Khalifa Haftar', 'person', ['Haftar', 'Хафтар', 'Халифа Хафтар']),
    actor('libyan-national-army', 'Libyan National Army', 'armed-group', ['LNA', 'ANL', 'Armée nationale libyenne', 'Ливийская национальная армия']),
    actor('russian-ministry-of-defence', 'Russian Ministry of Defence', 'organization', [
      'Russian Defence Ministry',
      'ministère russe de la Défense',
      'Минобороны России',
    ]),
    actor('fayez-al-sarraj', 'Fayez al-Sarraj', 'person', ['al-Sarraj']),
    actor('yunus-bek-yevkurov', 'Yunus-bek Yevkurov', 'person', ['Iounous-bek Evkourov', 'Юнус-Бек Евкуров']),
    actor('united-nations', 'United Nations', 'organization', ['UN']),
    actor('afp', 'AFP', 'media', ['Agence France-Presse']),
    actor('rt', 'RT', 'media', ['Russia Today']),
    // Shares its id with the slug of "Ahmed Salem", a different man the registry does not list.
    actor('ahmed-salem', 'Ahmed Salem al-Obeidi', 'person'),
  ]),
};

/** The article's mentions as [actor id, words], in order. */
function mentionsIn(text: string, fields: Partial<Article> = {}): [string, string][] {
  return findActors(articleFromText(text, fields), context).actorMentions.map((m) => [m.actorId, m.text]);
}

/** The provisional actors found in a text. */
function provisionalIn(text: string, language = 'en') {
  return findActors(articleFromText(text, { language }), context).provisionalActors;
}

describe('findActors: registry matching', () => {
  it('matches whole words only, whatever the case and accents', () => {
    expect(mentionsIn('Russian companies left RUSSIA; Libyan ones stayed in libya and la Libyé.')).toEqual([
      ['russia', 'RUSSIA'],
      ['libya', 'libya'],
      ['libya', 'Libyé'],
    ]);
    expect(mentionsIn("Des officiers de l'ARMEE nationale libyenne.", { language: 'fr' })).toEqual([
      ['libyan-national-army', 'ARMEE nationale libyenne'],
    ]);
  });

  it('matches acronyms only as written', () => {
    expect(mentionsIn('The LNA and the UN met; un accord, a Lna unit and rt.com did not. RT reported it.')).toEqual([
      ['libyan-national-army', 'LNA'],
      ['united-nations', 'UN'],
      ['rt', 'RT'],
    ]);
  });

  it('reads through possessives, straight or curly', () => {
    expect(mentionsIn("Russia's envoy, Russia’s ships and Libya’s oil.")).toEqual([
      ['russia', 'Russia'],
      ['russia', 'Russia'],
      ['libya', 'Libya'],
    ]);
  });

  it('reads through French elision', () => {
    expect(mentionsIn("Les soldats de l’ANL, l'envoyé d'Haftar et une dépêche de l'AFP.", { language: 'fr' })).toEqual([
      ['libyan-national-army', 'ANL'],
      ['khalifa-haftar', 'Haftar'],
      ['afp', 'AFP'],
    ]);
  });

  it('reads Russian case endings, whole-word', () => {
    const text = 'Встреча с Хафтаром и людьми Хафтара в Ливии, России и Минобороны России, офицеры Ливийской национальной армии. Ливийцы и россияне ждут.';
    expect(mentionsIn(text, { language: 'ru' })).toEqual([
      ['khalifa-haftar', 'Хафтаром'],
      ['khalifa-haftar', 'Хафтара'],
      ['libya', 'Ливии'],
      ['russia', 'России'],
      ['russian-ministry-of-defence', 'Минобороны России'],
      ['libyan-national-army', 'Ливийской национальной армии'],
    ]);
  });

  it('takes a hyphen and a space alike', () => {
    expect(mentionsIn('al-Sarraj, al Sarraj, Al-Sarraj and Fayez Al Sarraj.')).toEqual([
      ['fayez-al-sarraj', 'al-Sarraj'],
      ['fayez-al-sarraj', 'al Sarraj'],
      ['fayez-al-sarraj', 'Al-Sarraj'],
      ['fayez-al-sarraj', 'Fayez Al Sarraj'],
    ]);
  });

  it('lets the longest alias win and drops the shorter ones inside it', () => {
    expect(mentionsIn('The Russian Defence Ministry said Russia Today and the Libyan National Army agreed.')).toEqual([
      ['russian-ministry-of-defence', 'Russian Defence Ministry'],
      ['rt', 'Russia Today'],
      ['libyan-national-army', 'Libyan National Army'],
    ]);
  });

  it('gives a one-word alias back when a foreign first name stands before it', () => {
    // Saddam is Khalifa Haftar's son; "Khalifa" and "Marshal" keep the father.
    expect(mentionsIn('Saddam Haftar met Marshal Haftar and Khalifa Haftar.')).toEqual([
      ['khalifa-haftar', 'Haftar'],
      ['khalifa-haftar', 'Khalifa Haftar'],
    ]);
  });

  it('reads only the cleaned text: captions and removed furniture name no actor', () => {
    const article = articleFromText('Libya waits.', {
      captions: ['Khalifa Haftar in Benghazi. Photo: AFP'],
      removed: [{ text: 'Russia launches satellite', reason: 'related links' }],
    });
    expect(findActors(article, context).actorMentions.map((m) => m.actorId)).toEqual(['libya']);
  });

  it('names the registry actors of each caption apart from the body, guessing no new names there', () => {
    const article = articleFromText('Libya waits.', {
      captions: ['Khalifa Haftar in Benghazi. Photo: AFP', 'General Ahmed Salem arrives.'],
    });
    expect(findActors(article, context).captionActors).toEqual([['khalifa-haftar'], []]);
  });

  it('keeps each mention’s words, span and sentence, sorted by start', () => {
    const text = 'Libya waits. General Ahmed Salem met Haftar.';
    const mentions = findActors(articleFromText(text), context).actorMentions;
    expect(mentions).toEqual([
      { actorId: 'libya', text: 'Libya', span: { start: 0, end: 5 }, sentence: 0 },
      { actorId: 'ahmed-salem-2', text: 'Ahmed Salem', span: { start: 21, end: 32 }, sentence: 1 },
      { actorId: 'khalifa-haftar', text: 'Haftar', span: { start: 37, end: 43 }, sentence: 1 },
    ]);
  });
});

describe('findActors: bare surnames', () => {
  it('links a surname to the registry person named in full before it', () => {
    expect(mentionsIn("Le vice-ministre Iounous-bek Evkourov est arrivé. Evkourov a déclaré qu'il restait.", { language: 'fr' })).toEqual([
      ['yunus-bek-yevkurov', 'Iounous-bek Evkourov'],
      ['yunus-bek-yevkurov', 'Evkourov'],
    ]);
  });

  it('links an inflected Russian surname', () => {
    expect(mentionsIn('Прибыл Юнус-Бек Евкуров. С Евкуровым приехали офицеры.', { language: 'ru' })).toEqual([
      ['yunus-bek-yevkurov', 'Юнус-Бек Евкуров'],
      ['yunus-bek-yevkurov', 'Евкуровым'],
    ]);
  });

  it('links nothing back before the full name', () => {
    expect(mentionsIn('Evkourov est arrivé. Iounous-bek Evkourov est là.', { language: 'fr' })).toEqual([
      ['yunus-bek-yevkurov', 'Iounous-bek Evkourov'],
    ]);
  });

  it('links a surname to a provisional person', () => {
    expect(mentionsIn('Colonel Omar Hamdi arrived. Hamdi said the talks went well.')).toEqual([
      ['omar-hamdi', 'Omar Hamdi'],
      ['omar-hamdi', 'Hamdi'],
    ]);
  });
});

describe('findActors: provisional actors in English', () => {
  it('reads a title before a name', () => {
    const text =
      'General Ahmed Salem met Foreign Minister Najla Mangoush, Deputy Defence Minister Ivan Petrov, Col. Omar Hamdi and spokesman Ali Kamel.';
    expect(provisionalIn(text)).toEqual([
      { id: 'ahmed-salem-2', name: 'Ahmed Salem', type: 'person', evidence: 'General' },
      { id: 'najla-mangoush', name: 'Najla Mangoush', type: 'person', evidence: 'Foreign Minister' },
      { id: 'ivan-petrov', name: 'Ivan Petrov', type: 'person', evidence: 'Deputy Defence Minister' },
      { id: 'omar-hamdi', name: 'Omar Hamdi', type: 'person', evidence: 'Col' },
      { id: 'ali-kamel', name: 'Ali Kamel', type: 'person', evidence: 'spokesman' },
    ]);
  });

  it('keeps an initial inside a name', () => {
    expect(mentionsIn('Colonel John F. Kennedy arrived. Kennedy said yes.')).toEqual([
      ['john-f-kennedy', 'John F. Kennedy'],
      ['john-f-kennedy', 'Kennedy'],
    ]);
  });

  it('reads a title over its complement: "Ambassador to Libya Ivan …"', () => {
    expect(provisionalIn('Russian Ambassador to Libya Pyotr Sidorov arrived.')).toEqual([
      { id: 'pyotr-sidorov', name: 'Pyotr Sidorov', type: 'person', evidence: 'Ambassador' },
    ]);
  });

  it('reads the subject of a speech verb, before or after it, or across an appositive', () => {
    const text =
      'Ahmed Mahmoud said the deal held. "We are ready," said Omar Bakr. Ali Kamel, the commander of the eastern sector, told reporters he agreed.';
    expect(provisionalIn(text)).toEqual([
      { id: 'ahmed-mahmoud', name: 'Ahmed Mahmoud', type: 'person', evidence: 'said' },
      { id: 'omar-bakr', name: 'Omar Bakr', type: 'person', evidence: 'said' },
      { id: 'ali-kamel', name: 'Ali Kamel', type: 'person', evidence: 'told' },
    ]);
  });

  it('reads an organisation by its head noun', () => {
    const text = 'The Tripoli Protection Force, the Libyan Ministry of Interior and the 166th Battalion met the Misrata Council.';
    expect(provisionalIn(text)).toEqual([
      { id: 'tripoli-protection-force', name: 'Tripoli Protection Force', type: 'armed-group', evidence: 'Force' },
      { id: 'libyan-ministry-of-interior', name: 'Libyan Ministry of Interior', type: 'organization', evidence: 'Ministry' },
      { id: '166th-battalion', name: '166th Battalion', type: 'armed-group', evidence: 'Battalion' },
      { id: 'misrata-council', name: 'Misrata Council', type: 'organization', evidence: 'Council' },
    ]);
  });

  it('gives one actor to each name, with mentions for every occurrence', () => {
    const text = 'General Ahmed Salem, the commander of the Tripoli Protection Force, said Russia helped. Salem said more. Ahmed Salem left.';
    expect(mentionsIn(text)).toEqual([
      ['ahmed-salem-2', 'Ahmed Salem'],
      ['tripoli-protection-force', 'Tripoli Protection Force'],
      ['russia', 'Russia'],
      ['ahmed-salem-2', 'Salem'],
      ['ahmed-salem-2', 'Ahmed Salem'],
    ]);
    expect(provisionalIn(text).map((a) => a.id)).toEqual(['ahmed-salem-2', 'tripoli-protection-force']);
  });

  it('needs evidence: capitalised words alone, and furniture that survived cleaning, are no actors', () => {
    const text = 'Libya Prompts Russia for Military Defense Cooperation\nRelated Articles\nMost Viewed\nAhmed Salem and Omar Bakr met in Tripoli.';
    expect(provisionalIn(text)).toEqual([]);
  });
});

describe('findActors: provisional actors in French and Russian', () => {
  it('reads French titles, inverted speech verbs and head-first organisations', () => {
    const text =
      '«Nous sommes prêts», a déclaré Jean Dupont. Le colonel Sergueï Ivanov a vu le porte-parole Ahmed Benali, la Brigade 777 et le Conseil militaire de Misrata.';
    expect(provisionalIn(text, 'fr')).toEqual([
      { id: 'jean-dupont', name: 'Jean Dupont', type: 'person', evidence: 'a déclaré' },
      { id: 'serguei-ivanov', name: 'Sergueï Ivanov', type: 'person', evidence: 'Le colonel' },
      { id: 'ahmed-benali', name: 'Ahmed Benali', type: 'person', evidence: 'le porte-parole' },
      { id: 'brigade-777', name: 'Brigade 777', type: 'armed-group', evidence: 'Brigade' },
      { id: 'conseil-militaire', name: 'Conseil militaire', type: 'organization', evidence: 'Conseil' },
    ]);
  });

  it('reads Russian titles, speech verbs on either side and head-first organisations', () => {
    const text =
      'Генерал-майор Андрей Аверьянов прибыл. «Мы готовы», — заявил Иван Петров. Олег Смирнов заявил, что посол России в Ливии Пётр Сидоров и министр обороны Олег Попов встретились. Министерство нефти провело встречу.';
    expect(provisionalIn(text, 'ru')).toEqual([
      { id: 'andrey-averyanov', name: 'Андрей Аверьянов', type: 'person', evidence: 'Генерал-майор' },
      { id: 'ivan-petrov', name: 'Иван Петров', type: 'person', evidence: 'заявил' },
      { id: 'oleg-smirnov', name: 'Олег Смирнов', type: 'person', evidence: 'заявил' },
      { id: 'pyotr-sidorov', name: 'Пётр Сидоров', type: 'person', evidence: 'посол' },
      { id: 'oleg-popov', name: 'Олег Попов', type: 'person', evidence: 'министр обороны' },
      { id: 'ministerstvo-nefti', name: 'Министерство нефти', type: 'organization', evidence: 'Министерство' },
    ]);
  });
});

describe('findActors: a demonym beside a state agent names the state', () => {
  /** The words each state was read from. */
  const statesIn = (text: string, language = 'en') =>
    findActors(articleFromText(text, { language }), context).actorMentions.filter((m) => m.actorId === 'russia' || m.actorId === 'libya').map((m) => [m.actorId, m.text]);

  it('reads an English demonym before the state’s forces, officials, ships and offices', () => {
    const text =
      'Two Russian naval vessels docked. Russian troops landed, the Russian side agreed and Libyan officials said so. Russian Deputy Defence Minister Ivan Petrov came. The Russian military said nothing; a Russian official told us.';
    expect(statesIn(text)).toEqual([
      ['russia', 'Russian'],
      ['russia', 'Russian'],
      ['russia', 'Russian'],
      ['libya', 'Libyan'],
      ['russia', 'Russian'],
      ['russia', 'Russian'],
      ['russia', 'Russian'],
    ]);
  });

  it('points the mention at the demonym itself', () => {
    const mentions = findActors(articleFromText('Russian forces left.'), context).actorMentions;
    expect(mentions).toEqual([{ actorId: 'russia', text: 'Russian', span: { start: 0, end: 7 }, sentence: 0 }]);
  });

  it('reads nothing of companies, products, compounds, analysts, state media, or a noun that runs on', () => {
    const text =
      'Russian companies sold Russian-made weapons to pro-Russian forces, a Russian military analyst said on Russian state media. Russian military equipment and Russian government bonds followed.';
    expect(statesIn(text)).toEqual([]);
  });

  it('leaves a registry name whole: "Russian Defence Ministry" is the ministry', () => {
    expect(mentionsIn('The Russian Defence Ministry said so.')).toEqual([['russian-ministry-of-defence', 'Russian Defence Ministry']]);
  });

  it('reads a French demonym after the noun, over its modifiers', () => {
    const text =
      'Des navires de guerre russes, les forces armées russes, la partie russe, des militaires russes et le ministre de la Défense russe. L’ambassade libyenne a démenti.';
    expect(statesIn(text, 'fr')).toEqual([
      ['russia', 'russes'],
      ['russia', 'russes'],
      ['russia', 'russe'],
      ['russia', 'russes'],
      ['russia', 'russe'],
      ['libya', 'libyenne'],
    ]);
  });

  it('reads nothing of the French language, companies, products, experts or pro-Russian forces', () => {
    const text = 'La langue russe, des entreprises russes, des armes de fabrication russe, un expert militaire russe, des forces pro-russes et les Russes.';
    expect(statesIn(text, 'fr')).toEqual([]);
  });

  it('reads a Russian demonym in any case before the state’s agents', () => {
    const text = 'Два российских военных корабля зашли в порт. Российские военные прибыли, российская сторона согласилась. С ливийской делегацией говорили.';
    expect(statesIn(text, 'ru')).toEqual([
      ['russia', 'российских'],
      ['russia', 'Российские'],
      ['russia', 'российская'],
      ['libya', 'ливийской'],
    ]);
  });

  it('reads nothing of Russian companies, experts, products or the language', () => {
    const text = 'Российские компании и российские военные эксперты обсудили оружие российского производства на русском языке.';
    expect(statesIn(text, 'ru')).toEqual([]);
  });
});

describe('findActors: a seat of government opening a clause names its state', () => {
  it('reads the capital as its state where it is the subject or the possessor', () => {
    expect(mentionsIn("Moscow put these contracts on hold. Libya waits, but Moscow's position is balanced.")).toEqual([
      ['russia', 'Moscow'],
      ['libya', 'Libya'],
      ['russia', 'Moscow'],
    ]);
    expect(mentionsIn('Moscou a livré des blindés.', { language: 'fr' })).toEqual([['russia', 'Moscou']]);
    expect(mentionsIn('Москва заявила о поставках.', { language: 'ru' })).toEqual([['russia', 'Москва']]);
  });

  it('leaves it a place after a preposition, before a name or a hyphen, and in a dateline', () => {
    expect(mentionsIn('Talks were held in Moscow last week.')).toEqual([]);
    expect(mentionsIn('The Moscow format met again.')).toEqual([]);
    expect(mentionsIn('Moscow-based analysts disagree.')).toEqual([]);
    expect(mentionsIn('Moscow Conference on International Security opened.')).toEqual([]);
    expect(mentionsIn('MOSCOW, March 3 - Talks went on.')).toEqual([]);
    expect(mentionsIn('La délégation est arrivée à Moscou mardi.', { language: 'fr' })).toEqual([]);
    expect(mentionsIn('Переговоры прошли в Москве.', { language: 'ru' })).toEqual([]);
  });
});

describe('findActors: ships are no one', () => {
  it('reads a titled name after a ship’s noun or "aboard" as the ship’s, and later mentions of it too', () => {
    expect(provisionalIn('The aircraft carrier Admiral Kuznetsov sailed. Haftar went aboard the Admiral Kuznetsov.')).toEqual([]);
    const french = 'Haftar a été reçu à bord du porte-avions russe « Amiral Kouznetsov ». L’Amiral Kouznetsov a regagné Severomorsk.';
    expect(provisionalIn(french, 'fr')).toEqual([]);
    expect(provisionalIn('Хафтар посетил тяжёлый авианесущий крейсер «Адмирал Кузнецов». На борту «Адмирала Кузнецова» был Шойгу.', 'ru')).toEqual([]);
  });

  it('keeps a person named beside a ship', () => {
    expect(provisionalIn('Admiral Ivan Petrov said the ship was ready. Haftar flew aboard General Ahmed Salem’s jet.')).toEqual([
      { id: 'ivan-petrov', name: 'Ivan Petrov', type: 'person', evidence: 'Admiral' },
      { id: 'ahmed-salem-2', name: 'Ahmed Salem', type: 'person', evidence: 'General' },
    ]);
  });
});

describe('findActors: professions, qualified titles and attributions', () => {
  it('reads a profession before a name as its title, over a demonym', () => {
    expect(provisionalIn('Pour le politologue libyen Ezzedine Akil, « Moscou envoie un message ».', 'fr')).toEqual([
      { id: 'ezzedine-akil', name: 'Ezzedine Akil', type: 'person', evidence: 'politologue' },
    ]);
  });

  it('reads a profession in apposition after a full name', () => {
    expect(provisionalIn('Claire Vasseur, chercheuse associée à l’Institut, a publié un rapport.', 'fr')).toEqual([
      { id: 'claire-vasseur', name: 'Claire Vasseur', type: 'person', evidence: 'chercheuse' },
    ]);
    expect(provisionalIn('Mohamed al-Tarhouni, a Libyan military analyst based in Misrata, lives in Tripoli.')).toEqual([
      { id: 'mohamed-al-tarhouni', name: 'Mohamed al-Tarhouni', type: 'person', evidence: 'analyst' },
    ]);
    expect(provisionalIn('Олег Мартынов, военный эксперт, живёт в Москве.', 'ru')).toEqual([
      { id: 'oleg-martynov', name: 'Олег Мартынов', type: 'person', evidence: 'эксперт' },
    ]);
  });

  it('reads no profession that describes a place or another person', () => {
    expect(provisionalIn('Sidi Barrani, an analyst said, is calm. Ahmed Salem, a major supplier, sold arms.')).toEqual([]);
    expect(provisionalIn('Wadi Dinar, analyst Omar Bakr said, is calm.')).toEqual([
      { id: 'omar-bakr', name: 'Omar Bakr', type: 'person', evidence: 'analyst' },
    ]);
  });

  it('reads a title with its qualifier: "полковник в отставке", "le colonel à la retraite"', () => {
    expect(provisionalIn('«Это так», — считает военный эксперт, полковник в отставке Олег Мартынов.', 'ru')).toEqual([
      { id: 'oleg-martynov', name: 'Олег Мартынов', type: 'person', evidence: 'полковник в отставке' },
    ]);
    expect(provisionalIn('Le colonel à la retraite Jean Dupont a visité Benghazi.', 'fr')).toEqual([
      { id: 'jean-dupont', name: 'Jean Dupont', type: 'person', evidence: 'Le colonel à la retraite' },
    ]);
  });

  it('reads a full name after a phrase that quotes only people, and not after "according to" or "selon"', () => {
    expect(provisionalIn('In the words of Ahmed Mahmoud, the war is over.')).toEqual([
      { id: 'ahmed-mahmoud', name: 'Ahmed Mahmoud', type: 'person', evidence: 'In the words of' },
    ]);
    expect(provisionalIn('According to Human Rights Watch, the strikes went on.')).toEqual([]);
    expect(provisionalIn('Selon Africa Intelligence, les livraisons continuent.', 'fr')).toEqual([]);
  });
});

describe('findActors: Russian names given back in the nominative', () => {
  it('undoes the case a title or "по словам" puts a man’s name in', () => {
    const text =
      'По словам Олега Мартынова, поставки продолжатся. Шойгу встретился с генералом Ахмедом Салемом и министром обороны Игорем Сергеевым. Письмо передали командующему Юрию Андрееву.';
    expect(provisionalIn(text, 'ru')).toEqual([
      { id: 'oleg-martynov', name: 'Олег Мартынов', type: 'person', evidence: 'По словам' },
      { id: 'akhmed-salem', name: 'Ахмед Салем', type: 'person', evidence: 'генералом' },
      { id: 'igor-sergeev', name: 'Игорь Сергеев', type: 'person', evidence: 'министром обороны' },
      { id: 'yuriy-andreev', name: 'Юрий Андреев', type: 'person', evidence: 'командующему' },
    ]);
  });

  it('gives an organisation’s head as listed, and leaves a date after it out', () => {
    const text = 'Резолюция принята Советом Безопасности 26 февраля. Министерство нефти и Совет Безопасности молчат.';
    const article = findActors(articleFromText(text, { language: 'ru' }), context);
    expect(article.provisionalActors).toEqual([
      { id: 'sovet-bezopasnosti', name: 'Совет Безопасности', type: 'organization', evidence: 'Советом' },
      { id: 'ministerstvo-nefti', name: 'Министерство нефти', type: 'organization', evidence: 'Министерство' },
    ]);
    expect(article.actorMentions.map((m) => [m.actorId, m.text])).toEqual([
      ['sovet-bezopasnosti', 'Советом Безопасности'],
      ['ministerstvo-nefti', 'Министерство нефти'],
      ['sovet-bezopasnosti', 'Совет Безопасности'],
    ]);
  });

  it('gives one actor to the oblique and the nominative name', () => {
    const text = 'С полковником Олегом Мартыновым встретился посол. Олег Мартынов заявил, что всё спокойно.';
    const article = findActors(articleFromText(text, { language: 'ru' }), context);
    expect(article.provisionalActors.map((a) => a.name)).toEqual(['Олег Мартынов']);
    expect(article.actorMentions.map((m) => [m.actorId, m.text])).toEqual([
      ['oleg-martynov', 'Олегом Мартыновым'],
      ['oleg-martynov', 'Олег Мартынов'],
    ]);
  });

  it('leaves as written a name in the nominative, a woman’s name, and one it cannot read', () => {
    const text =
      'Генерал Ахмед Салем прибыл. По словам Анны Петровой, всё спокойно. Он встретил министра Наджлу Мангуш.';
    expect(provisionalIn(text, 'ru').map((a) => a.name)).toEqual(['Ахмед Салем', 'Анны Петровой', 'Наджлу Мангуш']);
  });
});

// The seeds as the cleaner leaves them: the body paragraphs, taken by hand, read against the real registry.
describe('findActors over the seed articles', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const registry = loadRegistry('content/actors.yaml', readFileSync(path.join(root, 'content/actors.yaml'), 'utf8'));
  const seedContext = { actors: buildActorIndex(registry.actors) };

  /** The lines of a seed from the one opening with `first` to the one ending with `last`, less those opening with `without`. */
  function body(file: string, first: string, last: string, without: string[] = []): string {
    const lines = readFileSync(path.join(root, 'content/articles', file), 'utf8')
      .split(/\r?\n/)
      .map((line) => line.trim());
    const from = lines.findIndex((line) => line.startsWith(first));
    const to = lines.findIndex((line, i) => i >= from && line.endsWith(last));
    return lines
      .slice(from, to + 1)
      .filter((line) => line.length > 0 && !without.some((w) => line.startsWith(w)))
      .join('\n');
  }

  function read(text: string, language: string) {
    const article = findActors(articleFromText(text, { language }), seedContext);
    return { ids: new Set(article.actorMentions.map((m) => m.actorId)), article };
  }

  /** Every required id is found, and nothing outside the required and allowed ones. */
  function expectActors(ids: Set<string>, required: string[], allowed: string[]) {
    expect([...ids].filter((id) => !required.includes(id) && !allowed.includes(id))).toEqual([]);
    expect(required.filter((id) => !ids.has(id))).toEqual([]);
  }

  it('000 (Xinhua): the agencies and officials of the body, none of the related lists', () => {
    const { ids, article } = read(body('000_8790f98fbe18f818.txt', 'MOSCOW - Russia may soon', 'against the Gaddafi regime.'), 'en');
    expectActors(
      ids,
      ['russia', 'libya', 'vyacheslav-dzirkaln', 'federal-service-for-military-technical-cooperation', 'rosoboronexport', 'igor-sevastyanov'],
      ['interfax', 'muammar-gaddafi', 'united-nations'],
    );
    expect(article.actorMentions.find((m) => m.actorId === 'federal-service-for-military-technical-cooperation')?.text).toBe(
      'Federal Service for military-technical cooperation',
    );
    expect(article.provisionalActors).toEqual([]);
  });

  it('001 (Sputnik): Dengov, the contact group, both camps, and "Khalifa Khaftar" as Haftar', () => {
    const { ids, article } = read(
      // The last paragraph has a no-break space before "the Islamists".
      body('001_b035ea844ac36d91.txt', 'MOSCOW (Sputnik)', 'Islamists.'),
      'en',
    );
    expectActors(
      ids,
      ['lev-dengov', 'russian-contact-group', 'government-of-national-accord', 'libyan-national-army', 'khalifa-haftar', 'russia'],
      ['valdai-discussion-club', 'russian-ministry-of-foreign-affairs', 'muammar-gaddafi', 'united-nations', 'european-union', 'libya', 'sputnik'],
    );
    const texts = (id: string) => article.actorMentions.filter((m) => m.actorId === id).map((m) => m.text);
    expect(texts('khalifa-haftar')).toContain('Khalifa Khaftar');
    expect(texts('government-of-national-accord')).toEqual(expect.arrayContaining(['Government of National Accord', 'GNA', 'National Accord Government']));
    expect(article.provisionalActors).toEqual([]);
  });

  it('002 (French): the ministry, Evkourov, Haftar, the ANL and al-Mesmari', () => {
    const { ids, article } = read(body('002_8bf08bbf60da036d.txt', 'Une délégation du ministère', "entre l'est et l'ouest."), 'fr');
    expectActors(
      ids,
      ['russian-ministry-of-defence', 'yunus-bek-yevkurov', 'khalifa-haftar', 'libyan-national-army', 'ahmed-al-mismari'],
      ['afp', 'russia', 'libya', 'muammar-gaddafi'],
    );
    const texts = (id: string) => article.actorMentions.filter((m) => m.actorId === id).map((m) => m.text);
    expect(texts('libyan-national-army')).toEqual(['ANL', 'Armée nationale libyenne', 'armée nationale libyenne']);
    expect(texts('yunus-bek-yevkurov')).toEqual(['Iounous-bek Evkourov']);
    expect(article.provisionalActors).toEqual([]);
  });

  it('003 (Moscow Times): Shoigu and Dbeibah, and the Libyan and Russian institutions', () => {
    const { ids, article } = read(
      body('003_d4fe8bf4671f7d50.txt', 'Russia on Friday welcomed', 'cooperation in energy and other spheres.', ['Former Libyan General', 'Khalifa Haftar, a long-time']),
      'en',
    );
    expectActors(
      ids,
      ['sergei-shoigu', 'abdulhamid-dbeibah', 'russia', 'libya'],
      [
        'mohamed-al-menfi',
        'government-of-national-accord',
        'khalifa-haftar',
        'wagner-group',
        'vladimir-putin',
        'mikhail-mishustin',
        'united-nations',
        'muammar-gaddafi',
        'russian-ministry-of-defence',
        'presidential-council',
      ],
    );
    expect(article.actorMentions.find((m) => m.actorId === 'vladimir-putin')?.text).toBe('Vladimir Putin');
    expect(article.provisionalActors).toEqual([]);
  });

  it('004 (Middle East Monitor): al-Sarraj and Molotkov', () => {
    const { ids, article } = read(body('004_a498c142cf5f3b81.txt', 'Fayez Al-Sarraj, prime minister', 'six-year political standoff.'), 'en');
    // Gaddafi is named in the body ("longtime strongman Muammar Gaddafi"), so he may be found too.
    expectActors(
      ids,
      ['fayez-al-sarraj', 'ivan-molotkov', 'russia'],
      ['libya', 'government-of-national-accord', 'presidential-council', 'united-nations', 'muammar-gaddafi'],
    );
    expect(article.actorMentions.filter((m) => m.actorId === 'fayez-al-sarraj').map((m) => m.text)).toEqual([
      'Fayez Al-Sarraj',
      'Al-Sarraj',
      'Al-Sarraj',
      'Al-Sarraj',
    ]);
    expect(article.provisionalActors).toEqual([]);
  });
});
