// Where an article's lead ends: the first paragraph of its story, after any wire dateline.
import { describe, expect, it } from 'vitest';
import { leadEnd } from '../../../src/lib/dating/lead-end.ts';
import { articleFromText } from '../../helpers/article.ts';

/** The text up to the end of its lead. */
const lead = (text: string): string => text.slice(0, leadEnd(articleFromText(text)));

describe('leadEnd', () => {
  it('ends the lead with the first paragraph, a dateline opening it or not', () => {
    expect(lead('Defence Minister Andrei Belousov received Khalifa Haftar.\n\nHaftar met Shoigu before him.')).toBe(
      'Defence Minister Andrei Belousov received Khalifa Haftar.',
    );
    expect(lead('MOSCOW (Reuters) - Libyan Prime Minister Abdulhamid Dbeibah met Shoigu.\n\nThe talks covered training.')).toBe(
      'MOSCOW (Reuters) - Libyan Prime Minister Abdulhamid Dbeibah met Shoigu.',
    );
  });

  it('reads on past a dateline standing alone, and keeps a standfirst above the dateline', () => {
    expect(lead('МОСКВА, 7 ноября. /ТАСС/.\n\nШойгу провел переговоры с Хафтаром.\n\nСтороны обсудили ситуацию.')).toBe(
      'МОСКВА, 7 ноября. /ТАСС/.\n\nШойгу провел переговоры с Хафтаром.',
    );
    expect(lead('Стороны обсудили ситуацию в Ливии.\n\nМОСКВА, 7 ноября. /ТАСС/. Шойгу провел переговоры с Хафтаром.\n\nЕще абзац.')).toBe(
      'Стороны обсудили ситуацию в Ливии.\n\nМОСКВА, 7 ноября. /ТАСС/. Шойгу провел переговоры с Хафтаром.',
    );
  });

  it('is empty for an empty text', () => {
    expect(lead('')).toBe('');
  });
});
