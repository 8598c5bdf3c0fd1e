// Small builders for the merge tests: a report's features, or a draft event, with only the fields a test cares about.
import type { DraftEvent } from '../../../../src/schemas/event.ts';
import type { ReportFeatures } from '../../../../src/lib/merge/report-features.ts';

/** Features of a primary report dated 12 March 2025 (explicit), naming nobody: `overrides` set what the test is about. */
export function features(overrides: Partial<ReportFeatures> & Pick<ReportFeatures, 'key'>): ReportFeatures {
  return {
    file: overrides.key.split('#')[0] ?? overrides.key,
    primary: !overrides.key.includes('#'),
    date: '2025-03-12',
    precision: 'day',
    basis: 'explicit',
    actors: new Map(),
    kinds: new Set(),
    places: new Set(),
    seats: new Set(),
    numbers: new Set(),
    wording: null,
    ...overrides,
  };
}

/** A person (10), an armed group (10), an organisation (5), a state (1): actor weights as `actorWeight` gives them. */
export const weights = { person: 10, armedGroup: 10, organization: 5, state: 1 } as const;

/** A draft primary event of `file`, dated 12 March 2025 (explicit), in English; its source reports the event's own date. */
export function draft(file: string, overrides: Partial<DraftEvent> = {}): DraftEvent {
  const date = overrides.date === undefined ? '2025-03-12' : overrides.date;
  const precision = overrides.datePrecision === undefined ? (date === null ? null : 'day') : overrides.datePrecision;
  const basis = overrides.dateBasis === undefined ? (date === null ? null : 'explicit') : overrides.dateBasis;
  const explanation = `“${date}” in ${file}.`;
  return {
    id: `${date ?? 'undated'}-${file.replace(/^content\/articles\//, '').replace(/\.txt$/, '')}`,
    date,
    datePrecision: precision,
    dateBasis: basis,
    kind: 'primary',
    title: `Title of ${file}`,
    summary: `Summary of ${file}.`,
    language: 'en',
    actors: [],
    claims: [],
    sources: [
      {
        file,
        title: `Title of ${file}`,
        outlet: `Outlet of ${file}`,
        url: null,
        published: date,
        language: 'en',
        reportedDate: date === null || precision === null || basis === null ? null : { date, precision, basis, explanation },
      },
    ],
    dateEvidence: date === null ? null : { text: date, source: file, explanation, span: { start: 0, end: 10 } },
    ...overrides,
  };
}
