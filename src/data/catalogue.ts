/**
 * The catalogue as the routes need it, read once per build: every page that lists or counts
 * procedures shares these arrays instead of reading the file again (at 25,000 procedures,
 * re-reading per page would dominate the build).
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { sortByName, type TopicGroup } from '../lib/catalogue/browse';
import { parseCatalogueFile } from '../lib/catalogue/read';
import type { CatalogueMeta, Procedure } from '../lib/catalogue/schema';

/**
 * The catalogue to build from. CATALOGUE_FILE swaps in another file of the same schema, e.g. the
 * synthetic catalogue written by `npm run synthetic` for scale tests. Read from disk, not through
 * a content collection: src/lib/catalogue/read.ts says why.
 */
export const CATALOGUE_FILE = process.env.CATALOGUE_FILE ?? 'content/catalogue/services.json';

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
  const groupEntries = await getCollection('topicGroups');
  return {
    procedures: sortByName(procedures),
    groups: groupEntries.sort((a, b) => a.data.order - b.data.order).map((entry) => entry.data),
    meta,
  };
}
