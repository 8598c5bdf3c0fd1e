import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../src/lib/actor-index.ts';
import type { Article, PipelineContext } from '../../src/lib/article.ts';
import { findClaims } from '../../src/lib/find-claims.ts';
import type { RegistryActor } from '../../src/schemas/actor.ts';
import type { Claim } from '../../src/schemas/event.ts';
import { articleFromText } from '../helpers/article.ts';

const actor = (id: string, type: RegistryActor['type']): RegistryActor => ({ id, name: id, type, description: `${id} (test entry)`, aliases: [], roles: [] });

const context: PipelineContext = {
  actors: buildActorIndex([
    actor('vyacheslav-dzirkaln', 'person'),
    actor('igor-sevastyanov', 'person'),
    actor('lev-dengov', 'person'),
    actor('khalifa-haftar', 'person'),
    actor('ahmed-al-mismari', 'person'),
    actor('yunus-bek-yevkurov', 'person'),
    actor('sergei-shoigu', 'person'),
    actor('abdulhamid-dbeibah', 'person'),
    actor('vladimir-putin', 'person'),
    actor('mikhail-mishustin', 'person'),
    actor('fayez-al-sarraj', 'person'),
    actor('ivan-molotkov', 'person'),
    actor('sergey-lavrov', 'person'),
    actor('russia', 'state'),
    actor('libya', 'state'),
    actor('rosoboronexport', 'organization'),
    actor('russian-ministry-of-defence', 'organization'),
    actor('russian-contact-group', 'organization'),
    actor('federal-service-mtc', 'organization'),
    actor('interfax', 'media'),
    actor('afp', 'media'),
    actor('muammar-gaddafi', 'person'),
    actor('dmitry-medvedev', 'person'),
    actor('vladimir-yakunin', 'person'),
    actor('vitaliy-kravtsov', 'person'),
    actor('andrei-averyanov', 'person'),
    actor('ezzedine-akil', 'person'),
    actor('libyan-national-army', 'armed-group'),
    actor('united-nations', 'organization'),
    actor('izvestia', 'media'),
    actor('libya-observer', 'media'),
  ]),
};

/** An article for `text` with a mention at every occurrence of each surface form (the longest wins where two overlap), as the actor stage would set them. */
function withMentions(text: string, surfaces: Record<string, string>, fields: Partial<Article> = {}): Article {
  const article = articleFromText(text, fields);
  const found = Object.entries(surfaces).flatMap(([surface, actorId]) => {
    const mentions = [];
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      const sentence = article.sentences.findIndex((s) => s.start <= at && at < s.end);
      mentions.push({ actorId, text: surface, span: { start: at, end: at + surface.length }, sentence });
    }
    return mentions;
  });
  const longest = found.filter((m) => !found.some((o) => o !== m && o.span.start <= m.span.start && o.span.end >= m.span.end));
  return { ...article, actorMentions: longest.sort((a, b) => a.span.start - b.span.start) };
}

/** The claims of an article, each shown as speaker, quoted, text and the text of its sentence span. */
function claimsOf(article: Article): { speaker: string | null; quoted: boolean; text: string; sentence: string }[] {
  return findClaims(article, context).claims.map((c) => ({ speaker: c.speaker, quoted: c.quoted, text: c.text, sentence: article.text.slice(c.sentence.start, c.sentence.end) }));
}

/** The span of `first…last` in `text`, at their first occurrence. */
function spanOf(text: string, first: string, last = first): { start: number; end: number } {
  const start = text.indexOf(first);
  return { start, end: text.indexOf(last, start) + last.length };
}

describe('findClaims: quotation marks', () => {
  it('takes nested quotes once, as the outer guillemets, with the inverted pronoun for speaker', () => {
    const text = 'Khalifa Haftar a reçu la délégation.\n«Nous avons dit “non” aux propositions de cette époque», a-t-il ajouté.';
    expect(claimsOf(withMentions(text, { 'Khalifa Haftar': 'khalifa-haftar' }, { language: 'fr' }))).toEqual([
      { speaker: 'khalifa-haftar', quoted: true, text: 'Nous avons dit “non” aux propositions de cette époque', sentence: '«Nous avons dit “non” aux propositions de cette époque», a-t-il ajouté.' },
    ]);
  });

  it('reads low-high quotes and single guillemets', () => {
    const text = 'Shoigu said: „We will continue to cooperate with Libya.“\nLavrov added: ‹Moscow keeps equal distance from all sides.›';
    expect(claimsOf(withMentions(text, { Shoigu: 'sergei-shoigu', Lavrov: 'sergey-lavrov' })).map((c) => [c.speaker, c.text])).toEqual([
      ['sergei-shoigu', 'We will continue to cooperate with Libya.'],
      ['sergey-lavrov', 'Moscow keeps equal distance from all sides.'],
    ]);
  });

  it("reads straight single quotes when they clearly quote, and not apostrophes", () => {
    const text = "'We will not abandon Libya's army now,' Shoigu said. Libya's army isn't ready.";
    expect(claimsOf(withMentions(text, { Shoigu: 'sergei-shoigu' }))).toEqual([
      { speaker: 'sergei-shoigu', quoted: true, text: "We will not abandon Libya's army now", sentence: "'We will not abandon Libya's army now,' Shoigu said." },
    ]);
  });

  it('keeps a quote over several sentences as one claim spanning them all', () => {
    const text = '“Russia will help. We will send instructors to Benghazi next year,” Shoigu said.';
    expect(claimsOf(withMentions(text, { Shoigu: 'sergei-shoigu' }))).toEqual([
      { speaker: 'sergei-shoigu', quoted: true, text: 'Russia will help. We will send instructors to Benghazi next year', sentence: text },
    ]);
  });

  it('makes no quoted claim of a short fragment, but keeps its sentence as reported speech', () => {
    const text = 'Shoigu said Moscow was ready for “constructive” talks.';
    expect(claimsOf(withMentions(text, { Shoigu: 'sergei-shoigu' }))).toEqual([{ speaker: 'sergei-shoigu', quoted: false, text, sentence: text }]);
  });

  it('keeps a long quoted phrase inside a sentence as part of the reported sentence', () => {
    const text = 'Haftar said the talks covered the “maintenance of Russian weapons held by the army” and training.';
    expect(claimsOf(withMentions(text, { Haftar: 'khalifa-haftar' }))).toEqual([{ speaker: 'khalifa-haftar', quoted: false, text, sentence: text }]);
  });

  it('takes the speaker from an attribution in the next sentence of the paragraph, and spans both', () => {
    const text = 'Shoigu met the Libyan delegation.\n“We will not leave Libya to its fate.” He said this in Moscow.';
    expect(claimsOf(withMentions(text, { Shoigu: 'sergei-shoigu' }))).toEqual([
      { speaker: 'sergei-shoigu', quoted: true, text: 'We will not leave Libya to its fate.', sentence: '“We will not leave Libya to its fate.” He said this in Moscow.' },
    ]);
  });

  it('gives the span of the sentence in the cleaned text, the source file and the language of each claim', () => {
    const text = 'Khalifa Haftar met Sergei Shoigu in Moscow.\n«Nous sommes prêts à coopérer avec Moscou sur tous les plans», Haftar said.';
    const article = withMentions(text, { 'Khalifa Haftar': 'khalifa-haftar', 'Sergei Shoigu': 'sergei-shoigu', Haftar: 'khalifa-haftar' }, { file: 'content/articles/x.txt' });
    expect(findClaims(article, context).claims).toEqual<Claim[]>([
      { speaker: 'khalifa-haftar', text: 'Nous sommes prêts à coopérer avec Moscou sur tous les plans', quoted: true, language: 'fr', source: 'content/articles/x.txt', sentence: { start: 44, end: 119 } },
    ]);
  });
});

