import { describe, expect, it } from 'vitest';
import { actorPath, eventPath, sentenceAnchor, sentencePath, sourcePath } from '../../../src/lib/views/page-paths.ts';

describe('page paths', () => {
  it('writes each page address with its trailing slash', () => {
    expect(eventPath('2012-08-22-russia')).toBe('/events/2012-08-22-russia/');
    expect(actorPath('khalifa-haftar')).toBe('/actors/khalifa-haftar/');
    expect(sourcePath('000-8790f98fbe18f818')).toBe('/sources/000-8790f98fbe18f818/');
  });

  it('points a claim at its sentence mark', () => {
    expect(sentenceAnchor(427)).toBe('sentence-427');
    expect(sentencePath('001-b035', 427)).toBe('/sources/001-b035/#sentence-427');
  });
});
