// French text that must yield no provisional actor: sentence-initial function words, months
// and weekdays, places, bylines, credits, furniture and unnamed sources. Read against an empty
// registry, so that no alias hides a false positive.
import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../../src/lib/actor-index.ts';
import { findActors } from '../../../src/lib/find-actors.ts';
import { articleFromText } from '../../helpers/article.ts';

const context = { actors: buildActorIndex([]) };

describe('findActors finds no actor in (fr)', () => {
  it.each([
    'Selon Moscou, la situation est calme.',
    "Il a déclaré qu'il viendrait. Elle a indiqué le contraire.",
    'Lundi, Tripoli a déclaré être prête. Le Caire a démenti.',
    'En août, la Libye a signé. Mardi 22 août, rien.',
    'Par Jean Martin',
    'Par le général Jean Martin',
    'Photo : AFP',
    'Lire aussi',
    'Le ministère a déclaré que la délégation était arrivée.',
    'Les Libyens ont déclaré leur soutien.',
    'Le Monde a rapporté la visite.',
    'Des responsables ont indiqué que les sources ont confirmé.',
    'La XIe Conférence internationale de Moscou et le forum Armée 2023 sur Telegram.',
    'Il s’agit d’une première visite officielle russe, emmenée par le vice-ministre de la Défense.',
    'Le porte-avions russe « Amiral Kouznetsov » croisait au large. À bord de l’Amiral Kouznetsov, rien.',
    'La frégate Amiral Grigorovitch et le navire Ivan Gren sont à quai.',
    'Selon Africa Intelligence, les livraisons continuent. Selon Human Rights Watch, aussi.',
  ])('%j', (text) => {
    expect(findActors(articleFromText(text, { language: 'fr' }), context).provisionalActors).toEqual([]);
  });
});
