// Which report dates a happening best.
import type { DateBasis, DatePrecision, DraftEvent } from '../../schemas/event.ts';
import { compareCodePoints } from './compare-code-points.ts';
import { reportKey } from './report-key.ts';

/** What the order reads of a report. */
export type DatedReport = Pick<DraftEvent, 'kind' | 'date' | 'datePrecision' | 'dateBasis' | 'sources'>;

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };
/** An editor's date wins over the text's, as everywhere in the build; a date read in the text over one counted from publication. */
const BASIS_RANK: Record<DateBasis, number> = { editor: 0, explicit: 1, relative: 2, publication: 3, inferred: 4 };
const UNKNOWN = 9;

/** Finest date first (undated last), then best basis, then earliest published (unknown last), then report key: a total order. */
export function compareDating(a: DatedReport, b: DatedReport): number {
  return (
    (a.datePrecision ? PRECISION_RANK[a.datePrecision] : UNKNOWN) - (b.datePrecision ? PRECISION_RANK[b.datePrecision] : UNKNOWN) ||
    (a.dateBasis ? BASIS_RANK[a.dateBasis] : UNKNOWN) - (b.dateBasis ? BASIS_RANK[b.dateBasis] : UNKNOWN) ||
    compareCodePoints(a.sources[0]?.published ?? '\uffff', b.sources[0]?.published ?? '\uffff') ||
    compareCodePoints(reportKey(a), reportKey(b))
  );
}