describe('findClaims: reported speech', () => {
  it('reads "X said", ", X said", "said X", "X told" and "according to X"', () => {
    const text = [
      'Lavrov said Moscow keeps equal distance from all sides.',
      'Russia will not send troops, Lavrov said.',
      'The sanctions must be lifted, said Lev Dengov.',
      'Shoigu told reporters that the contracts would be honoured.',
      'Moscow position on the matter is well-balanced, according to Lev Dengov.',
    ].join('\n');
    expect(claimsOf(withMentions(text, { Lavrov: 'sergey-lavrov', 'Lev Dengov': 'lev-dengov', Shoigu: 'sergei-shoigu', Russia: 'russia', Moscow: 'russia' })).map((c) => [c.speaker, c.quoted, c.text])).toEqual([
      ['sergey-lavrov', false, 'Lavrov said Moscow keeps equal distance from all sides.'],
      ['sergey-lavrov', false, 'Russia will not send troops, Lavrov said.'],
      ['lev-dengov', false, 'The sanctions must be lifted, said Lev Dengov.'],
      ['sergei-shoigu', false, 'Shoigu told reporters that the contracts would be honoured.'],
      ['lev-dengov', false, 'Moscow position on the matter is well-balanced, according to Lev Dengov.'],
    ]);
  });

  it('reads "went on to urge" and a subject across "for his part"', () => {
    const text = 'Al-Sarraj went on to urge Moscow to help lift the arms embargo.\nIvan Molotkov, for his part, voiced support for the Skhirat Agreement.';
    expect(claimsOf(withMentions(text, { 'Al-Sarraj': 'fayez-al-sarraj', 'Ivan Molotkov': 'ivan-molotkov' })).map((c) => c.speaker)).toEqual(['fayez-al-sarraj', 'ivan-molotkov']);
  });

  it('reads "selon X", "X a déclaré que" and "…, a indiqué X" in French', () => {
    const text = "Selon Lev Dengov, Moscou garde ses distances. Khalifa Haftar a déclaré que l'armée était prête. L'armée attend des pièces détachées, a indiqué Ahmad al-Mesmari.";
    expect(claimsOf(withMentions(text, { 'Lev Dengov': 'lev-dengov', 'Khalifa Haftar': 'khalifa-haftar', 'Ahmad al-Mesmari': 'ahmed-al-mismari' }, { language: 'fr' })).map((c) => [c.speaker, c.text])).toEqual([
      ['lev-dengov', 'Selon Lev Dengov, Moscou garde ses distances.'],
      ['khalifa-haftar', "Khalifa Haftar a déclaré que l'armée était prête."],
      ['ahmed-al-mismari', "L'armée attend des pièces détachées, a indiqué Ahmad al-Mesmari."],
    ]);
  });

  it('reads "«…», — заявил X", "по словам X", "как сообщили в X" and an inverted "Заявил об этом X" in Russian', () => {
    const text = [
      '«Мы готовы возобновить военно-техническое сотрудничество с Ливией», — заявил Шойгу.',
      'По словам Сергея Лаврова, Москва сохраняет равноудаленность.',
      'Как сообщили в Минобороны, делегация прибыла в Бенгази.',
      'Заявил об этом Сергей Лавров.',
    ].join('\n');
    const article = withMentions(text, { Шойгу: 'sergei-shoigu', 'Сергея Лаврова': 'sergey-lavrov', 'Сергей Лавров': 'sergey-lavrov', Минобороны: 'russian-ministry-of-defence' }, { language: 'ru' });
    expect(claimsOf(article).map((c) => [c.speaker, c.quoted, c.text])).toEqual([
      ['sergei-shoigu', true, 'Мы готовы возобновить военно-техническое сотрудничество с Ливией'],
      ['sergey-lavrov', false, 'По словам Сергея Лаврова, Москва сохраняет равноудаленность.'],
      ['russian-ministry-of-defence', false, 'Как сообщили в Минобороны, делегация прибыла в Бенгази.'],
      ['sergey-lavrov', false, 'Заявил об этом Сергей Лавров.'],
    ]);
  });
});

