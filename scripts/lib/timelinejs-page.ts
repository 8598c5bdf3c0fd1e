// The reference page for `npm run compare:timelinejs`: our primary events as a TimelineJS3 embed,
// built from the files the @knight-lab/timelinejs package ships (no CDN).
import type { TimelineEvent } from '../../src/schemas/event.ts';

/** A TimelineJS date: only the parts the event's precision knows. */
export interface TimelineJsDate {
  year: string;
  month?: string;
  day?: string;
}

/** One TimelineJS slide. */
export interface TimelineJsEvent {
  unique_id: string;
  start_date: TimelineJsDate;
  text: { headline: string; text: string };
}

/** The TimelineJS JSON format (https://timeline.knightlab.com/docs/json-format.html), events only. */
export interface TimelineJsData {
  events: TimelineJsEvent[];
}

/** Splits `YYYY[-MM[-DD]]` into TimelineJS parts, cut to `precision`. */
export function toTimelineJsDate(date: string, precision: TimelineEvent['datePrecision']): TimelineJsDate {
  const [year = '', month, day] = date.split('-');
  const result: TimelineJsDate = { year };
  if (month && (precision === 'month' || precision === 'day')) result.month = month;
  if (month && day && precision === 'day') result.day = day;
  return result;
}

/** The HTML-escaped text, since TimelineJS renders `headline` and `text` as markup. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The primary events as TimelineJS slides (headline = title, text = summary). TimelineJS cannot
 * show an event without a start date, so undated ones are returned apart, to be reported.
 */
export function toTimelineJs(events: readonly TimelineEvent[]): { data: TimelineJsData; undated: TimelineEvent[] } {
  const primary = events.filter((event) => event.kind === 'primary');
  const undated = primary.filter((event) => event.date === null);
  const slides = primary.flatMap((event) =>
    event.date === null
      ? []
      : [
          {
            unique_id: event.id,
            start_date: toTimelineJsDate(event.date, event.datePrecision),
            text: { headline: escapeHtml(event.title), text: `<p>${escapeHtml(event.summary)}</p>` },
          },
        ],
  );
  return { data: { events: slides }, undated };
}

/**
 * The embed page, shaped like the package's own `dist/embed/index.html` but with the data inline
 * (no extra request for a JSON file or a Google sheet, so TimelineJS is measured at its lightest).
 * `assetBase` is the URL folder holding the package's `dist/` (`js/timeline.js`, `css/timeline.css`).
 */
export function timelineJsPage(data: TimelineJsData, assetBase: string): string {
  // `<` escaped so no text can close the script element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Russia–Libya military cooperation (TimelineJS3)</title>
<link rel="stylesheet" href="${assetBase}css/timeline.css">
<script src="${assetBase}js/timeline.js"></script>
<style>html, body { width: 100%; height: 100%; margin: 0; padding: 0; } #timeline-embed { height: 100%; }</style>
</head>
<body>
<div id="timeline-embed"></div>
<script>
// script_path must be absolute: TimelineJS resolves its font CSS against it with new URL().
window.timeline = new TL.Timeline('timeline-embed', ${json}, { script_path: new URL('${assetBase}js/', location.href).href });
</script>
</body>
</html>
`;
}
