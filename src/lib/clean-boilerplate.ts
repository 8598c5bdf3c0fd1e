// Separates the article from what a copy-paste brings along: navigation, share bars, datelines,
// bylines, captions, "Related" lists, taglines and copyright lines. The rules are positional and
// typographic, not lists of known strings: the body runs from the first to the last line of
// prose (a sentence-punctuated line of several words); the headline is the nearest title-like
// line above it; what stands before the headline or after the body is furniture. Only the
// vocabulary of furniture ("Related", "Photo:", "cookies") comes from the locale dictionaries.
import type { RemovedText } from '../schemas/source.ts';
import type { Article } from './article.ts';
import { locales } from './locales/index.ts';
import { readDates } from './read-dates.ts';

type LineKind =
  | 'blank' // nothing but white space
  | 'junk' // no letter or digit: "|", "***"
  | 'chrome' // share bars, cookie notices, subscriptions, copyright
  | 'marker' // "Related Articles", "Lire aussi :", "Читайте также"
  | 'meta' // a dateline or date line, an outlet credit "(Xinhua)"
  | 'byline' // "By John Smith", "Reporting by …"
  | 'caption' // a photo caption carrying a credit: "… Photo: AFP"
  | 'nav' // a menu line: "World | Africa | Europe", "AfricaEuropeWar"
  | 'prose' // a line of running text
  | 'short'; // anything else: headlines, subheadings, list items

/** Fewest words in a line of running text. */
const MIN_PROSE_WORDS = 6;
/** A line this long without sentence punctuation before the headline is a caption shown above it. */
const MIN_CAPTION_WORDS = 8;

const furniture = locales.map((locale) => locale.furniture);
const fold = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[’`]/g, "'");
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) => [...new Set(words.map(fold))].sort((a, b) => b.length - a.length).map(escape).join('|');

const MARKER = new RegExp(`^(?:${alternation(furniture.flatMap((f) => f.sectionMarkers))})\\s*(?::|$|[-–—»›>])`, 'u');
const CHROME = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(furniture.flatMap((f) => f.chrome))})(?![\\p{L}\\p{N}])`, 'gu');
const CREDIT = new RegExp(`(?:^|[\\s(\\[|])(?:${alternation(furniture.flatMap((f) => f.photoCredits))})\\s*[:/]|©|\\b\\p{Lu}{2,}(?:\\s\\p{Lu}{2,})?\\s?/\\s?\\p{Lu}\\p{L}+\\s\\p{Lu}`, 'u');
const BYLINE = new RegExp(`^(?:${alternation(furniture.flatMap((f) => f.bylines))})\\s*:?\\s+\\p{Lu}`, 'u');
const COPYRIGHT = /©|\(c\)\s*\d{4}|copyright|all rights reserved|tous droits réservés|все права защищены/iu;
const NAV_SEPARATORS = /\s[|•›»·>/]\s|\s*\|\s*/;
const SENTENCE_END = /[.!?…:;]["'»”’)\]]*$/u;
const TIME = /\b\d{1,2}[:h.]\d{2}(?:\s?[ap]\.?m\.?)?\b|\b\d{1,2}\s?[ap]\.?m\.?\b|\b(?:at|à|в)\b|\b(?:gmt|utc|msk|мск)\b/giu;
const DATELINE_LABELS = new RegExp(`(?<![\\p{L}])(?:${alternation(locales.flatMap((l) => l.dates.datelineLabels))})(?![\\p{L}])`, 'gu');

const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));

/** White space folded, invisible characters dropped, light Markdown markup undone. */
function normalizeLine(line: string, markdown: boolean): string {
  let text = line.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/[\s\u00a0\u2007\u202f]+/gu, ' ').trim();
  if (markdown) {
    text = text
      .replace(/^#{1,6}\s+/, '')
      .replace(/^>\s?/, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__)(.+?)\1/g, '$2');
  }
  return text;
}

/** True when, dates and times taken out, a line has almost no words left: a date line. */
function isDateLine(line: string): boolean {
  const dates = readDates(line).filter((date) => date.precision === 'day' || date.parts.year === 'stated');
  if (dates.length === 0) return false;
  let rest = line;
  for (const date of [...dates].reverse()) rest = rest.slice(0, date.start) + ' ' + rest.slice(date.end);
  rest = fold(rest).replace(TIME, ' ').replace(DATELINE_LABELS, ' ');
  return words(rest).length <= 3;
}

