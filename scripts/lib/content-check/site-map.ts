/**
 * The pages the built site will have, known before building: sections, every content file, the
 * schools' handouts, the catalogue's browse pages, and the catalogue's procedure codes.
 */
import { resolve } from 'node:path';
import { LOCAL_TIERS, METHODS } from '../../../src/lib/catalogue/schema';
import { catalogueFile } from '../../../src/lib/content/data-files';
import { KIT_PATH } from '../../../src/lib/kit/paths';
import { SECTION_PATHS, browsePaths } from '../../../src/lib/navigation';
import { readCatalogue, readTopicGroupFile } from '../data-files';
import type { SiteMap } from './links';

/** Pages made by code rather than content: the home page and the feeds. */
const FIXED_PATHS = ['/', '/rss.xml', '/sitemap-index.xml'];

export function siteMap(root: string, contentPaths: readonly string[]): SiteMap {
  // The catalogue this build reads (CATALOGUE_FILE for a scale test), so links are checked against it.
  const { procedures, asOf } = readCatalogue(resolve(root, catalogueFile()));
  const tiers = new Set(procedures.flatMap((procedure) => procedure.tiers));
  return {
    paths: new Set([
      ...FIXED_PATHS,
      ...Object.values(SECTION_PATHS),
      KIT_PATH,
      ...LOCAL_TIERS.filter((tier) => tiers.has(tier)).map(browsePaths.tier),
      ...METHODS.map(browsePaths.method),
      browsePaths.onlineOnly,
      ...contentPaths,
    ]),
    procedureCodes: new Set(procedures.map((procedure) => procedure.code)),
    procedures: new Map(procedures.map((procedure) => [procedure.code, procedure])),
    catalogueAsOf: asOf,
    groupIds: new Set(readTopicGroupFile(root).nhom.map((group) => group.id)),
  };
}
