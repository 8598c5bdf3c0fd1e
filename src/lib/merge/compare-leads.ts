// Which report of a happening leads it: its id, title, summary, language and date are the event's.
import { compareDating, type DatedReport } from './compare-dating.ts';

/**
 * The lead first: an article's own news before a dated reference to it (its headline is a headline, not a cut
 * sentence, and a background reference joins the event another article reports), then by `compareDating`.
 */
export function compareLeads(a: DatedReport, b: DatedReport): number {
  return (a.kind === 'primary' ? 0 : 1) - (b.kind === 'primary' ? 0 : 1) || compareDating(a, b);
}
