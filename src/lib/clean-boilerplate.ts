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
import { truncate } from './truncate.ts';
import { isSpaceAt, LETTER_OR_DIGIT, wordCharLength } from './word-characters.ts';
import { alternation, foldLine } from './word-patterns.ts';

type LineKind =
  | 'blank' // nothing but white space
  | 'junk' // no letter or digit ("|", "***"), or a page's code or markup pasted as text
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
/** Most words in a site notice (a cookie banner, a subscription pitch). */
const MAX_NOTICE_WORDS = 40;
/** Most words in a byline: "Reporting by …; Writing by …; Editing by …" runs long. */
const MAX_BYLINE_WORDS = 30;
/** A line this long without sentence punctuation before the headline is a caption shown above it. */
const MIN_CAPTION_WORDS = 8;

const furniture = locales.map((locale) => locale.furniture);

const MARKER = new RegExp(`^(?:${alternation(furniture.flatMap((f) => f.sectionMarkers))})\\s*(?::|$|[-–—»›>])`, 'u');
const NOTICE_WORDS = alternation(furniture.flatMap((f) => f.notices));
const NOTICE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NOTICE_WORDS})(?![\\p{L}\\p{N}])`, 'u');
const CHROME_WORDS = alternation(furniture.flatMap((f) => f.chrome));
const CHROME = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CHROME_WORDS})(?![\\p{L}\\p{N}])`, 'gu');
// Speed: the same words without the look-behind in front, which costs the engine its quick scan
// for a first letter (half the time, on every line). A line they are not in has no notice or chrome.
const NOTICE_SEEN = new RegExp(`(?:${NOTICE_WORDS})(?![\\p{L}\\p{N}])`, 'u');
const CHROME_SEEN = new RegExp(`(?:${CHROME_WORDS})(?![\\p{L}\\p{N}])`, 'u');
const CREDIT_WORDS = alternation(furniture.flatMap((f) => f.photoCredits));
/**
 * A photo credit: a credit word and a colon or slash ("Photo: AFP", "Фото: ТАСС"), a credit word
 * ending the line ("Архивное фото"), "©", an agency and photographer ("REUTERS/Stringer",
 * "Abdullah Doma/AFP"), or a bracketed "[Name/Agency]" closing the line.
 */
const CREDIT_WORD = new RegExp(`(?:^|[\\s(\\[|.])(?:${CREDIT_WORDS})\\s*(?:[:/]|$)`, 'iu');
const CREDIT_MARK =
  /©|(?<!\p{L})\p{Lu}{2,}\s?\/\s?\p{Lu}\p{L}+|\p{Lu}\p{Ll}+\s?\/\s?\p{Lu}{2,}(?!\p{L})|[[(][^\])]{2,60}\/[^\])]{2,60}[\])]$/u;
// Speed: every credit mark but "©" has a slash, and most lines have neither.
const isCredit = (line: string) => CREDIT_WORD.test(line) || ((line.includes('/') || line.includes('©')) && CREDIT_MARK.test(line));
const BYLINE = new RegExp(`^(?:${alternation(furniture.flatMap((f) => f.bylines))})\\s*:?\\s+`, 'iu');
const COPYRIGHT = /©|\(c\)\s*\d{4}|copyright/iu;
const NAV_SEPARATORS = /\s[|•›»·>/]\s|\s*\|\s*/;
const SENTENCE_END = /[.…:;]["'»”’)\]]*$/u;
/** Questions and exclamations end prose only in long lines: a short one is a headline. */
const LONG_SENTENCE_END = /[?!]["'»”’)\]]*$/u;
const MIN_LONG_PROSE_WORDS = 15;
/** Words a date line may carry besides its date, labels and time: "Register", a place. */
const MAX_WORDS_BESIDE_DATE = 2;
/** A line of at most this many words that carries a full date is a date line, whatever else it says. */
const MAX_DATE_LINE_WORDS = 12;
/** The most words one written date takes, weekday, labels and time included ("le jeudi 12 janvier 2017 à 16h40"). */
const MAX_WORDS_PER_DATE = 8;
const TIME = /\b\d{1,2}[:h.]\d{2}(?:\s?[ap]\.?m\.?)?\b|\b\d{1,2}\s?[ap]\.?m\.?\b|\b(?:at|à|в)\b|\b(?:gmt|utc|msk|мск)\b/giu;
const DATELINE_LABELS = new RegExp(`(?<![\\p{L}])(?:${alternation(locales.flatMap((l) => l.dates.datelineLabels))})(?![\\p{L}])`, 'gu');

/** Characters of program code and markup; prose has a few brackets at most. */
const CODE_SYMBOLS = /[{}[\]();=<>_\\|$]/g;
/**
 * A line at least this long whose non-space characters are this much code symbols is a page's scripts or markup
 * pasted with the article ("window.dataLayer … function(e){return …"): measured, prose lines of 150 characters and
 * more stay under 3 %, a pasted page source runs from 9 % up.
 */
const MIN_CODE_LINE = 200;
const MIN_CODE_SHARE = 0.06;
const isCode = (line: string): boolean =>
  line.length >= MIN_CODE_LINE && (line.match(CODE_SYMBOLS)?.length ?? 0) >= MIN_CODE_SHARE * line.replace(/\s/gu, '').length;

const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
/** How many `words` a text has: runs between white space that hold a letter or digit. Speed: counted by table, without splitting. */
function wordCount(text: string): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceAt(text, i)) counted = false;
    else if (!counted && wordCharLength(text, i, LETTER_OR_DIGIT) !== 0) {
      count++;
      counted = true;
    }
  }
  return count;
}
/** White space other than a single plain space: what `normalizeLine` has to fold. */
const UNFOLDED_SPACE = /[^\S ]| {2}/;

