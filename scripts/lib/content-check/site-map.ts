/**
 * The pages the built site will have, known before building: sections, every content file, the
 * schools' handouts, the catalogue's browse pages, and the catalogue's procedure codes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { METHODS } from '../../../src/lib/catalogue/schema';
import { browsePaths } from '../../../src/lib/navigation';
import { SECTION_PATHS } from '../../../src/lib/navigation';
import type { SiteMap } from './links';

/** Pages made by code rather than content: feeds, and the catalogue's browse pages by tier. */
const FIXED_PATHS = ['/', '/rss.xml', '/sitemap-index.xml', '/thu-tuc/cap/tinh/', '/thu-tuc/cap/xa/'];

/** Codes of the procedures in the catalogue file; empty when it has none yet. */
export function readProcedureCodes(root: string): Set<string> {
  const file = join(root, 'content/catalogue/services.json');
  if (!existsSync(file)) return new Set();
  const catalogue = JSON.parse(readFileSync(file, 'utf8')) as { procedures?: { code?: unknown }[] };
  return new Set((catalogue.procedures ?? []).map((procedure) => String(procedure.code)));
}

/** Topic-group ids, or undefined when the groups file has not been imported. */
export function readGroupIds(root: string): Set<string> | undefined {
  const file = join(root, 'content/catalogue/nhom-linh-vuc.json');
  if (!existsSync(file)) return undefined;
  const groups = JSON.parse(readFileSync(file, 'utf8')) as { nhom?: { id?: unknown }[] };
  return new Set((groups.nhom ?? []).map((group) => String(group.id)));
}

export function siteMap(root: string, contentPaths: readonly string[]): SiteMap {
  return {
    paths: new Set([
      ...FIXED_PATHS,
      ...Object.values(SECTION_PATHS),
      ...METHODS.map(browsePaths.method),
      browsePaths.onlineOnly,
      ...contentPaths,
    ]),
    procedureCodes: readProcedureCodes(root),
    groupIds: readGroupIds(root),
  };
}
