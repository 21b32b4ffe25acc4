import { describe, expect, it } from 'vitest';
import { catalogueSchema } from '../../src/lib/catalogue/schema';
import { syntheticCatalogue } from '../../scripts/lib/synthetic/generate';
import { refuseRealCatalogue } from '../../scripts/lib/synthetic/output';

describe('synthetic catalogue', () => {
  it('is a valid catalogue with unique codes that no real procedure uses', () => {
    const catalogue = catalogueSchema.parse(syntheticCatalogue(2000));
    const codes = catalogue.procedures.map((p) => p.code);
    expect(new Set(codes).size).toBe(2000);
    expect(codes.every((code) => code.startsWith('9.'))).toBe(true);
  });

  it('is the same for the same seed, so scale runs can be compared', () => {
    expect(JSON.stringify(syntheticCatalogue(50, 7))).toBe(JSON.stringify(syntheticCatalogue(50, 7)));
    expect(JSON.stringify(syntheticCatalogue(50, 7))).not.toBe(JSON.stringify(syntheticCatalogue(50, 8)));
  });

  it('never overwrites the real catalogue', () => {
    expect(() => refuseRealCatalogue('content/catalogue/services.json')).toThrow(/real catalogue/);
    expect(() => refuseRealCatalogue('tmp/synthetic-25000.json')).not.toThrow();
  });
});