describe('findClaims: speakers', () => {
  it('resolves a pronoun to the last person named in subject position, past a possessive', () => {
    const text = 'Dbeibah thanked Moscow for President Vladimir Putin’s backing.\n“We would like to give new momentum to our cooperation,” he said.';
    expect(claimsOf(withMentions(text, { Dbeibah: 'abdulhamid-dbeibah', 'Vladimir Putin': 'vladimir-putin' })).map((c) => c.speaker)).toEqual(['abdulhamid-dbeibah']);
  });

  it('gives "he was quoted by Interfax as saying" to the person, not the agency', () => {
    const text = 'Dzirkaln met the delegation.\n"It happened in Afghanistan and now it happens in Libya," he was quoted by Interfax as saying.';
    expect(claimsOf(withMentions(text, { Dzirkaln: 'vyacheslav-dzirkaln', Interfax: 'interfax' })).map((c) => c.speaker)).toEqual(['vyacheslav-dzirkaln']);
  });

  it('gives "X a rapporté selon l\'AFP que" to X, not the agency', () => {
    const text = "Ahmad al-Mesmari a rapporté selon l'AFP que les deux parties avaient examiné la formation.";
    expect(claimsOf(withMentions(text, { 'Ahmad al-Mesmari': 'ahmed-al-mismari', AFP: 'afp' }, { language: 'fr' })).map((c) => c.speaker)).toEqual(['ahmed-al-mismari']);
  });

  it('resolves a definite description to the person introduced with that role, and "the latter" to the last person named', () => {
    const text = [
      'Fayez Al-Sarraj, prime minister of the unity government, met Russian Ambassador to Libya Ivan Molotkov, the latter of whom stressed support for the government.',
      'The prime minister also expressed his willingness to cooperate.',
      'The Russian ambassador went on to emphasize the agreements signed earlier.',
    ].join('\n');
    expect(claimsOf(withMentions(text, { 'Fayez Al-Sarraj': 'fayez-al-sarraj', 'Ivan Molotkov': 'ivan-molotkov' })).map((c) => c.speaker)).toEqual(['ivan-molotkov', 'fayez-al-sarraj', 'ivan-molotkov']);
  });

  it('resolves a bare Russian role noun ("Посол подчеркнул") to the person introduced with it', () => {
    const text = 'Посол России в Ливии Иван Молотков встретился с Хафтаром.\nПосол подчеркнул, что Россия поддерживает единство Ливии.';
    const article = withMentions(text, { 'Иван Молотков': 'ivan-molotkov', Хафтаром: 'khalifa-haftar' }, { language: 'ru' });
    expect(claimsOf(article).map((c) => c.speaker)).toEqual(['ivan-molotkov']);
  });

  it('names an institution as speaker, directly or by a description', () => {
    const text = 'The Russian defense ministry said the delegation arrived in Benghazi. The ministry added that the talks would continue.\nRussian arms exporter Rosoboronexport signed the deal, according to the state-owned arms exporter.';
    const article = withMentions(text, { 'Russian defense ministry': 'russian-ministry-of-defence', Rosoboronexport: 'rosoboronexport' });
    expect(claimsOf(article).map((c) => c.speaker)).toEqual(['russian-ministry-of-defence', 'russian-ministry-of-defence', 'rosoboronexport']);
  });

  it('gives no speaker to unnamed sources, even with an actor in the sentence', () => {
    const text = [
      'Sources said the deal was signed.',
      'A source told Interfax that the talks went well.',
      'Officials in Tripoli said nothing had been agreed with Haftar.',
      'Haftar’s spokesman said the visit went well.',
    ].join('\n');
    expect(claimsOf(withMentions(text, { Interfax: 'interfax', Haftar: 'khalifa-haftar' })).map((c) => c.speaker)).toEqual([null, null, null, null]);
  });

  it('gives no speaker to unnamed sources in French and Russian', () => {
    const fr = withMentions('Selon des sources diplomatiques, Haftar se rendra à Moscou.', { Haftar: 'khalifa-haftar' }, { language: 'fr' });
    const ru = withMentions('Источник сообщил, что Хафтар прибудет в Москву.', { Хафтар: 'khalifa-haftar' }, { language: 'ru' });
    expect([...claimsOf(fr), ...claimsOf(ru)].map((c) => c.speaker)).toEqual([null, null]);
  });
});

describe('findClaims: each claim once', () => {
  it('yields the claims of a paragraph pasted twice once, from the first copy', () => {
    const paragraphs = "Shoigu a déclaré que les pourparlers s'étaient bien passés.\n«Il est prévu de discuter de la coopération», a indiqué Shoigu.";
    const text = `${paragraphs}\n${paragraphs}`;
    const claims = findClaims(withMentions(text, { Shoigu: 'sergei-shoigu' }, { language: 'fr' }), context).claims;
    expect(claims.map((c) => [c.speaker, c.text, c.sentence.start])).toEqual([
      ['sergei-shoigu', "Shoigu a déclaré que les pourparlers s'étaient bien passés.", 0],
      ['sergei-shoigu', 'Il est prévu de discuter de la coopération', 60],
    ]);
  });
});

describe('findClaims: verbs that report speech only in a tag', () => {
  it('reads "«…», a lancé X" and "a répondu que", with adverbs inside the French verb', () => {
    const text = [
      'Mouammar Kadhafi a reçu la délégation.',
      '« La Russie doit retrouver sa place en Méditerranée », a lancé Kadhafi devant les caméras.',
      "Interrogé, Kadhafi m'a simplement répondu que la base n'était pas exclue.",
      'Khalifa Haftar a pour sa part indiqué que les pourparlers continueraient.',
    ].join('\n');
    const article = withMentions(text, { 'Mouammar Kadhafi': 'muammar-gaddafi', Kadhafi: 'muammar-gaddafi', 'Khalifa Haftar': 'khalifa-haftar' }, { language: 'fr' });
    expect(claimsOf(article).map((c) => [c.speaker, c.quoted, c.text])).toEqual([
      ['muammar-gaddafi', true, 'La Russie doit retrouver sa place en Méditerranée'],
      ['muammar-gaddafi', false, "Interrogé, Kadhafi m'a simplement répondu que la base n'était pas exclue."],
      ['khalifa-haftar', false, 'Khalifa Haftar a pour sa part indiqué que les pourparlers continueraient.'],
    ]);
  });

  it('reads "“…,” X replied", "“…,” X responded" and "X responded that"', () => {
    const text = '“We count on Russia as a friend of the Libyan people,” Haftar replied.\n“We are ready to help the Libyans themselves,” Shoigu responded.\nHaftar responded that the army was ready.';
    expect(claimsOf(withMentions(text, { Haftar: 'khalifa-haftar', Shoigu: 'sergei-shoigu' })).map((c) => [c.speaker, c.quoted])).toEqual([
      ['khalifa-haftar', true],
      ['sergei-shoigu', true],
      ['khalifa-haftar', false],
    ]);
  });

  it('reads an inverted tag verb after a quote ("a-t-il lancé", "résume un diplomate") and a Russian one after a dash', () => {
    const fr = withMentions(
      "Vladimir Poutine a critiqué la résolution. «Elle ressemble à un appel médiéval aux croisades», a-t-il lancé.\n« Les Russes veulent montrer que rien ne change », résume un diplomate occidental.",
      { 'Vladimir Poutine': 'vladimir-putin' },
      { language: 'fr' },
    );
    const ru = withMentions('Хафтар поблагодарил Москву. «Мы рассчитываем на Россию как на друга», — ответил Хафтар.', { Хафтар: 'khalifa-haftar' }, { language: 'ru' });
    expect([...claimsOf(fr), ...claimsOf(ru)].map((c) => [c.speaker, c.text])).toEqual([
      ['vladimir-putin', 'Elle ressemble à un appel médiéval aux croisades'],
      [null, 'Les Russes veulent montrer que rien ne change'],
      ['khalifa-haftar', 'Мы рассчитываем на Россию как на друга'],
    ]);
  });
});

