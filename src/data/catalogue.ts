/**
 * The catalogue as the routes need it, read once per build: every page that lists or counts
 * procedures shares these arrays instead of reading the file again (at 25,000 procedures,
 * re-reading per page would dominate the build).
 */
import { readFileSync } from 'node:fs';
import { sortByName } from '../lib/catalogue/browse';
import { parseCatalogueFile } from '../lib/catalogue/read';
import type { CatalogueMeta, Procedure } from '../lib/catalogue/schema';
import { parseTopicGroupFile, type TopicGroup } from '../lib/catalogue/topic-groups';
import { catalogueFile, DATA_FILES } from '../lib/content/data-files';

/**
 * The catalogue to build from: CATALOGUE_FILE swaps in another file of the same schema (see
 * src/lib/content/data-files.ts). Read from disk, not through a content collection:
 * src/lib/catalogue/read.ts says why.
 */
const CATALOGUE_FILE = catalogueFile();

export interface CatalogueData {
  /** Every procedure, sorted by name in Vietnamese order. */
  procedures: Procedure[];
  /** Topic groups in display order. */
  groups: TopicGroup[];
  meta: CatalogueMeta;
}

let loading: Promise<CatalogueData> | undefined;

export function loadCatalogue(): Promise<CatalogueData> {
  loading ??= readCatalogue();
  return loading;
}

async function readCatalogue(): Promise<CatalogueData> {
  const { procedures, ...meta } = parseCatalogueFile(readFileSync(CATALOGUE_FILE, 'utf8'), CATALOGUE_FILE);
  const groups = parseTopicGroupFile(readFileSync(DATA_FILES.topicGroups, 'utf8'), DATA_FILES.topicGroups);
  return { procedures: sortByName(procedures), groups: groups.nhom, meta };
}
