import { describe, expect, it } from 'vitest';
import { matchDateline, openingDateline, spansWithoutDateline, withoutDateline } from '../../src/lib/dateline.ts';
import { paragraphSpans, sentenceSpans } from '../../src/lib/segment-text.ts';

/** A dateline's parts, and the words the story starts with. */
const parts = (text: string) => {
  const dateline = matchDateline(text);
  return dateline && { text: dateline.text, place: dateline.place, date: dateline.date?.text ?? null, credit: dateline.credit, rest: text.slice(dateline.end) };
};

describe('matchDateline: the wire shapes', () => {
  it.each([
    ['MOSCOW - Russia may soon resume', 'MOSCOW -', 'MOSCOW', null, null, 'Russia may soon resume'],
    ['MOSCOW (Sputnik) - Both sides', 'MOSCOW (Sputnik) -', 'MOSCOW', null, 'Sputnik', 'Both sides'],
    ['TRIPOLI (AFP) - Libya', 'TRIPOLI (AFP) -', 'TRIPOLI', null, 'AFP', 'Libya'],
    ['TRIPOLI, Jan 11 (Reuters) - Libya', 'TRIPOLI, Jan 11 (Reuters) -', 'TRIPOLI', 'Jan 11', 'Reuters', 'Libya'],
    ['BENGHAZI, Libya, Sept 17 (Reuters) - Russian', 'BENGHAZI, Libya, Sept 17 (Reuters) -', 'BENGHAZI', 'Sept 17', 'Reuters', 'Russian'],
    ['TRIPOLI, Libya (AP) — Russia agreed', 'TRIPOLI, Libya (AP) —', 'TRIPOLI', null, 'AP', 'Russia agreed'],
    ['TRIPOLI, Aug. 22 (Xinhua) -- Libya', 'TRIPOLI, Aug. 22 (Xinhua) --', 'TRIPOLI', 'Aug. 22', 'Xinhua', 'Libya'],
    ['TRIPOLI, 22 August 2023 (Reuters) – A delegation', 'TRIPOLI, 22 August 2023 (Reuters) –', 'TRIPOLI', '22 August 2023', 'Reuters', 'A delegation'],
    ['NEW YORK, March 17 (Reuters) - The council', 'NEW YORK, March 17 (Reuters) -', 'NEW YORK', 'March 17', 'Reuters', 'The council'],
    ['МОСКВА, 7 ноября. /ТАСС/. Министр обороны', 'МОСКВА, 7 ноября. /ТАСС/.', 'МОСКВА', '7 ноября', 'ТАСС', 'Министр обороны'],
    ['МОСКВА, 10 марта. /ИТАР-ТАСС/. Президент', 'МОСКВА, 10 марта. /ИТАР-ТАСС/.', 'МОСКВА', '10 марта', 'ИТАР-ТАСС', 'Президент'],
    ['МОСКВА, 7 ноября. Министр обороны', 'МОСКВА, 7 ноября.', 'МОСКВА', '7 ноября', null, 'Министр обороны'],
    ['МОСКВА, 14 янв — РИА Новости. Глава', 'МОСКВА, 14 янв — РИА Новости.', 'МОСКВА', '14 янв', 'РИА Новости', 'Глава'],
    ['Москва. 29 ноября. INTERFAX.RU - Командующий', 'Москва. 29 ноября. INTERFAX.RU -', 'Москва', '29 ноября', 'INTERFAX.RU', 'Командующий'],
    ['MOSCOU (AFP) - Le chef', 'MOSCOU (AFP) -', 'MOSCOU', null, 'AFP', 'Le chef'],
  ])('reads “%s”', (text, written, place, date, credit, rest) => {
    expect(parts(text)).toEqual({ text: written, place, date, credit, rest });
  });

  it('gives the date’s place in the text searched', () => {
    const text = 'Lead.\nBENGHAZI, Libya, Sept 17 (Reuters) - Russian';
    const dateline = matchDateline(text, 6);
    expect([dateline?.start, dateline?.end, dateline?.date]).toEqual([6, 43, { text: 'Sept 17', start: 23, end: 30 }]);
  });

  it('may end the text, as a sentence read alone', () => {
    expect(parts('МОСКВА, 10 марта.')).toEqual({ text: 'МОСКВА, 10 марта.', place: 'МОСКВА', date: '10 марта', credit: null, rest: '' });
  });
});