describe('findClaims: who speaks', () => {
  it('never takes the listener of "told X" for the speaker', () => {
    const text = 'A port employee, speaking on condition of anonymity, told The Libya Observer that the cargo was loaded onto trucks.\nDzirkaln told Interfax that the contracts would be honoured.';
    const article = withMentions(text, { 'The Libya Observer': 'libya-observer', Dzirkaln: 'vyacheslav-dzirkaln', Interfax: 'interfax' });
    expect(claimsOf(article).map((c) => c.speaker)).toEqual([null, 'vyacheslav-dzirkaln']);
  });

  it('takes the subject before a relative clause, not the object after the verb ("Putin, who …, said Russia was ready")', () => {
    const text = 'Putin, who hands over the presidency to Dmitry Medvedev next month and is expected to become prime minister, said Russia was ready to resume cooperation.';
    expect(claimsOf(withMentions(text, { Putin: 'vladimir-putin', 'Dmitry Medvedev': 'dmitry-medvedev', Russia: 'russia' })).map((c) => c.speaker)).toEqual(['vladimir-putin']);
  });

  it('takes an inverted subject that closes its phrase after "…, a annoncé", over the names before the comma', () => {
    const text = "Fayez al-Sarraj a signé un accord, mais son rival, le maréchal Khalifa Haftar, a réclamé un délai, a annoncé le chef de la diplomatie russe, Sergueï Lavrov.";
    const article = withMentions(text, { 'Fayez al-Sarraj': 'fayez-al-sarraj', 'Khalifa Haftar': 'khalifa-haftar', 'Sergueï Lavrov': 'sergey-lavrov' }, { language: 'fr' });
    expect(claimsOf(article).map((c) => c.speaker)).toEqual(['sergey-lavrov']);
  });

  it('names the person an appositive gives to an unnamed expert after the verb, but not the subject of the clause after an attribution', () => {
    const text = [
      '«Москва дает понять, что уходить из Ливии не собирается», — сказал «Известиям» военный эксперт, полковник запаса Виталий Кравцов.',
      'В составе делегации, по данным источников «Известий», находился генерал-майор Андрей Аверьянов.',
    ].join('\n');
    const article = withMentions(text, { 'Виталий Кравцов': 'vitaliy-kravtsov', 'Андрей Аверьянов': 'andrei-averyanov', Известиям: 'izvestia', Известий: 'izvestia' }, { language: 'ru' });
    expect(claimsOf(article).map((c) => [c.speaker, c.quoted])).toEqual([
      ['vitaliy-kravtsov', true],
      [null, false],
    ]);
  });

  it('reads through the full stop of an abbreviation: "a déclaré M. Lavrov à la presse", "Selon M. Lavrov,"', () => {
    const text = "« Le maréchal Haftar a demandé un peu de temps supplémentaire », a déclaré M. Lavrov à la presse.\nSelon M. Lavrov, le document prévoit un cessez-le-feu.";
    const article = withMentions(text, { Haftar: 'khalifa-haftar', Lavrov: 'sergey-lavrov' }, { language: 'fr' });
    expect(claimsOf(article).map((c) => [c.speaker, c.quoted])).toEqual([
      ['sergey-lavrov', true],
      ['sergey-lavrov', false],
    ]);
  });

  it('gives no speaker to an unnamed source qualified by a demonym ("un diplomate russe")', () => {
    const article = withMentions("Interrogé, un diplomate russe m'a répondu que rien n'était exclu.", { russe: 'russia' }, { language: 'fr' });
    expect(claimsOf(article).map((c) => c.speaker)).toEqual([null]);
  });
});