/** White space folded, invisible characters dropped, light Markdown markup undone. */
function normalizeLine(line: string, markdown: boolean): string {
  let text = line.replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
  // Speed: most lines are spaced by single spaces already, and folding them would rebuild the string for nothing.
  if (UNFOLDED_SPACE.test(text)) text = text.replace(/[\s\u00a0\u2007\u202f]+/gu, ' ');
  text = text.trim();
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
  // Every date with a stated year has its year in four digits: most lines are ruled out without parsing.
  if (!/\d{4}/.test(line)) return false;
  // Each date needs a run of digits; a line with more words than its dates could fill is prose,
  // and ruling it out here keeps date parsing off the body's long paragraphs.
  const digitRuns = line.match(/\d+/g)?.length ?? 0;
  if (count > MAX_DATE_LINE_WORDS && count > MAX_WORDS_BESIDE_DATE + MAX_WORDS_PER_DATE * digitRuns) return false;
  const dates = readDates(line).filter((date) => date.parts.year === 'stated');
  if (dates.length === 0) return false;
  if (count <= MAX_DATE_LINE_WORDS && dates.some((date) => date.precision === 'day') && !SENTENCE_END.test(line)) return true;
  let rest = line;
  for (const date of [...dates].reverse()) rest = rest.slice(0, date.start) + ' ' + rest.slice(date.end);
  rest = foldLine(rest).replace(TIME, ' ').replace(DATELINE_LABELS, ' ');
  return wordCount(rest) <= MAX_WORDS_BESIDE_DATE;
}

/** True for a share bar, a cookie notice, a subscription pitch or a copyright line; `folded` is the line's `foldLine`. */
function isChrome(line: string, folded: string, count: number): boolean {
  // Speed: the word lists are scanned only where their hits could count; a long line closed by a stop,
  // as prose is, can be chrome only as a notice, and a notice only up to its length.
  const chromeMayCount = count <= 8 || !SENTENCE_END.test(line);
  if (chromeMayCount && CHROME_SEEN.test(folded)) {
    const chromeHits = new Set(folded.match(CHROME) ?? []).size;
    if ((chromeHits > 0 && count <= 8) || (chromeHits >= 2 && !SENTENCE_END.test(line))) return true;
  }
  return count <= MAX_NOTICE_WORDS && ((NOTICE_SEEN.test(folded) && NOTICE.test(folded)) || COPYRIGHT.test(line));
}

/** What a line is, judged on its own; `count` is its number of words and `folded` its `foldLine`, when the caller has them. */
export function classifyLine(line: string, count = wordCount(line), folded = foldLine(line)): LineKind {
  if (line.length === 0) return 'blank';
  if (!/[\p{L}\p{N}]/u.test(line) || isCode(line)) return 'junk';
  if (MARKER.test(folded) && count <= 14) return 'marker';
  if (isChrome(line, folded, count)) return 'chrome';
  if (/^[(/][\p{L}\s.&-]{2,40}[)/]\.?$/u.test(line) || isDateLine(line, count)) return 'meta';
  const byline = BYLINE.exec(line);
  if (byline && /^\p{Lu}/u.test(line.slice(byline[0].length)) && count <= MAX_BYLINE_WORDS && !SENTENCE_END.test(line.replace(/\b\p{Lu}\.$/u, ''))) return 'byline';
  if (isCredit(line)) return 'caption';
  if (count >= MIN_PROSE_WORDS && SENTENCE_END.test(line)) return 'prose';
  if (count >= MIN_LONG_PROSE_WORDS && LONG_SENTENCE_END.test(line)) return 'prose';
  if ((count >= 3 && line.split(NAV_SEPARATORS).length >= 3) || /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+){2,}$/u.test(line) || count === 1) return 'nav';
  return 'short';
}

