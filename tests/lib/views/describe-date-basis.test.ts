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
    expect(describeDateBasis({ dateBasis: 'inferred', dateEvidence: evidence('the week before publication.') })).toBe(
      'Inferred: the week before publication.',
    );
  });

  it('says the basis alone when there is no explanation', () => {
    expect(describeDateBasis({ dateBasis: 'publication', dateEvidence: null })).toBe('Date of publication.');
    expect(describeDateBasis({ dateBasis: 'editor', dateEvidence: evidence('  ') })).toBe('Added by an editor.');
  });

  it('explains an undated event', () => {
    expect(describeDateBasis({ dateBasis: null, dateEvidence: null })).toBe('Undated: none of the sources gives a date for it.');
  });
});
