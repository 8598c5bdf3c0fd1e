// French text that must yield no claim, though an actor stands in every sentence.
import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../../src/lib/actor-index.ts';
import type { PipelineContext } from '../../../src/lib/article.ts';
import { findClaims } from '../../../src/lib/find-claims.ts';
import { articleWithMentions } from '../../helpers/article.ts';

const context: PipelineContext = {
  actors: buildActorIndex([{ id: 'khalifa-haftar', name: 'Khalifa Haftar', type: 'person', description: 'commandant libyen', aliases: [], roles: [] }]),
};

const NEGATIVES: Record<string, string> = {
  'des guillemets de distance seuls': "Haftar et Moscou ont examiné leur «coopération et coordination» dans l'est.",
  'un titre sur une ligne « Lire aussi »': 'Lire aussi : « Haftar et la Russie signent un accord militaire »',
  'un titre de livre entre guillemets': 'Le livre « La Russie en Libye : une histoire secrète » évoque Haftar.',
  '« soi-disant »': 'La soi-disant armée nationale de Haftar contrôle l’est du pays.',
  'un nom après un article (« l’annonce »)': "L'annonce de la visite de Haftar a surpris Tripoli.",
  'un participe seul': 'Les accords annoncés par Haftar n’ont pas été signés.',
  '« cela dit »': 'Cela dit, Haftar reste le maître de Benghazi.',
  // Des verbes qui ne rapportent une parole qu'à côté d'une citation ou devant « que ».
  '« a lancé » une offensive': "Le maréchal Haftar a lancé en avril 2019 une offensive pour s'emparer de Tripoli.",
  '« a répondu » à une attaque': "Haftar a répondu à l'offensive par des frappes aériennes.",
  '« poursuit » une offensive': 'Haftar poursuit son offensive vers Syrte.',
  '« a conclu » un accord': 'Haftar a conclu un accord avec Moscou.',
  '« la note » (un nom)': 'La note de Haftar a circulé à Tripoli.',
  // « pas » n'est pas un adverbe qui laisse passer le verbe.
  '« n’a pas commenté »': "Haftar n'a pas commenté ces informations.",
  // « Pour X, » n'attribue qu'une citation qui suit.
  '« Pour X, » sans citation': "Pour Moscou, l'enjeu dépasse désormais le seul Haftar.",
  '« Pour » qui ne nomme personne, devant une citation': 'Pour la première fois, « Haftar et Moscou signent un accord » faisait la une.',
};

describe('findClaims (fr): aucune déclaration', () => {
  for (const [name, text] of Object.entries(NEGATIVES)) {
    it(name, () => {
      expect(findClaims(articleWithMentions(text, 'fr', /Haftar/g, 'khalifa-haftar'), context).claims).toEqual([]);
    });
  }
});
