import { describe, expect, it } from 'vitest';
import { CatalogueFileError, parseCatalogueFile } from '../../src/lib/catalogue/read';
import { aProcedure } from '../support/procedure';

const file = (procedures: unknown[]) =>
  JSON.stringify({ attribution: 'Nguồn: thử', asOf: '2026-07-20', sources: [], procedures });

describe('reading the catalogue file', () => {
  it('returns the checked catalogue, sections included', () => {
    const procedure = aProcedure({ documents: [{ name: 'Giấy chứng sinh', originals: 1, copies: 0 }] });
    expect(parseCatalogueFile(file([procedure]), 'services.json').procedures).toEqual([procedure]);
  });

  it('fails naming the file, the procedure and the field when the schema does not match', () => {
    const bad = aProcedure({ documents: [{ name: 'Giấy chứng sinh', originals: -1, copies: 0 }] });
    expect(() => parseCatalogueFile(file([bad]), 'services.json')).toThrow(
      /services\.json does not match.*\n {2}procedure 1\.001193, field "documents\.0\.originals"/,
    );
  });

  it('fails on broken JSON and on a catalogue without procedures', () => {
    expect(() => parseCatalogueFile('{"procedures": [', 'services.json')).toThrow(CatalogueFileError);
    expect(() => parseCatalogueFile(file([]), 'services.json')).toThrow(/has no procedures/);
  });
});
