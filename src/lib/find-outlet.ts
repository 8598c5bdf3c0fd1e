// Names the outlet that published an article: the editor's word first, else the credit a wire
// copy carries — "(Xinhua)" on a line of its own, "MOSCOW (Sputnik) -" or "TRIPOLI, Jan 11 (Reuters) -"
// opening the body, "/ТАСС/" in a Russian dateline — named as the registry names that outlet.
import type { Article, PipelineContext } from './article.ts';
import { openingDateline } from './dateline.ts';

// Wires sign with their web address as often as their name ("INTERFAX.RU", "ria.ru"): the domain's
// suffix is dropped so the credit meets the registry's name.
const fold = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\.(?:ru|com|fr|net|org|info|ly|co\.uk)$/u, '');

/** "(Xinhua)" or "/ТАСС/" alone on a meta line. */
const CREDIT_LINE = /^[(/]\s*([\p{L}][\p{L}\s.&-]{1,38}?)\s*[)/]\.?$/u;

/** Sets `article.outlet`; the registry's canonical name when the credit is a known media alias. */
export function findOutlet(article: Article, context: PipelineContext): Article {
  if (article.editor.outlet) return { ...article, outlet: article.editor.outlet };
  const credit = article.metaLines.map((line) => CREDIT_LINE.exec(line)?.[1]).find(Boolean) ?? openingDateline(article.text, article.paragraphs)?.credit;
  if (!credit) return article;
  const wanted = fold(credit.trim());
  const media = [...context.actors.byId.values()].find(
    (actor) => actor.type === 'media' && [actor.name, ...actor.aliases].some((name) => fold(name) === wanted),
  );
  return { ...article, outlet: media?.name ?? credit.trim() };
}