interface Line {
  text: string;
  kind: LineKind;
  /** Its number of words (`words`), counted once: the rules below ask for it again and again. */
  count: number;
  /** Its `foldLine`, folded once: classifying, comparing with the lead and spotting repeats all read it. */
  folded: string;
}

/** Fewest words in a headline. */
const MIN_HEADLINE_WORDS = 3;
/** Share of a line's words that must recur in the lead for it to speak of what the article says. */
const MIN_LEAD_SHARE = 0.3;
/** Words such a line shares with the lead, at the least. */
const MIN_LEAD_SHARED = 2;
/** How many paragraphs of the body count as its lead. */
const LEAD_PARAGRAPHS = 3;
/** Up to this many words, a line of capitalised words only is a name (a site's, a section's, a byline), not a headline. */
const MAX_NAME_WORDS = 4;
/** Most words in a line that only credits a photo: "Photo : Abdullah DOMA / AFP". */
const MAX_CREDIT_WORDS = 8;
/** Most words in a caption written above its credit, and below it. */
const MAX_CAPTION_ABOVE_CREDIT = 20;
const MAX_CAPTION_BELOW_CREDIT = 25;
/** Fewer words than this in a line over a credited caption make it that caption's first line. */
const MAX_CAPTION_HEAD_WORDS = 15;

