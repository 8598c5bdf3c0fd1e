import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildActorIndex,
  buildPhraseTrie,
  cyrillicStem,
  cyrillicStems,
  foldWord,
  matchPhrase,
  tokenize,
} from '../../src/lib/actor-index.ts';
import { loadRegistry } from '../../src/lib/load-registry.ts';
import type { RegistryActor } from '../../src/schemas/actor.ts';

const actor = (id: string, name: string, type: RegistryActor['type'], aliases: string[] = []): RegistryActor => ({
  id,
  name,
  type,
  description: `${name}.`,
  aliases,
  roles: [],
});

/** The words of the match at token `start` of `text`, or null. */
function matched(phrases: string[], text: string, start = 0): string | null {
  const tokens = tokenize(text);
  const match = matchPhrase(buildPhraseTrie(phrases.map((p) => [p, p] as const)), tokens, start);
  return match ? `${match.entry.value} = ${text.slice(tokens[match.start]?.start, tokens[match.end - 1]?.end)}` : null;
}

describe('foldWord', () => {
  it('lower-cases and strips diacritics in every script, keeping й', () => {
    expect(['Iounous', 'Ïsmaïl', 'Défense', 'Ёлкин', 'Сергей', 'ÉTATS'].map(foldWord)).toEqual([
      'iounous',
      'ismail',
      'defense',
      'елкин',
      'сергей',
      'etats',
    ]);
  });
});

describe('tokenize', () => {
  it('splits words at apostrophes and hyphens and records the gaps between them', () => {
    const tokens = tokenize("Russia’s al-Sarraj, l'ANL\nU.N. Хафтаром");
    expect(tokens.map((t) => [t.text, t.start, t.end, t.gap, t.hyphen])).toEqual([
      ['Russia', 0, 6, '\n', false],
      ['s', 7, 8, "'", false],
      ['al', 9, 11, '', false],
      ['Sarraj', 12, 18, '', true],
      ['l', 20, 21, ',', false],
      ['ANL', 22, 25, "'", false],
      ['U', 26, 27, '\n', false],
      ['N', 28, 29, '.', false],
      ['Хафтаром', 31, 39, '.', false],
    ]);
  });

  it('tells capitals, digits and Cyrillic, and gives Cyrillic tokens their stems', () => {
    const [sarraj, number, haftar] = tokenize('Sarraj 444 Хафтаром');
    expect([sarraj?.upper, sarraj?.digit, sarraj?.cyrillic, sarraj?.stems]).toEqual([true, false, false, []]);
    expect([number?.upper, number?.digit]).toEqual([false, true]);
    expect([haftar?.upper, haftar?.cyrillic, haftar?.stems]).toEqual([true, true, ['хафтаром', 'хафтар']]);
  });
});

describe('cyrillicStem and cyrillicStems', () => {
  it('keys a word on its stem: a final vowel, й or ь off, or a two-letter adjective ending', () => {
    expect(['ливия', 'ливийская', 'хафтар', 'армия', 'сергей', 'российский', 'рим'].map(cyrillicStem)).toEqual([
      'ливи',
      'ливийск',
      'хафтар',
      'арми',
      'серге',
      'российск',
      'рим',
    ]);
  });

  it('reads a token as itself or itself less a case ending of up to three letters', () => {
    expect(cyrillicStems('хафтаром')).toEqual(['хафтаром', 'хафтар']);
    expect(cyrillicStems('ливийцы')).toEqual(['ливийцы', 'ливийц']);
  });
});

