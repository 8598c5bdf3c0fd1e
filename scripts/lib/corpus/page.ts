// Lays an article out as a copy-paste of its outlet's page: the story's paragraphs inside the
// furniture that outlet's kind of site puts around them (menus, bylines, share bars, captions,
// related headlines, tags, cookie and paywall lines), in the order those sites show them.
import type { Outlet, PageStyle } from './outlets.ts';
import type { Phrasebook } from './phrasebook.ts';
import type { Random } from './random.ts';
import type { Language } from './types.ts';

/** The parts of a page that belong to the story. */
export interface PageParts {
  headline: string;
  /** A line under the headline summing the story up, or null. */
  standfirst: string | null;
  /** The publication date line, or null when the page shows none. */
  stamp: string | null;
  /** The body, lead first (its dateline included). */
  paragraphs: readonly string[];
  caption: string | null;
  /** Headlines of other stories, for the related list. */
  related: readonly string[];
  tags: readonly string[];
  /** The year of the copyright line, or null for none. */
  copyrightYear: number | null;
}

const ANALYSIS: Readonly<Record<Language, string>> = { en: 'Analysis', fr: 'Analyse', ru: 'Аналитика' };
const VIEWS: Readonly<Record<Language, (count: string) => string>> = { en: (c) => `${c} views`, fr: (c) => `${c} vues`, ru: (c) => `👁 ${c}` };
const BLOG_TAIL: Readonly<Record<Language, readonly string[]>> = {
  en: ['Like this:', 'Loading...'],
  fr: ["J'aime ça :", 'Chargement…'],
  ru: ['Нравится', 'Загрузка...'],
};

/** Which of the phrasebook's menus each kind of site shows: wire sites, papers, regional sites, the rest. */
const NAV_OF: Readonly<Record<PageStyle, number>> = { wire: 0, broadsheet: 1, state: 1, regional: 2, blog: 3, telegram: 3 };

/** The byline: one reporter or two. */
function byline(pb: Phrasebook, random: Random): string {
  const [first = '', second = ''] = random.shuffle(pb.furniture.reporters);
  return pb.furniture.byline(random.chance(0.4) ? `${first} ${pb.language === 'en' ? 'and' : pb.language === 'fr' ? 'et' : 'и'} ${second}` : first);
}

/** The related block: its heading, then its headlines. */
function relatedBlock(parts: PageParts, pb: Phrasebook, random: Random): string[] {
  if (parts.related.length === 0) return [];
  return [random.pick(pb.furniture.relatedMarkers), ...parts.related];
}

/** The body, with the caption set as a paragraph of its own after the lead when there is one. */
function body(parts: PageParts): string[] {
  const [lead = '', ...rest] = parts.paragraphs;
  return parts.caption ? [lead, parts.caption, ...rest] : [lead, ...rest];
}

/** Lines joined one per line, blocks separated by a blank line; empty blocks dropped. */
function assemble(blocks: ReadonlyArray<readonly string[]>): string {
  return `${blocks
    .filter((block) => block.length > 0)
    .map((block) => block.join('\n'))
    .join('\n\n')}\n`;
}

/** The page's text, in the layout of the outlet's kind of site. */
export function layoutPage(parts: PageParts, outlet: Outlet, pb: Phrasebook, random: Random): string {
  const f = pb.furniture;
  const stamp = parts.stamp ? [parts.stamp] : [];
  const standfirst = parts.standfirst ? [parts.standfirst] : [];
  const paragraphs = body(parts).map((paragraph) => [paragraph]);
  const copyright = parts.copyrightYear === null ? [] : [f.copyright(parts.copyrightYear, outlet.name)];
  const tags = parts.tags.length > 0 ? [f.tags(parts.tags)] : [];
  const nav = f.nav[NAV_OF[outlet.style]] ?? [];
  switch (outlet.style) {
    case 'wire':
      return assemble([
        [...(random.chance(0.5) ? nav : []), parts.headline, byline(pb, random), ...stamp, ...(random.chance(0.5) ? [f.readingTime(random.int(2, 4))] : [])],
        ...paragraphs,
        [f.reportingLine(random.pick(f.reporters), random.pick(f.reporters))],
        copyright,
        relatedBlock(parts, pb, random),
      ]);
    case 'broadsheet':
      return assemble([
        [outlet.name, ...nav, parts.headline, ...standfirst, byline(pb, random), ...stamp, ...random.pick(f.share)],
        ...paragraphs,
        relatedBlock(parts, pb, random),
        [...tags, ...(random.chance(0.4) ? [random.pick(f.paywall)] : []), ...(random.chance(0.5) ? [random.pick(f.cookies)] : [])],
      ]);
    case 'state':
      return assemble([[outlet.name, ...nav, parts.headline, ...standfirst, ...stamp], ...paragraphs, relatedBlock(parts, pb, random), tags, copyright]);
    case 'regional':
      return assemble([
        [...nav, parts.headline, ...stamp, byline(pb, random), ...random.pick(f.share)],
        ...paragraphs,
        [random.pick(f.newsletter)],
        relatedBlock(parts, pb, random),
        [random.pick(f.cookies)],
      ]);
    case 'blog':
      return assemble([
        [outlet.name, ANALYSIS[pb.language], parts.headline, ...stamp, ...random.pick(f.share), random.pick(f.newsletter)],
        ...paragraphs,
        [...random.pick(f.share), ...BLOG_TAIL[pb.language]],
        relatedBlock(parts, pb, random),
      ]);
    case 'telegram':
      return assemble([[outlet.name, ...stamp], ...paragraphs.slice(0, 3), [VIEWS[pb.language](`${random.int(2, 90)}.${random.int(0, 9)}K`)]]);
  }
}