describe('findClaims: descriptions', () => {
  it('resolves a Russian role noun in any case, or the first part of a hyphenated title, to the person introduced with it', () => {
    const text = [
      'Премьер-министр Владимир Путин объявил о подписании контрактов.',
      '«Наши ливийские партнеры подписали контракты», — заявил премьер.',
      'Соглашение подписал министр иностранных дел России Сергей Лавров.',
      'По словам министра, документ предусматривает бессрочное перемирие.',
    ].join('\n');
    const article = withMentions(text, { 'Владимир Путин': 'vladimir-putin', 'Сергей Лавров': 'sergey-lavrov', России: 'russia' }, { language: 'ru' });
    expect(claimsOf(article).map((c) => [c.speaker, c.quoted])).toEqual([
      ['vladimir-putin', false],
      ['vladimir-putin', true],
      ['sergey-lavrov', false],
    ]);
  });

  it('reads a title over a short parenthesis, and gives "командующий ЛНА" to the commander, not to his army', () => {
    const text = 'Шойгу провел переговоры с командующим Ливийской национальной армией (ЛНА) маршалом Халифой Хафтаром.\n«Мы рассчитываем на Россию как на друга», — заявил командующий ЛНА.\n«Мы готовы помогать ливийцам», — заявил представитель ЛНА.';
    const article = withMentions(text, { Шойгу: 'sergei-shoigu', 'Халифой Хафтаром': 'khalifa-haftar', 'Ливийской национальной армией': 'libyan-national-army', ЛНА: 'libyan-national-army' }, { language: 'ru' });
    expect(claimsOf(article).map((c) => [c.speaker, c.text])).toEqual([
      ['khalifa-haftar', 'Мы рассчитываем на Россию как на друга'],
      [null, 'Мы готовы помогать ливийцам'],
    ]);
  });

  it('gives an institution noun to the last organisation named that fits it: "ведомство" any, "министерство" and "the ministry" a ministry', () => {
    const ru = withMentions(
      'Делегация прибыла в Бенгази. Об этом сообщили в Минобороны РФ.\n«Планируется обсудить перспективы сотрудничества», — говорится в сообщении ведомства.\nКак отметили в министерстве, визит стал продолжением переговоров.',
      { 'Минобороны РФ': 'russian-ministry-of-defence' },
      { language: 'ru' },
    );
    const en = withMentions('Haftar met Shoigu days before a UN conference.\nThe ministry said the two sides had discussed the situation.', { Haftar: 'khalifa-haftar', Shoigu: 'sergei-shoigu', UN: 'united-nations' });
    expect([...claimsOf(ru), ...claimsOf(en)].map((c) => [c.speaker, c.quoted])).toEqual([
      ['russian-ministry-of-defence', false],
      ['russian-ministry-of-defence', true],
      ['russian-ministry-of-defence', false],
      [null, false],
    ]);
  });

  it('resolves "selon lui", "по его словам" and "according to him" to the last person named, and not "according to her ministry"', () => {
    const fr = withMentions("Dmitri Medvedev a défendu l'abstention. Selon lui, Moscou s'est abstenu en connaissance de cause.", { 'Dmitri Medvedev': 'dmitry-medvedev' }, { language: 'fr' });
    const ru = withMentions('Сергей Лавров провел переговоры. По его словам, документ готов.', { 'Сергей Лавров': 'sergey-lavrov' }, { language: 'ru' });
    const en = withMentions('Lavrov spoke in Moscow. According to him, the talks went well. According to her ministry, nothing was signed.', { Lavrov: 'sergey-lavrov' });
    expect([...claimsOf(fr), ...claimsOf(ru), ...claimsOf(en)].map((c) => c.speaker)).toEqual(['dmitry-medvedev', 'sergey-lavrov', 'sergey-lavrov', null]);
  });

  it('gives "Pour X, « … »" to X, and "selon un communiqué de X" to the author of the statement', () => {
    const text = "Pour le politologue libyen Ezzedine Akil, « Moscou envoie un message clair à tout le monde ».\nSelon un communiqué de l'Armée nationale libyenne (ANL), les deux hommes ont évoqué la coopération.";
    const article = withMentions(text, { 'Ezzedine Akil': 'ezzedine-akil', 'Armée nationale libyenne': 'libyan-national-army', ANL: 'libyan-national-army' }, { language: 'fr' });
    expect(claimsOf(article).map((c) => [c.speaker, c.quoted])).toEqual([
      ['ezzedine-akil', true],
      ['libyan-national-army', false],
    ]);
  });
});

describe('findClaims: registry roles', () => {
  const roleContext: PipelineContext = {
    actors: buildActorIndex([
      { ...actor('vladimir-putin', 'person'), roles: [{ title: 'President of Russia', from: '2000-05-07', to: '2008-05-07' }, { title: 'Prime Minister of Russia', from: '2008-05-08', to: '2012-05-07' }] },
      { ...actor('dmitry-medvedev', 'person'), roles: [{ title: 'President of Russia', from: '2008-05-07', to: '2012-05-07' }] },
      { ...actor('vladimir-yakunin', 'person'), roles: [{ title: 'President of Russian Railways', from: '2005-06', to: '2015-08' }] },
    ]),
  };
  const text = 'Президент РЖД Владимир Якунин подписал контракт. Путин заявил, что Россия готова к сотрудничеству.\n«Ливия - давний и надежный партнер нашей страны», - сказал российский президент.';
  const surfaces = { 'Владимир Якунин': 'vladimir-yakunin', Путин: 'vladimir-putin' };
  const speakers = (publication: string): (string | null)[] =>
    findClaims(withMentions(text, surfaces, { language: 'ru', publication: { value: publication, precision: 'day', basis: 'publication', text: publication } }), roleContext).claims.map((c) => c.speaker);

  it('gives a role no introduction explains to the last person named who held it on the article’s date', () => {
    expect(speakers('2008-04-17')).toEqual(['vladimir-putin', 'vladimir-putin']);
  });

  it('reads "глава государства" as the president, not as any head named last', () => {
    const context2: PipelineContext = {
      actors: buildActorIndex([
        { ...actor('vladimir-putin', 'person'), roles: [{ title: 'President of Russia', from: '2012-05-07' }] },
        { ...actor('khalifa-haftar', 'person'), roles: [{ title: 'Head of the Libyan National Army', from: '2015-03-02' }] },
      ]),
    };
    const article = withMentions('Владимир Путин провел переговоры с Хафтаром.\n«Мы будем работать со всеми сторонами», — сказал глава государства.', { 'Владимир Путин': 'vladimir-putin', Хафтаром: 'khalifa-haftar' }, { language: 'ru' });
    expect(findClaims(article, context2).claims.map((c) => c.speaker)).toEqual(['vladimir-putin']);
  });

  it('does not give it to a person who did not hold it then', () => {
    // In 2010 Putin was prime minister: the president named is Yakunin's office, the last holder mentioned.
    expect(speakers('2010-01-29')).toEqual(['vladimir-putin', 'vladimir-yakunin']);
  });
});

