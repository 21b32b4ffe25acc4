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

  it('gives procedures documents, steps, results and legal bases shaped like the real ones', () => {
    const procedures = syntheticCatalogue(2000).procedures;
    const rows = procedures.map((p) => p.documents?.length ?? 0).sort((a, b) => a - b);
    const median = rows[Math.floor(rows.length / 2)] ?? 0;
    // The real catalogue: median 3 rows, 95th percentile 21, longest 94.
    expect(median).toBeGreaterThanOrEqual(2);
    expect(median).toBeLessThanOrEqual(4);
    expect(rows.at(-1)).toBeGreaterThan(20);
    expect(rows.at(-1)).toBeLessThanOrEqual(100);
    expect(procedures.every((p) => (p.steps?.length ?? 0) > 0)).toBe(true);
    expect(procedures.filter((p) => p.result).length / procedures.length).toBeGreaterThan(0.9);
    expect(procedures.some((p) => p.documents?.some((d) => d.group))).toBe(true);
  });

  it('never overwrites the real catalogue', () => {
    expect(() => refuseRealCatalogue('content/catalogue/services.json')).toThrow(/real catalogue/);
    expect(() => refuseRealCatalogue('tmp/synthetic-25000.json')).not.toThrow();
  });
});
