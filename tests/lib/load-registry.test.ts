import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/load-registry.ts';

describe('loadRegistry', () => {
  it('reads valid entries with defaults', () => {
    const { actors, messages } = loadRegistry('content/actors.yaml', 'actors:\n  - id: russia\n    name: Russia\n    type: state\n    description: The Russian Federation.\n');
    expect(actors).toEqual([{ id: 'russia', name: 'Russia', type: 'state', description: 'The Russian Federation.', aliases: [], roles: [] }]);
    expect(messages).toEqual([]);
  });

  it('keeps the valid entries and names the file and field of a broken one', () => {
    const { actors, messages } = loadRegistry(
      'content/actors.yaml',
      'actors:\n  - id: russia\n    name: Russia\n    type: state\n    description: Russia.\n  - id: Bad Id\n    name: X\n    type: planet\n    description: x\n',
    );
    expect(actors.map((a) => a.id)).toEqual(['russia']);
    expect(messages).toEqual(['content/actors.yaml: actors.1.id: ids are lower-case kebab-case', expect.stringMatching(/^content\/actors\.yaml: actors\.1\.type: /)]);
  });

  it('reports malformed YAML', () => {
    const { actors, messages } = loadRegistry('content/actors.yaml', 'actors: [\n');
    expect(actors).toEqual([]);
    expect(messages[0]).toMatch(/^content\/actors\.yaml: malformed YAML: /);
  });
});
