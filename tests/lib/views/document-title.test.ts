import { describe, expect, it } from 'vitest';
import { documentTitle } from '../../../src/lib/views/document-title.ts';

const SITE = 'Russia–Libya military cooperation';

describe('documentTitle', () => {
  it('adds the site name when both fit in 70 characters', () => {
    expect(documentTitle('Actors', SITE)).toBe('Actors · Russia–Libya military cooperation');
  });

  it('gives the site name alone on the page titled with it', () => {
    expect(documentTitle(SITE, SITE)).toBe(SITE);
  });

  it('drops the site name when it would not fit, and cuts a longer title at a word', () => {
    const event = 'Russia calls for deeper military ties with Libya';
    expect(documentTitle(event, SITE)).toBe(event);
    const long = 'Une délégation du ministère russe de la Défense est arrivée en Libye, sur invitation du maréchal';
    expect(documentTitle(long, SITE)).toBe('Une délégation du ministère russe de la Défense est arrivée en…');
  });
});
