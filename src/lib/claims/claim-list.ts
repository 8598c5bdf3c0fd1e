// The claims of one article as they are found: each statement once per speaker, in the language it was said in.
import type { Claim, Span } from '../../schemas/event.ts';
import type { Article } from '../article.ts';
import { withoutDateline } from '../dateline.ts';
import { languageOf } from '../detect-language.ts';
import { isPerson, type Scan } from './scan.ts';
import { idOf, type Speaker } from './speaker.ts';
import { fold } from './tokens.ts';

/** A claim's words as compared for repeats: folded, every quotation mark one, white space collapsed. */
const normalise = (text: string): string => fold(text).replace(/[“”«»„"‹›]/g, '"').replace(/\s+/g, ' ').trim();

/** Records a statement: its speaker, its words, whether they were quoted, and the sentences it stands in. */
export type AddClaim = (speaker: Speaker, claimText: string, quoted: boolean, sentence: Span) => void;

/** An article's claims, empty, and the function that adds one: each statement once per speaker, the last person to speak remembered. */
export function claimList(article: Article, scan: Scan): { claims: Claim[]; add: AddClaim } {
  const claims: Claim[] = [];
  const seen = new Set<string>();
  const add = (speaker: Speaker, statement: string, quoted: boolean, sentence: Span): void => {
    // Reported speech is the writer's sentence: the wire dateline opening the first one
    // ("MOSCOW (Sputnik) -") is the agency's, not the speaker's words.
    const claimText = quoted ? statement : withoutDateline(statement);
    const id = idOf(speaker);
    if (id && isPerson(scan, id)) scan.lastSpeaker = id;
    const key = `${id ?? ''}|${normalise(claimText)}`;
    if (claimText.length === 0 || seen.has(key)) return;
    seen.add(key);
    // Reported speech is the writer's sentence, in the article's language; only a quote may keep the speaker's.
    const language = quoted ? languageOf(claimText, article.language) : article.language;
    claims.push({ speaker: id, text: claimText, quoted, language, source: article.file, sentence });
  };
  return { claims, add };
}
