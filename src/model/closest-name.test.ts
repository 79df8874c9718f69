import { describe, expect, it } from 'vitest';
import { closest } from './closest-name.js';

describe('closest', () => {
  it.each<[string, string[], string | undefined]>([
    ['shiping', ['shipping', 'shop'], 'shipping'],
    ['Currency', ['currency'], 'currency'],
    ['color', ['currency', 'country'], undefined],
    ['x', ['y'], 'y'],
    // Rule ids and areas, for the config's "rules" and `agentshelf rules <name>`.
    ['gogle/title-to-long', ['google/title-too-long', 'google/id-too-long'], 'google/title-too-long'],
    ['gogle', ['google', 'gtin', 'meta'], 'google'],
    ['shipping/everything-wrong', ['google/title-too-long'], undefined],
  ])('closest(%s)', (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected);
  });
});
