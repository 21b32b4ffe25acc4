/**
 * The real command, run as an operator runs it, on scratch folders: what it writes, what it refuses
 * to write, and that a failed run leaves the existing catalogue exactly as it was. Each run starts a
 * Node process (about a second, more on a busy machine), hence the generous time limit.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueSchema } from '../../../src/lib/catalogue/schema';
import { serialiseCatalogue } from '../../../scripts/lib/import/catalogue';
import { syntheticCatalogue } from '../../../scripts/lib/synthetic/generate';
import { fixture, runImportCli, sourcesFolder } from '../../support/import';

function folderWithFixtures(extra: Record<string, string | Uint8Array> = {}): string {
  return sourcesFolder({ 'detail.json': fixture('detail.json'), 'list.csv': fixture('list.csv'), ...extra });
}

/**
 * An existing catalogue of `count` procedures, as a previous run would have left it; without the
 * detail sections, like the fixtures, so that only what a test is about can refuse the run.
 */
function existingCatalogue(folder: string, count: number): { path: string; bytes: Buffer } {
  const path = join(folder, 'services.json');
  const catalogue = syntheticCatalogue(count);
  const bare = catalogue.procedures.map(
    ({ documents: _d, documentsText: _t, steps: _s, result: _r, legalBasis: _l, ...procedure }) => procedure,
  );
  writeFileSync(path, serialiseCatalogue({ ...catalogue, procedures: bare }));
  return { path, bytes: readFileSync(path) };
}

describe('npm run import', { timeout: 120_000 }, () => {
  it('writes a valid catalogue, and the same bytes again on a second run', () => {
    const folder = folderWithFixtures();
    const out = join(folder, 'services.json');
    const first = runImportCli(['--tiers', 'tinh,xa', '--out', out, folder], folder);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('Mỗi dòng đã đi đâu: 7 dòng = 5 nhập + 1 gộp + 1 lọc bỏ + 0 từ chối');
    const written = readFileSync(out);
    expect(catalogueSchema.parse(JSON.parse(written.toString('utf8'))).procedures).toHaveLength(5);

    const second = runImportCli(['--tiers', 'tinh,xa', '--out', out, folder], folder);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('thêm 0, bớt 0, thay đổi 0');
    expect(readFileSync(out).equals(written)).toBe(true);
  });

  it('writes nothing on a dry run', () => {
    const folder = folderWithFixtures();
    const run = runImportCli(['--dry-run', '--out', join(folder, 'services.json'), folder], folder);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--dry-run');
    expect(existsSync(join(folder, 'services.json'))).toBe(false);
  });

  it('leaves the existing catalogue byte for byte when a file cannot be read', () => {
    const legacyCsv = Uint8Array.from([0x4d, 0xe3, 0x20, 0x73, 0xf4, 0x2c, 0x54, 0xea, 0x6e, 0x0a]);
    const folder = folderWithFixtures({ 'mot-cua.csv': legacyCsv });
    const existing = existingCatalogue(folder, 5);
    const run = runImportCli(['--out', existing.path, folder], folder);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Lỗi ở tệp mot-cua.csv: Tệp không phải văn bản UTF-8');
    expect(run.stderr).toContain('KHÔNG GHI GÌ');
    expect(readFileSync(existing.path).equals(existing.bytes)).toBe(true);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses rejected rows unless accepted, then reports them beside the catalogue', () => {
    const folder = folderWithFixtures({ 'loi.csv': 'Mã số,Tên,Lĩnh vực\n1.00119,Mã thiếu số,Hộ tịch\n' });
    const existing = existingCatalogue(folder, 5);
    const refused = runImportCli(['--out', existing.path, folder], folder);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('loi.csv, dòng 2: Mã thủ tục «1.00119» không đúng dạng');
    expect(refused.stdout).toContain('KHÔNG GHI GÌ');
    expect(readFileSync(existing.path).equals(existing.bytes)).toBe(true);

    const accepted = runImportCli(['--accept-rejects', '--out', existing.path, folder], folder);
    expect(accepted.status).toBe(0);
    expect(readFileSync(join(folder, 'services.rejects.csv'), 'utf8')).toContain('"loi.csv","2",""');
  });

  it('refuses to shrink the catalogue by more than 20% unless allowed', () => {
    const folder = folderWithFixtures();
    const existing = existingCatalogue(folder, 20);
    const refused = runImportCli(['--out', existing.path, folder], folder);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('--allow-shrink');
    expect(readFileSync(existing.path).equals(existing.bytes)).toBe(true);
    expect(runImportCli(['--allow-shrink', '--out', existing.path, folder], folder).status).toBe(0);
  });

  it('fails when a file has no export date, saying where to write it', () => {
    const folder = folderWithFixtures();
    writeFileSync(join(folder, 'them.csv'), 'Mã số,Tên\n1.000001,A\n');
    const run = runImportCli(['--out', join(folder, 'services.json'), join(folder, 'them.csv')], folder);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('manifest.json');
    expect(run.stderr).toContain('"exportedOn"');
  });

  it('explains a wrong command line with exit status 2', () => {
    const folder = folderWithFixtures();
    expect(runImportCli(['--tiers', 'province', folder], folder)).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--tiers «province» không hợp lệ'),
    });
  });
});
