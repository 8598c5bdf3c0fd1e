// The inferred date of an article nothing dates: made-up undated articles (tests/fixtures/undated/)
// whose only clues are the offices of their people and references that reach them, and the rules
// around them. Seed 003 without its sidecar is in tests/golden/seed-003-undated.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleEvents } from '../../src/lib/assemble-events.ts';
import { UNDATED_WARNING } from '../../src/lib/choose-event-date.ts';
import { inferEventDate } from '../../src/lib/infer-event-date.ts';
import { extractText, registryContext } from '../helpers/extract-text.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/undated/${name}`, import.meta.url), 'utf-8');
const extractFixture = (name: string) => extractText(fixture(name), `content/articles/${name}`);
const warnings = (text: string) => extractText(text).messages.map((message) => message.text);

describe('inferEventDate: offices whose dates overlap within one year', () => {
  it('dates a French article naming a Turkish defence minister and an eastern Libyan prime minister to 2023', () => {
    const article = extractFixture('fr-lemonde-akar-hammad.txt');
    const explanation =
      'Nothing in or about the article dates it; “ministre turc de la Défense, Hulusi Akar” (named in the lead as Defence Minister of Turkey: while in office, from 10 July 2018 to June 2023) and ' +
      '“Premier ministre Oussama Hammad” (named in the lead as Prime Minister of the Government of National Stability: while in office, from May 2023) put it in 2023.';
    expect(article.eventDate).toEqual({
      value: '2023',
      precision: 'year',
      basis: 'inferred',
      text: '“ministre turc de la Défense, Hulusi Akar” … “Premier ministre Oussama Hammad”',
      span: null,
      explanation,
    });
    expect(article.messages).toEqual([
      {
        severity: 'warning',
        text:
          'no date found: 2023 inferred from what the article mentions: “ministre turc de la Défense, Hulusi Akar” (named in the lead as Defence Minister of Turkey: while in office, from 10 July 2018 to June 2023) and ' +
          '“Premier ministre Oussama Hammad” (named in the lead as Prime Minister of the Government of National Stability: while in office, from May 2023)',
      },
    ]);
  });

  it('dates a Russian article to the month when the offices overlap within one: August 2023', () => {
    const article = extractFixture('ru-ria-mangoush-takala.txt');
    expect([article.eventDate?.value, article.eventDate?.precision, article.eventDate?.basis]).toEqual(['2023-08', 'month', 'inferred']);
    expect(article.eventDate?.explanation).toBe(
      'Nothing in or about the article dates it; “Министр иностранных дел Правительства национального единства Наджла аль-Мангуш” ' +
        '(named in the lead as Foreign Minister of the Government of National Unity: while in office, from March 2021 to August 2023) and ' +
        '“председателем Высшего государственного совета Мохаммедом Такалой” (named in the lead as Chairman of the High Council of State: while in office, from August 2023) ' +
        'put it in August 2023.',
    );
  });

  it('makes the primary event an inferred one, with the explanation as its date evidence', () => {
    const [primary] = assembleEvents(extractFixture('fr-lemonde-akar-hammad.txt'));
    expect([primary?.date, primary?.datePrecision, primary?.dateBasis, primary?.dateEvidence?.span]).toEqual(['2023', 'year', 'inferred', null]);
    expect(primary?.dateEvidence?.explanation).toMatch(/^Nothing in or about the article dates it; .* put it in 2023\.$/u);
  });
});