describe('matchDateline: what is not a dateline', () => {
  it.each([
    'Moscow - the capital welcomed the delegation.',
    'Moscow, 7 May. Russia said it would help.',
    'Москва. 29 ноября Путин сказал, что…',
    'NATO. Russia said it would respond.',
    'Russia on Friday welcomed the prospect.',
    'In June 2019, Russia delivered fighter jets.',
    'Le maréchal Khalifa Haftar, qui contrôle l’Est, a été reçu jeudi.',
    'The UN - and Russia - abstained.',
    'UPDATE 2-Russia and Libya sign a deal',
  ])('finds none in “%s”', (text) => {
    expect(matchDateline(text)).toBeNull();
  });

  it('finds none that does not start at the offset', () => {
    expect(matchDateline('The story. MOSCOW (Sputnik) - Both sides')).toBeNull();
  });
});

describe('openingDateline', () => {
  it('finds the dateline below a standfirst', () => {
    const text = 'Стороны обсудили ситуацию в Ливии\n\nМОСКВА, 7 ноября. /ТАСС/. Министр обороны провел переговоры.';
    expect(openingDateline(text, paragraphSpans(text))).toMatchObject({ start: 35, text: 'МОСКВА, 7 ноября. /ТАСС/.', credit: 'ТАСС' });
  });

  it('looks only at the first three paragraphs', () => {
    const text = 'One.\n\nTwo.\n\nThree.\n\nMOSCOW (Sputnik) - Four.';
    expect(openingDateline(text, paragraphSpans(text))).toBeNull();
  });

  it('does not run a dateline across the end of its paragraph', () => {
    const text = 'MOSCOW\n\n- a list item';
    expect(openingDateline(text, paragraphSpans(text))).toBeNull();
  });
});

describe('withoutDateline', () => {
  it('strips the dateline, and leaves other text as it is', () => {
    expect(withoutDateline('TRIPOLI, Jan 11 (Reuters) - Libya signed.')).toBe('Libya signed.');
    expect(withoutDateline('МОСКВА, 14 янв — РИА Новости. Глава ПНС подписал.')).toBe('Глава ПНС подписал.');
    expect(withoutDateline('Russia and Libya signed a deal on Monday.')).toBe('Russia and Libya signed a deal on Monday.');
  });
});

describe('spansWithoutDateline', () => {
  it('drops the sentences inside the dateline and starts the one it opens after it', () => {
    const text = 'Стороны обсудили ситуацию.\nМОСКВА, 7 ноября. /ТАСС/. Министр провел переговоры. Об этом сообщили.';
    const paragraphs = paragraphSpans(text);
    const sentences = paragraphs.flatMap((paragraph) => sentenceSpans(text, paragraph));
    const kept = spansWithoutDateline(sentences, openingDateline(text, paragraphs)).map((span) => text.slice(span.start, span.end));
    expect(kept).toEqual(['Стороны обсудили ситуацию.', 'Министр провел переговоры.', 'Об этом сообщили.']);
  });

  it('cuts the dateline off the sentence it opens', () => {
    const text = 'TRIPOLI, Jan 11 (Reuters) - Libya signed. It was late.';
    const spans = spansWithoutDateline([{ start: 0, end: 41 }, { start: 42, end: 54 }], matchDateline(text));
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['Libya signed.', 'It was late.']);
  });

  it('keeps every span when there is no dateline', () => {
    expect(spansWithoutDateline([{ start: 0, end: 5 }], null)).toEqual([{ start: 0, end: 5 }]);
  });
});
