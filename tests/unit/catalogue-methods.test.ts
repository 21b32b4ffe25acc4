import { describe, expect, it } from 'vitest';
import { acceptingFigure, acceptsMethod, countAccepting } from '../../src/lib/catalogue/methods';
import type { Method } from '../../src/lib/catalogue/schema';

const post: Method = { kind: 'buu-chinh' };
const online: Method = { kind: 'truc-tuyen' };
const inPerson: Method = { kind: 'truc-tiep' };

describe('counting procedures by the way they are submitted', () => {
  const procedures = [
    { methods: [online, post, inPerson] },
    { methods: [inPerson, inPerson] },
    // The same method listed twice (two sub-cases) still counts the procedure once.
    { methods: [post, post] },
  ];

  it('tells whether a procedure accepts a method', () => {
    expect(acceptsMethod(procedures[0]!, 'buu-chinh')).toBe(true);
    expect(acceptsMethod(procedures[1]!, 'buu-chinh')).toBe(false);
  });

  it('counts each procedure once', () => {
    expect(countAccepting(procedures, 'buu-chinh')).toBe(2);
    expect(countAccepting(procedures, 'truc-tuyen')).toBe(1);
    expect(countAccepting(procedures, 'truc-tiep')).toBe(2);
  });

  it('gives the figure with the total it is out of', () => {
    expect(acceptingFigure(procedures, 'buu-chinh')).toEqual({ count: 2, total: 3 });
  });

  it('has no figure for an empty catalogue, rather than a false "0"', () => {
    expect(acceptingFigure([], 'buu-chinh')).toBeUndefined();
  });

  it('says 0 when a real catalogue has none', () => {
    expect(acceptingFigure([{ methods: [inPerson] }], 'buu-chinh')).toEqual({ count: 0, total: 1 });
  });
});
