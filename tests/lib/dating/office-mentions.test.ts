// Where a text names a person's office at the person's name, and what the words beside it say.
import { describe, expect, it } from 'vitest';
import { officeMentions } from '../../../src/lib/dating/office-mentions.ts';
import { extractText, registryContext } from '../../helpers/extract-text.ts';

/** Each office mention of `text`: whose, which office, in what tense, in which words. */
const offices = (text: string) =>
  officeMentions(extractText(text), registryContext.actors).map((m) => [m.actorId, m.roles.map((r) => r.title).join(' | '), m.tense, m.text, m.datedSentence]);

describe('officeMentions: the office before the name', () => {
  it('reads the office closed up to the name, and one held twice as either time', () => {
    expect(
      offices(
        'Russia on Friday welcomed the prospect of renewed military cooperation as Defense Minister Sergei Shoigu hosted Prime Minister Abdulhamid Dbeibah.',
      ),
    ).toEqual([
      ['sergei-shoigu', 'Defence Minister of Russia', 'holding', 'Defense Minister Sergei Shoigu', false],
      ['abdulhamid-dbeibah', 'Prime Minister of the Government of National Unity', 'holding', 'Prime Minister Abdulhamid Dbeibah', false],
    ]);
    expect(offices('Dbeibah thanked President Vladimir Putin for his support.')).toEqual([
      ['vladimir-putin', 'President of Russia | President of Russia', 'holding', 'President Vladimir Putin', false],
    ]);
  });

  it('reads a demonym, a complement and the state or body in it, and a comma just before the name', () => {
    expect(offices('Le ministre russe de la Défense Sergueï Choïgou a reçu le maréchal.')).toEqual([
      ['sergei-shoigu', 'Defence Minister of Russia', 'holding', 'ministre russe de la Défense Sergueï Choïgou', false],
    ]);
    expect(offices("Russia's defence minister, Sergei Shoigu, received the marshal.")).toEqual([
      ['sergei-shoigu', 'Defence Minister of Russia', 'holding', 'defence minister, Sergei Shoigu', false],
    ]);
    expect(offices('Министр обороны России Сергей Шойгу принял маршала.')).toEqual([
      ['sergei-shoigu', 'Defence Minister of Russia', 'holding', 'Министр обороны России Сергей Шойгу', false],
    ]);
    expect(offices("L'envoyé spécial de l'ONU pour la Libye, Ghassan Salamé, a démissionné.")).toEqual([
      ['ghassan-salame', 'UN Special Representative for Libya', 'holding', "envoyé spécial de l'ONU pour la Libye, Ghassan Salamé", false],
    ]);
    expect(offices('Постпред России при ООН Василий Небензя заявил об этом.')).toEqual([
      ['vasily-nebenzia', 'Permanent Representative of Russia to the United Nations', 'holding', 'Постпред России при ООН Василий Небензя', false],
    ]);
    expect(offices('The Russian Ambassador to Libya Ivan Molotkov said the embassy would reopen.')).toEqual([
      ['ivan-molotkov', 'Russian Ambassador to Libya', 'holding', 'Ambassador to Libya Ivan Molotkov', false],
    ]);
  });

  it('reads an office in another case', () => {
    expect(offices('Хафтар встретился с министром обороны Сергеем Шойгу.')).toEqual([
      ['sergei-shoigu', 'Defence Minister of Russia', 'holding', 'министром обороны Сергеем Шойгу', false],
    ]);
  });
});

describe('officeMentions: the office after the name, in apposition', () => {
  it('reads it after a comma, over an article or a possessive', () => {
    expect(offices("Shoigu, Russia's defence minister, received the marshal.")).toEqual([
      ['sergei-shoigu', 'Defence Minister of Russia', 'holding', "Shoigu, Russia's defence minister", false],
    ]);
    expect(offices('Dbeibah and Mohammad Younes Menfi, chairman of Libya’s Presidential Council, face the task.')).toEqual([
      [
        'mohamed-al-menfi',
        'Chairman of the Presidential Council of Libya',
        'holding',
        'Mohammad Younes Menfi, chairman of Libya’s Presidential Council',
        false,
      ],
    ]);
    expect(offices('Sergueï Choïgou, le ministre russe de la Défense, a reçu le maréchal.')).toEqual([
      ['sergei-shoigu', 'Defence Minister of Russia', 'holding', 'Sergueï Choïgou, le ministre russe de la Défense', false],
    ]);
  });
});

