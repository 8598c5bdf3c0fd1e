// Several reports of one happening as one event: the lead's headline and date, everyone's actors,
// claims and sources, each source keeping the date its own report gave.
import type { Claim, DraftEvent, EventSource } from '../../schemas/event.ts';
import { compareCodePoints } from './compare-code-points.ts';
import { compareDating } from './compare-dating.ts';
import { compareLeads } from './compare-leads.ts';

/** How a reader knows a source: its outlet and headline. */
const label = (source: EventSource | undefined) => (source ? `${source.outlet ?? 'an unnamed outlet'}, “${source.title}”` : 'another report');

const claimKey = (claim: Claim) => `${claim.source}\u0000${claim.sentence.start}\u0000${claim.text}`;

/** The date fields of the event: the lead's, or when it has none, the best-dated report's, marked `inferred`. */
function dating(lead: DraftEvent, ranked: readonly DraftEvent[]): Pick<DraftEvent, 'date' | 'datePrecision' | 'dateBasis' | 'dateEvidence'> {
  const fields = { date: lead.date, datePrecision: lead.datePrecision, dateBasis: lead.dateBasis, dateEvidence: lead.dateEvidence };
  if (lead.date !== null) return fields;
  const dated = ranked.filter((report) => report.date !== null).sort(compareDating)[0];
  if (!dated?.date) return fields;
  const from = label(dated.sources[0]);
  return {
    date: dated.date,
    datePrecision: dated.datePrecision,
    dateBasis: 'inferred',
    dateEvidence: dated.dateEvidence && {
      ...dated.dateEvidence,
      explanation: `No date in ${label(lead.sources[0])}; dated by its merge with ${from}: ${dated.dateEvidence.explanation}`,
    },
  };
}

/**
 * One event from the reports of one happening (every one from a different article). The lead (`compareLeads`) gives
 * its id, kind, title, summary, language and date; actors and claims are everyone's, lead's first; sources are all,
 * by file; `mentionedBy` is left to the caller. A source whose report has no date takes the event's, basis
 * `inferred`, naming the report it came from.
 */
export function combineReports(reports: readonly DraftEvent[]): DraftEvent {
  const ranked = [...reports].sort(compareLeads);
  const lead = ranked[0];
  if (!lead) throw new Error('combineReports needs at least one report');
  const dated = dating(lead, ranked);
  // The report the event's date was read from, named to the sources that had none.
  const datedBy = ranked.find((report) => report.sources[0]?.file === dated.dateEvidence?.source) ?? lead;
  const sources = ranked
    .flatMap((report) => report.sources)
    .map((source): EventSource => {
      if (source.reportedDate || !dated.date || !dated.datePrecision) return source;
      const explanation = `No date of its own; dated by its merge with ${label(datedBy.sources[0])}.`;
      return { ...source, reportedDate: { date: dated.date, precision: dated.datePrecision, basis: 'inferred', explanation } };
    })
    .sort((a, b) => compareCodePoints(a.file, b.file));
  const claims = new Map(ranked.flatMap((report) => report.claims).map((claim) => [claimKey(claim), claim]));
  // `mentionedBy` names events by id, which only the whole merge knows: merge-events sets it.
  const { mentionedBy: _byLead, ...rest } = lead;
  return { ...rest, ...dated, actors: [...new Set(ranked.flatMap((report) => report.actors))], claims: [...claims.values()], sources };
}
