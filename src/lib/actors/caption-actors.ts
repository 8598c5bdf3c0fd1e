// The registry actors a photo caption names.
import { tokenize, type ActorIndex } from '../actor-index.ts';
import { registryMatches } from './registry-matches.ts';

/**
 * The registry actors a caption names, once each. Captions are not prose: only names the registry
 * knows are read in them, never guessed ones, and no media, which a caption names only to credit
 * the photograph ("© Sputnik", "Photo: AFP").
 */
export function captionActors(caption: string, index: ActorIndex): string[] {
  return [
    ...new Set(
      registryMatches(tokenize(caption), index)
        .filter((match) => match.entry.value.type !== 'media')
        .map((match) => match.entry.value.actorId),
    ),
  ];
}