describe('officeMentions: the words beside the office', () => {
  it('reads “former”, “ex-”, “ancien”, “бывший” as after the office ended, quoted with it', () => {
    expect(offices('Under former defence minister Sergei Shoigu, the ministry grew.')).toEqual([
      ['sergei-shoigu', 'Defence Minister of Russia', 'former', 'former defence minister Sergei Shoigu', false],
    ]);
    expect(offices('Ex-Defence Minister Sergei Shoigu now runs the Security Council staff.')).toEqual([
      ['sergei-shoigu', 'Defence Minister of Russia', 'former', 'Ex-Defence Minister Sergei Shoigu', false],
    ]);
    expect(offices("L'ancien ministre de la Défense Sergueï Choïgou a quitté le ministère.")).toEqual([
      ['sergei-shoigu', 'Defence Minister of Russia', 'former', 'ancien ministre de la Défense Sergueï Choïgou', false],
    ]);
    expect(offices('Бывшего министра обороны Сергея Шойгу назначили секретарем.')).toEqual([
      ['sergei-shoigu', 'Defence Minister of Russia', 'former', 'Бывшего министра обороны Сергея Шойгу', false],
    ]);
    expect(offices('Shoigu, the former defence minister, spoke first.')).toEqual([
      ['sergei-shoigu', 'Defence Minister of Russia', 'former', 'Shoigu, the former defence minister', false],
    ]);
  });

  it('reads “then” as after the office began, and “designate” as before', () => {
    expect(offices('Then-President Dmitry Medvedev signed the decree.')).toEqual([
      ['dmitry-medvedev', 'President of Russia', 'then', 'Then-President Dmitry Medvedev', false],
    ]);
    expect(offices('Prime Minister-designate Abdulhamid Dbeibah flew to Tunis.')).toEqual([
      ['abdulhamid-dbeibah', 'Prime Minister of the Government of National Unity', 'designate', 'Prime Minister-designate Abdulhamid Dbeibah', false],
    ]);
  });

  it('flags a sentence that states a year', () => {
    expect(offices('In 2018, Defence Minister Sergei Shoigu received Khalifa Haftar.')).toEqual([
      ['sergei-shoigu', 'Defence Minister of Russia', 'holding', 'Defence Minister Sergei Shoigu', true],
    ]);
  });
});

describe('officeMentions: a past-tense verb before the office in its clause', () => {
  /** Each office mention of `text`, in its words, and whether a past-tense verb stands before it in its clause. */
  const past = (text: string) => officeMentions(extractText(text), registryContext.actors).map((m) => [m.text, m.pastClause]);

  it('flags “was”, “had been”, “était”, “была” before the office', () => {
    expect(past('Moscow was a major arms supplier to Libyan leader Muammar Gaddafi.')).toEqual([['Libyan leader Muammar Gaddafi', true]]);
    expect(past('Haftar said he had been a friend of Defence Minister Sergei Shoigu.')).toEqual([['Defence Minister Sergei Shoigu', true]]);
    expect(past("Moscou était un important fournisseur d'armes du dirigeant libyen Mouammar Kadhafi.")).toEqual([['dirigeant libyen Mouammar Kadhafi', true]]);
    expect(past('Москва была крупным поставщиком оружия ливийскому лидеру Муаммару Каддафи.')).toEqual([['ливийскому лидеру Муаммару Каддафи', true]]);
  });

  it('flags a passive before the office too: words, not grammar, are read, and only the later bound is lost', () => {
    expect(past('Dbeibah was received by Defence Minister Sergei Shoigu.')).toEqual([['Defence Minister Sergei Shoigu', true]]);
  });

  it('leaves a past verb after the holder’s name, in another clause, or a passé composé unflagged: that is how news tells the day', () => {
    expect(past('Defence Minister Sergei Shoigu was received in Benghazi by Khalifa Haftar.')).toEqual([['Defence Minister Sergei Shoigu', false]]);
    expect(past('Russia was ready to help, Defence Minister Sergei Shoigu said.')).toEqual([['Defence Minister Sergei Shoigu', false]]);
    expect(past('Le Premier ministre libyen Abdelhamid Dbeibah a été reçu à Moscou.')).toEqual([['Premier ministre libyen Abdelhamid Dbeibah', false]]);
    expect(past('Dbeibah had talks with Defence Minister Sergei Shoigu.')).toEqual([['Defence Minister Sergei Shoigu', false]]);
  });
});
