// The data exports in dist/: events.json keeps its contract and holds every event the build report
// lists, events.csv is exactly what eventsCsv makes of events.json, rss.xml carries every primary
// event with plain-text descriptions, and the sitemap lists every event page.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { eventsCsv } from '../../src/lib/views/events-csv.ts';
import { EventsExportSchema, type EventsExport } from '../../src/schemas/event.ts';
import { BuildReportSchema } from '../../src/schemas/report.ts';

const dist = path.resolve('dist');
const read = (file: string): Promise<string> => readFile(path.join(dist, file), 'utf8');
// The same origin the build used: astro.config.mjs reads SITE_URL, and a change of it rebuilds dist/.
const site = config.site;
if (!site) throw new Error('astro.config.mjs sets no site: events.csv and rss.xml need it');

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      records.push([...record, field]);
      record = [];
      field = '';
      i += 1;
    } else field += char;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/** The text of every `<tag>` element, entities left as written. */
const elementTexts = (xml: string, tag: string): string[] =>
  [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((match) => match[1] ?? '');

let json: EventsExport;
beforeAll(async () => {
  json = EventsExportSchema.parse(JSON.parse(await read('events.json')));
});

describe('events.json', () => {
  it('validates against EventsExportSchema and has events', () => {
    expect(json.events.length).toBeGreaterThan(0);
  });

  it('holds exactly the events the build report lists under its files, primary and background', async () => {
    const report = BuildReportSchema.parse(JSON.parse(await read('build-report.json')));
    // An event merged from several articles may be listed under each of them: counted once.
    const reported = [...new Set(report.files.flatMap((file) => file.events))].sort();
    expect(json.events.length).toBe(reported.length);
    expect(json.events.map((event) => event.id).sort()).toEqual(reported);
  });
});

describe('parseCsv (the test’s own reader)', () => {
  it('reads quoted commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b, c","say ""hi""","x\r\ny"\r\n,last\r\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'x\r\ny'],
      ['', 'last'],
    ]);
  });
});

describe('events.csv', () => {
  it('is exactly eventsCsv of events.json, as src/pages/events.csv.ts writes it', async () => {
    expect(await read('events.csv')).toBe(eventsCsv(json.events, json.actors, site));
  });

  it('reads back to one row per event of events.json, same ids in the same order', async () => {
    const [header, ...rows] = parseCsv((await read('events.csv')).slice(1));
    expect(header?.[0]).toBe('id');
    expect(rows.every((row) => row.length === header?.length)).toBe(true);
    expect(rows.map((row) => row[0])).toEqual(json.events.map((event) => event.id));
    const urlColumn = header?.indexOf('url') ?? -1;
    expect(rows.map((row) => row[urlColumn])).toEqual(json.events.map((event) => new URL(`/events/${event.id}/`, site).href));
  });
});

describe('rss.xml', () => {
  it('links every primary event, latest added first, and no background one', async () => {
    const rss = await read('rss.xml');
    const itemLinks = [...rss.matchAll(/<item>[\s\S]*?<\/item>/g)].flatMap((item) => elementTexts(item[0], 'link'));
    const primary = json.events.filter((event) => event.kind === 'primary').sort((a, b) => b.added.order - a.added.order);
    expect(primary.length).toBeGreaterThan(0);
    expect(itemLinks).toEqual(primary.map((event) => new URL(`/events/${event.id}/`, site).href));
  });

  it('writes every description as escaped text: no raw `<`, so no markup and no CDATA', async () => {
    const rss = await read('rss.xml');
    const descriptions = [...rss.matchAll(/<description>([\s\S]*?)<\/description>/g)].map((match) => match[1] ?? '');
    const primary = json.events.filter((event) => event.kind === 'primary');
    // The channel's own description, then one per item.
    expect(descriptions.length).toBe(primary.length + 1);
    expect(descriptions.filter((description) => description.includes('<'))).toEqual([]);
  });
});

describe('sitemap', () => {
  it('has an index whose sitemaps list every event page', async () => {
    const index = await read('sitemap-index.xml');
    const sitemaps = elementTexts(index, 'loc');
    expect(sitemaps.length).toBeGreaterThan(0);
    const pages = new Set<string>();
    for (const sitemap of sitemaps) {
      const file = new URL(sitemap).pathname.slice(1);
      for (const loc of elementTexts(await read(file), 'loc')) pages.add(loc);
    }
    const missing = json.events.map((event) => new URL(`/events/${event.id}/`, site).href).filter((url) => !pages.has(url));
    expect(missing).toEqual([]);
    expect(pages.has(new URL('/', site).href)).toBe(true);
  });
});