describe('findClaims: short and continued quotes', () => {
  it('takes a short quote that stands as a sentence of its own, but not a short scare quote', () => {
    const en = withMentions('"Planes don\'t teleport," one European diplomat told us on Wednesday.\nHaftar said the "army" was ready.', { Haftar: 'khalifa-haftar' });
    const ru = withMentions('«Нет», — ответил Хафтар.', { Хафтар: 'khalifa-haftar' }, { language: 'ru' });
    expect([...claimsOf(en), ...claimsOf(ru)].map((c) => [c.speaker, c.quoted, c.text])).toEqual([
      [null, true, "Planes don't teleport"],
      ['khalifa-haftar', false, 'Haftar said the "army" was ready.'],
      ['khalifa-haftar', true, 'Нет'],
    ]);
  });

  it('gives a quote with no attribution of its own to the speaker of the quote just before it in the paragraph', () => {
    const text = '"It is a good deal for both sides," said Vladimir Yakunin, who signed the contract. "Libya gets a railway, and Russia gets back into a market."\nThe talks ended. "Russia gets back into the Libyan market at last."';
    const article = withMentions(text, { 'Vladimir Yakunin': 'vladimir-yakunin' });
    expect(claimsOf(article).map((c) => [c.speaker, c.text])).toEqual([
      ['vladimir-yakunin', 'It is a good deal for both sides'],
      ['vladimir-yakunin', 'Libya gets a railway, and Russia gets back into a market.'],
    ]);
  });

  it('gives reported speech the article’s language and a quote its own', () => {
    const text = 'Khalifa Haftar said the army was ready to cooperate with Moscow.\n«Nous sommes prêts à coopérer avec Moscou sur tous les plans», Haftar said.';
    const claims = findClaims(withMentions(text, { 'Khalifa Haftar': 'khalifa-haftar', Haftar: 'khalifa-haftar' }), context).claims;
    expect(claims.map((c) => [c.quoted, c.language])).toEqual([
      [false, 'en'],
      [true, 'fr'],
    ]);
  });
});

// ——— Seed bodies: the body paragraphs of content/articles/000–004, as the cleaner leaves them ———

/** 000 (Xinhua, 2012): Dzirkaln and Sevastyanov on resuming contracts. */
const SEED_000 = [
  "MOSCOW - Russia may soon resume military-technical cooperation with Libya, a federal agency supervising the country's international military cooperation said.",
  'In an interview published on Wednesday, Vyacheslav Dzirkaln, deputy director of the Federal Service for military-technical cooperation told Interfax news agency that a Libyan delegation was to visit Moscow "in the nearest future" to discuss possible cooperation.',
  'Dzirkaln said the two sides would first focus on restoring unfulfilled contracts that were signed long ago.',
  "The Libyan army has a large number of Russian and Soviet-made weapons and equipment which shouldn't be dumped, Dzirkaln said, adding that the experience of several other countries has proved it.",
  '"It happened in Afghanistan and now it happens in Libya," he was quoted by Interfax as saying.',
  'Russia was willing to continue military contracts with Libya and now "everything will depend on" Libya, Dzirkaln said.',
  'Russian arms exporter Rosoboronexport said in June the new Libyan authorities would like to resume military cooperation with Moscow.',
  'Rosoboronexport deputy chief Igor Sevastyanov told reporters that his company was ready to resume cooperation with Libya, including shipments for Libya\'s armed forces.',
  "Moscow had signed about $2 billion worth of contracts with the late Muammar Gaddafi's deposed government and another $2-billion packages have been in negotiation, according to the state-owned arms exporter.",
  'Moscow put these contracts on hold in February 2011 in line with the UN sanctions against the Gaddafi regime.',
].join('\n');

/** 001 (Sputnik, 2018): Lev Dengov at the Valdai Club. */
const SEED_001 = [
  "MOSCOW (Sputnik) - Both the Libyan Government of National Accord (GNA) and the Libyan National Army headed by Khalifa Haftar ask Russia for military support but Moscow's position is balanced, head of the Russian Contact Group for intra-Libyan settlement Lev Dengov said.",
  '"The Libyan sides always come to us and ask for military support, ask us about arms, Khalifa Khaftar always asks us about strengthening military training. We speak openly about any cooperation with all sides, including with the Government of National Accord, which also made requests for military help. Today, thanks to the Russian Ministry of Foreign Affairs, the minister and the president we have equal distance to all," head of the Russian Contact Group for intra-Libyan settlement Lev Dengov said at the Valdai Discussion Club’s Middle East Conference in Moscow.',
  "Libya's National Accord Government and Khalifa Haftar, as head of Libyan National Army, expect Russia to help on the defense industry, though Moscow position on the matter is well-balanced, according to Lev Dengov.",
  '"We need to intensify the interaction of external factors and to identify, after all, who is currently hindering agreements in Libya, that is roughly the same as internal and external players who at the moment when the Libyans are approaching some results, constantly prevent the conclusion of a final agreement. We see attempts of the outside interference, they incite and intensify the conflict in Libya," said Head of Russian Contact Group.',
  'After the overthrow and murder of Muammar Gaddafi in 2011 during the armed conflict, Libya is experiencing a period of harsh crisis, which brought to a dual power in the country: in the east, in the town of Tobruk, there is the elected parliament, and in the west, in the capital of Tripoli, there is the Government of National Accord, formed with the support of the UN and the EU. The authorities in the eastern part of the country operate independently and are cooperating with the Libyan National Army, led by Marshal Khalifa Haftar, who is engaged in an extended war with the Islamists.',
].join('\n\n');

const FR_002 = [
  "Il s'agit d’une première visite officielle russe, emmenée par le vice-ministre de la Défense, le colonel général Iounous-bek Evkourov. Elle fait suite, selon le ministère, aux négociations entre la Russie et la Libye lors de la XIe Conférence internationale de Moscou sur la sécurité et au forum militaro-technique Armée 2023.",
  "«Il est prévu de discuter des perspectives de coopération dans la lutte contre le terrorisme international et d'autres questions d'action commune», a indiqué le ministère russe de la Défense sur Telegram ce 22 août.",
  "Ahmad al-Mesmari, le porte-parole du maréchal Haftar, a rapporté selon l'AFP que les deux parties avaient examiné leur «coopération et coordination» concernant la «formation et la maintenance des armes et équipements russes que possède le commandement général qui les considère comme la colonne vertébrale de l'armement de l'armée nationale libyenne».",
  "La Libye est en proie à une crise politique majeure depuis le renversement de Mouammar Kadhafi en 2011, opéré par les puissances occidentales, crise qui a touché ses voisins. Le pays est désormais divisé entre l'est et l'ouest.",
];

