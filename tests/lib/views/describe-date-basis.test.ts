import { describe, expect, it } from 'vitest';
import { describeDateBasis } from '../../../src/lib/views/describe-date-basis.ts';

const evidence = (explanation: string) => ({ text: 'on Wednesday', source: 'content/articles/a.txt', explanation, span: null });

describe('describeDateBasis', () => {
  it('names each basis and follows it with the evidence explanation', () => {
    expect(describeDateBasis({ dateBasis: 'relative', dateEvidence: evidence('“on Wednesday” resolved to 22 August 2012.') })).toBe(
      'Counted from the publication date: “on Wednesday” resolved to 22 August 2012.',
    );
    expect(describeDateBasis({ dateBasis: 'explicit', dateEvidence: evidence('“22 août” in the body.') })).toBe(
      'Date read from the article: “22 août” in the body.',
    );
    const inferred = 'Nothing in or about the article dates it; “Prime Minister Abdulhamid Dbeibah” (Prime Minister of the Government of National Unity from 15 March 2021) and “almost a decade”, “since … 2011” (8 to 10 years after 2011: 2019 to 2021) put it in 2021.';
    expect(describeDateBasis({ dateBasis: 'inferred', dateEvidence: evidence(inferred) })).toBe(`Inferred from what the article mentions: ${inferred}`);
  });

  it('says the basis alone when there is no explanation', () => {
    expect(describeDateBasis({ dateBasis: 'publication', dateEvidence: null })).toBe('Date of publication.');
    expect(describeDateBasis({ dateBasis: 'editor', dateEvidence: evidence('  ') })).toBe('Date given by the editor.');
  });

  it('follows a date the editor gave with the editor’s note, not the explanation that repeats the date', () => {
    const given = evidence('“2021-04-16” in the editor’s metadata gives 16 April 2021.');
    expect(describeDateBasis({ dateBasis: 'editor', dateEvidence: given }, ' Dated from other reports of the visit. ')).toBe(
      'Date given by the editor: Dated from other reports of the visit.',
    );
    expect(describeDateBasis({ dateBasis: 'editor', dateEvidence: given }, null)).toBe('Date given by the editor.');
    expect(describeDateBasis({ dateBasis: 'editor', dateEvidence: given }, '')).toBe('Date given by the editor.');
  });

  it('ignores an editor’s note when the date was read from the text', () => {
    expect(describeDateBasis({ dateBasis: 'explicit', dateEvidence: evidence('“22 août” in the body.') }, 'Outlet from the masthead.')).toBe(
      'Date read from the article: “22 août” in the body.',
    );
  });

  it('explains an undated event', () => {
    expect(describeDateBasis({ dateBasis: null, dateEvidence: null })).toBe('Undated: none of the sources gives a date for it.');
  });
});
