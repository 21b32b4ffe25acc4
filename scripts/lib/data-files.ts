/**
 * The command-line tools' one reader of each data file under content/ (src/lib/content/
 * data-files.ts lists them): the same parsers as the site, read from a project root.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCatalogueFile } from '../../src/lib/catalogue/read';
import type { Catalogue } from '../../src/lib/catalogue/schema';
import { parseTopicGroupFile, type TopicGroupFile } from '../../src/lib/catalogue/topic-groups';
import { catalogueFile, DATA_FILES } from '../../src/lib/content/data-files';
import { readSynonymTable } from '../../src/i18n/search-data';
import type { SynonymTable } from '../../src/lib/search/synonyms';

/** The catalogue a build in `root` reads: CATALOGUE_FILE when set (as the build does), else the committed one. */
export function builtCatalogueFile(root: string): string {
  return resolve(root, catalogueFile());
}

export function readCatalogue(file: string): Catalogue {
  return parseCatalogueFile(readFileSync(file, 'utf8'), file);
}

export function readTopicGroupFile(root: string, file = DATA_FILES.topicGroups): TopicGroupFile {
  return parseTopicGroupFile(readFileSync(resolve(root, file), 'utf8'), file);
}

export function readSynonyms(root: string): SynonymTable {
  return readSynonymTable(readFileSync(resolve(root, DATA_FILES.synonyms), 'utf8'), DATA_FILES.synonyms);
}