/** 002 (French, 2023): a Russian defence delegation in Benghazi; the page pasted its paragraphs twice. */
const SEED_002 = [
  "Une délégation du ministère russe de la Défense est arrivée en Libye, sur invitation du maréchal Khalifa Haftar, commandant de l’ANL, l'Armée nationale libyenne, ce 22 août.",
  ...FR_002,
  ...FR_002,
].join('\n');

/** 003 (2021): Shoigu hosts Dbeibah. */
const SEED_003 = [
  'Russia on Friday welcomed the prospect of renewed military cooperation with war-shattered Libya as Defense Minister Sergei Shoigu hosted Prime Minister Abdulhamid Dbeibah.',
  'Libya has been gripped by chaos for almost a decade, since longtime dictator Moamer Kadhafi was brought down and killed in a 2011 uprising backed by several Western powers.',
  'In February, Libya embarked on a new phase of its post-Kadhafi transition after interim leaders were selected to lead the country until December elections.',
  '“I consider your Moscow visit to be the first step towards resuming full-scale cooperation between the defense ministries of the two countries,” Shoigu told the Libyan prime minister in remarks released by his ministry. Shoigu said he hoped that “the Russia-friendly Libyan people would overcome the years-long crisis which has broken out as a result of crude outside interference.”',
  'Dbeibah and Mohammad Younes Menfi, chairman of Libya’s Presidential Council, face the task of trying to reunify the institutions of a state undermined by divisions between the UN-recognised Government of National Accord (GNA) in Tripoli and a rival administration backed by military strongman Khalifa Haftar in the east.',
  'Moscow has backed Haftar against the GNA in the conflict and has been accused of sending mercenaries of the Wagner Group private military company to join the fight.',
  'Russia said in February it is prepared for “constructive” work with Libya’s interim leaders.',
  'Dbeibah for his part said Libya needed Moscow’s support and expressed gratitude for President Vladimir Putin‘s backing.',
  '“We would like to give new momentum to our cooperation and build new bridges between our countries,” he said in remarks translated into Russian.',
  'Dbeibah said authorities hoped that Libya would see a “new economic climate”, with Russia playing a key role and providing “economic support”, the Russian defense ministry said.',
  'On Thursday, Russian Prime Minister Mikhail Mishustin hosted Dbeibah for talks on cooperation in energy and other spheres.',
].join('\n\n');

/** 004 (2016): Al-Sarraj meets the Russian ambassador Ivan Molotkov. */
const SEED_004 = [
  'Fayez Al-Sarraj, prime minister of Libya’s UN-backed unity government, has expressed his government’s willingness to step up security and military cooperation with Russia.',
  'The prime minister’s remarks came in a Monday statement issued by the government’s presidential council following a meeting between Al-Sarraj and Russian Ambassador to Libya Ivan Molotkov, the latter of whom stressed his country’s support for Libya’s unity government.',
  'Al-Sarraj also stressed the importance of Russia’s role in establishing “global equilibrium”, while also welcoming the return of Russian companies to the troubled North African country.',
  'The prime minister also expressed his government’s willingness to benefit from Russian expertise in the military and security fields.',
  'Al-Sarraj went on to urge Moscow to use its international weight to help lift the ongoing arms embargo on Libya — and secure the release of frozen Libyan funds — to enable the country to overcome its current financial crisis.',
  'The Russian ambassador, for his part, voiced his country’s support for last year’s Skhirat Agreement, which called for the establishment of Libya’s current unity government.',
  'Molotkov added that Russia was looking forward to reopening its diplomatic representation in Tripoli as soon as circumstances allowed.',
  'The ambassador went on to emphasize his country’s desire to reactivate a host of cooperation agreements signed with Libya earlier and the willingness of Russian companies to return to Libya as the country’s security situation improves.',
  'Libya has been locked in a state of violence and turmoil since 2011, when a bloody uprising ended with the ouster and death of longtime strongman Muammar Gaddafi.',
  'Since then, the country’s stark political divisions have yielded two rival seats of government, one in Tobruk and another in capital Tripoli.',
  'Late last year, Libya’s rival governments signed a UN-backed agreement to establish a unity government in an effort to resolve the country’s six-year political standoff.',
].join('\n\n');

/** The claim the seeds expect: the sentence (or quote) and its span, from the article's text. */
function seedClaim(text: string, source: string, language: string, speaker: string | null, claim: string, sentenceFirst?: string, sentenceLast?: string): Claim {
  const quoted = sentenceFirst !== undefined;
  const sentence = quoted ? spanOf(text, sentenceFirst, sentenceLast) : spanOf(text, claim);
  return { speaker, text: claim, quoted, language, source, sentence };
}

