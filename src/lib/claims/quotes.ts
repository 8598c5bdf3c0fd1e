// Finds the quotations of a paragraph and tells a statement of its own from a fragment inside a sentence.
import type { Span } from '../../schemas/event.ts';
import type { Patterns } from './patterns.ts';
import { matchesIn, tokensBefore, wordCount } from './positions.ts';

/** Quotes of fewer words than this are scare quotes or snippets, not statements, unless they stand as a sentence of their own. */
const MIN_QUOTE_WORDS = 4;

/** Closing marks for each opening mark. */
const CLOSERS: Readonly<Record<string, string>> = { '“': '”', '„': '“”', '«': '»', '‹': '›', '"': '"', "'": "'’", '‘': '’' };
/** Any opening mark of `CLOSERS`. */
const OPENERS = new RegExp(`[${Object.keys(CLOSERS).join('')}]`, 'u');

/** A pair of quotation marks within one paragraph. */
export interface Quote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark. */
  close: number;
  /** A statement of its own (opens a sentence, follows "that" or a verb, ends in punctuation), not a fragment inside one. */
  standalone: boolean;
}

/**
 * Where each mark `opener` of the paragraph closes: offset of the mark → offset just past its
 * closing mark; marks the paragraph never closes are absent. One pass with a stack of open marks,
 * so a paragraph of unclosed marks costs its length, not its length squared (a scan from each
 * mark to the paragraph's end did: fuzzing found 32,000 unclosed « taking ten seconds).
 */
function closingsOf(text: string, paragraph: Span, opener: string): Map<number, number> {
  const closers = CLOSERS[opener] ?? '';
  const single = opener === "'" || opener === '‘';
  // Guillemets and curly quotes nest, the outer pair being the quote; a straight mark closes at the next one.
  const nests = !closers.includes(opener);
  const open: number[] = [];
  const closings = new Map<number, number>();
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const c = text[i] ?? '';
    // A single mark between letters is an apostrophe ("Russia's", "l'AFP"), not a closing quote.
    const closes = closers.includes(c) && !(single && /[\p{L}\p{N}]/u.test(text[i + 1] ?? ''));
    if (closes && nests) {
      const innermost = open.pop();
      if (innermost !== undefined) closings.set(innermost, i + 1);
    } else if (closes) {
      for (const pending of open) closings.set(pending, i + 1);
      open.length = 0;
    }
    if (c === opener && (!nests || !closes)) open.push(i);
  }
  return closings;
}

/** True when a quote is a statement of its own rather than a phrase inside a sentence. */
function isStandalone(text: string, paragraph: Span, quote: Span, words: Patterns): boolean {
  const content = text.slice(quote.start + 1, quote.end - 1).trim();
  const count = wordCount(content);
  if (count === 0) return false;
  const before = text.slice(paragraph.start, quote.start).trimEnd();
  if (count < MIN_QUOTE_WORDS) {
    // A short quote is a statement only as a sentence of its own, closed by its own punctuation:
    // "“No,” he said.", «Нет», — ответил он. Otherwise it is a scare quote or a title.
    const opensSentence = before.length === 0 || /[.!?…:]$/u.test(before);
    return opensSentence && (/[,.!?…]$/u.test(content) || /^\s*[,.!?…—–]/u.test(text.slice(quote.end, quote.end + 3)));
  }
  if (before.length === 0 || /[.!?…:—–\-»”"]$/u.test(before)) return true;
  if (/[.!?…]$/u.test(content.replace(/[,;]$/, ''))) return true;
  const last = tokensBefore(before, before.length, 1)[0] ?? '';
  if (words.complementizers.has(last)) return true;
  // After an attribution's noun phrase that opens the clause: "Selon M. Lavrov, « … »", "Pour le politologue X, « … »".
  if (before.endsWith(',')) {
    const clause = before.slice(before.search(/[^.!?…;:—–()«»“”"]*$/u));
    if (words.attributionLead.test(clause)) return true;
  }
  // Right after a verb of saying: 'said "…"', "a déclaré : «…»", "as saying "…"".
  return matchesIn(words.verbs, before, Math.max(0, before.length - 40), before.length).some((m) => /^\s*[,:]?\s*$/.test(before.slice(m.end)));
}

/** The quotes of one paragraph, outermost only. Single marks count only as a clear standalone quote. */
export function findQuotes(text: string, paragraph: Span, words: Patterns): Quote[] {
  const quotes: Quote[] = [];
  const closings = new Map<string, Map<number, number>>();
  const closingOf = (mark: string, at: number) => {
    let table = closings.get(mark);
    if (!table) closings.set(mark, (table = closingsOf(text, paragraph, mark)));
    return table.get(at) ?? -1;
  };
  const marks = new RegExp(OPENERS.source, 'g');
  marks.lastIndex = paragraph.start;
  for (let mark = marks.exec(text); mark !== null && mark.index < paragraph.end; mark = marks.exec(text)) {
    const i = mark.index;
    const c = mark[0];
    const single = c === "'" || c === '‘';
    if (single && (/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') || !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ''))) continue;
    const close = closingOf(c, i);
    if (close < 0) continue;
    const standalone = isStandalone(text, paragraph, { start: i, end: close }, words);
    if (single && !standalone) continue;
    quotes.push({ open: i, close, standalone });
    marks.lastIndex = close;
  }
  return quotes;
}
