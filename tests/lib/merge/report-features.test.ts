import { describe, expect, it } from 'vitest';
import type { ActorType } from '../../../src/schemas/actor.ts';
import { foldWording, reportFeatures } from '../../../src/lib/merge/report-features.ts';
import { draft } from './support/reports.ts';

const types = new Map<string, ActorType>([
  ['khalifa-haftar', 'person'],
  ['yevgeny-prigozhin', 'person'],
  ['russia', 'state'],
  ['tass', 'media'],
]);
const file = 'content/articles/analysis.txt';
const opening = 'Since the death of Yevgeny Prigozhin in August 2023, the ministry has taken over Wagner’s networks.';

describe('reportFeatures', () => {
  const primary = draft(file, {
    date: null,
    title: 'How Moscow recycled Wagner in Libya',
    summary: `${opening} Its new instrument is the Africa Corps, deployed at al-Jufra.`,
    actors: ['yevgeny-prigozhin', 'khalifa-haftar', 'russia', 'tass', 'someone-provisional'],
  });
  const reference = draft(file, {
    kind: 'background',
    date: '2023-08',
    datePrecision: 'month',
    summary: opening,
    actors: ['yevgeny-prigozhin'],
    dateEvidence: { text: 'in August 2023', source: file, explanation: '', span: null },
  });

  it('reads a primary event’s headline and lead, less the sentences its own dated references stand in', () => {
    const features = reportFeatures(primary, [primary, reference], types);
    expect({
      ...features,
      actors: [...features.actors],
      kinds: [...features.kinds],
      places: [...features.places],
      seats: [...features.seats],
      numbers: [...features.numbers],
    }).toEqual({
      key: file,
      file,
      primary: true,
      date: null,
      precision: null,
      basis: null,
      // A medium reports and weighs nothing; an actor the registry lacks weighs as an organisation.
      actors: [
        ['yevgeny-prigozhin', 10],
        ['khalifa-haftar', 10],
        ['russia', 1],
        ['someone-provisional', 5],
      ],
      kinds: ['deployment'],
      places: ['al-jufra'],
      // "How Moscow recycled…": a seat that does not open its clause is read as a place.
      seats: ['russia'],
      numbers: [],
      // A headline may be a stock one: only dated references compare their words.
      wording: null,
    });
  });

  it('reads a background event’s kind in the clause around its date', () => {
    const features = reportFeatures(reference, [primary, reference], types);
    expect([features.key, features.primary, [...features.kinds]]).toEqual([`${file}#2023-08`, false, ['death']]);
  });

  it('folds a dated reference’s sentence to its words, so that a reused paragraph reads the same', () => {
    expect(reportFeatures(reference, [primary, reference], types).wording).toBe(foldWording(reference.summary));
    expect(foldWording('The Government of National Unity was formed in March 2021, under a UN-led process.')).toBe(
      foldWording('The  Government of National Unity was formed in March 2021 under a UN-led process'),
    );
    expect(foldWording('Le gouvernement d’unité nationale a été formé en mars 2021.')).toBe('le gouvernement d unité nationale a été formé en mars 2021');
  });
});