describe('findClaims: seed articles', () => {
  it('000: Dzirkaln quoted and reported, Sevastyanov and Rosoboronexport reported, the unnamed agency without speaker', () => {
    const source = 'content/articles/000_8790f98fbe18f818.txt';
    const article = withMentions(SEED_000, {
      'Vyacheslav Dzirkaln': 'vyacheslav-dzirkaln', Dzirkaln: 'vyacheslav-dzirkaln', 'Igor Sevastyanov': 'igor-sevastyanov', Rosoboronexport: 'rosoboronexport',
      Interfax: 'interfax', Russia: 'russia', Libya: 'libya', 'Federal Service for military-technical cooperation': 'federal-service-mtc',
    }, { file: source });
    const c = (speaker: string | null, claim: string, first?: string, last?: string): Claim => seedClaim(SEED_000, source, 'en', speaker, claim, first, last);
    const lines = SEED_000.split('\n');
    expect(findClaims(article, context).claims).toEqual([
      // The sentence keeps its wire dateline; the claim's words do not.
      { ...c(null, lines[0] ?? ''), text: (lines[0] ?? '').replace('MOSCOW - ', '') },
      c('vyacheslav-dzirkaln', lines[1] ?? ''),
      c('vyacheslav-dzirkaln', lines[2] ?? ''),
      c('vyacheslav-dzirkaln', lines[3] ?? ''),
      c('vyacheslav-dzirkaln', 'It happened in Afghanistan and now it happens in Libya', lines[4] ?? ''),
      c('vyacheslav-dzirkaln', lines[5] ?? ''),
      c('rosoboronexport', lines[6] ?? ''),
      c('igor-sevastyanov', lines[7] ?? ''),
      c('rosoboronexport', lines[8] ?? ''),
    ]);
  });

  it('001: Lev Dengov for both quotes ("said Head of Russian Contact Group" included) and both reported sentences', () => {
    const source = 'content/articles/001_b035ea844ac36d91.txt';
    const article = withMentions(SEED_001, { 'Lev Dengov': 'lev-dengov', 'Khalifa Haftar': 'khalifa-haftar', 'Khalifa Khaftar': 'khalifa-haftar', 'Russian Contact Group': 'russian-contact-group', Russia: 'russia' }, { file: source });
    const c = (claim: string, first?: string, last?: string): Claim => seedClaim(SEED_001, source, 'en', 'lev-dengov', claim, first, last);
    const [lead = '', quote1 = '', according = '', quote2 = ''] = SEED_001.split('\n\n');
    expect(findClaims(article, context).claims).toEqual([
      { ...c(lead), text: lead.replace('MOSCOW (Sputnik) - ', '') },
      c(quote1.slice(1, quote1.indexOf(',"')), quote1),
      c(according),
      c(quote2.slice(1, quote2.indexOf(',"')), quote2),
    ]);
  });

  it('002: the ministry (by description and quoted) and al-Mesmari reported, each once though the page repeats itself', () => {
    const source = 'content/articles/002_8bf08bbf60da036d.txt';
    const article = withMentions(SEED_002, {
      'ministère russe de la Défense': 'russian-ministry-of-defence', 'maréchal Khalifa Haftar': 'khalifa-haftar', 'maréchal Haftar': 'khalifa-haftar',
      'Ahmad al-Mesmari': 'ahmed-al-mismari', AFP: 'afp', 'Iounous-bek Evkourov': 'yunus-bek-yevkurov',
    }, { file: source, language: 'fr' });
    const c = (speaker: string, claim: string, first?: string, last?: string): Claim => seedClaim(SEED_002, source, 'fr', speaker, claim, first, last);
    expect(findClaims(article, context).claims).toEqual([
      c('russian-ministry-of-defence', 'Elle fait suite, selon le ministère, aux négociations entre la Russie et la Libye lors de la XIe Conférence internationale de Moscou sur la sécurité et au forum militaro-technique Armée 2023.'),
      c('russian-ministry-of-defence', "Il est prévu de discuter des perspectives de coopération dans la lutte contre le terrorisme international et d'autres questions d'action commune", '«Il est prévu', 'ce 22 août.'),
      c('ahmed-al-mismari', "Ahmad al-Mesmari, le porte-parole du maréchal Haftar, a rapporté selon l'AFP que les deux parties avaient examiné leur «coopération et coordination» concernant la «formation et la maintenance des armes et équipements russes que possède le commandement général qui les considère comme la colonne vertébrale de l'armement de l'armée nationale libyenne»."),
    ]);
  });

  it('003: Shoigu quoted twice, Russia reported, Dbeibah reported twice and quoted once', () => {
    const source = 'content/articles/003_d4fe8bf4671f7d50.txt';
    const article = withMentions(SEED_003, {
      'Sergei Shoigu': 'sergei-shoigu', Shoigu: 'sergei-shoigu', 'Abdulhamid Dbeibah': 'abdulhamid-dbeibah', Dbeibah: 'abdulhamid-dbeibah', 'Vladimir Putin': 'vladimir-putin',
      'Mikhail Mishustin': 'mikhail-mishustin', 'Khalifa Haftar': 'khalifa-haftar', Haftar: 'khalifa-haftar', Russia: 'russia', 'Russian defense ministry': 'russian-ministry-of-defence',
    }, { file: source });
    const c = (speaker: string, claim: string, first?: string, last?: string): Claim => seedClaim(SEED_003, source, 'en', speaker, claim, first, last);
    expect(findClaims(article, context).claims).toEqual([
      c('sergei-shoigu', 'I consider your Moscow visit to be the first step towards resuming full-scale cooperation between the defense ministries of the two countries', '“I consider', 'released by his ministry.'),
      c('sergei-shoigu', 'the Russia-friendly Libyan people would overcome the years-long crisis which has broken out as a result of crude outside interference.', 'Shoigu said he hoped', 'outside interference.”'),
      c('russia', 'Russia said in February it is prepared for “constructive” work with Libya’s interim leaders.'),
      c('abdulhamid-dbeibah', 'Dbeibah for his part said Libya needed Moscow’s support and expressed gratitude for President Vladimir Putin‘s backing.'),
      c('abdulhamid-dbeibah', 'We would like to give new momentum to our cooperation and build new bridges between our countries', '“We would like', 'translated into Russian.'),
      c('abdulhamid-dbeibah', 'Dbeibah said authorities hoped that Libya would see a “new economic climate”, with Russia playing a key role and providing “economic support”, the Russian defense ministry said.'),
    ]);
  });

  it('004: Al-Sarraj and Molotkov reported, through "the latter", "the prime minister" and "the Russian ambassador"', () => {
    const source = 'content/articles/004_a498c142cf5f3b81.txt';
    const article = withMentions(SEED_004, { 'Fayez Al-Sarraj': 'fayez-al-sarraj', 'Al-Sarraj': 'fayez-al-sarraj', 'Ivan Molotkov': 'ivan-molotkov', Molotkov: 'ivan-molotkov', Russia: 'russia' }, { file: source });
    const paragraphs = SEED_004.split('\n\n');
    const speakers = ['fayez-al-sarraj', 'ivan-molotkov', 'fayez-al-sarraj', 'fayez-al-sarraj', 'fayez-al-sarraj', 'ivan-molotkov', 'ivan-molotkov', 'ivan-molotkov'];
    expect(findClaims(article, context).claims).toEqual(speakers.map((speaker, i) => seedClaim(SEED_004, source, 'en', speaker, paragraphs[i] ?? '')));
  });
});