/** What a line is, judged on its own. */
export function classifyLine(line: string): LineKind {
  if (line.length === 0) return 'blank';
  if (!/[\p{L}\p{N}]/u.test(line)) return 'junk';
  const folded = fold(line);
  const count = words(line).length;
  const chromeHits = new Set(folded.match(CHROME) ?? []).size;
  if (MARKER.test(folded) && count <= 14) return 'marker';
  if ((chromeHits > 0 && count <= 8) || chromeHits >= 2 || (COPYRIGHT.test(line) && count <= 24)) return 'chrome';
  if (/^[(/][\p{L}\s.&-]{2,40}[)/]\.?$/u.test(line) || isDateLine(line)) return 'meta';
  if (BYLINE.test(line) && count <= 10 && !SENTENCE_END.test(line.replace(/\b\p{Lu}\.$/u, ''))) return 'byline';
  if (CREDIT.test(line)) return 'caption';
  if (count >= MIN_PROSE_WORDS && SENTENCE_END.test(line)) return 'prose';
  if ((count >= 3 && line.split(NAV_SEPARATORS).length >= 3) || /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+){2,}$/u.test(line) || count === 1) return 'nav';
  return 'short';
}

interface Line {
  text: string;
  kind: LineKind;
}

/** Index of the headline: the nearest title-like line above the body, past meta lines and captions. */
function findHeadline(lines: Line[], bodyStart: number): number {
  for (let i = bodyStart - 1; i >= 0; i--) {
    const { kind, text } = lines[i] ?? { kind: 'blank', text: '' };
    if (kind === 'short' && words(text).length >= 3 && text.length <= 200) return i;
    if (kind === 'prose' || kind === 'marker') return -1;
  }
  return -1;
}

/** The first sentence of the body, cut at a word boundary: the title of an article with no headline. */
function titleFromBody(body: string): string {
  const sentence = /^.+?[.!?…](?=\s|$)/u.exec(body)?.[0] ?? body;
  if (sentence.length <= 110) return sentence.replace(/[.…]$/u, '');
  const cut = sentence.slice(0, 110);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 110)}…`;
}

const REASONS: Partial<Record<LineKind, string>> = {
  junk: 'separator',
  chrome: 'site furniture',
  marker: 'related links',
  meta: 'date line',
  byline: 'byline',
  nav: 'navigation',
};

/** Splits the article body into headline, meta lines, captions, cleaned text and removed text. */
export function cleanBoilerplate(article: Article): Article {
  const markdown = article.file.toLowerCase().endsWith('.md');
  const lines: Line[] = article.body.split('\n').map((raw) => {
    const text = normalizeLine(raw, markdown);
    return { text, kind: classifyLine(text) };
  });
  const proseIndexes = lines.flatMap((line, i) => (line.kind === 'prose' ? [i] : []));
  // With no line of prose at all (a one-paragraph note), every plain line is taken for body.
  const bodyStart = proseIndexes[0] ?? lines.findIndex((line) => line.kind === 'short');
  const bodyEnd = proseIndexes.at(-1) ?? lines.findLastIndex((line) => line.kind === 'short');
  const headline = bodyStart >= 0 ? findHeadline(lines, bodyStart) : -1;

  const body: string[] = [];
  const captions: string[] = [];
  const metaLines: string[] = [];
  const removed: RemovedText[] = [];
  const seen = new Set<string>();
  let inLinkBlock = false;

  lines.forEach(({ text, kind }, i) => {
    if (kind === 'blank' || i === headline) return;
    const next = lines.slice(i + 1).find((line) => line.kind !== 'blank');
    if (kind === 'meta' || kind === 'byline') metaLines.push(text);
    if (bodyStart < 0 || i < bodyStart) {
      const count = words(text).length;
      if (kind === 'caption' || (kind === 'short' && i < headline && count >= MIN_CAPTION_WORDS)) captions.push(text);
      // A standfirst without a full stop, between headline and body, belongs to the article.
      else if (kind === 'short' && headline >= 0 && i > headline) body.push(text);
      else removed.push({ text, reason: REASONS[kind] ?? (i < headline ? 'before the headline' : 'site furniture') });
      return;
    }
    if (i > bodyEnd) {
      removed.push({ text, reason: REASONS[kind] ?? (kind === 'caption' ? 'caption' : 'after the article') });
      return;
    }
    if (kind === 'marker') inLinkBlock = !/[:»›>-]\s*\S/u.test(text);
    if (kind === 'prose') inLinkBlock = false;
    if (inLinkBlock || kind === 'marker') {
      removed.push({ text, reason: 'related links' });
      return;
    }
    // A short line just above a credited caption is the caption's first line.
    if (kind === 'caption' || (kind !== 'prose' && next?.kind === 'caption' && words(text).length < 15)) {
      captions.push(text);
      return;
    }
    const reason = REASONS[kind];
    if (reason) {
      removed.push({ text, reason });
      return;
    }
    const key = fold(text);
    if (seen.has(key)) {
      removed.push({ text, reason: 'repeated paragraph' });
      return;
    }
    seen.add(key);
    body.push(text);
  });

  const text = body.join('\n\n');
  const headlineText = headline >= 0 ? (lines[headline]?.text ?? '') : '';
  return {
    ...article,
    title: article.editor.title ?? (headlineText || titleFromBody(text)),
    text,
    metaLines,
    captions,
    removed,
  };
}
