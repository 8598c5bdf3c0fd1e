// The site's URLs for events, actors, sources and source sentences, written in one place.

/** `/events/<id>/` */
export function eventPath(id: string): string {
  return `/events/${id}/`;
}

/** `/actors/<id>/` */
export function actorPath(id: string): string {
  return `/actors/${id}/`;
}

/**
 * Page `number` of the list of source articles: `/sources/`, then `/sources/page/2/`… (not `/sources/2/`, which
 * would be the page of an article whose file is named `2`).
 */
export function sourceListPath(number: number): string {
  return number === 1 ? '/sources/' : `/sources/page/${number}/`;
}

/** `/sources/<id>/`: the id is already a URL-safe slug of the file name. */
export function sourcePath(id: string): string {
  return `/sources/${id}/`;
}

/** `/sources/<id>/#sentence-<start>`: one sentence of the source, highlighted when linked to. */
export function sentencePath(sourceId: string, sentenceStart: number): string {
  return `${sourcePath(sourceId)}#${sentenceAnchor(sentenceStart)}`;
}

/** `sentence-<start>`: the id every sentence of a source carries on its page (a `<mark>` for claim sentences). */
export function sentenceAnchor(sentenceStart: number): string {
  return `sentence-${sentenceStart}`;
}
