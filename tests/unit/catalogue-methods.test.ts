import { describe, expect, it } from 'vitest';
import { onlineOnlyListing } from '../../src/lib/catalogue/browse';
import {
  acceptingFigure,
  acceptsMethod,
  acceptsOnly,
  countAccepting,
  onlyAcceptingFigure,
} from '../../src/lib/catalogue/methods';
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

describe('procedures that accept dossiers one way only', () => {
  const procedures = [
    { code: '1.000003', name: 'Chỉ trực tuyến, hai trường hợp', methods: [online, online] },
    { code: '1.000001', name: 'Ba cách', methods: [online, post, inPerson] },
    { code: '1.000002', name: 'Bưu chính', methods: [post] },
    { code: '1.000004', name: 'Ăn uống, chỉ trực tuyến', methods: [online] },
  ];

  it('tells a procedure that has only that way from one that also has others', () => {
    expect(procedures.map((procedure) => acceptsOnly(procedure, 'truc-tuyen'))).toEqual([
      true,
      false,
      false,
      true,
    ]);
    // No method at all is not "online only": there is nothing to say.
    expect(acceptsOnly({ methods: [] }, 'truc-tuyen')).toBe(false);
  });

  it('counts them against the whole catalogue, and has no figure for an empty one', () => {
    expect(onlyAcceptingFigure(procedures, 'truc-tuyen')).toEqual({ count: 2, total: 4 });
    expect(onlyAcceptingFigure([], 'truc-tuyen')).toBeUndefined();
  });

  it('lists the online-only ones by name in Vietnamese order', () => {
    expect(onlineOnlyListing(procedures).map((procedure) => procedure.code)).toEqual([
      '1.000004',
      '1.000003',
    ]);
  });
});
