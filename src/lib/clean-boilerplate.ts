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
const CREDIT_WORDS = alternation(furniture.flatMap((f) => f.photoCredits));
/**
 * A photo credit: a credit word and a colon or slash ("Photo: AFP", "Фото: ТАСС"), a credit word
 * ending the line ("Архивное фото"), "©", an agency and photographer ("REUTERS/Stringer",
 * "Abdullah Doma/AFP"), or a bracketed "[Name/Agency]" closing the line.
 */
const CREDIT_WORD = new RegExp(`(?:^|[\\s(\\[|.])(?:${CREDIT_WORDS})\\s*(?:[:/]|$)`, 'iu');
const CREDIT_MARK =
  /©|(?<!\p{L})\p{Lu}{2,}\s?\/\s?\p{Lu}\p{L}+|\p{Lu}\p{Ll}+\s?\/\s?\p{Lu}{2,}(?!\p{L})|[[(][^\])]{2,60}\/[^\])]{2,60}[\])]$/u;
const isCredit = (line: string) => CREDIT_WORD.test(line) || CREDIT_MARK.test(line);
const BYLINE = new RegExp(`^(?:${alternation(furniture.flatMap((f) => f.bylines))})\\s*:?\\s+`, 'iu');
const COPYRIGHT = /©|\(c\)\s*\d{4}|copyright|all rights reserved|tous droits réservés|все права защищены/iu;
const NAV_SEPARATORS = /\s[|•›»·>/]\s|\s*\|\s*/;
const SENTENCE_END = /[.…:;]["'»”’)\]]*$/u;
/** Questions and exclamations end prose only in long lines: a short one is a headline. */
const LONG_SENTENCE_END = /[?!]["'»”’)\]]*$/u;
const MIN_LONG_PROSE_WORDS = 15;
/** A line of at most this many words that carries a full date is a date line, whatever else it says. */
const MAX_DATE_LINE_WORDS = 12;
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

/** True when a line is there to date the article: a short line with a full date, or a date with almost no words around it. */
function isDateLine(line: string, count: number): boolean {
  const dates = readDates(line).filter((date) => date.parts.year === 'stated');
  if (dates.length === 0) return false;
  if (count <= MAX_DATE_LINE_WORDS && dates.some((date) => date.precision === 'day') && !SENTENCE_END.test(line)) return true;
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
  if (/^[(/][\p{L}\s.&-]{2,40}[)/]\.?$/u.test(line) || isDateLine(line, count)) return 'meta';
  const byline = BYLINE.exec(line);
  if (byline && /^\p{Lu}/u.test(line.slice(byline[0].length)) && count <= 10 && !SENTENCE_END.test(line.replace(/\b\p{Lu}\.$/u, ''))) return 'byline';
  if (isCredit(line)) return 'caption';
  if (count >= MIN_PROSE_WORDS && SENTENCE_END.test(line)) return 'prose';
  if (count >= MIN_LONG_PROSE_WORDS && LONG_SENTENCE_END.test(line)) return 'prose';
  if ((count >= 3 && line.split(NAV_SEPARATORS).length >= 3) || /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+){2,}$/u.test(line) || count === 1) return 'nav';
  return 'short';
}

interface Line {
  text: string;
  kind: LineKind;
}

/** Fewest words in a headline. */
const MIN_HEADLINE_WORDS = 3;
/** Share of a candidate's words that must recur in the lead for it to be taken for the headline. */
const MIN_HEADLINE_OVERLAP = 0.3;
/** Words a headline shares with its lead, at the least. */
const MIN_HEADLINE_SHARED = 2;
/** Up to this many words, a line of capitalised words only is a name (a site's, a section's), not a headline. */
const MAX_NAME_WORDS = 4;

/** "The Libya Observer", "Российская газета": a short line of capitalised words, like a masthead. */
function isNameLike(text: string): boolean {
  const all = words(text);
  // Short particles may stay in lower case: "Bank of Libya", "Le Monde de l'Afrique".
  return all.length <= MAX_NAME_WORDS && all.every((word) => /^[\p{Lu}\p{N}"«“]/u.test(word) || /^\p{Ll}{1,3}$/u.test(word));
}
/** How many paragraphs of the body count as its lead. */
const LEAD_PARAGRAPHS = 3;

/** Word stems for comparing headline and lead across inflection: the first four letters, folded. */
function stems(text: string): string[] {
  return (fold(text).match(/[\p{L}\p{N}]{4,}/gu) ?? []).map((word) => word.slice(0, 4));
}

/** How many of the line's stems recur in the lead, and what share of them. */
function overlap(line: string, lead: Set<string>): { matched: number; share: number } {
  const own = stems(line);
  const matched = own.filter((stem) => lead.has(stem)).length;
  return { matched, share: own.length === 0 ? 0 : matched / own.length };
}

/**
 * Index of the headline, or -1. Above the body stand the headline and, around it, decks, bylines,
 * section names, blog names and taglines, in every order outlets use. A headline says what the lead
 * says: it is the first title-like line, not shaped like a name, whose words recur in the lead;
 * failing that, the first whose words recur there; failing that, the closest title-like line above the body.
 */
function findHeadline(lines: Line[], bodyStart: number): number {
  const lead = new Set(
    lines
      .slice(bodyStart)
      .filter((line) => line.kind === 'prose')
      .slice(0, LEAD_PARAGRAPHS)
      .flatMap((line) => stems(line.text)),
  );
  const candidates: number[] = [];
  for (let i = bodyStart - 1; i >= 0; i--) {
    const { kind, text } = lines[i] ?? { kind: 'blank', text: '' };
    if (kind === 'prose') break;
    if (kind === 'short' && words(text).length >= MIN_HEADLINE_WORDS && text.length <= 200) candidates.unshift(i);
  }
  const related = candidates.filter((i) => {
    const { matched, share } = overlap(lines[i]?.text ?? '', lead);
    return share >= MIN_HEADLINE_OVERLAP && matched >= MIN_HEADLINE_SHARED;
  });
  return related.find((i) => !isNameLike(lines[i]?.text ?? '')) ?? related[0] ?? candidates.at(-1) ?? -1;
}

/** True for a line that only credits a photo: "Photo : Abdullah DOMA / AFP". */
function isCreditOnly(line: Line | undefined): boolean {
  return line?.kind === 'caption' && words(line.text).length <= 8;
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
    const previous = lines.slice(0, i).findLast((line) => line.kind !== 'blank');
    // A short line beside a bare credit is the caption that credit belongs to.
    const besideCredit = kind === 'short' && words(text).length < 25 && (isCreditOnly(next) || isCreditOnly(previous));
    if (kind === 'meta' || kind === 'byline') metaLines.push(text);
    if (bodyStart < 0 || i < bodyStart) {
      const count = words(text).length;
      if (kind === 'caption' || besideCredit || (kind === 'short' && i < headline && count >= MIN_CAPTION_WORDS)) captions.push(text);
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
    if (kind === 'caption' || besideCredit || (kind === 'short' && next?.kind === 'caption' && words(text).length < 15)) {
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
