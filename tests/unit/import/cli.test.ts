import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLUMN_ALIASES } from '../../../scripts/lib/import/columns';
import { DEFAULT_OUT, parseImportArgs } from '../../../scripts/lib/import/cli';
import { UsageError } from '../../../scripts/lib/import/errors';

describe('the import’s command line', () => {
  it('reads files, folders and options, writing to the committed catalogue by default', () => {
    expect(parseImportArgs(['--tiers', 'xa,tinh', '--dry-run', 'a.xlsx', 'nguon/'])).toEqual({
      inputs: ['a.xlsx', 'nguon/'],
      out: DEFAULT_OUT,
      dryRun: true,
      tiers: ['tinh', 'xa'],
      allowShrink: false,
      acceptRejects: false,
      verbose: false,
    });
  });

  it('refuses a run without files, an unknown tier or an unknown option, saying why', () => {
    expect(() => parseImportArgs([])).toThrowError(UsageError);
    expect(() => parseImportArgs([])).toThrowError(/Chưa nêu tệp nguồn/);
    expect(() => parseImportArgs(['--tiers', 'tinh,province', 'a.csv'])).toThrowError(
      /--tiers «tinh,province»/,
    );
    expect(() => parseImportArgs(['--force', 'a.csv'])).toThrowError(UsageError);
  });
});

describe('the README', () => {
  it('documents exactly the column headers the import accepts', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(
      readme.indexOf('## Importing the catalogue'),
      readme.indexOf('## Folder map'),
    );
    const table = section.slice(section.indexOf('| field'), section.indexOf('### How values are read'));
    const documented = table
      .split('\n')
      .slice(2)
      .filter((line) => line.startsWith('|'))
      .map((line) => (line.split('|')[2] ?? '').split(',').map((alias) => alias.trim()));
    expect(documented).toEqual(Object.values(COLUMN_ALIASES));
  });
});