describe('matchPhrase', () => {
  it('finds the longest phrase at a token, case- and accent-insensitively', () => {
    expect(matched(['Russia', 'Russia Today'], 'RUSSIA TODAY reported')).toBe('Russia Today = RUSSIA TODAY');
    expect(matched(['Armée nationale libyenne'], "l'armee nationale libyenne", 1)).toBe('Armée nationale libyenne = armee nationale libyenne');
  });

  it('matches an all-caps phrase only as written', () => {
    expect(matched(['UN'], 'UN envoy')).toBe('UN = UN');
    expect(matched(['UN'], 'un accord')).toBeNull();
    expect(matched(['UN'], 'Un accord')).toBeNull();
  });

  it('takes a hyphen for a space, but no other punctuation', () => {
    expect(matched(['al-Sarraj'], 'Al Sarraj')).toBe('al-Sarraj = Al Sarraj');
    expect(matched(['Fayez al Sarraj'], 'Fayez Al-Sarraj')).toBe('Fayez al Sarraj = Fayez Al-Sarraj');
    expect(matched(['Khalifa Haftar'], 'Khalifa, Haftar')).toBeNull();
    expect(matched(['U.N.'], 'U.N. envoy')).toBe('U.N. = U.N');
  });

  it('reads Russian case endings on every word, and never runs across a line', () => {
    expect(matched(['Ливийская национальная армия'], 'Ливийской национальной армии')).toBe(
      'Ливийская национальная армия = Ливийской национальной армии',
    );
    expect(matched(['Хафтар'], 'Хафтаром')).toBe('Хафтар = Хафтаром');
    expect(matched(['Ливия'], 'Ливийцы')).toBeNull();
    expect(matched(['Khalifa Haftar'], 'Khalifa\nHaftar')).toBeNull();
  });
});

describe('buildActorIndex', () => {
  const index = buildActorIndex([
    actor('khalifa-haftar', 'Khalifa Haftar', 'person', ['Haftar', 'Хафтар']),
    actor('libyan-national-army', 'Libyan National Army', 'armed-group', ['LNA']),
  ]);

  it('keeps the registry by id', () => {
    expect([...index.byId.keys()]).toEqual(['khalifa-haftar', 'libyan-national-army']);
  });

  it('indexes every name and alias, as a trie and as folded keys', () => {
    const tokens = tokenize('Marshal Khalifa Haftar and the LNA');
    expect(matchPhrase(index.aliases, tokens, 1)?.entry.value).toEqual({ actorId: 'khalifa-haftar', type: 'person' });
    expect(matchPhrase(index.aliases, tokens, 5)?.entry.value).toEqual({ actorId: 'libyan-national-army', type: 'armed-group' });
    expect([...index.aliasKeys]).toEqual(['khalifa haftar', 'haftar', 'хафтар', 'libyan national army', 'lna']);
  });

  it('knows the words of each actor’s names', () => {
    expect([...(index.nameWords.get('khalifa-haftar') ?? [])]).toEqual(['khalifa', 'haftar', 'хафтар']);
  });
});

describe('buildActorIndex over content/actors.yaml', () => {
  const registry = loadRegistry('content/actors.yaml', readFileSync(new URL('../../content/actors.yaml', import.meta.url), 'utf8'));
  const index = buildActorIndex(registry.actors);
  /** The actor ids matched in a text, token by token, longest first. */
  const idsIn = (text: string): string[] => {
    const tokens = tokenize(text);
    const ids: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const match = matchPhrase(index.aliases, tokens, i);
      if (!match) continue;
      ids.push(match.entry.value.actorId);
      i = match.end - 1;
    }
    return ids;
  };

  it('reads the all-caps short forms as written, and not the words they spell', () => {
    expect(idsIn('The UN, the EU, the AU, the UAE and US officials; U.S. and U.N. envoys; les EAU.')).toEqual([
      'united-nations',
      'european-union',
      'african-union',
      'united-arab-emirates',
      'united-states',
      'united-states',
      'united-nations',
      'united-arab-emirates',
    ]);
    expect(idsIn('Let us see. Un accord au sommet, eu égard à l’eau. Au revoir, Us and Un.')).toEqual([]);
  });

  it('reads "Erdogan" and "Recep Tayyip Erdogan" for "Erdoğan" by folding, with no alias of their own', () => {
    expect(idsIn('Erdogan met Recep Tayyip Erdogan and Tayyip Erdoğan.')).toEqual([
      'recep-tayyip-erdogan',
      'recep-tayyip-erdogan',
      'recep-tayyip-erdogan',
    ]);
  });
});
