/**
 * The catalogue as the routes need it, read once per build: every page that lists or counts
 * procedures shares these arrays instead of reading the collection again (at 25,000 procedures,
 * re-reading per page would dominate the build).
 */
import { getCollection, getEntry } from 'astro:content';
import { sortByName, type TopicGroup } from '../lib/catalogue/browse';
import type { CatalogueMeta, Procedure } from '../lib/catalogue/schema';

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
  const [entries, groupEntries, metaEntry] = await Promise.all([
    getCollection('catalogue'),
    getCollection('topicGroups'),
    getEntry('catalogueMeta', 'meta'),
  ]);
  if (!metaEntry) throw new Error('The catalogue file has no metadata (attribution, asOf, sources).');
  // The import never writes an empty catalogue, so an empty one here means the content store was
  // not read (seen once after a config change at 25,000 procedures): fail instead of publishing a
  // site without procedures.
  if (entries.length === 0) {
    throw new Error(
      'The catalogue collection is empty: run the build again; if it stays empty, check content/catalogue/services.json.',
    );
  }
  return {
    procedures: sortByName(entries.map((entry) => entry.data)),
    groups: groupEntries.sort((a, b) => a.data.order - b.data.order).map((entry) => entry.data),
    meta: metaEntry.data,
  };
}
