// `/events.csv`: one row per event, built to open cleanly in a spreadsheet (RFC 4180, UTF-8 with a
// byte-order mark so Excel does not guess a legacy code page, CRLF line ends).
import type { Actor } from '../../schemas/actor.ts';
import type { TimelineEvent } from '../../schemas/event.ts';
import { orderEvents } from '../order-events.ts';
import { eventPath } from './page-paths.ts';

/** The header row, in column order. */
export const EVENTS_CSV_COLUMNS = [
  'id',
  'date',
  'datePrecision',
  'dateBasis',
  'kind',
  'title',
  'summary',
  'language',
  'actors',
  'actor_ids',
  'claims',
  'sources',
  'source_files',
  'url',
] as const;

/** Separator inside a cell that lists several values (actors, outlets, files). */
const LIST_SEPARATOR = '; ';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Spreadsheets run a cell that starts with one of these as a formula, so an article title such as
 * `=HYPERLINK("http://evil", "click")` would become live in the reader's Excel or LibreOffice
 * (CSV/formula injection, OWASP). Tab and carriage return are on OWASP's list too: some programs
 * strip them and then see the formula behind them.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/** A cell's text made inert for spreadsheets: a leading apostrophe keeps a formula-like value as text. */
export function guardFormula(value: string): string {
  return FORMULA_TRIGGER.test(value) ? `'${value}` : value;
}

/** One cell per RFC 4180: quoted (with inner quotes doubled) when it holds a quote, comma or line break. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One record: guarded, quoted cells joined by commas (no line end). */
export function csvRecord(values: readonly string[]): string {
  return values.map((value) => csvCell(guardFormula(value))).join(',');
}

/** The cells of one event's row, in `EVENTS_CSV_COLUMNS` order; unknown actor ids stand for their names. */
export function eventCsvValues(event: TimelineEvent, actorNames: ReadonlyMap<string, string>, site: URL | string): string[] {
  return [
    event.id,
    event.date ?? '',
    event.datePrecision ?? '',
    event.dateBasis ?? '',
    event.kind,
    event.title,
    event.summary,
    event.language,
    event.actors.map((id) => actorNames.get(id) ?? id).join(LIST_SEPARATOR),
    event.actors.join(LIST_SEPARATOR),
    String(event.claims.length),
    // Positional with source_files: an unknown outlet stays an empty item rather than shifting the list.
    event.sources.map((source) => source.outlet ?? '').join(LIST_SEPARATOR),
    event.sources.map((source) => source.file).join(LIST_SEPARATOR),
    new URL(eventPath(event.id), site).href,
  ];
}

/** The whole file: BOM, header, one row per event in timeline order, every record ended by CRLF. */
export function eventsCsv(events: readonly TimelineEvent[], actors: readonly Actor[], site: URL | string): string {
  const actorNames = new Map(actors.map((actor) => [actor.id, actor.name]));
  const records = [
    csvRecord(EVENTS_CSV_COLUMNS),
    ...orderEvents(events).map((event) => csvRecord(eventCsvValues(event, actorNames, site))),
  ];
  return BOM + records.map((record) => record + CRLF).join('');
}