/** "The Libya Observer", "Андрей Гаврилов", "Luc Baumann, Moscou": a short line of capitalised words. */
function isNameLike(text: string): boolean {
  const all = words(text);
  // Short particles may stay in lower case: "Bank of Libya", "Mark Haldane in Moscow".
  return all.length <= MAX_NAME_WORDS && all.every((word) => /^[\p{Lu}\p{N}"«“]/u.test(word) || /^\p{Ll}{1,3}$/u.test(word));
}

/** Word stems for comparing a line with the lead across inflection: the first four letters of a folded (`foldLine`) text. */
function stems(folded: string): string[] {
  return (folded.match(/[\p{L}\p{N}]{4,}/gu) ?? []).map((word) => word.slice(0, 4));
}

/** The stems of the first prose paragraphs from `bodyStart` on. */
function leadStems(lines: Line[], bodyStart: number): Set<string> {
  const lead = lines.slice(Math.max(bodyStart, 0)).filter((line) => line.kind === 'prose').slice(0, LEAD_PARAGRAPHS);
  return new Set(lead.flatMap((line) => stems(line.folded)));
}

/** True when enough of the line's words recur in the lead: it speaks of what the article says. */
function echoesLead(line: Line | undefined, lead: Set<string>): boolean {
  const own = stems(line?.folded ?? '');
  const matched = own.filter((stem) => lead.has(stem)).length;
  return matched >= MIN_LEAD_SHARED && matched / own.length >= MIN_LEAD_SHARE;
}

/**
 * Index of the headline, or -1. Above the body stand the headline and, around it, decks, bylines,
 * section names, blog names and taglines, in every order outlets use. A headline says what the lead
 * says: it is the first title-like line, not shaped like a name, whose words recur in the lead;
 * failing that, the first whose words recur there; failing that, the closest title-like line above the body.
 */
function findHeadline(lines: Line[], bodyStart: number, lead: Set<string>): number {
  const candidates: number[] = [];
  for (let i = bodyStart - 1; i >= 0; i--) {
    const { kind, text, count } = lines[i] ?? { kind: 'blank', text: '', count: 0 };
    if (kind === 'prose') break;
    if (kind === 'short' && count >= MIN_HEADLINE_WORDS && text.length <= 200) candidates.unshift(i);
  }
  const related = candidates.filter((i) => echoesLead(lines[i], lead));
  return related.find((i) => !isNameLike(lines[i]?.text ?? '')) ?? related[0] ?? candidates.at(-1) ?? -1;
}

function isCreditOnly(line: Line | undefined): boolean {
  return line?.kind === 'caption' && line.count <= MAX_CREDIT_WORDS;
}

/**
 * Kinds that only the neighbours tell: a line just above a bare photo credit is its caption, even
 * with a full stop ("Le maréchal Haftar à Benghazi, le 14 juin 2019." over "Photo : AFP"), and so
 * is a short line just below one.
 */
function withCaptionsBesideCredits(lines: Line[]): Line[] {
  const nonBlank = lines.flatMap((line, i) => (line.kind === 'blank' ? [] : [i]));
  return lines.map((line, i) => {
    const at = nonBlank.indexOf(i);
    const next = lines[nonBlank[at + 1] ?? -1];
    const previous = lines[nonBlank[at - 1] ?? -1];
    const { count } = line;
    // A caption's first line may also stand over a longer credited caption: "Former Libyan General Khalifa Haftar."
    const above =
      ((line.kind === 'short' || line.kind === 'prose') && count <= MAX_CAPTION_ABOVE_CREDIT && isCreditOnly(next)) ||
      (line.kind === 'short' && count < MAX_CAPTION_HEAD_WORDS && next?.kind === 'caption');
    const below = line.kind === 'short' && count <= MAX_CAPTION_BELOW_CREDIT && isCreditOnly(previous);
    return above || below ? { ...line, kind: 'caption' } : line;
  });
}

/** Longest title made from the body, in characters. */
const MAX_BODY_TITLE = 110;

/** The first sentence of the body, shortened: the title of an article with no headline. */
function titleFromBody(body: string): string {
  const sentence = /^.+?[.!?…](?=\s|$)/u.exec(body)?.[0] ?? body;
  return truncate(sentence.replace(/[.…]$/u, ''), MAX_BODY_TITLE);
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
  const lines = withCaptionsBesideCredits(
    article.body.split('\n').map((raw): Line => {
      const text = normalizeLine(raw, markdown);
      const count = wordCount(text);
      const folded = foldLine(text);
      return { text, kind: classifyLine(text, count, folded), count, folded };
    }),
  );
  const proseIndexes = lines.flatMap((line, i) => (line.kind === 'prose' ? [i] : []));
  // With no line of prose at all (a one-paragraph note), every plain line is taken for body.
  const bodyStart = proseIndexes[0] ?? lines.findIndex((line) => line.kind === 'short');
  const bodyEnd = proseIndexes.at(-1) ?? lines.findLastIndex((line) => line.kind === 'short');
  const lead = leadStems(lines, bodyStart);
  const headline = bodyStart >= 0 ? findHeadline(lines, bodyStart, lead) : -1;

  const body: string[] = [];
  const captions: string[] = [];
  const metaLines: string[] = [];
  const removed: RemovedText[] = [];
  const remove = (text: string, reason: string) => removed.push({ text, reason });
  const seen = new Set<string>();
  let inLinkBlock = false;

  lines.forEach((line, i) => {
    const { text, kind, count } = line;
    if (kind === 'blank' || i === headline) return;
    if (kind === 'meta' || kind === 'byline') metaLines.push(text);
    const reason = REASONS[kind];
    if (kind === 'caption') {
      if (i > bodyEnd) remove(text, 'caption');
      else captions.push(text);
    } else if (bodyStart < 0 || i < bodyStart) {
      const afterHeadline = headline >= 0 && i > headline;
      if (kind === 'short' && i < headline && count >= MIN_CAPTION_WORDS) captions.push(text);
      // Between headline and body, a deck that speaks of what the lead says belongs to the article;
      // a bare name there is the byline.
      else if (kind === 'short' && afterHeadline && isNameLike(text)) remove(text, 'byline');
      else if (kind === 'short' && afterHeadline && echoesLead(line, lead)) body.push(text);
      else remove(text, reason ?? (i < headline ? 'before the headline' : 'site furniture'));
    } else if (i > bodyEnd) {
      remove(text, reason ?? 'after the article');
    } else {
      // A marker alone on its line opens a block of links that runs to the next paragraph of prose.
      if (kind === 'marker') inLinkBlock = !/[:»›>|-]\s*\S/u.test(text);
      else if (kind === 'prose') inLinkBlock = false;
      const key = line.folded;
      if (inLinkBlock || kind === 'marker') remove(text, 'related links');
      else if (reason) remove(text, reason);
      else if (seen.has(key)) remove(text, 'repeated paragraph');
      else {
        seen.add(key);
        body.push(text);
      }
    }
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
