// The headline read as an article of its own, for the offices it names.
import { describe, expect, it } from 'vitest';
import { headlineArticle } from '../../../src/lib/dating/headline-article.ts';
import { extractText, registryContext } from '../../helpers/extract-text.ts';

/** The headline's text and the actors found in it, or null. */
function headline(text: string) {
  const article = headlineArticle(extractText(text), registryContext.actors);
  return article && [article.text, article.actorMentions.map((mention) => [mention.actorId, mention.text])];
}

describe('headlineArticle', () => {
  it('reads the headline with its actors', () => {
    const text =
      'Defence Minister Sergei Shoigu hosts Libyan prime minister\n\nPrime Minister Abdulhamid Dbeibah held talks with Russia’s defence minister in Moscow.';
    expect(headline(text)).toEqual([
      'Defence Minister Sergei Shoigu hosts Libyan prime minister',
      [
        ['sergei-shoigu', 'Sergei Shoigu'],
        ['libya', 'Libyan'],
      ],
    ]);
  });

  it('reads nothing when the title is the body’s first sentence: it is the lead’s', () => {
    expect(headline('Defence Minister Andrei Belousov received Khalifa Haftar in Moscow, the ministry said.')).toBeNull();
  });
});
