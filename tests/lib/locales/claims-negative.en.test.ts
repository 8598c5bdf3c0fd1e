// English text that must yield no claim, though an actor stands in every sentence.
import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../../src/lib/actor-index.ts';
import type { PipelineContext } from '../../../src/lib/article.ts';
import { findClaims } from '../../../src/lib/find-claims.ts';
import { articleWithMentions } from '../../helpers/article.ts';

const context: PipelineContext = {
  actors: buildActorIndex([{ id: 'khalifa-haftar', name: 'Khalifa Haftar', type: 'person', description: 'Libyan commander', aliases: [], roles: [] }]),
};

const NEGATIVES: Record<string, string> = {
  'scare quotes alone': 'Haftar wants “global equilibrium” and “constructive” work with Moscow.',
  'a headline in quotes on a "Related" line': 'Related: "Haftar and Moscow sign a new arms deal"',
  'a quote nobody is said to have said': '"We will take Tripoli before winter" was painted on a wall near Haftar\'s headquarters.',
  'a book title in quotes': 'Haftar\'s memoir "My Life in the Libyan Desert" appeared in 2019.',
  '"so-called"': 'The so-called army of Haftar advanced on Tripoli.',
  '"said to be" in a relative clause': 'A statement said to be fake circulated among Haftar supporters.',
  '"was said to" in the passive': 'Haftar was said to be in Moscow last week.',
  'a participle after an article': 'The announced deal with Haftar was never signed.',
  '"claimed the lives"': 'The offensive by Haftar claimed the lives of twenty fighters.',
  'nouns that look like verbs': 'Media reports and claims about Haftar voices in the United States multiplied.',
  'apostrophes that look like quotes': "Haftar's forces and the army's 'units' held Libya's east.",
  // Verbs that report speech only beside a quote or before "that".
  '"responded" to an attack': 'Haftar responded to the attack with air strikes on Misrata.',
  '"answered" a call': 'Haftar answered the call of the eastern tribes.',
  '"recalled" an envoy': 'Haftar recalled his envoy from Cairo.',
  '"concluded" a deal': 'Haftar concluded a new arms deal with Moscow.',
  '"continued" an offensive': 'The offensive by Haftar continued for weeks.',
  // "For X," attributes only a quote that follows it.
  '"For X," without a quote': 'For Haftar, the stakes in Sirte are higher than ever.',
  '"For" that names nobody, before a quote': 'For the first time, "Haftar and Moscow have signed a deal" ran as a headline.',
  // The one told is never the speaker, and the passive reports nothing.
  '"was told" in the passive': 'Haftar was told to leave Tripoli by the end of the month.',
  'a short scare quote opening a sentence': '"Wagner" fighters backed Haftar in the battle for Tripoli.',
};

describe('findClaims (en): no claim', () => {
  for (const [name, text] of Object.entries(NEGATIVES)) {
    it(name, () => {
      expect(findClaims(articleWithMentions(text, 'en', /Haftar/g, 'khalifa-haftar'), context).claims).toEqual([]);
    });
  }
});
