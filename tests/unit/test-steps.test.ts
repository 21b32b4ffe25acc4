import { describe, expect, it } from 'vitest';
import { formatSeconds, stepTable } from '../../scripts/lib/test-steps';

describe("npm test's time table", () => {
  it('gives seconds under a minute and minutes above', () => {
    expect(formatSeconds(7.26)).toBe('7.3 s');
    expect(formatSeconds(125.4)).toBe('2 min 5 s');
  });

  it('lists each step with its time and marks the one that failed', () => {
    const table = stepTable([
      { step: 'typecheck', seconds: 21, passed: true },
      { step: 'test:e2e', seconds: 190, passed: false },
    ]);
    expect(table.split('\n')).toEqual([
      'step             time  result',
      'typecheck      21.0 s  passed',
      'test:e2e   3 min 10 s  FAILED',
    ]);
  });
});