describe('inferEventDate: bounds more than a year apart, or open', () => {
  it('leaves an article naming Prime Minister Dbeibah and Defence Minister Shoigu undated, and says the bounds', () => {
    const article = extractFixture('en-wire-dbeibah-shoigu.txt');
    expect(article.eventDate).toBeNull();
    expect(article.messages).toEqual([
      {
        severity: 'warning',
        text:
          `${UNDATED_WARNING}; what it mentions places it between 15 March 2021 and 12 May 2024, not within one calendar year: ` +
          '“Prime Minister Abdulhamid Dbeibah” (named in the lead as Prime Minister of the Government of National Unity: while in office, from 15 March 2021); ' +
          '“Defence Minister Sergei Shoigu” (named in the lead as Defence Minister of Russia: while in office, from 6 November 2012 to 12 May 2024)',
      },
    ]);
  });

  it('reads “former defence minister Shoigu” and Defence Minister Belousov as after May 2024, with no later bound', () => {
    const article = extractFixture('en-blog-belousov-former-shoigu.txt');
    expect(article.eventDate).toBeNull();
    expect(article.messages.map((message) => message.text)).toEqual([
      `${UNDATED_WARNING}; what it mentions places it from 14 May 2024 on, with no later bound: ` +
        '“Defence Minister Andrei Belousov” (named in the lead as Defence Minister of Russia: while in office, from 14 May 2024)',
    ]);
  });

  it('says when the clues cannot all hold at one date', () => {
    expect(warnings('Defence Minister Sergei Shoigu met Defence Minister Andrei Belousov in Moscow.')).toEqual([
      `${UNDATED_WARNING}; what it mentions cannot all hold at one date: ` +
        '“Defence Minister Sergei Shoigu” (named in the lead as Defence Minister of Russia: while in office, from 6 November 2012 to 12 May 2024); ' +
        '“Defence Minister Andrei Belousov” (named in the lead as Defence Minister of Russia: while in office, from 14 May 2024)',
    ]);
  });

  it('keeps the plain warning when nothing in the article bounds its date', () => {
    expect(warnings('Russian contractors were seen near Sirte, witnesses said.')).toEqual([UNDATED_WARNING]);
  });
});

describe('inferEventDate: dated references that reach the article', () => {
  it('dates a French article by “depuis près de dix ans, depuis … 2011” and the prime minister’s office', () => {
    const article = extractFixture('fr-jeuneafrique-dbeibah-moscou.txt');
    expect(article.eventDate?.explanation).toBe(
      'Nothing in or about the article dates it; “Premier ministre libyen Abdelhamid Dbeibah” (named in the lead as Prime Minister of the Government of National Unity: while in office, from 15 March 2021) and ' +
        '“près de dix ans”, “depuis … en 2011” (8 to 10 years after 2011: 2019 to 2021) put it in 2021.',
    );
    expect(article.eventDate?.value).toBe('2021');
  });

  it('dates a Russian article by “почти десятилетие … после … 2011 году” and the prime minister’s office', () => {
    const article = extractFixture('ru-telegram-dbeibah-moskva.txt');
    expect([article.eventDate?.value, article.eventDate?.text]).toEqual([
      '2021',
      '“Премьер-министр Правительства национального единства Ливии Абдель Хамид Дбейба” … “почти десятилетие”, “после … в 2011 году”',
    ]);
  });

  it('narrows by a past month and a month ahead in one sentence (“In January … until March”) only within bounds already closed', () => {
    const text = fixture('en-wire-namroush-training.txt');
    const article = extractText(text);
    expect([article.eventDate?.value, article.eventDate?.text]).toEqual(['2021', '“Defence Minister Salah Eddine al-Namroush” … “In January” … “until March”']);
    const without = extractText(text.replace('In January, the ministry agreed a course schedule for officers that runs until March.\n', ''));
    expect(without.eventDate).toBeNull();
    expect(without.messages.map((message) => message.text)).toEqual([
      `${UNDATED_WARNING}; what it mentions places it between August 2020 and March 2021, not within one calendar year: ` +
        '“Defence Minister Salah Eddine al-Namroush” (named in the lead as Defence Minister of the Government of National Accord: while in office, from August 2020 to March 2021)',
    ]);
  });
});

describe('inferEventDate: what an office says of the date', () => {
  it('reads “designate” as before the office began', () => {
    const article = extractText('Prime Minister-designate Abdulhamid Dbeibah met UN envoy Jan Kubis in Tunis to discuss the ceasefire.');
    expect(article.eventDate?.value).toBe('2021');
    expect(article.eventDate?.explanation).toBe(
      'Nothing in or about the article dates it; “Prime Minister-designate Abdulhamid Dbeibah” (took office as Prime Minister of the Government of National Unity on 15 March 2021, after the article) and ' +
        '“UN envoy Jan Kubis” (named in the lead as UN Special Envoy for Libya: while in office, from February 2021 to December 2021) put it in 2021.',
    );
  });

  it('reads an office in a sentence that states a year only as begun before the article: the sentence may tell of that year', () => {
    expect(
      warnings('In 2018, Defence Minister Sergei Shoigu received Khalifa Haftar in Moscow. Defence Minister Andrei Belousov met him again in Benghazi.'),
    ).toEqual([
      `${UNDATED_WARNING}; what it mentions places it from 14 May 2024 on, with no later bound: ` +
        '“Defence Minister Andrei Belousov” (named in the lead as Defence Minister of Russia: while in office, from 14 May 2024)',
    ]);
  });

  it('drops the year-less dates whose year was only guessed, and keeps the written ones as background', () => {
    const article = extractFixture('fr-jeuneafrique-dbeibah-moscou.txt');
    expect(assembleEvents(article).map((event) => [event.kind, event.date, event.datePrecision])).toEqual([
      ['primary', '2021', 'year'],
      ['background', '2011', 'year'],
    ]);
  });
});

