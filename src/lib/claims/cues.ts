// Reported speech: the verbs of saying and the attributions of a span that point at a speaker, outside quotes and set phrases.
import type { Span } from '../../schemas/event.ts';
import { candidatesIn } from './candidates.ts';
import { clauseStart } from './clauses.ts';
import { overlaps, tokensBefore, within, wordAfter, wordCount } from './positions.ts';
import type { Scan } from './scan.ts';
import { fold } from './tokens.ts';

/** Most words between a quote and a tag verb: the tag's subject ("“…,” the Libyan commander replied"). */
const MAX_TAG_SUBJECT_WORDS = 4;

/** A verb of saying or an attribution found outside quotes. */
export interface Cue {
  start: number;
  end: number;
  attribution: boolean;
  /** A verb whose object is the listener ("told X"): nobody after it speaks. */
  listener: boolean;
}

/**
 * True when a tag verb stands where it reports speech: after a quote with at most a short subject between
 * ("«…», a lancé Kadhafi", "“…,” Haftar responded"), or before a colon and a quote, or a complementizer ("a répondu que").
 */
function isTagged(scan: Scan, verb: Span, unit: Span): boolean {
  const { masked } = scan;
  if (/^\s*:\s*\u0000/u.test(masked.slice(verb.end, verb.end + 8))) return true;
  if (scan.words.complementizers.has(wordAfter(masked, verb.end, unit.end))) return true;
  const clause = clauseStart(scan, unit.start, verb.start);
  const gap = masked.slice(Math.max(unit.start, clause - 8), clause);
  return /\u0000[\s,]*(?:[—–-][\s,]*)?$/u.test(gap) && wordCount(masked.slice(clause, verb.start)) <= MAX_TAG_SUBJECT_WORDS;
}

/**
 * True when a quote attribution opens its clause and a standalone quote follows its noun phrase and a comma
 * ("Pour X, « … »"), that phrase naming someone who can speak ("Pour la première fois, « … »" attributes nothing).
 */
function leadsQuote(scan: Scan, marker: Span, unit: Span): boolean {
  if (scan.masked.slice(clauseStart(scan, unit.start, marker.start), marker.start).trim() !== '') return false;
  const phrase = /^[^,.;:!?\u0000]*(?=,\s*\u0000)/u.exec(scan.masked.slice(marker.end, unit.end))?.[0];
  return phrase !== undefined && candidatesIn(scan, marker.end, marker.end + phrase.length, true).length > 0;
}

/** Verbs of saying and attributions in a span, outside quotes and set phrases ("so-called", "said to be"). */
export function cuesIn(scan: Scan, span: Span): Cue[] {
  const { words, masked, hits } = scan;
  const blocked = within(hits.notSpeech, span.start, span.end);
  const free = (s: Span): boolean => !blocked.some((b) => overlaps(s, b));
  const attributions = [
    ...within(hits.attributions, span.start, span.end).filter(free),
    ...within(hits.quoteAttributions, span.start, span.end).filter((a) => free(a) && leadsQuote(scan, a, span)),
  ];
  // After an article the form is an adjective or a noun: "the announced deal", "l'annonce".
  const verbal = (v: Span): boolean => free(v) && !attributions.some((a) => overlaps(v, a)) && !words.determiners.has(tokensBefore(masked, v.start, 1)[0] ?? '');
  const verbs = [...within(hits.verbs, span.start, span.end).filter(verbal), ...within(hits.tagVerbs, span.start, span.end).filter((v) => verbal(v) && isTagged(scan, v, span))];
  return [
    ...verbs.map((v) => ({ ...v, attribution: false, listener: words.listenerSet.has(fold(masked.slice(v.start, v.end))) })),
    ...attributions.map((a) => ({ ...a, attribution: true, listener: false })),
  ].sort((a, b) => a.start - b.start);
}
