// The stage breakdown of `pnpm bench`, read from a hand-made CPU profile.
import { describe, expect, it } from 'vitest';
import { inclusiveTimes } from '../../bench/stages.js';

const node = (id: number, functionName: string, children: number[] = []) => ({
  id,
  callFrame: { functionName },
  children,
});

describe('inclusiveTimes', () => {
  // (root) → parseArticle → findBoilerplate; (root) → extractMeetings → findPersons → findPersons (recursion).
  const profile = {
    nodes: [
      node(1, '(root)', [2, 4]),
      node(2, 'parseArticle', [3]),
      node(3, 'findBoilerplate'),
      node(4, 'extractMeetings', [5]),
      node(5, 'findPersons', [6]),
      node(6, 'findPersons'),
    ],
    samples: [2, 3, 3, 5, 6, 6, 1],
    timeDeltas: [10, 20, 20, 5, 7, 8, 100],
  };
  const names = new Set(['parseArticle', 'findBoilerplate', 'extractMeetings', 'findPersons']);

  it('counts a stage with the stages it calls', () => {
    const { by, total } = inclusiveTimes(profile, names);
    expect(total).toBe(170);
    expect(by.get('parseArticle')).toBe(50);
    expect(by.get('findBoilerplate')).toBe(40);
    expect(by.get('extractMeetings')).toBe(20);
  });
  it('counts a recursive stage once per sample', () => {
    expect(inclusiveTimes(profile, names).by.get('findPersons')).toBe(20);
  });
});