describe('inferEventDate: where an office stands', () => {
  // Background paragraphs name past officeholders by their titles: only the headline and the lead
  // name those of the day, and a past-tense clause even there may tell of another time.
  it.each([
    ['en', 'Libya has been mired in chaos since 2011. Moscow was a major arms supplier to Libyan leader Muammar Gaddafi.', '“since 2011”'],
    [
      'fr',
      "La Libye est plongée dans le chaos depuis 2011. Moscou était un important fournisseur d'armes du dirigeant libyen Mouammar Kadhafi.",
      '“depuis 2011”',
    ],
    ['ru', 'Ливия погружена в хаос с 2011 года. Москва была крупным поставщиком оружия ливийскому лидеру Муаммару Каддафи.', '“с 2011 года”'],
  ])('does not date the %s background sentence on Gaddafi to 2011', (_language, text, since) => {
    const article = extractText(text);
    expect(article.eventDate).toBeNull();
    expect(article.messages.map((message) => message.text)).toEqual([
      `${UNDATED_WARNING}; what it mentions places it from 2011 on, with no later bound: ${since} (from 2011 on)`,
    ]);
  });

  it('does not date an article to 2011 by Gaddafi’s office named after the lead', () => {
    const text =
      'Russia and Libya signed an arms deal in Moscow, officials said.\n\nLibya has been mired in chaos since 2011. Moscow sold weapons to Libyan leader Muammar Gaddafi for decades.';
    expect(warnings(text)).toEqual([`${UNDATED_WARNING}; what it mentions places it from 2011 on, with no later bound: “since 2011” (from 2011 on)`]);
  });

  it('bounds from May 2024 on by “Defence Minister Andrei Belousov” in the lead, whatever the body says of his predecessor', () => {
    const text =
      'Defence Minister Andrei Belousov received Khalifa Haftar in Moscow, the ministry said.\n\nHaftar had met Defence Minister Sergei Shoigu there five times.';
    expect(warnings(text)).toEqual([
      `${UNDATED_WARNING}; what it mentions places it from 14 May 2024 on, with no later bound: ` +
        '“Defence Minister Andrei Belousov” (named in the lead as Defence Minister of Russia: while in office, from 14 May 2024)',
    ]);
  });

  it('bounds by an office in the headline as by one in the lead, and by one further down only from below', () => {
    const lead = 'Prime Minister Abdulhamid Dbeibah held talks in Moscow with Russia’s defence minister, the ministry said.';
    expect(warnings(`Defence Minister Sergei Shoigu hosts Libyan prime minister\n\n${lead}\n\nThe talks covered the training of officers.`)).toEqual([
      `${UNDATED_WARNING}; what it mentions places it between 15 March 2021 and 12 May 2024, not within one calendar year: ` +
        '“Defence Minister Sergei Shoigu” (named in the headline as Defence Minister of Russia: while in office, from 6 November 2012 to 12 May 2024); ' +
        '“Prime Minister Abdulhamid Dbeibah” (named in the lead as Prime Minister of the Government of National Unity: while in office, from 15 March 2021)',
    ]);
    expect(warnings(`${lead}\n\nThe talks covered the training of officers, Defence Minister Sergei Shoigu said.`)).toEqual([
      `${UNDATED_WARNING}; what it mentions places it from 15 March 2021 on, with no later bound: ` +
        '“Prime Minister Abdulhamid Dbeibah” (named in the lead as Prime Minister of the Government of National Unity: while in office, from 15 March 2021)',
    ]);
  });
});

describe('inferEventDate: dated articles are left alone', () => {
  it('changes nothing once an earlier stage has dated the article', () => {
    const text = 'Published: 3 March 2020\n\nDefence Minister Andrei Belousov met Prime Minister Abdulhamid Dbeibah in Moscow on Tuesday.';
    const article = extractText(text);
    expect([article.eventDate?.value, article.eventDate?.basis, article.messages]).toEqual(['2020-03-03', 'relative', []]);
    expect(inferEventDate(article, registryContext)).toBe(article);
  });
});
